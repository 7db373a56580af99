/**
 * The form in which names and addresses are stored for search and typed queries are compared:
 * Vietnamese diacritics removed (đ → d), lower case, single spaces. Folding in one place, here,
 * keeps what is stored and what is asked for identical, so `nguyen van an` finds "Nguyễn Văn An".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Several fields folded into one searchable text, blanks skipped. */
export function searchTextOf(...parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p && p.trim() !== '')
    .map(foldForSearch)
    .join(' ');
}

/** Escapes LIKE's wildcards so a typed `%` or `_` matches itself. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Vietnamese lists are ordered by given name, the last word, then by the rest: "Lê Văn An" comes
 * before "Nguyễn Thị Bình". The key is folded, so it sorts the same on every database collation.
 */
export function nameSortKey(fullName: string): string {
  const words = foldForSearch(fullName).split(' ');
  const given = words.pop() ?? '';
  return [given, ...words].join(' ');
}
