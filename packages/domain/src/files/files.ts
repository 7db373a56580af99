import * as z from 'zod';
import { formatNumberVi } from '../format';
import { FILE_OWNERS } from '../emulation-year/year-records';

/**
 * Stored files (movement plans, evidence): which types may be attached and how large, as the file
 * chooser and the server both read them. The server tells a file's type from its bytes.
 */

/** 10 MiB: a scanned plan of a few pages; larger scans should be split or compressed. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const FILE_TYPE_IDS = ['pdf', 'docx', 'doc', 'xlsx', 'xls', 'odt', 'ods', 'png', 'jpeg'] as const;
export type FileTypeId = (typeof FILE_TYPE_IDS)[number];

export interface AllowedFileType {
  id: FileTypeId;
  /** Extensions users know the type by; the first is given to a name that lacks a fitting one. */
  extensions: readonly string[];
  contentType: string;
}

export const ALLOWED_FILE_TYPES: readonly AllowedFileType[] = [
  { id: 'pdf', extensions: ['pdf'], contentType: 'application/pdf' },
  {
    id: 'docx',
    extensions: ['docx'],
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  {
    id: 'xlsx',
    extensions: ['xlsx'],
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  { id: 'odt', extensions: ['odt'], contentType: 'application/vnd.oasis.opendocument.text' },
  { id: 'ods', extensions: ['ods'], contentType: 'application/vnd.oasis.opendocument.spreadsheet' },
  { id: 'doc', extensions: ['doc'], contentType: 'application/msword' },
  { id: 'xls', extensions: ['xls'], contentType: 'application/vnd.ms-excel' },
  { id: 'png', extensions: ['png'], contentType: 'image/png' },
  { id: 'jpeg', extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg' },
];

/** What the file chooser offers: «.pdf,.docx,…». */
export const ACCEPTED_FILE_EXTENSIONS = ALLOWED_FILE_TYPES.flatMap((t) =>
  t.extensions.map((e) => `.${e}`),
).join(',');

/** The allowed types as the refusal names them. */
export const ALLOWED_FILE_TYPES_TEXT =
  'PDF, Word (.docx, .doc), Excel (.xlsx, .xls), OpenDocument (.odt, .ods), ảnh PNG, JPEG';

/** «850 byte», «12,5 KB», «3,2 MB». */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumberVi(bytes, 0)} byte`;
  if (bytes < 1024 * 1024) return `${formatNumberVi(bytes / 1024)} KB`;
  return `${formatNumberVi(bytes / 1024 / 1024)} MB`;
}

/** A stored file as lists show it (never its bytes). */
export const StoredFileViewSchema = z.object({
  id: z.string().describe('Mã định danh tệp'),
  owner: z.enum(FILE_OWNERS).describe('Loại hồ sơ có tệp đính kèm'),
  ownerId: z.string().describe('Mã định danh hồ sơ'),
  fileName: z.string().describe('Tên tệp'),
  contentType: z.string().describe('Kiểu tệp'),
  sizeBytes: z.number().int().describe('Dung lượng (byte)'),
  uploadedBy: z.string().describe('Người tải lên'),
  createdAt: z.string().describe('Thời điểm tải lên'),
});
export type StoredFileView = z.infer<typeof StoredFileViewSchema>;
