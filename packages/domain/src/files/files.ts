import { formatNumberVi } from '../format';
import type { FileOwner } from '../emulation-year/year-records';

/**
 * Stored files (movement plans, evidence): which types may be attached, how large, and how a
 * file's type is told from its bytes. The name a user gives is never trusted: a «.pdf» holding a
 * program or a web page is refused, and the type served back is the one found in the content.
 */

/** 10 MiB: a scanned plan of a few pages; larger scans should be split or compressed. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 200;

export const FILE_TYPE_IDS = ['pdf', 'docx', 'doc', 'xlsx', 'xls', 'odt', 'ods', 'png', 'jpeg'] as const;
export type FileTypeId = (typeof FILE_TYPE_IDS)[number];

export interface AllowedFileType {
  id: FileTypeId;
  /** Extensions users know the type by; the first is given to a name that lacks a fitting one. */
  extensions: readonly string[];
  contentType: string;
  /** The bytes every such file starts with. */
  signature: readonly number[];
  /** What tells it apart from other files of the same container (Word or Excel inside a ZIP). */
  holds?: (bytes: Uint8Array) => boolean;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const ALLOWED_FILE_TYPES: readonly AllowedFileType[] = [
  {
    id: 'pdf',
    extensions: ['pdf'],
    contentType: 'application/pdf',
    signature: [0x25, 0x50, 0x44, 0x46, 0x2d],
  },
  {
    id: 'docx',
    extensions: ['docx'],
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    signature: ZIP,
    holds: (bytes) => zipHas(bytes, ['[Content_Types].xml', 'word/document.xml']),
  },
  {
    id: 'xlsx',
    extensions: ['xlsx'],
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    signature: ZIP,
    holds: (bytes) => zipHas(bytes, ['[Content_Types].xml', 'xl/workbook.xml']),
  },
  {
    id: 'odt',
    extensions: ['odt'],
    contentType: 'application/vnd.oasis.opendocument.text',
    signature: ZIP,
    holds: (bytes) => odfMimeType(bytes) === 'application/vnd.oasis.opendocument.text',
  },
  {
    id: 'ods',
    extensions: ['ods'],
    contentType: 'application/vnd.oasis.opendocument.spreadsheet',
    signature: ZIP,
    holds: (bytes) => odfMimeType(bytes) === 'application/vnd.oasis.opendocument.spreadsheet',
  },
  {
    id: 'doc',
    extensions: ['doc'],
    contentType: 'application/msword',
    signature: OLE2,
    holds: (bytes) => oleHasEntry(bytes, 'WordDocument'),
  },
  {
    id: 'xls',
    extensions: ['xls'],
    contentType: 'application/vnd.ms-excel',
    signature: OLE2,
    holds: (bytes) => oleHasEntry(bytes, 'Workbook') || oleHasEntry(bytes, 'Book'),
  },
  {
    id: 'png',
    extensions: ['png'],
    contentType: 'image/png',
    signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { id: 'jpeg', extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg', signature: [0xff, 0xd8, 0xff] },
];

/** What the file chooser offers: «.pdf,.docx,…». */
export const ACCEPTED_FILE_EXTENSIONS = ALLOWED_FILE_TYPES.flatMap((t) =>
  t.extensions.map((e) => `.${e}`),
).join(',');

/** The allowed types as the refusal names them. */
export const ALLOWED_FILE_TYPES_TEXT =
  'PDF, Word (.docx, .doc), Excel (.xlsx, .xls), OpenDocument (.odt, .ods), ảnh PNG, JPEG';

export type FileRefusalCode = 'FILE_EMPTY' | 'FILE_TOO_LARGE' | 'FILE_TYPE_NOT_ALLOWED' | 'FILE_HAS_MACROS';

export type FileCheck =
  | { ok: true; type: AllowedFileType; fileName: string }
  | { ok: false; code: FileRefusalCode; params: Record<string, string | number> };

/**
 * Whether an uploaded file may be stored, judged by its content: its size (1 byte to
 * MAX_FILE_BYTES), its type (one of ALLOWED_FILE_TYPES, by signature and container contents) and no
 * macros in Office files. The name only gives the stored name, cleaned (safeFileName) and with the
 * extension of the type found. Codes: FILE_EMPTY, FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED, FILE_HAS_MACROS.
 */
export function detectFileType(bytes: Uint8Array, fileName: string): FileCheck {
  const name = safeFileName(fileName);
  if (bytes.length === 0) return { ok: false, code: 'FILE_EMPTY', params: { fileName: name } };
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, code: 'FILE_TOO_LARGE', params: { maxMegabytes: MAX_FILE_BYTES / 1024 / 1024 } };
  const type = ALLOWED_FILE_TYPES.find((t) => startsWith(bytes, t.signature) && (t.holds?.(bytes) ?? true));
  if (!type)
    return {
      ok: false,
      code: 'FILE_TYPE_NOT_ALLOWED',
      params: { fileName: name, allowed: ALLOWED_FILE_TYPES_TEXT },
    };
  if (hasMacros(bytes, type)) return { ok: false, code: 'FILE_HAS_MACROS', params: { fileName: name } };
  return { ok: true, type, fileName: withExtensionOf(name, type) };
}

/** Office files that carry VBA macros (a .docm saved as .docx, a .doc with a Macros storage). */
function hasMacros(bytes: Uint8Array, type: AllowedFileType): boolean {
  if (type.id === 'docx' || type.id === 'xlsx')
    return (zipEntryNames(bytes) ?? []).some((name) => name.toLowerCase().endsWith('vbaproject.bin'));
  if (type.id === 'doc' || type.id === 'xls')
    return ['Macros', '_VBA_PROJECT_CUR', 'VBA'].some((entry) => oleHasEntry(bytes, entry));
  return false;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => u16(b, at) + u16(b, at + 2) * 0x10000;
const ascii = (b: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...b.subarray(from, from + length));

/** The entry names of a ZIP file from its central directory, or null when it has none readable. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const endRecord = 22;
  let end = -1;
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  for (let at = bytes.length - endRecord; at >= Math.max(0, bytes.length - endRecord - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  let at = u32(bytes, end + 16);
  if (at + size > end) return null;
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    names.push(ascii(bytes, at + 46, nameLength));
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return names;
}

function zipHas(bytes: Uint8Array, required: readonly string[]): boolean {
  const names = zipEntryNames(bytes);
  return names !== null && required.every((name) => names.includes(name));
}

/** OpenDocument files start with an uncompressed «mimetype» entry naming their kind. */
function odfMimeType(bytes: Uint8Array): string | null {
  const nameLength = u16(bytes, 26);
  if (u16(bytes, 8) !== 0 || ascii(bytes, 30, nameLength) !== 'mimetype' || zipEntryNames(bytes) === null)
    return null;
  const start = 30 + nameLength + u16(bytes, 28);
  // The longest OpenDocument type is under 100 characters; a larger size is not one.
  return ascii(bytes, start, Math.min(u32(bytes, 22), 100));
}

/**
 * Whether an OLE2 compound file (.doc, .xls) has a directory entry of that name. Entries are
 * 128 bytes on 128-byte boundaries after the 512-byte header: the name in UTF-16LE, zero-padded,
 * and at byte 64 its length in bytes with the terminating zero.
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
function withExtensionOf(name: string, type: AllowedFileType): string {
  const { stem, extension } = splitExtension(name);
  const lower = extension?.toLowerCase() ?? null;
  if (lower && type.extensions.includes(lower)) return name;
  const kept = lower && !KNOWN_EXTENSIONS.has(lower) ? name : stem;
  return safeFileName(`${kept}.${type.extensions[0]}`);
}

/**
 * `Content-Disposition` for a download: always an attachment (never shown in the page), the
 * Vietnamese name in `filename*` (RFC 6266/5987) and an ASCII one for older clients.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** «850 byte», «12,5 KB», «3,2 MB». */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumberVi(bytes, 0)} byte`;
  if (bytes < 1024 * 1024) return `${formatNumberVi(bytes / 1024)} KB`;
  return `${formatNumberVi(bytes / 1024 / 1024)} MB`;
}

/** A stored file as lists show it (never its bytes). */
export interface StoredFileView {
  id: string;
  owner: FileOwner;
  ownerId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string;
  createdAt: string;
}
