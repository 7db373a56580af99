import { byRegime, type RuleDeclaration } from './by-regime';
import { cite, CULTURAL_DECREE_START, DOC } from './sources';

const NO_ARTICLE_152 = 'legal-rules.md cites Nghị định 152/2025 without its article; số điều cần đối chiếu.';
const ARTICLE_TO_CHECK = 'Số điều do legal-rules.md không nêu; cần đối chiếu văn bản.';

/** legal-rules.md §4, «Disqualifiers and special cases». */
export const DISQUALIFIER_RULES: RuleDeclaration[] = [
  byRegime<'disqualifier'>(
    'disqualifier.service_months',
    {
      table: 'disqualifier',
      subjects: ['individual'],
      appliesTo: 'titles',
      rule: { kind: 'min_service_months', months: 10 },
    },
    {
      R2003: { source: cite(DOC.ND_91_2017, 'Điều 10'), certainty: 'verified' },
      R2024: {
        source: cite(DOC.TT_01_2024, 'Điều 3'),
        certainty: 'verified',
        note: ARTICLE_TO_CHECK,
        values: { rule: { kind: 'min_service_months', months: 6 } },
      },
      R2025: {
        source: cite(DOC.TT_15_2025, 'Điều 3'),
        certainty: 'unconfirmed',
        note: 'legal-rules.md gives 6 months «from R2024» under Thông tư 01/2024, which Thông tư 15/2025 replaced; kept at 6.',
        values: { rule: { kind: 'min_service_months', months: 6 } },
      },
    },
  ),
  byRegime<'disqualifier'>(
    'disqualifier.discipline',
    {
      table: 'disqualifier',
      subjects: ['individual'],
      appliesTo: 'titles',
      rule: { kind: 'disciplined_in_year' },
    },
    {
      R2003: { source: cite(DOC.ND_91_2017, 'Điều 10'), certainty: 'province_default' },
      R2024: { source: cite(DOC.ND_98_2023, 'Điều 4'), certainty: 'province_default' },
      R2025: {
        source: cite(DOC.ND_152_2025, 'toàn văn'),
        certainty: 'province_default',
        note: NO_ARTICLE_152,
      },
    },
  ),
  byRegime<'disqualifier'>(
    'disqualifier.pending_review',
    {
      table: 'disqualifier',
      subjects: ['individual', 'collective', 'household'],
      appliesTo: 'all',
      rule: { kind: 'pending_review' },
    },
    {
      R2003: {
        source: cite(DOC.ND_91_2017, 'Điều 10'),
        certainty: 'unconfirmed',
        note: 'legal-rules.md cites only the 2023 and 2025 decrees; the same bar stood under Nghị định 91/2017.',
      },
      R2024: { source: cite(DOC.ND_98_2023, 'Điều 4'), certainty: 'verified' },
      R2025: { source: cite(DOC.ND_152_2025, 'toàn văn'), certainty: 'verified', note: NO_ARTICLE_152 },
    },
  ),
  byRegime<'disqualifier'>(
    'disqualifier.absence',
    {
      table: 'disqualifier',
      subjects: ['individual'],
      appliesTo: ['lao_dong_tien_tien', 'chien_si_tien_tien'],
      rule: { kind: 'absence_days', days: 40 },
    },
    {
      R2003: { source: cite(DOC.ND_91_2017, 'Điều 10'), certainty: 'province_default' },
      R2024: {
        source: cite(DOC.ND_98_2023, 'Điều 6'),
        certainty: 'province_default',
        note: ARTICLE_TO_CHECK,
      },
    },
  ),
  byRegime<'disqualifier'>(
    'disqualifier.household_grounds',
    {
      table: 'disqualifier',
      subjects: ['household'],
      appliesTo: ['gia_dinh_van_hoa'],
      rule: {
        kind: 'household_grounds',
        text: 'Không có thành viên bị truy cứu trách nhiệm hình sự; không vi phạm nghĩa vụ quân sự, nghĩa vụ thuế; không bị xử phạt về tảo hôn, hôn nhân và gia đình, trật tự công cộng, cờ bạc, tệ nạn xã hội, phòng cháy chữa cháy, bạo lực gia đình',
      },
    },
    {
      R2024: {
        from: CULTURAL_DECREE_START,
        source: cite(DOC.ND_86_2023, 'Điều 6', 'khoản 4'),
        certainty: 'verified',
      },
    },
  ),
];
