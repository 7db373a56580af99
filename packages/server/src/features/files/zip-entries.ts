import { ZipHandler } from '@tokenizer/inflate';
import { fromBuffer } from 'strtok3';

/**
 * The entry names of a ZIP file (from its central directory, or its local headers when that is
 * missing), or null when it cannot be read as a ZIP at all.
 */
export async function zipEntryNames(bytes: Uint8Array): Promise<string[] | null> {
  const names: string[] = [];
  try {
    await new ZipHandler(fromBuffer(bytes)).unzip((entry) => {
      names.push(entry.filename);
      return { handler: false };
    });
  } catch {
    return null;
  }
  return names;
}
