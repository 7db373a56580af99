import { fileTypeFromBuffer } from 'file-type';
import {
  ALLOWED_FILE_TYPES,
  ALLOWED_FILE_TYPES_TEXT,
  MAX_FILE_BYTES,
  type AllowedFileType,
  type FileTypeId,
} from '@thidua/domain';
import { safeFileName, withExtensionOf } from './file-names';
import { oleHasEntry } from './ole-entries';
import { zipEntries } from './zip-entries';

/**
 * How a stored file's type is told from its bytes. The name a user gives is never trusted: a
 * «.pdf» holding a program or a web page is refused, and the type served back is the one found in
 * the content.
 */

export type FileRefusalCode = 'FILE_EMPTY' | 'FILE_TOO_LARGE' | 'FILE_TYPE_NOT_ALLOWED' | 'FILE_HAS_MACROS';

export type FileCheck =
  | { ok: true; type: AllowedFileType; fileName: string }
  | { ok: false; code: FileRefusalCode; params: Record<string, string | number> };

/** file-type's names of the allowed types; templates count as their documents, as before. */
const ALLOWED_BY_DETECTED: Record<string, FileTypeId> = {
  pdf: 'pdf',
  docx: 'docx',
  dotx: 'docx',
  xlsx: 'xlsx',
  xltx: 'xlsx',
  odt: 'odt',
  ods: 'ods',
  png: 'png',
  jpg: 'jpeg',
};

/** Word and Excel types whose content type itself says they carry macros. */
const MACRO_ENABLED = new Set(['docm', 'dotm', 'xlsm', 'xltm']);

const OLE_MACRO_ENTRIES = ['Macros', '_VBA_PROJECT_CUR', 'VBA'];

type Found = { id: FileTypeId } | { macros: true } | null;

/**
 * Whether an uploaded file may be stored, judged by its content: its size (1 byte to
 * MAX_FILE_BYTES), its type (one of ALLOWED_FILE_TYPES, found by file-type; a compound file by its
 * directory) and no macros in Office files. The name only gives the stored name, cleaned
 * (safeFileName) and with the extension of the type found. Codes: FILE_EMPTY, FILE_TOO_LARGE,
 * FILE_TYPE_NOT_ALLOWED, FILE_HAS_MACROS.
 */
export async function detectFileType(bytes: Uint8Array, fileName: string): Promise<FileCheck> {
  const name = safeFileName(fileName);
  if (bytes.length === 0) return { ok: false, code: 'FILE_EMPTY', params: { fileName: name } };
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, code: 'FILE_TOO_LARGE', params: { maxMegabytes: MAX_FILE_BYTES / 1024 / 1024 } };
  const found = await findType(bytes);
  if (found && 'macros' in found) return { ok: false, code: 'FILE_HAS_MACROS', params: { fileName: name } };
  const type = found && ALLOWED_FILE_TYPES.find((t) => t.id === found.id);
  if (!type)
    return {
      ok: false,
      code: 'FILE_TYPE_NOT_ALLOWED',
      params: { fileName: name, allowed: ALLOWED_FILE_TYPES_TEXT },
    };
  return { ok: true, type, fileName: withExtensionOf(name, type) };
}

async function findType(bytes: Uint8Array): Promise<Found> {
  // A damaged file that file-type cannot finish reading is no allowed type.
  const detected = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (!detected) return null;
  if (MACRO_ENABLED.has(detected.ext)) return { macros: true };
  if (detected.ext === 'cfb') return compoundFileType(bytes);
  const id = ALLOWED_BY_DETECTED[detected.ext];
  if (!id) return null;
  if (id === 'odt' || id === 'ods') {
    // OpenDocument puts its type first and uncompressed; file-type also reads a compressed one.
    const [first] = (await zipEntries(bytes)) ?? [];
    if (first?.name !== 'mimetype' || !first.stored) return null;
  }
  if (id === 'docx' || id === 'xlsx') {
    // A macro project inside a file typed as a plain document (a .docm renamed and retyped).
    const entries = await zipEntries(bytes);
    if (entries === null) return null;
    if (entries.some((e) => e.name.toLowerCase().endsWith('vbaproject.bin'))) return { macros: true };
  }
  return { id };
}

/** Word 97–2003 and Excel 97–2003 (or Excel 5) files, told apart by their directory entries. */
function compoundFileType(bytes: Uint8Array): Found {
  const id = oleHasEntry(bytes, 'WordDocument')
    ? 'doc'
    : oleHasEntry(bytes, 'Workbook') || oleHasEntry(bytes, 'Book')
      ? 'xls'
      : null;
  if (!id) return null;
  return OLE_MACRO_ENTRIES.some((entry) => oleHasEntry(bytes, entry)) ? { macros: true } : { id };
}
