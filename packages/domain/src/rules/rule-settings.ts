import * as z from 'zod';
import '../validation';
import { formatDateVi } from '../format';
import { integerInput } from '../number-fields';
import { optionalDate, optionalText } from '../optional-fields';
import { NATIONAL_RULES, type PendingRegimeStarts } from './rule-book';
import type { RuleOverride, RuleScope } from './overrides';
import type { RowOf } from './rule-row';
import { REGIME_START } from './sources';

/** legal-rules.md §6: from R2024 the law gives no threshold for provincial and national titles; 90 % by default [P]. */
export const DEFAULT_HIGHER_TITLES_THRESHOLD = 90;
export const HIGHER_TITLES_VOTE_RULE = 'vote.higher_titles';

/**
 * What a province sets (legal-rules.md §1 and §6): the day it applies the pending amending law
 * (none = not applied), the council's threshold for provincial and national titles, and the
 * province's document that sets them, required as soon as anything differs from the default.
 */
export const RuleSettingsInputSchema = z
  .object({
    higherTitlesThreshold: integerInput({ min: 50, max: 100 }).describe(
      'Tỷ lệ tán thành tối thiểu cho danh hiệu cấp tỉnh, cấp Nhà nước (%)',
    ),
    amendedLawFrom: optionalDate().describe('Áp dụng luật sửa đổi từ ngày'),
    documentNumber: optionalText(100).describe('Văn bản quy định (số, ký hiệu)'),
    documentDate: optionalDate('document').describe('Ngày ban hành'),
  })
  .superRefine((input, ctx) => {
    if (input.amendedLawFrom !== null && input.amendedLawFrom <= REGIME_START.R2025)
      ctx.addIssue({
        code: 'custom',
        path: ['amendedLawFrom'],
        message: 'phải sau ngày 01/07/2025 (ngày Nghị định 152/2025 có hiệu lực).',
      });
    const isSet =
      input.amendedLawFrom !== null || input.higherTitlesThreshold !== DEFAULT_HIGHER_TITLES_THRESHOLD;
    if (isSet && input.documentNumber === null)
      ctx.addIssue({
        code: 'custom',
        path: ['documentNumber'],
        message: 'cần nhập khi tỉnh đổi tỷ lệ hoặc áp dụng luật sửa đổi.',
      });
    if (isSet && input.documentDate === null)
      ctx.addIssue({
        code: 'custom',
        path: ['documentDate'],
        message: 'cần nhập khi tỉnh đổi tỷ lệ hoặc áp dụng luật sửa đổi.',
      });
  });
export type RuleSettingsInput = z.infer<typeof RuleSettingsInputSchema>;

/** The province's settings as the API gives them; `isDefault` while the province has saved none. */
export const RuleSettingsViewSchema = z.object({
  provinceId: z.string(),
  higherTitlesThreshold: z.number(),
  amendedLawFrom: z.string().nullable(),
  documentNumber: z.string().nullable(),
  documentDate: z.string().nullable(),
  isDefault: z.boolean(),
  updatedBy: z.object({ userId: z.string().nullable(), displayName: z.string() }).nullable(),
  updatedAt: z.string().nullable(),
});
export type RuleSettingsView = z.infer<typeof RuleSettingsViewSchema>;

export type ProvinceRuleSettings = Pick<
  RuleSettingsInput,
  'higherTitlesThreshold' | 'amendedLawFrom' | 'documentNumber' | 'documentDate'
>;

/**
 * The `ruleSetAsOf` options of a province's settings: its start of the pending amending law, and
 * its threshold for provincial and national titles as a `local` override of `vote.higher_titles`
 * from R2024 (none while it keeps the default 90 %). The province's document is the source.
 */
export function ruleSetOptionsOf(
  settings: ProvinceRuleSettings,
  scope: RuleScope,
): { scope: RuleScope; overrides: RuleOverride[]; pendingRegimes: PendingRegimeStarts } {
  const pendingRegimes: PendingRegimeStarts =
    settings.amendedLawFrom === null ? {} : { R2022_AMENDED: settings.amendedLawFrom };
  return { scope, overrides: higherTitlesOverride(settings, scope), pendingRegimes };
}

function higherTitlesOverride(settings: ProvinceRuleSettings, scope: RuleScope): RuleOverride[] {
  if (settings.higherTitlesThreshold === DEFAULT_HIGHER_TITLES_THRESHOLD) return [];
  const national = NATIONAL_RULES.find(
    (row): row is RowOf<'vote'> =>
      row.id === HIGHER_TITLES_VOTE_RULE && row.effectiveFrom === REGIME_START.R2024,
  )!;
  const document = settings.documentNumber ?? '';
  return [
    {
      ...national,
      effectiveFrom: REGIME_START.R2024,
      effectiveTo: null,
      threshold: { ...national.threshold, share: { num: settings.higherTitlesThreshold, den: 100 } },
      source: {
        document: settings.documentDate
          ? `${document} ngày ${formatDateVi(settings.documentDate)}`
          : document,
        article: 'toàn văn',
      },
      certainty: 'local',
      note: 'Tỷ lệ do tỉnh quy định (legal-rules.md §6).',
      scope: { province: scope.province },
    },
  ];
}
