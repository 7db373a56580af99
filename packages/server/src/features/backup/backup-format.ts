import * as z from 'zod';

export const BACKUP_FORMAT = 'thidua-backup';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * A backup is gzipped JSON lines: a header, one line per row (`{ "t": table, "r": row }`), and a
 * trailer with the row counts, so a truncated file is refused instead of half-restored.
 */
export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int().min(0),
  createdAt: z.string(),
  database: z.enum(['pglite', 'postgres']),
  scope: z.union([
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('commune'), code: z.string(), id: z.uuid() }),
  ]),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

export const BackupRowSchema = z.object({ t: z.string(), r: z.record(z.string(), z.unknown()) });
export const BackupTrailerSchema = z.object({
  end: z.literal(true),
  counts: z.record(z.string(), z.number().int()),
});
