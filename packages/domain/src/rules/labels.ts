import { NATIONAL_RULES } from './rule-book';
import type { Authority, AwardId, CollectiveType, Grade, SubjectKind } from './ids';
import type { Certainty, MemberField, RuleTable, Share, Source } from './rule-row';

/** Vietnamese words for the ids, shown in messages, the CLI and the generated reference. */
export const GRADE_LABELS: Record<Grade, string> = {
  hoan_thanh_xuat_sac: 'Hoàn thành xuất sắc nhiệm vụ',
  hoan_thanh_tot: 'Hoàn thành tốt nhiệm vụ',
  hoan_thanh: 'Hoàn thành nhiệm vụ',
  khong_hoan_thanh: 'Không hoàn thành nhiệm vụ',
};

export const SUBJECT_LABELS: Record<SubjectKind, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

export const COLLECTIVE_TYPE_LABELS: Record<CollectiveType, string> = {
  unit: 'tập thể cơ quan, đơn vị',
  residential_group: 'thôn, tổ dân phố',
  commune: 'xã, phường',
};

export const AUTHORITY_LABELS: Record<Authority, string> = {
  armed_forces: 'cấp có thẩm quyền trong Quân đội nhân dân, Công an nhân dân',
  commune_chair: 'Chủ tịch UBND cấp xã',
  district_chair: 'Chủ tịch UBND cấp huyện',
  province_chair: 'Chủ tịch UBND cấp tỉnh',
  prime_minister: 'Thủ tướng Chính phủ',
  president: 'Chủ tịch nước',
};

export const MEMBER_FIELD_LABELS: Record<MemberField, string> = {
  membersLaoDongTienTien: 'đạt «Lao động tiên tiến»',
  membersCompletingTasks: 'hoàn thành nhiệm vụ',
  membersChienSiThiDuaCoSo: 'đạt «Chiến sĩ thi đua cơ sở»',
};

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  verified: 'theo văn bản',
  province_default: 'mặc định, tỉnh có thể quy định khác',
  unconfirmed: 'cần xác nhận',
  local: 'quy định của địa phương',
};

export const TABLE_LABELS: Record<RuleTable, string> = {
  regime: 'Văn bản áp dụng',
  award: 'Danh hiệu và hình thức khen thưởng',
  authority: 'Thẩm quyền quyết định',
  criterion: 'Tiêu chuẩn',
  disqualifier: 'Trường hợp không xét',
  cap: 'Tỷ lệ tối đa',
  batch: 'Một thành tích, một hình thức',
  vote: 'Biểu quyết của Hội đồng',
  reward: 'Hệ số tiền thưởng',
  base_salary: 'Mức lương cơ sở',
  rounding: 'Làm tròn tiền thưởng',
};

/** The name each award had last; the rule set's own row gives the name of its date. */
const LATEST_NAMES = new Map(
  NATIONAL_RULES.flatMap((row) => (row.table === 'award' ? [[row.award, row.name] as const] : [])),
);

export function awardLabel(award: AwardId): string {
  return LATEST_NAMES.get(award) ?? award;
}

/** «Điều 23, Luật Thi đua, khen thưởng 2022», with its certainty when the row is not plain law. */
export function formatCitation(source: Source, certainty: Certainty = 'verified'): string {
  const where = source.clause ? `${source.article} ${source.clause}` : source.article;
  const text = `${where}, ${source.document}`;
  return certainty === 'verified' || certainty === 'local' ? text : `${text}; ${CERTAINTY_LABELS[certainty]}`;
}

/** 70 %, 2/3: shares as the law writes them. */
export function formatShare(share: Share): string {
  if (share.den === 100) return `${share.num}%`;
  return `${share.num}/${share.den}`;
}

/** 0,15 or 4,5: a coefficient kept as hundredths, written the Vietnamese way. */
export function formatCoefficient(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const cents = hundredths % 100;
  if (cents === 0) return `${whole},0`;
  return `${whole},${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/** 1.800.000: đồng with dots between thousands. */
export function formatDong(amount: number | bigint): string {
  return amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function formatYears(years: readonly number[]): string {
  return years.length === 0 ? 'không có năm nào' : years.join(', ');
}
