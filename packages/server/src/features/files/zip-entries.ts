import { ZipHandler } from '@tokenizer/inflate';
import { fromBuffer } from 'strtok3';

export interface ZipEntry {
  name: string;
  /** Kept as is (method 0) rather than compressed. */
  stored: boolean;
}

/**
 * The entries of a ZIP file in order (from its central directory, or its local headers when that
 * is missing), or null when it cannot be read as a ZIP at all.
 */
export async function zipEntries(bytes: Uint8Array): Promise<ZipEntry[] | null> {
  const entries: ZipEntry[] = [];
  try {
    await new ZipHandler(fromBuffer(bytes)).unzip((entry) => {
      entries.push({ name: entry.filename, stored: entry.compressedMethod === 0 });
      return { handler: false };
    });
  } catch {
    return null;
  }
  return entries;
}
