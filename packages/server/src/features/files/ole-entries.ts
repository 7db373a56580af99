const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);

/**
 * Whether an OLE2 compound file (.doc, .xls) has a directory entry of that name. Entries are
 * 128 bytes on 128-byte boundaries after the 512-byte header: the name in UTF-16LE, zero-padded,
 * and at byte 64 its length in bytes with the terminating zero. file-type only tells that a file
 * is a compound file, not whether it holds a Word or an Excel document.
 */
export function oleHasEntry(bytes: Uint8Array, name: string): boolean {
  const length = (name.length + 1) * 2;
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (u16(bytes, at + 64) !== length) continue;
    let same = true;
    for (let i = 0; i < name.length && same; i++) same = u16(bytes, at + i * 2) === name.charCodeAt(i);
    if (same) return true;
  }
  return false;
}
