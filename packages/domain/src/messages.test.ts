import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMessageCode, MESSAGES, messageFor, placeholdersOf, type MessageCode } from './messages';

const packagesDir = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') && name !== 'messages.ts' ? [full] : [];
  });
}

describe('message catalog', () => {
  it.each(Object.entries(MESSAGES))(
    '%s: its sentence uses exactly its declared parameters',
    (_code, { text, params }) => {
      expect(placeholdersOf(text).sort()).toEqual([...params].sort());
      expect(text).toMatch(/[.:]\s*(\{\w+\})?$|\.$/);
    },
  );

  it('has no unused code: every code is raised somewhere in the sources', () => {
    const sources = ['domain/src', 'server/src', 'web/src']
      .map((d) => path.join(packagesDir, d))
      .flatMap((d) => {
        try {
          return sourceFiles(d);
        } catch {
          return [];
        }
      })
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(MESSAGES).filter((code) => !sources.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(messageFor('USER_USERNAME_TAKEN', { username: 'canbo' })).toBe(
      'Tên đăng nhập «canbo» đã được dùng.',
    );
    expect(messageFor('USER_USERNAME_TAKEN')).toBe('Tên đăng nhập «{username}» đã được dùng.');
  });

  it('knows its own codes only', () => {
    expect(isMessageCode('NOT_FOUND')).toBe(true);
    expect(isMessageCode('toString')).toBe(false);
    const code: MessageCode = 'NOT_FOUND';
    expect(messageFor(code)).toBe('Không tìm thấy dữ liệu yêu cầu.');
  });
});
