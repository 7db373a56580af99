import { describe, expect, it } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm';
import { loggableError, loggableErrors } from './errors';

const HASH = '$argon2id$v=19$m=19456,p=1,t=2$c2FsdA$aGFzaA';

describe('loggableError', () => {
  it('keeps a failed statement and its cause, drops the parameters and the quoted values', () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "users_username"'),
      {
        code: '23505',
        detail: 'Key (username)=(nguyenvanan) already exists.',
      },
    );
    const failed = new DrizzleQueryError('insert into "users" values ($1, $2)', ['nguyenvanan', HASH], cause);
    const clean = loggableError(failed) as DrizzleQueryError & { cause: Record<string, unknown> };
    expect(clean).toBeInstanceOf(DrizzleQueryError);
    expect(clean.message).toBe('Failed query: insert into "users" values ($1, $2)');
    expect(clean.stack).toContain('Failed query: insert into "users" values ($1, $2)\n');
    expect(clean.cause).toMatchObject({ code: '23505', message: expect.stringContaining('users_username') });
    const text = JSON.stringify({ ...clean, message: clean.message, stack: clean.stack, cause: clean.cause });
    expect(text).not.toContain('nguyenvanan');
    expect(text).not.toContain('$argon2');
    // The error the handler still holds is untouched.
    expect(failed.params).toEqual(['nguyenvanan', HASH]);
  });

  it('blanks a password hash wherever else it shows, and leaves other log fields alone', () => {
    const entry = loggableErrors({ err: new Error(`unexpected ${HASH} here`), importId: 'x' });
    expect((entry.err as Error).message).toBe('unexpected [hash] here');
    expect(entry.importId).toBe('x');
  });
});
