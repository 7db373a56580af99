import { create as contentDisposition } from 'content-disposition';

/**
 * `Content-Disposition` for a download: always an attachment (never shown in the page), the
 * Vietnamese name in `filename*` (RFC 6266/8187) and an ASCII one without diacritics for older
 * clients (the library's own fallback would turn every Vietnamese letter into «?»).
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return contentDisposition(fileName, { type: 'attachment', fallback });
}
