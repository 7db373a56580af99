import type { Source } from './rule-row';

/** The legal documents the rows cite, spelled once. */
export const DOC = {
  LAW_2003: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013)',
  LAW_2022: 'Luật Thi đua, khen thưởng 2022',
  ND_91_2017: 'Nghị định 91/2017/NĐ-CP',
  TT_12_2019: 'Thông tư 12/2019/TT-BNV',
  ND_122_2018: 'Nghị định 122/2018/NĐ-CP',
  ND_98_2023: 'Nghị định 98/2023/NĐ-CP',
  TT_01_2024: 'Thông tư 01/2024/TT-BNV',
  ND_86_2023: 'Nghị định 86/2023/NĐ-CP',
  ND_152_2025: 'Nghị định 152/2025/NĐ-CP',
  ND_129_2025: 'Nghị định 129/2025/NĐ-CP',
  TT_15_2025: 'Thông tư 15/2025/TT-BNV',
  DRAFT_AMENDMENT_2025:
    'Dự thảo Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng (Bộ Nội vụ, 16/12/2025)',
} as const;

export function cite(document: string, article: string, clause?: string): Source {
  return clause ? { document, article, clause } : { document, article };
}

/** First days of the enacted regimes (legal-rules.md §1). */
export const REGIME_START = {
  // Luật 2003 is in force from 2004-07-01; the product models it with Nghị định 91/2017, in force from 2017-10-01.
  R2003: '2017-10-01',
  R2024: '2024-01-01',
  R2025: '2025-07-01',
} as const;

/** Nghị định 86/2023 on cultural titles took effect within R2024. */
export const CULTURAL_DECREE_START = '2024-01-30';

/** The earliest day the rule book can answer for. */
export const EARLIEST_RULE_DATE: string = REGIME_START.R2003;
