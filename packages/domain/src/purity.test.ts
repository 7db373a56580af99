import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('.', import.meta.url));
const FORBIDDEN = [
  [/from ['"]node:/, 'a Node module'],
  [/from ['"](fs|path|os|child_process|http|https|net|crypto)['"]/, 'a Node module'],
  [/\bprocess\./, 'the environment or process'],
  [/\bDate\.now\(|new Date\(\)/, 'the clock'],
  [/\bfetch\(|XMLHttpRequest|localStorage/, 'I/O'],
  [/from ['"]@thidua\/(server|web)/, 'an outer package'],
] as const;

describe('domain purity', () => {
  const files = (readdirSync(srcDir, { recursive: true }) as string[]).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );

  it.each(files)('%s uses no I/O, clock, environment or outer package', (file) => {
    const text = readFileSync(`${srcDir}/${file}`, 'utf8');
    const found = FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
    expect(found).toEqual([]);
  });
});
