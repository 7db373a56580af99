import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database';
import { notFound } from '../../http/app-error';
import type { CurrentUser } from '../../http/current-user';

/** What a record that files are attached to tells about them. */
export interface FileOwnerRecord {
  /** The year the record belongs to: a closed year locks its files too. */
  yearId: string;
  /** Whether the user may change the record, and so attach files to it and remove them. */
  canWrite: boolean;
}

/** Finds the owner record in the commune (404 when it has none) and says whether the user may write it. */
export type FindFileOwner = (
  db: Database,
  user: CurrentUser,
  communeId: string,
  ownerId: string,
) => Promise<FileOwnerRecord>;

/** The year of a year-keyed record of the commune, or 404. */
export async function yearOfRecord(
  db: Database,
  table: PgTable & { communeId: PgColumn; id: PgColumn; yearId: PgColumn },
  communeId: string,
  id: string,
): Promise<string> {
  const [row] = await db
    .select({ yearId: table.yearId })
    .from(table)
    .where(and(eq(table.communeId, communeId), eq(table.id, id)));
  if (!row) throw notFound();
  return row.yearId as string;
}
