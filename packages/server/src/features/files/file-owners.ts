import { and, eq } from 'drizzle-orm';
import { canManageEmulationYear, type FileOwner } from '@thidua/domain';
import type { Database } from '../../db/database';
import { exemplars, movementReviews, movements, pacts } from '../../db/schema';
import { forbidden, notFound } from '../../http/app-error';
import type { CurrentUser } from '../../http/current-user';
import { lockOpenYear } from '../../records/open-year';
import { achievementFileOwner, initiativeFileOwner } from '../achievements/achievement-file-owners';
import { yearOfRecord, type FindFileOwner } from './file-owner';

/**
 * Who may attach files to which record: one entry per kind of owner (FILE_OWNERS). Uploads,
 * lists and deletions accept exactly the owners listed here, so a new owner is one new entry.
 */
export const FILE_OWNER_RECORDS = {
  movement: async (db, user, communeId, id) => ({
    yearId: await yearOfRecord(db, movements, communeId, id),
    canWrite: canManageEmulationYear(user.role),
  }),
  movement_review: async (db, user, communeId, id) => {
    const [row] = await db
      .select({ yearId: movements.yearId })
      .from(movementReviews)
      .innerJoin(
        movements,
        and(eq(movements.communeId, movementReviews.communeId), eq(movements.id, movementReviews.movementId)),
      )
      .where(and(eq(movementReviews.communeId, communeId), eq(movementReviews.id, id)));
    if (!row) throw notFound();
    return { yearId: row.yearId, canWrite: canManageEmulationYear(user.role) };
  },
  pact: async (db, user, communeId, id) => ({
    yearId: await yearOfRecord(db, pacts, communeId, id),
    canWrite: canManageEmulationYear(user.role),
  }),
  achievement: achievementFileOwner,
  initiative: initiativeFileOwner,
  // Reports and pictures of an exemplar: by those who keep the exemplars.
  exemplar: async (db, user, communeId, id) => ({
    yearId: await yearOfRecord(db, exemplars, communeId, id),
    canWrite: canManageEmulationYear(user.role),
  }),
} satisfies Partial<Record<FileOwner, FindFileOwner>>;

export type AttachableOwner = keyof typeof FILE_OWNER_RECORDS;
export const ATTACHABLE_OWNERS = Object.keys(FILE_OWNER_RECORDS) as [AttachableOwner, ...AttachableOwner[]];

/**
 * Checks the owner of files: 404 when the commune has no such record; for writing, 403 when the
 * user may not change it and YEAR_LOCKED when its year is closed (the year stays locked until the
 * transaction ends, so closing the year and an upload never interleave).
 */
export async function checkFileOwner(
  tx: Database,
  user: CurrentUser,
  communeId: string,
  owner: FileOwner,
  ownerId: string,
  intent: 'read' | 'write',
): Promise<void> {
  const find: FindFileOwner | undefined = (FILE_OWNER_RECORDS as Partial<Record<FileOwner, FindFileOwner>>)[
    owner
  ];
  if (!find) throw notFound();
  const record = await find(tx, user, communeId, ownerId);
  if (intent === 'read') return;
  if (!record.canWrite) throw forbidden();
  await lockOpenYear(tx, communeId, record.yearId);
}
