import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Database } from '../../db/database';
import { adminUnits, sessions, users } from '../../db/schema';
import type { CurrentUser } from '../../http/current-user';

export const SESSION_COOKIE = 'thidua_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Database,
  userId: string,
  hours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
  // Old sessions are swept here rather than by a timer: sign-in is rare and the table stays small.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, expiresAt };
}

/** The signed-in user for a session token, or null when expired, unknown or the account is disabled. */
export async function findSessionUser(db: Database, token: string): Promise<CurrentUser | null> {
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      disabledAt: users.disabledAt,
      headsUnitId: users.unitId,
      personId: users.personId,
      unitId: adminUnits.id,
      unitCode: adminUnits.code,
      unitName: adminUnits.name,
      unitLevel: adminUnits.level,
      unitParentId: adminUnits.parentId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(adminUnits, eq(adminUnits.id, users.adminUnitId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date())))
    .limit(1);
  const row = rows[0];
  if (!row || row.disabledAt) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    adminUnit: {
      id: row.unitId,
      code: row.unitCode,
      name: row.unitName,
      level: row.unitLevel,
      parentId: row.unitParentId,
    },
    unitId: row.headsUnitId,
    personId: row.personId,
  };
}

export async function deleteSession(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function deleteUserSessions(db: Database, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
