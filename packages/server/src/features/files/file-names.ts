import { ALLOWED_FILE_TYPES, type AllowedFileType } from '@thidua/domain';

export const MAX_FILE_NAME_LENGTH = 200;

const WINDOWS_RESERVED = /[<>:"|?*]/g;

/**
 * A file name safe to store and show: NFC, without folders, control or invisible formatting
 * characters (which can disguise «exe.pdf»), characters Windows refuses, or leading and trailing
 * dots and spaces; at most MAX_FILE_NAME_LENGTH characters, keeping the extension.
 */
export function safeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(WINDOWS_RESERVED, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const { stem, extension } = splitExtension(cleaned || 'tep-dinh-kem');
  const characters = Array.from(stem);
  const room = MAX_FILE_NAME_LENGTH - (extension ? Array.from(extension).length + 1 : 0);
  const shortStem = characters.length > room ? characters.slice(0, room).join('').trimEnd() : stem;
  return extension ? `${shortStem}.${extension}` : shortStem;
}

function splitExtension(name: string): { stem: string; extension: string | null } {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  return /^[\p{L}\p{N}]{1,10}$/u.test(extension)
    ? { stem: name.slice(0, dot), extension }
    : { stem: name, extension: null };
}

const KNOWN_EXTENSIONS = new Set(ALLOWED_FILE_TYPES.flatMap((t) => t.extensions));

/** The name with the found type's extension: a known one that does not fit is replaced, any other kept. */
export function withExtensionOf(name: string, type: AllowedFileType): string {
  const { stem, extension } = splitExtension(name);
  const lower = extension?.toLowerCase() ?? null;
  if (lower && type.extensions.includes(lower)) return name;
  const kept = lower && !KNOWN_EXTENSIONS.has(lower) ? name : stem;
  return safeFileName(`${kept}.${type.extensions[0]}`);
}
