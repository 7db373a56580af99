import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
import { seedTwoCommunes, type TwoCommunes } from '../test/fixtures';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import {
  LOCAL_COMMAND_PATH,
  LOCAL_SECRET_HEADER,
  startLocalCommandServer,
  type LocalCommandServer,
} from './local-command-server';

describe('the local command listener', () => {
  let database: TestDatabase;
  let local: LocalCommandServer;
  let seed: TwoCommunes;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    seed = await seedTwoCommunes(database.db);
    local = await startLocalCommandServer(database);
  });
  afterAll(async () => {
    await local.close();
    await database.close();
  });

  const command = (username: string) => ({
    name: 'user-create',
    username,
    role: 'member',
    commune: seed.communeA.code,
    displayName: 'Người Thử',
    password: 'mat-khau-dai-du',
  });
  const post = (body: unknown, headers: Record<string, string>) =>
    fetch(`http://127.0.0.1:${local.port}${LOCAL_COMMAND_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const usersNamed = (username: string) =>
    database.db.select().from(users).where(eq(users.username, username));

  it('refuses a request without the secret or with another one, and runs nothing', async () => {
    expect((await post(command('khongkhoa'), {})).status).toBe(403);
    expect((await post(command('saikhoa'), { [LOCAL_SECRET_HEADER]: 'a'.repeat(64) })).status).toBe(403);
    expect(await usersNamed('khongkhoa')).toEqual([]);
    expect(await usersNamed('saikhoa')).toEqual([]);
  });

  it('runs a command sent with the secret and answers its lines and exit code', async () => {
    const response = await post(command('dungkhoa'), { [LOCAL_SECRET_HEADER]: local.secret });
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual([
      { out: `Đã tạo tài khoản «dungkhoa» (Cán bộ, công chức, người lao động) thuộc ${seed.communeA.name}.` },
      { exitCode: 0 },
    ]);
    expect(await usersNamed('dungkhoa')).toHaveLength(1);

    const again = await post(command('dungkhoa'), { [LOCAL_SECRET_HEADER]: local.secret });
    const last = (await again.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(last.at(-1)).toEqual({ exitCode: 2 });
    expect(last[0]).toMatchObject({ err: expect.stringMatching(/^Lỗi: .*dungkhoa/) });
  });
});
