import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useThiduaCli } from '../test/run-thidua';
import { openDatabase } from '../db/database';
import { adminUnits } from '../db/schema';
import { SYSTEM_ACTOR } from '../records/record-audit';
import { saveRuleSettings } from '../features/rule-settings/rule-settings';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The real `thidua` binary; the rules commands never touch its (temporary, empty) data folder. */
const { thidua, dataDir } = useThiduaCli();

interface CaseOutput {
  verdict: string;
  checks: { ruleId: string; status: string; code: string; message: string; citation: { text: string } }[];
  reward: { amount: number; coefficient: number; baseSalary: number } | null;
}

describe('thidua rules check', () => {
  const cases = JSON.parse(readFileSync(fixture('rules-cases.json'), 'utf8')) as unknown[];

  it('gives every case of the file its verdict, checks with articles and reward, in input order (--json)', async () => {
    const run = await thidua('rules', 'check', fixture('rules-cases.json'), '--json');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const results = JSON.parse(run.stdout) as CaseOutput[];
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(results).toHaveLength(cases.length);
    expect(results.map((r) => r.verdict)).toEqual([
      'ineligible', // 1 CSTĐ cấp tỉnh with one Chiến sĩ thi đua cơ sở (Luật 2022 Điều 22)
      'needs_judgement', // 2 three in a row, the province-wide effect left to the council
      'ineligible', // 3 excellent, no initiative, 2023-12-31 (Nghị định 91/2017 Điều 9)
      'eligible', // 4 the same on 2024-01-01 (Luật 2022 Điều 23)
      'needs_judgement', // 5 Lao động tiên tiến: ethics judged by people
      'ineligible', // 6 joined 2025-08-15: under 6 months
      'ineligible', // 7 absent 45 days
      'ineligible', // 8 disciplined
      'needs_judgement', // 9 Chiến sĩ tiên tiến, armed forces
      'ineligible', // 10 a collective cannot be Lao động tiên tiến
      'needs_judgement', // 11 7/12 Lao động tiên tiến: more than 50 %
      'ineligible', // 12 6/12: not more than 50 %
      'needs_judgement', // 13 Tập thể lao động xuất sắc met
      'ineligible', // 14 … missed
      'needs_judgement', // 15 Gia đình văn hóa, three groups judged
      'ineligible', // 16 refusal grounds (Nghị định 86/2023 Điều 6 khoản 4)
      'needs_judgement', // 17 Giấy khen 2025-06-30
      'needs_judgement', // 18 Giấy khen 2025-07-01
      'needs_judgement', // 19 Giấy khen of a collective 2025-03-01
      'eligible', // 20 Bằng khen cấp tỉnh after two Chiến sĩ thi đua cơ sở
      'ineligible', // 21 commune chair deciding Chiến sĩ thi đua cơ sở in 2024
      'ineligible', // 22 xã, phường tiêu biểu in 2023
      'eligible', // 23 Bằng khen của Thủ tướng
      'eligible', // 24 Chiến sĩ thi đua cơ sở decided 2026-07-01
    ]);
    expect(results.every((r) => r.checks.every((c) => c.message.includes(c.citation.text)))).toBe(true);
  });

  it('prices the reward on the decision date, and none for an ineligible case', async () => {
    const results = JSON.parse(
      (await thidua('rules', 'check', fixture('rules-cases.json'), '--json')).stdout,
    ) as CaseOutput[];
    expect(results[0]!.reward).toBeNull();
    expect(results[3]!.reward).toEqual({ amount: 1_800_000, coefficient: 1, baseSalary: 1_800_000 });
    expect(results[16]!.reward).toEqual({ amount: 360_000, coefficient: 0.15, baseSalary: 2_340_000 });
    expect(results[17]!.reward).toEqual({ amount: 710_000, coefficient: 0.3, baseSalary: 2_340_000 });
    expect(results[18]!.reward).toEqual({ amount: 710_000, coefficient: 0.3, baseSalary: 2_340_000 });
    expect(results[14]!.reward).toBeNull();
    expect(results[23]!.reward).toEqual({ amount: 2_530_000, coefficient: 1, baseSalary: 2_530_000 });
  });

  it('prints verdicts, each check with its article, and the reward in Vietnamese', async () => {
    const run = await thidua('rules', 'check', fixture('rules-cases.json'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Trường hợp 1: «Chiến sĩ thi đua cấp tỉnh» năm 2025, ngày quyết định 20/12/2025 (R2025)',
    );
    expect(run.stdout).toContain('Kết luận: KHÔNG ĐỦ ĐIỀU KIỆN');
    expect(run.stdout).toContain(
      '[không đạt] Chưa đủ 3 lần liên tục đạt «Chiến sĩ thi đua cơ sở» tính đến năm 2025: có 1 lần liên tục (2024) (Điều 22, Luật Thi đua, khen thưởng 2022).',
    );
    expect(run.stdout).toContain('[không đạt] Chưa đạt điều kiện nào trong:');
    expect(run.stdout).toContain('(Điều 9, Nghị định 91/2017/NĐ-CP).');
    expect(run.stdout).toContain(
      'Tiền thưởng: «Giấy khen của Chủ tịch UBND cấp xã» (cá nhân): 0,15 × 2.340.000 đồng = 351.000 đồng',
    );
  });

  it('takes a single case as well as a list', async () => {
    const run = await thidua('rules', 'check', fixture('rules-case-single.json'), '--json');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as CaseOutput[]).map((r) => r.verdict)).toEqual(['ineligible']);
  });

  it('a malformed file: exit 2, a Vietnamese message naming the case and the field, nothing on stdout', async () => {
    const run = await thidua('rules', 'check', fixture('rules-cases-malformed.json'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'Trường hợp 2, yearRecords.0.grade: «Xếp loại (grade)» phải là một trong các giá trị',
    );
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('a file that is not JSON, or missing: exit 2', async () => {
    const notJson = await thidua('rules', 'check', fixture('../rules-commands.ts'));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('không phải JSON hợp lệ');
    const missing = await thidua('rules', 'check', fixture('khong-co.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không đọc được tệp');
  });
});

describe('thidua rules diff and list', () => {
  it('diff --from 2023-12-31 --to 2024-01-01 lists the regime change and what it changed', async () => {
    const run = await thidua('rules', 'diff', '--from', '2023-12-31', '--to', '2024-01-01');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Chuyển chế độ pháp lý: R2003');
    expect(run.stdout).toContain('→ R2024');
    expect(run.stdout).toContain(
      'không xét danh hiệu khi công tác dưới 6 tháng trong năm (Điều 3, Thông tư 01/2024/TT-BNV)',
    );
    expect(run.stdout).toContain('+ Thêm: Danh hiệu «Xã, phường, thị trấn tiêu biểu»');
  });

  it('diff --json lists the changed rows; the same day twice changes nothing', async () => {
    const changes = JSON.parse(
      (await thidua('rules', 'diff', '--from', '2025-06-30', '--to', '2025-07-01', '--json')).stdout,
    ) as {
      id: string;
    }[];
    expect(changes.map((c) => c.id)).toContain('authority.chien_si_thi_dua_co_so');
    const none = await thidua('rules', 'diff', '--from', '2025-01-01', '--to', '2025-01-01', '--json');
    expect(JSON.parse(none.stdout)).toEqual([]);
  });

  it('list --as-of 2025-07-01 prints the rules of R2025 with their sources', async () => {
    const run = await thidua('rules', 'list', '--as-of', '2025-07-01');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Quy định áp dụng ngày 01/07/2025: R2025');
    expect(run.stdout).toContain(
      '«Giấy khen của Chủ tịch UBND cấp xã» (cá nhân): hệ số 0,3 × mức lương cơ sở (Điều 54, Nghị định 152/2025/NĐ-CP)',
    );
    const json = JSON.parse((await thidua('rules', 'list', '--as-of', '2023-06-30', '--json')).stdout) as {
      regime: string;
    };
    expect(json.regime).toBe('R2003');
  });

  it('list --as-of 2025-07-01 prints the corrections of legal-rules.md: household forms, Chiến sĩ tiên tiến, the 90 % default', async () => {
    const run = await thidua('rules', 'list', '--as-of', '2025-07-01');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '«Giấy khen của Chủ tịch UBND cấp xã» (hộ gia đình): hệ số 0,45 × mức lương cơ sở (Điều 54, Nghị định 152/2025/NĐ-CP)',
    );
    expect(run.stdout).toContain(
      '«Chiến sĩ tiên tiến» do cấp có thẩm quyền trong Quân đội nhân dân, Công an nhân dân quyết định (Điều 80 khoản 5, Luật Thi đua, khen thưởng 2022)',
    );
    expect(run.stdout).toContain(
      'đồng ý ít nhất 90% tổng số thành viên (Điều 47, Nghị định 98/2023/NĐ-CP; mặc định, tỉnh có thể quy định khác)',
    );
  });

  it('a bad or too early date: exit 2 with a Vietnamese message', async () => {
    const bad = await thidua('rules', 'list', '--as-of', '2025-02-30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of «2025-02-30» không phải ngày dạng năm-tháng-ngày.');
    const early = await thidua('rules', 'diff', '--from', '2016-01-01', '--to', '2024-01-01');
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('phần mềm chỉ có quy định từ ngày 01/10/2017');
  });

  it('has Vietnamese help', async () => {
    const run = await thidua('rules', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kiểm tra một hoặc nhiều đề nghị khen thưởng');
  });
});

describe('thidua rules show --commune', () => {
  it('shows the rules in force for the commune with its province’s settings (threshold, amending law)', async () => {
    const database = await openDatabase({ mode: 'pglite', dataDir });
    try {
      await database.migrate();
      const [province] = await database.db
        .insert(adminUnits)
        .values({ code: '97', name: 'Tỉnh Thử Nghiệm', level: 'province' })
        .returning();
      await database.db
        .insert(adminUnits)
        .values({ code: '97001', name: 'Phường Thử A', level: 'ward', parentId: province!.id });
      await saveRuleSettings(database.db, SYSTEM_ACTOR, province!.id, {
        higherTitlesThreshold: 80,
        amendedLawFrom: '2026-09-01',
        documentNumber: '12/2026/QĐ-UBND',
        documentDate: '2026-03-02',
      });
    } finally {
      await database.close();
    }
    const before = await thidua('rules', 'show', '--commune', '97001', '--as-of', '2026-08-31');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain(
      'Quy định áp dụng ngày 31/08/2026 tại Phường Thử A (kèm cài đặt của tỉnh): R2025',
    );
    expect(before.stdout).toContain(
      'đồng ý ít nhất 80% tổng số thành viên (toàn văn, 12/2026/QĐ-UBND ngày 02/03/2026',
    );
    const from = JSON.parse(
      (await thidua('rules', 'show', '--commune', '97001', '--as-of', '2026-09-01', '--json')).stdout,
    ) as { regime: string };
    expect(from.regime).toBe('R2022_AMENDED');
    const national = await thidua('rules', 'show', '--as-of', '2026-09-01', '--json');
    expect((JSON.parse(national.stdout) as { regime: string }).regime).toBe('R2025');
    const unknown = await thidua('rules', 'show', '--commune', '99999');
    expect(unknown.code).not.toBe(0);
  });
});
