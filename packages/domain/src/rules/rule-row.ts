import * as z from 'zod';
import { isIsoDate } from './dates';
import { AUTHORITIES, AWARD_IDS, COLLECTIVE_TYPES, GRADES, SUBJECT_KINDS } from './ids';

/**
 * One row of the rule book: a fact of the law with the days it is in force, its source and how
 * sure it is. Every table is a list of such rows; a law change is new rows, never changed code.
 */
export const IsoDateSchema = z.string().refine(isIsoDate, { error: 'không phải ngày dạng năm-tháng-ngày.' });

export const SourceSchema = z.object({
  document: z.string().min(3),
  article: z.string().min(3),
  clause: z.string().min(3).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * The marks of legal-rules.md: [V] quoted from the law; [P] a province setting with this default;
 * [?] not confirmed, shown as «cần xác nhận». `local` is a row set by a province or commune document.
 */
export const CERTAINTIES = ['verified', 'province_default', 'unconfirmed', 'local'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** A whole share as a fraction of integers, so 70 % or two thirds are compared without floats. */
export const ShareSchema = z.object({ num: z.int().min(0), den: z.int().min(1) });
export type Share = z.infer<typeof ShareSchema>;

const GradeSchema = z.enum(GRADES);
const AwardIdSchema = z.enum(AWARD_IDS);
const SubjectKindSchema = z.enum(SUBJECT_KINDS);

export const MEMBER_FIELDS = [
  'membersLaoDongTienTien',
  'membersCompletingTasks',
  'membersChienSiThiDuaCoSo',
] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

/** A countable criterion, judged from the history; `judgement` is what only a person can judge. */
const LeafCriterionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('grade_at_least'), grade: GradeSchema }),
  /** Holds one of `awards` in the year considered (Lao động tiên tiến or, in the armed forces, Chiến sĩ tiên tiến). */
  z.object({ kind: z.literal('holds_title_in_year'), awards: z.array(AwardIdSchema).min(1) }),
  z.object({ kind: z.literal('initiatives_in_year'), min: z.int().min(1) }),
  z.object({ kind: z.literal('research_in_year'), min: z.int().min(1) }),
  /** `years` consecutive years holding `award`, the run ending in the year considered. */
  z.object({ kind: z.literal('consecutive_awards'), award: AwardIdSchema, years: z.int().min(2) }),
  /** `years` consecutive years graded `grade` or better, with `initiatives` not already used for a title. */
  z.object({
    kind: z.literal('consecutive_grades_with_initiatives'),
    grade: GradeSchema,
    years: z.int().min(2),
    initiatives: z.int().min(1),
    initiativesUsedBy: AwardIdSchema,
  }),
  /** Holds `prior`, then `years` consecutive years graded `grade` or better with `count` × `award` in them. */
  z.object({
    kind: z.literal('after_prior_award'),
    prior: AwardIdSchema,
    grade: GradeSchema,
    years: z.int().min(2),
    award: AwardIdSchema,
    count: z.int().min(1),
  }),
  z.object({
    kind: z.literal('member_share'),
    field: z.enum(MEMBER_FIELDS),
    comparison: z.enum(['more_than', 'at_least']),
    share: ShareSchema,
  }),
  z.object({ kind: z.literal('member_count_at_least'), field: z.enum(MEMBER_FIELDS), min: z.int().min(1) }),
  z.object({ kind: z.literal('no_member_disciplined') }),
  z.object({ kind: z.literal('judgement'), text: z.string().min(5) }),
]);
export type LeafCriterion = z.infer<typeof LeafCriterionSchema>;

export const CriterionSchema = z.union([
  LeafCriterionSchema,
  z.object({ kind: z.literal('any_of'), of: z.array(LeafCriterionSchema).min(2) }),
]);
export type Criterion = z.infer<typeof CriterionSchema>;

export const DisqualifierRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('min_service_months'), months: z.int().min(1).max(12) }),
  z.object({ kind: z.literal('disciplined_in_year') }),
  /** Absent `days` working days or more (maternity leave excepted) fails. */
  z.object({ kind: z.literal('absence_days'), days: z.int().min(1) }),
  z.object({ kind: z.literal('pending_review') }),
  /** Grounds of refusal listed by the decree: the product knows them only when the record says so. */
  z.object({ kind: z.literal('household_grounds'), text: z.string().min(5) }),
]);
export type DisqualifierRule = z.infer<typeof DisqualifierRuleSchema>;

