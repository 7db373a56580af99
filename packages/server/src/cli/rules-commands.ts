import { todayInVietnam } from '../http/today';
import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import {
  computeRewardAmount,
  describeRow,
  diffRuleSets,
  EARLIEST_RULE_DATE,
  evaluateNomination,
  awardName,
  fieldErrors,
  formatCitation,
  formatDateVi,
  isIsoDate,
  messageFor,
  RuleCaseSchema,
  ruleSetAsOf,
  TABLE_LABELS,
  type Check,
  type RuleCase,
  type RuleChange,
  type RuleRow,
  type RuleSet,
} from '@thidua/domain';
import { getCommuneByCode } from '../features/admin-units/admin-units';
import { ruleSetForCommune } from '../features/rule-settings/rule-settings';
import { CliInputError, dataOption, envWith, withDatabase } from './run-command';

/**
 * `thidua rules …`: the rule tables of the domain package, read without a database (but for
 * `list --commune`, which reads the commune's province settings). Dates are
 * checked here (exit 2 with a Vietnamese message); the domain never reads the clock, so «today»
 * is taken here, in Vietnam's time zone.
 */
export function registerRulesCommands(program: Command): void {
  // `thidua rules list | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const rules = program
    .command('rules')
    .description('tra cứu và áp dụng quy định thi đua, khen thưởng (không cần cơ sở dữ liệu)');

  rules
    .command('list')
    .alias('show')
    .description('in các quy định có hiệu lực vào một ngày (kèm cài đặt của tỉnh khi chọn một xã, phường)')
    .option('--as-of <ngày>', 'ngày áp dụng, dạng năm-tháng-ngày (mặc định: hôm nay)')
    .option('--commune <mã>', 'mã xã, phường: áp dụng cài đặt quy định của tỉnh (cần cơ sở dữ liệu)')
    .addOption(dataOption())
    .addOption(jsonOption())
    .action(async (opts: { asOf?: string; commune?: string; data?: string; json?: boolean }) => {
      const date = dateOption('--as-of', opts.asOf ?? todayInVietnam());
      if (!opts.commune) return printRules(ruleSetAsOf(date), opts.json);
      const commune = opts.commune;
      await withDatabase(envWith(opts), async ({ db }) => {
        const { id, name } = await getCommuneByCode(db, commune);
        printRules(await ruleSetForCommune(db, id, date), opts.json, name);
      });
    });

  rules
    .command('diff')
    .description('liệt kê quy định thay đổi giữa hai ngày')
    .requiredOption('--from <ngày>', 'ngày trước, dạng năm-tháng-ngày')
    .requiredOption('--to <ngày>', 'ngày sau, dạng năm-tháng-ngày')
    .addOption(jsonOption())
    .action((opts: { from: string; to: string; json?: boolean }) => {
      const from = ruleSetAsOf(dateOption('--from', opts.from));
      const to = ruleSetAsOf(dateOption('--to', opts.to));
      const changes = diffRuleSets(from, to);
      if (opts.json) return printJson(changes);
      printDiff(from, to, changes);
    });

  rules
    .command('check')
    .description('kiểm tra một hoặc nhiều đề nghị khen thưởng trong tệp JSON, kèm điều khoản và tiền thưởng')
    .argument('<tệp>', 'tệp JSON: một trường hợp hoặc một danh sách trường hợp')
    .addOption(jsonOption())
    .action(async (file: string, opts: { json?: boolean }) => {
      const cases = parseCases(await readJson(file));
      const results = cases.map(checkCase);
      if (opts.json)
        return printJson(results.map(({ verdict, checks, reward }) => ({ verdict, checks, reward })));
      results.forEach((result, index) => printCase(index + 1, cases[index]!, result));
    });
}

function printRules(ruleSet: RuleSet, json?: boolean, communeName?: string): void {
  if (json) return printJson({ asOf: ruleSet.asOf, regime: ruleSet.regime.regime, rows: ruleSet.rows });
  const place = communeName ? ` tại ${communeName} (kèm cài đặt của tỉnh)` : '';
  console.log(`Quy định áp dụng ngày ${formatDateVi(ruleSet.asOf)}${place}: ${regimeLine(ruleSet)}.`);
  for (const [table, rows] of groupByTable(ruleSet.rows)) {
    console.log(`\n${TABLE_LABELS[table]}:`);
    for (const row of rows) console.log(`  - ${rowLine(row)}`);
  }
}

const jsonOption = () => new Option('--json', 'in kết quả dạng JSON');

function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

function dateOption(name: string, value: string): string {
  if (!isIsoDate(value)) throw new CliInputError(`${name} «${value}» không phải ngày dạng năm-tháng-ngày.`);
  if (value < EARLIEST_RULE_DATE)
    throw new CliInputError(`${name}: phần mềm chỉ có quy định từ ngày ${formatDateVi(EARLIEST_RULE_DATE)}.`);
  return value;
}

const regimeLine = (ruleSet: RuleSet) => `${ruleSet.regime.regime} — ${ruleSet.regime.name}`;

