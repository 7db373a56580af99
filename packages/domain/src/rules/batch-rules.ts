import { byRegime, type RuleDeclaration } from './by-regime';
import { cite, DOC } from './sources';

/** legal-rules.md §5: the cap on Chiến sĩ thi đua cơ sở, and one achievement — one award. */
export const CAP_RULES: RuleDeclaration[] = [
  byRegime<'cap'>(
    'cap.chien_si_thi_dua_co_so',
    {
      table: 'cap',
      award: 'chien_si_thi_dua_co_so',
      baseAward: 'lao_dong_tien_tien',
      share: { num: 15, den: 100 },
      mode: 'enforce',
    },
    {
      R2003: { source: cite(DOC.ND_91_2017, 'Điều 9', 'khoản 3'), certainty: 'verified' },
      R2024: {
        source: cite(DOC.LAW_2022, 'Điều 23'),
        certainty: 'province_default',
        note: 'No national cap from 2024; a province may keep one. Default: not enforced, a warning above 15 %.',
        values: { mode: 'warn' },
      },
    },
  ),
];

const oneAchievement2003 = cite(DOC.LAW_2003, 'Điều 6', 'khoản 2');
const oneAchievement2022 = cite(DOC.LAW_2022, 'Điều 5', 'khoản 2');

export const BATCH_RULES: RuleDeclaration[] = [
  ...(['one_award_per_achievement', 'one_form_per_achievement'] as const).map((rule) =>
    byRegime<'batch'>(
      `batch.${rule}`,
      { table: 'batch', rule },
      {
        R2003: { source: oneAchievement2003, certainty: 'unconfirmed' },
        R2024: { source: oneAchievement2022, certainty: 'verified' },
      },
    ),
  ),
  byRegime<'batch'>(
    'batch.highest_title_paid',
    { table: 'batch', rule: 'highest_title_paid' },
    {
      R2003: { source: cite(DOC.ND_91_2017, 'Điều 66'), certainty: 'verified' },
      R2024: {
        source: cite(DOC.ND_98_2023, 'Điều 53'),
        certainty: 'unconfirmed',
        note: 'Nghị định 98/2023 Điều 53 has no same-period clause: the rule of Nghị định 152/2025 Điều 49 is kept as the default.',
      },
      R2025: { source: cite(DOC.ND_152_2025, 'Điều 49'), certainty: 'verified' },
    },
  ),
];
