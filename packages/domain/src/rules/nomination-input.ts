import * as z from 'zod';
import { AUTHORITIES, AWARD_IDS, COLLECTIVE_TYPES, GRADES, SUBJECT_KINDS } from './ids';
import { IsoDateSchema } from './rule-row';
import { EARLIEST_RULE_DATE } from './sources';

/**
 * What a nomination is checked against. Every field present is used; an absent field is unknown,
 * and a rule that needs it answers `needs_judgement` rather than guessing.
 */
const YearSchema = z.int().min(1990).max(2100).describe('Năm');
const CountSchema = z.int().min(0);

export const NomineeSchema = z
  .strictObject({
    id: z.string().min(1).optional().describe('Mã đối tượng'),
    kind: z.enum(SUBJECT_KINDS).describe('Loại đối tượng (kind)'),
    isLeader: z.boolean().optional().describe('Giữ chức vụ lãnh đạo (isLeader)'),
    serviceStart: IsoDateSchema.optional().describe('Ngày bắt đầu công tác (serviceStart)'),
    armedForces: z.boolean().optional().describe('Thuộc lực lượng vũ trang (armedForces), mặc định: không'),
    collectiveType: z.enum(COLLECTIVE_TYPES).optional().describe('Loại tập thể (collectiveType)'),
  })
  .describe('Đối tượng (nominee)');

export const HistoryEntrySchema = z.strictObject({
  year: YearSchema,
  award: z.enum(AWARD_IDS).describe('Danh hiệu, hình thức đã đạt (award)'),
  achievementId: z.string().min(1).optional().describe('Mã thành tích (achievementId)'),
});

export const YearRecordSchema = z.strictObject({
  year: YearSchema,
  grade: z.enum(GRADES).optional().describe('Xếp loại (grade)'),
  disciplined: z.boolean().optional().describe('Bị kỷ luật trong năm (disciplined)'),
  absentWorkingDays: CountSchema.optional().describe('Số ngày nghỉ (absentWorkingDays)'),
  recognisedInitiatives: CountSchema.optional().describe(
    'Số sáng kiến được công nhận (recognisedInitiatives)',
  ),
  acceptedResearch: CountSchema.optional().describe('Số đề tài được nghiệm thu (acceptedResearch)'),
  underReview: z.boolean().optional().describe('Đang bị xem xét kỷ luật (underReview)'),
  householdRefusalGrounds: z
    .boolean()
    .optional()
    .describe('Hộ có căn cứ không công nhận (householdRefusalGrounds)'),
  members: CountSchema.optional().describe('Số thành viên (members)'),
  membersLaoDongTienTien: CountSchema.optional().describe('Số thành viên đạt LĐTT (membersLaoDongTienTien)'),
  membersCompletingTasks: CountSchema.optional().describe(
    'Số thành viên hoàn thành nhiệm vụ (membersCompletingTasks)',
  ),
  membersChienSiThiDuaCoSo: CountSchema.optional().describe(
    'Số thành viên đạt CSTĐCS (membersChienSiThiDuaCoSo)',
  ),
  membersDisciplinedCanhCaoOrAbove: CountSchema.optional().describe(
    'Số thành viên bị kỷ luật từ cảnh cáo (membersDisciplinedCanhCaoOrAbove)',
  ),
});

export const NominationSchema = z
  .strictObject({
    year: YearSchema.describe('Năm thành tích (nomination.year)'),
    award: z.enum(AWARD_IDS).describe('Danh hiệu, hình thức đề nghị (nomination.award)'),
    decidedBy: z.enum(AUTHORITIES).optional().describe('Người quyết định (decidedBy)'),
    achievementId: z.string().min(1).optional().describe('Mã thành tích (achievementId)'),
  })
  .describe('Đề nghị (nomination)');

export const NominationCaseSchema = z.strictObject({
  nominee: NomineeSchema,
  history: z.array(HistoryEntrySchema).default([]).describe('Quá trình khen thưởng (history)'),
  yearRecords: z.array(YearRecordSchema).default([]).describe('Kết quả từng năm (yearRecords)'),
  nomination: NominationSchema,
});

/** A case of `thidua rules check`: a nomination and the decision date it is judged on. */
export const RuleCaseSchema = NominationCaseSchema.extend({
  asOf: IsoDateSchema.refine((date) => date >= EARLIEST_RULE_DATE, {
    error: `phải từ ngày ${EARLIEST_RULE_DATE} trở đi.`,
  }).describe('Ngày quyết định (asOf)'),
});

export type Nominee = z.infer<typeof NomineeSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type YearRecord = z.infer<typeof YearRecordSchema>;
export type Nomination = z.infer<typeof NominationSchema>;
/** `history` and `yearRecords` may be left out in code: they default to empty. */
export type NominationCase = z.input<typeof NominationCaseSchema>;
export type RuleCase = z.infer<typeof RuleCaseSchema>;
