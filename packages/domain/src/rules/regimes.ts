import type { RowOf } from './rule-row';
import { cite, DOC, PERIODS, versions } from './sources';

/** legal-rules.md §1: which texts are in force. A new law is one more version of this row. */
export const REGIME_ROWS: RowOf<'regime'>[] = versions<'regime'>(
  'regime',
  { table: 'regime', regime: 'R2003', texts: [] },
  {
    period: PERIODS.R2003,
    source: cite(DOC.LAW_2003, 'toàn văn'),
    certainty: 'verified',
    values: {
      regime: 'R2003',
      texts: [DOC.LAW_2003, `${DOC.ND_91_2017} (từ 01/10/2017)`, DOC.TT_12_2019, DOC.ND_122_2018],
    },
  },
  {
    period: PERIODS.R2024,
    source: cite(DOC.LAW_2022, 'Điều 95'),
    certainty: 'verified',
    values: {
      regime: 'R2024',
      texts: [DOC.LAW_2022, DOC.ND_98_2023, DOC.TT_01_2024, `${DOC.ND_86_2023} (từ 30/01/2024)`],
    },
  },
  {
    period: PERIODS.R2025,
    source: cite(DOC.ND_152_2025, 'toàn văn'),
    certainty: 'verified',
    values: {
      regime: 'R2025',
      texts: [DOC.LAW_2022, DOC.ND_152_2025, DOC.ND_129_2025, DOC.TT_15_2025, DOC.ND_86_2023],
    },
  },
);
