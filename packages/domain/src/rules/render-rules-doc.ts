import { describeRow } from './describe';
import { formatDateVi } from '../format';
import { CERTAINTY_LABELS, formatCitation, TABLE_LABELS } from './labels';
import type { RegimeDefinition } from './by-regime';
import type { RuleContent, RuleRow, RuleTable } from './rule-row';

const TABLE_ORDER: RuleTable[] = [
  'regime',
  'award',
  'authority',
  'criterion',
  'disqualifier',
  'cap',
  'batch',
  'vote',
  'reward',
  'base_salary',
  'rounding',
];

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function validity(row: RuleRow): string {
  const from = formatDateVi(row.effectiveFrom);
  return row.effectiveTo === null ? `từ ${from}` : `${from} – ${formatDateVi(row.effectiveTo)}`;
}

function scopeOf(row: RuleRow): string {
  if (!row.scope) return '';
  return ` (tỉnh ${row.scope.province}${row.scope.commune ? `, xã ${row.scope.commune}` : ''})`;
}

/** What a pending regime would change, undated (see `pendingRegimeContents`). */
export interface PendingRegimeContent {
  regime: RegimeDefinition;
  rules: RuleContent[];
}

/**
 * The reference of every rule row as Markdown, grouped by table, each row with its validity, source
 * and certainty. Pure: `npm run docs:rules` writes it to docs/legal-rules.md, and a test fails when
 * the committed file differs, so the document never drifts from the tables.
 */
export function renderRulesDoc(
  rows: readonly RuleRow[],
  pending: readonly PendingRegimeContent[] = [],
): string {
  const lines: string[] = [
    '# Quy định thi đua, khen thưởng trong phần mềm',
    '',
    '<!-- Tệp sinh tự động từ packages/domain/src/rules bằng `npm run docs:rules`. Không sửa tay. -->',
    '',
    'Mỗi dòng là một quy định kèm thời gian hiệu lực, căn cứ và mức độ chắc chắn: «theo văn bản» (trích từ văn bản),',
    '«mặc định, tỉnh có thể quy định khác» (cài đặt của tỉnh), «cần xác nhận» (chưa đối chiếu đủ). Tiền thưởng = hệ số × mức',
    'lương cơ sở tại ngày ký quyết định, làm tròn lên.',
    '',
  ];
  for (const table of TABLE_ORDER) {
    const tableRows = rows
      .filter((row) => row.table === table)
      .sort((a, b) => (a.id === b.id ? (a.effectiveFrom < b.effectiveFrom ? -1 : 1) : a.id < b.id ? -1 : 1));
    if (tableRows.length === 0) continue;
    lines.push(
      `## ${TABLE_LABELS[table]}`,
      '',
      '| Mã | Quy định | Hiệu lực | Căn cứ | Mức độ |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const row of tableRows) {
      const note = row.note ? ` Ghi chú: ${row.note}` : '';
      lines.push(
        `| \`${row.id}\` | ${cell(describeRow(row) + scopeOf(row) + note)} | ${validity(row)} | ${cell(formatCitation(row.source))} | ${CERTAINTY_LABELS[row.certainty]} |`,
      );
    }
    lines.push('');
  }
  for (const { regime, rules } of pending) {
    lines.push(
      `## Chờ áp dụng: ${regime.regime} — ${regime.name}`,
      '',
      'Chưa có hiệu lực trên toàn quốc. Tỉnh chọn ngày áp dụng (cài đặt của tỉnh); từ ngày đó các quy định dưới đây thay',
      'các dòng cùng mã, các quy định khác giữ nguyên.',
      '',
      '| Mã | Quy định | Căn cứ | Mức độ |',
      '| --- | --- | --- | --- |',
    );
    for (const row of rules) {
      const note = row.note ? ` Ghi chú: ${row.note}` : '';
      lines.push(
        `| \`${row.id}\` | ${cell(describeRow(row) + note)} | ${cell(formatCitation(row.source))} | ${CERTAINTY_LABELS[row.certainty]} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