function groupByTable(rows: readonly RuleRow[]): Map<RuleRow['table'], RuleRow[]> {
  const groups = new Map<RuleRow['table'], RuleRow[]>();
  for (const table of Object.keys(TABLE_LABELS) as RuleRow['table'][]) {
    const inTable = rows.filter((row) => row.table === table);
    if (inTable.length > 0) groups.set(table, inTable);
  }
  return groups;
}

const citation = (row: RuleRow) => formatCitation(row.source, row.certainty);

const rowLine = (row: RuleRow) => `${describeRow(row)} (${citation(row)})`;

/** Value changes first, each with before and after; rows that only cite a new text come last, briefly. */
function printDiff(from: RuleSet, to: RuleSet, changes: RuleChange[]): void {
  console.log(
    `Thay đổi từ ${formatDateVi(from.asOf)} (${from.regime.regime}) đến ${formatDateVi(to.asOf)} (${to.regime.regime}): ${changes.length} quy định.`,
  );
  if (from.regime.regime !== to.regime.regime)
    console.log(`Chuyển chế độ pháp lý: ${regimeLine(from)} → ${regimeLine(to)}.`);
  const sourceOnly = (c: RuleChange) =>
    c.change === 'changed' && c.fields.every((f) => ['source', 'certainty', 'note'].includes(f));
  for (const change of changes.filter((c) => !sourceOnly(c))) {
    if (change.change === 'added') console.log(`+ Thêm: ${rowLine(change.after!)}`);
    else if (change.change === 'removed') console.log(`- Bỏ: ${rowLine(change.before!)}`);
    else console.log(`~ Đổi: ${rowLine(change.before!)}\n      thành: ${rowLine(change.after!)}`);
  }
  const cited = changes.filter(sourceOnly);
  if (cited.length > 0) {
    console.log(`\nCùng nội dung, đổi căn cứ (${cited.length}):`);
    for (const change of cited)
      console.log(`  ${change.id}: ${citation(change.before!)} → ${citation(change.after!)}`);
  }
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CliInputError(`không đọc được tệp «${file}».`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliInputError(`tệp «${file}» không phải JSON hợp lệ (${(error as Error).message}).`);
  }
}

/** Every case is validated before any is checked; the messages name the case and the field. */
function parseCases(value: unknown): RuleCase[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw new CliInputError('tệp không có trường hợp nào.');
  const problems: string[] = [];
  const cases = list.map((item, index) => {
    const result = RuleCaseSchema.safeParse(item);
    if (result.success) return result.data;
    const fields = fieldErrors(RuleCaseSchema, result.error.issues);
    for (const [path, message] of Object.entries(fields))
      problems.push(`Trường hợp ${index + 1}, ${path}: ${message}`);
    return null;
  });
  if (problems.length > 0) throw new CliInputError(`tệp có dữ liệu chưa hợp lệ.\n  ${problems.join('\n  ')}`);
  return cases as RuleCase[];
}

interface CaseResult {
  verdict: ReturnType<typeof evaluateNomination>['verdict'];
  regime: string;
  checks: (Check & { message: string })[];
  reward: { amount: number; coefficient: number; baseSalary: number } | null;
  rewardMessage: string | null;
}

function checkCase(input: RuleCase): CaseResult {
  const ruleSet = ruleSetAsOf(input.asOf);
  const evaluation = evaluateNomination(input, ruleSet);
  const checks = evaluation.checks.map((check) => ({
    ...check,
    message: messageFor(check.code, check.params),
  }));
  if (evaluation.verdict === 'ineligible')
    return {
      verdict: evaluation.verdict,
      regime: evaluation.regime,
      checks,
      reward: null,
      rewardMessage: null,
    };
  const money = computeRewardAmount(input.nomination.award, input.nominee.kind, input.asOf, ruleSet);
  return {
    verdict: evaluation.verdict,
    regime: evaluation.regime,
    checks,
    reward: money.paid
      ? { amount: money.amount, coefficient: money.coefficientHundredths / 100, baseSalary: money.baseSalary }
      : null,
    rewardMessage: messageFor(money.code, money.params),
  };
}

const VERDICT_LABELS = {
  eligible: 'ĐỦ ĐIỀU KIỆN',
  ineligible: 'KHÔNG ĐỦ ĐIỀU KIỆN',
  needs_judgement: 'CẦN HỘI ĐỒNG ĐÁNH GIÁ',
} as const;
const STATUS_LABELS = { passed: 'đạt', failed: 'không đạt', needs_judgement: 'cần đánh giá' } as const;

function printCase(number: number, input: RuleCase, result: CaseResult): void {
  const award = awardName(ruleSetAsOf(input.asOf), input.nomination.award);
  console.log(
    `Trường hợp ${number}: «${award}» năm ${input.nomination.year}, ngày quyết định ${formatDateVi(input.asOf)} (${result.regime})`,
  );
  console.log(`  Kết luận: ${VERDICT_LABELS[result.verdict]}`);
  for (const check of result.checks) console.log(`  [${STATUS_LABELS[check.status]}] ${check.message}`);
  if (result.rewardMessage) console.log(`  Tiền thưởng: ${result.rewardMessage}`);
  console.log('');
}
