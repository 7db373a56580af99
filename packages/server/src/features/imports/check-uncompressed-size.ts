import { Readable } from 'node:stream';
import { formatNumberVi } from '@thidua/domain';
import * as unzipper from 'unzipper';
import { AppError } from '../../http/app-error';

/**
 * An .xlsx file is a zip of XML files. 100,000 households take about 37 MiB unpacked; a few
 * kilobytes of zip can unpack to gigabytes (one cell of 400 MB took the server to 4.75 GB).
 */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

/**
 * Refuses a workbook whose entries unpack to more than `maxBytes` in all, before exceljs parses any
 * of it. The entries are read the way exceljs reads them (unzipper's stream parser, local headers
 * in file order), so no entry escapes the count; each entry's declared size is checked before it
 * is inflated, and its actual bytes as they come, chunk by chunk, so memory stays flat whatever the
 * headers claim.
 */
export async function checkUncompressedSize(
  file: Buffer,
  maxBytes: number = MAX_UNCOMPRESSED_BYTES,
): Promise<void> {
  const tooLarge = () =>
    new AppError('IMPORT_FILE_TOO_LARGE', 400, {
      max: `${formatNumberVi(Math.round(maxBytes / 2 ** 20))} MiB`,
    });
  const zip = Readable.from([file]).pipe(unzipper.Parse({ forceStream: true }));
  let total = 0;
  try {
    for await (const entry of zip) {
      // Zero when the sizes follow the data (a data descriptor): then only the actual bytes count.
      const declared = entry.vars.uncompressedSize;
      if (total + declared > maxBytes) throw tooLarge();
      let inflated = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        if (total + inflated > maxBytes) throw tooLarge();
        // More than its header declared: not a file Excel wrote, but one built to mislead (unreadable).
        if (declared > 0 && inflated > declared) throw new Error('entry larger than declared');
      }
      total += inflated;
    }
  } finally {
    zip.destroy();
  }
}
