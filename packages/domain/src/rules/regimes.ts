import type { RegimeDefinition } from './by-regime';
import type { RegimeId } from './ids';
import { cite, DOC, REGIME_START } from './sources';

/**
 * legal-rules.md §1: which texts are in force together, from which day. A new law is one more entry
 * here plus its versions of the rules it changes (`byRegime`), never new code.
 */
export const NATIONAL_REGIMES: readonly (RegimeDefinition & { regime: RegimeId })[] = [
  {
    regime: 'R2003',
    start: REGIME_START.R2003,
    name: 'Luật Thi đua, khen thưởng 2003 và Nghị định 91/2017',
    texts: [DOC.LAW_2003, `${DOC.ND_91_2017} (từ 01/10/2017)`, DOC.TT_12_2019, DOC.ND_122_2018],
    source: cite(DOC.LAW_2003, 'toàn văn'),
    certainty: 'verified',
  },
  {
    regime: 'R2024',
    start: REGIME_START.R2024,
    name: 'Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023',
    texts: [DOC.LAW_2022, DOC.ND_98_2023, DOC.TT_01_2024, `${DOC.ND_86_2023} (từ 30/01/2024)`],
    source: cite(DOC.LAW_2022, 'Điều 95'),
    certainty: 'verified',
  },
  {
    regime: 'R2025',
    start: REGIME_START.R2025,
    name: 'Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025',
    texts: [DOC.LAW_2022, DOC.ND_152_2025, DOC.ND_129_2025, DOC.TT_15_2025, DOC.ND_86_2023],
    source: cite(DOC.ND_152_2025, 'toàn văn'),
    certainty: 'verified',
  },
  {
    regime: 'R2022_AMENDED',
    // Not in force nationally: a province applies it from its own date (RuleSetOptions.pendingRegimes).
    start: null,
    name: 'Luật Thi đua, khen thưởng 2022 sửa đổi (dự thảo, tỉnh chọn ngày áp dụng)',
    texts: [
      DOC.DRAFT_AMENDMENT_2025,
      DOC.LAW_2022,
      DOC.ND_152_2025,
      DOC.ND_129_2025,
      DOC.TT_15_2025,
      DOC.ND_86_2023,
    ],
    source: cite(DOC.DRAFT_AMENDMENT_2025, 'toàn văn'),
    certainty: 'unconfirmed',
    note: 'legal-rules.md §1: still a draft on 16/12/2025, its passage not confirmed; it gives no article numbers. The R2025 rows the draft does not change stay in force; its new Lao động tiên tiến standard is not known, so no row changes it.',
  },
];