export const VoteBaseSchema = z.enum(['members', 'called', 'attendees']);
export const VoteShareRuleSchema = z.object({
  base: VoteBaseSchema,
  comparison: z.enum(['more_than', 'at_least']),
  share: ShareSchema,
});
export type VoteShareRule = z.infer<typeof VoteShareRuleSchema>;

const base = {
  id: z.string().regex(/^[a-z0-9_.]+$/),
  effectiveFrom: IsoDateSchema,
  effectiveTo: IsoDateSchema.nullable(),
  source: SourceSchema,
  certainty: z.enum(CERTAINTIES),
  /** Why the row says what it says when legal-rules.md is silent or unsure. */
  note: z.string().optional(),
  /** Set only on override rows: the province (and commune) the row applies to. */
  scope: z.object({ province: z.string().min(1), commune: z.string().min(1).optional() }).optional(),
};

export const RuleRowSchema = z.discriminatedUnion('table', [
  z.object({
    ...base,
    table: z.literal('regime'),
    /** R2003, R2024, R2025, a pending law; any later regime is one more version of this row, not code. */
    regime: z.string().regex(/^R[0-9A-Z_]+$/),
    name: z.string().min(3),
    texts: z.array(z.string().min(3)).min(1),
  }),
  z.object({
    ...base,
    table: z.literal('award'),
    award: AwardIdSchema,
    kind: z.enum(['title', 'form']),
    name: z.string().min(3),
    subjects: z.array(SubjectKindSchema).min(1),
    collectiveType: z.enum(COLLECTIVE_TYPES).optional(),
    /** Lao động tiên tiến is for civilians, Chiến sĩ tiên tiến for the armed forces (Luật 2022 Điều 24). */
    population: z.enum(['civilian', 'armed_forces']).optional(),
    level: z.enum(['commune', 'district', 'province', 'national']),
    /** Years of achievement the award rewards (1 for a yearly title); null for a form given for a deed. */
    periodYears: z.int().min(1).nullable(),
  }),
  z.object({ ...base, table: z.literal('authority'), award: AwardIdSchema, decidedBy: z.enum(AUTHORITIES) }),
  z.object({
    ...base,
    table: z.literal('criterion'),
    award: AwardIdSchema,
    subjects: z.array(SubjectKindSchema).min(1).optional(),
    criterion: CriterionSchema,
  }),
  z.object({
    ...base,
    table: z.literal('disqualifier'),
    subjects: z.array(SubjectKindSchema).min(1),
    /** `titles`: every title for those subjects; otherwise the listed awards only; `all`: titles and forms. */
    appliesTo: z.union([z.enum(['titles', 'all']), z.array(AwardIdSchema).min(1)]),
    rule: DisqualifierRuleSchema,
  }),
  z.object({
    ...base,
    table: z.literal('cap'),
    award: AwardIdSchema,
    baseAward: AwardIdSchema,
    share: ShareSchema,
    /** `enforce` fails a batch over the cap, `warn` asks a person to judge, `off` only reports. */
    mode: z.enum(['enforce', 'warn', 'off']),
  }),
  z.object({
    ...base,
    table: z.literal('batch'),
    rule: z.enum(['one_award_per_achievement', 'one_form_per_achievement', 'highest_title_paid']),
  }),
  z.object({
    ...base,
    table: z.literal('vote'),
    /** The awards the row is for; null for the default row of the council. */
    awards: z.array(AwardIdSchema).min(1).nullable(),
    quorum: VoteShareRuleSchema.nullable(),
    threshold: VoteShareRuleSchema,
  }),
  z.object({
    ...base,
    table: z.literal('reward'),
    award: AwardIdSchema,
    subject: SubjectKindSchema,
    /** Coefficient × 100 (0.15 → 15), so money stays integer; null: a certificate without money. */
    coefficientHundredths: z.int().min(1).nullable(),
  }),
  z.object({ ...base, table: z.literal('base_salary'), amount: z.int().min(1) }),
  z.object({ ...base, table: z.literal('rounding'), mode: z.literal('up'), unit: z.int().min(1) }),
]);
export type RuleRow = z.infer<typeof RuleRowSchema>;
export type RuleTable = RuleRow['table'];
/** A row without its dates: what a version of a rule says, whenever it applies. */
export type RuleContent = WithoutDates<RuleRow>;
type WithoutDates<R> = R extends unknown ? Omit<R, 'effectiveFrom' | 'effectiveTo'> : never;
export type RowOf<T extends RuleTable> = Extract<RuleRow, { table: T }>;

/** Validates rows written as constants; a bad row is a programming error, so it throws at load. */
export function parseRuleRows(rows: readonly unknown[]): RuleRow[] {
  return z.array(RuleRowSchema).parse(rows);
}
