import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testDatabaseModes } from '../test/test-database';
import { firstId, useDemoWard } from '../test/demo-ward';

const NEW_PASSWORD = 'mat-khau-moi-2026';
const NEW_NAME = 'Giáo viên Đổi Tên';

describe.each(testDatabaseModes())('a failed statement in the log on %s', (mode) => {
  const lines: string[] = [];
  const ward = useDemoWard(mode, { logLevel: 'info', logStream: { write: (line) => lines.push(line) } });
  let userId: string;

  beforeAll(async () => {
    userId = await firstId(ward.officer, '/api/users?q=thanhvien');
    // Any update of an account now fails inside the database, after the hash is computed.
    await ward.database.db.execute(sql`
      create function refuse_user_update() returns trigger language plpgsql as $$
      begin raise exception 'accounts are read-only in this test'; end $$`);
    await ward.database.db.execute(sql`
      create trigger refuse_user_update before update on users
      for each row execute function refuse_user_update()`);
  });

  it('logs the statement and the database reason, never its parameters or a password hash', async () => {
    lines.length = 0;
    const response = await ward.officer.patch(`/api/users/${userId}`, {
      displayName: NEW_NAME,
      password: NEW_PASSWORD,
    });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('INTERNAL_ERROR');

    const failure = lines.map((line) => JSON.parse(line)).find((entry) => entry.err);
    expect(failure.reqId).toBe(response.json().error.requestId);
    const logged = JSON.stringify(failure.err);
    // Still useful: which statement, and why it failed.
    expect(logged).toContain('update \\"users\\"');
    expect(logged).toContain('accounts are read-only in this test');

    const text = lines.join('\n');
    expect(text).not.toContain('$argon2');
    expect(text).not.toContain('params:');
    expect(text).not.toContain(NEW_PASSWORD);
    expect(text).not.toContain(NEW_NAME);
  });
});
