import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from './render-rules-doc';
import { NATIONAL_RULES, pendingRegimeContents } from './rule-book';

const committed = fileURLToPath(new URL('../../../../docs/legal-rules.md', import.meta.url));

describe('docs/legal-rules.md', () => {
  it('is what `npm run docs:rules` generates from the tables (run it after changing a rule)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(renderRulesDoc(NATIONAL_RULES, pendingRegimeContents()));
  });

  it('lists every row with its source and certainty', () => {
    const doc = renderRulesDoc(NATIONAL_RULES);
    const tableLines = doc.split('\n').filter((line) => line.startsWith('| `'));
    expect(tableLines).toHaveLength(NATIONAL_RULES.length);
    expect(doc).toContain(
      '| `base_salary` | Mức lương cơ sở 2.340.000 đồng/tháng | 01/07/2024 – 30/06/2026 | Điều 3, Nghị định 73/2024/NĐ-CP | theo văn bản |',
    );
  });
});
