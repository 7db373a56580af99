import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_MESSAGES } from './rule-messages';

const dir = fileURLToPath(new URL('.', import.meta.url));
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'rule-messages.ts')
  .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
  .join('\n');

describe('rule messages', () => {
  it.each(Object.entries(RULE_MESSAGES))(
    '%s ends with the article it applies: «({citation}).»',
    (_code, { text, params }) => {
      expect(text.endsWith('({citation}).')).toBe(true);
      expect(params).toContain('citation');
    },
  );

  it.each(Object.keys(RULE_MESSAGES))('%s is raised by the rules engine', (code) => {
    expect(sources).toContain(`'${code}'`);
  });

  it('every code the engine raises has a sentence', () => {
    const raised = new Set([...sources.matchAll(/'(RULE_[A-Z_]+)'/g)].map((m) => m[1]!));
    expect([...raised].filter((code) => !(code in RULE_MESSAGES))).toEqual([]);
  });
});
