import { firstDayOfYear, lastDayOfYear } from '../calendar/calendar-year';
import type { LaunchLevel, MovementType } from './movement-types';

/**
 * Movements launched above the commune that it takes part in (SPEC §3 step 2): the national ones
 * the reference reports name, and typical provincial ones. Picking one pre-fills the commune's
 * movement; the commune then adds its own plan (Kế hoạch số …/KH-UBND), period and criteria.
 */
export interface MovementTemplate {
  id: string;
  name: string;
  launchLevel: Exclude<LaunchLevel, 'commune'>;
  type: MovementType;
  /** Who launched it, when known for certain. */
  launchedBy: string | null;
  /** The plan that carries it out nationally, as a commune's plan cites it (null when not confirmed). */
  launchDocument: string | null;
  /** Its phase in years, when it has one. */
  fromYear: number | null;
  toYear: number | null;
  /** Where it is named: a reference report (SPEC) or the launching document. */
  source: string;
}

const FIVE_YEAR_REPORT = 'Báo cáo tổng kết 5 năm 2021–2025 của phường Thành Đông, mục II.1';
const ANNUAL_REPORT_A = 'Báo cáo tổng kết năm 2023 (mẫu a), mục 10';
const ANNUAL_REPORT_B = 'Báo cáo tổng kết năm 2023 (mẫu b), mục II';
const PRIME_MINISTER = 'Thủ tướng Chính phủ';
const PROVINCE = 'Ủy ban nhân dân tỉnh, thành phố';

export const MOVEMENT_CATALOG: readonly MovementTemplate[] = [
  {
    id: 'nong-thon-moi',
    name: 'Cả nước chung sức xây dựng nông thôn mới',
    launchLevel: 'national',
    type: 'thematic',
    launchedBy: PRIME_MINISTER,
    launchDocument:
      'Quyết định số 587/QĐ-TTg ngày 18/5/2022 của Thủ tướng Chính phủ ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua giai đoạn 2021–2025',
    fromYear: 2021,
    toYear: 2025,
    source: FIVE_YEAR_REPORT,
  },
  {
    id: 'vi-nguoi-ngheo',
    name: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
    launchLevel: 'national',
    type: 'thematic',
    launchedBy: PRIME_MINISTER,
    launchDocument:
      'Quyết định số 666/QĐ-TTg năm 2022 của Thủ tướng Chính phủ ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua giai đoạn 2021–2025',
    fromYear: 2021,
    toYear: 2025,
    source: `${FIVE_YEAR_REPORT}; ${ANNUAL_REPORT_B}`,
  },
  {
    id: 'doi-moi-sang-tao-chuyen-doi-so',
    name: 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số',
    launchLevel: 'national',
    type: 'thematic',
    launchedBy: PRIME_MINISTER,
    launchDocument:
      'Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào',
    fromYear: 2025,
    toYear: 2030,
    source: FIVE_YEAR_REPORT,
  },
  {
    id: 'xa-hoi-hoc-tap',
    name: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030',
    launchLevel: 'national',
    type: 'thematic',
    launchedBy: PRIME_MINISTER,
    launchDocument:
      'Quyết định số 1315/QĐ-TTg năm 2023 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào',
    fromYear: 2023,
    toYear: 2030,
    source: FIVE_YEAR_REPORT,
  },
  {
    id: 'binh-dan-hoc-vu-so',
    name: 'Bình dân học vụ số',
    launchLevel: 'national',
    type: 'thematic',
    launchedBy: 'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    launchDocument: 'Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 triển khai Phong trào “Bình dân học vụ số”',
    fromYear: 2025,
    toYear: null,
    source: FIVE_YEAR_REPORT,
  },
  {
    id: 'van-hoa-cong-so',
    name: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
    launchLevel: 'national',
    type: 'thematic',
    launchedBy: PRIME_MINISTER,
    launchDocument:
      'Quyết định số 733/QĐ-TTg năm 2019 của Thủ tướng Chính phủ ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua giai đoạn 2019–2025',
    fromYear: 2019,
    toYear: 2025,
    source: FIVE_YEAR_REPORT,
  },
  {
    id: 'ket-cau-ha-tang-tiet-kiem',
    name: 'Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí',
    launchLevel: 'national',
    type: 'thematic',
    launchedBy: PRIME_MINISTER,
    launchDocument: null,
    fromYear: 2022,
    toYear: null,
    source: FIVE_YEAR_REPORT,
  },
  {
    id: 'phong-chong-covid-19',
    name: 'Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch Covid-19',
    launchLevel: 'national',
    type: 'periodic',
    launchedBy: PRIME_MINISTER,
    launchDocument: null,
    fromYear: null,
    toYear: null,
    source: FIVE_YEAR_REPORT,
  },
  {
    id: 'doi-song-van-hoa',
    name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa',
    launchLevel: 'national',
    type: 'regular',
    launchedBy: null,
    launchDocument: null,
    fromYear: null,
    toYear: null,
    source: `${FIVE_YEAR_REPORT}; ${ANNUAL_REPORT_B}`,
  },
  {
    id: 'bao-ve-an-ninh-to-quoc',
    name: 'Toàn dân bảo vệ an ninh Tổ quốc',
    launchLevel: 'national',
    type: 'regular',
    launchedBy: null,
    launchDocument: null,
    fromYear: null,
    toYear: null,
    source: FIVE_YEAR_REPORT,
  },
  {
    id: 'tang-thu-ngan-sach',
    name: 'Thi đua tăng thu ngân sách nhà nước',
    launchLevel: 'province',
    type: 'thematic',
    launchedBy: PROVINCE,
    launchDocument: null,
    fromYear: null,
    toYear: null,
    source: `${ANNUAL_REPORT_A}; Báo cáo tổng kết 5 năm 2021–2025, mục II.2.1`,
  },
  {
    id: 'chuyen-doi-so-dia-phuong',
    name: 'Chuyển đổi số giai đoạn 2021–2025',
    launchLevel: 'province',
    type: 'thematic',
    launchedBy: PROVINCE,
    launchDocument: null,
    fromYear: 2021,
    toYear: 2025,
    source: ANNUAL_REPORT_B,
  },
  {
    id: 'cai-cach-hanh-chinh',
    name: 'Thi đua thực hiện cải cách hành chính',
    launchLevel: 'province',
    type: 'regular',
    launchedBy: PROVINCE,
    launchDocument: null,
    fromYear: null,
    toYear: null,
    source: ANNUAL_REPORT_A,
  },
  {
    id: 'bao-hiem-y-te-toan-dan',
    name: 'Thi đua tuyên truyền, vận động bảo hiểm y tế toàn dân',
    launchLevel: 'province',
    type: 'thematic',
    launchedBy: PROVINCE,
    launchDocument: null,
    fromYear: null,
    toYear: null,
    source: ANNUAL_REPORT_A,
  },
  {
    id: 'de-an-06',
    name: 'Thi đua thực hiện tốt Đề án 06 của Chính phủ',
    launchLevel: 'province',
    type: 'thematic',
    launchedBy: PROVINCE,
    launchDocument: null,
    fromYear: null,
    toYear: null,
    source: ANNUAL_REPORT_A,
  },
];

/** The movement's fields a catalog entry fills in (the commune adds its plan and may change any). */
export interface MovementTemplateValues {
  name: string;
  launchLevel: LaunchLevel;
  type: MovementType;
  startsOn: string | null;
  endsOn: string | null;
  criteria: string | null;
}

/** The form's values from a catalog entry: its phase as whole years, and what it is launched by as the basis. */
export function movementFromTemplate(template: MovementTemplate): MovementTemplateValues {
  const basis = [
    template.launchedBy && `Phát động: ${template.launchedBy}.`,
    template.launchDocument && `Căn cứ ${template.launchDocument}.`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    name: template.name,
    launchLevel: template.launchLevel,
    type: template.type,
    startsOn: template.fromYear ? firstDayOfYear(template.fromYear) : null,
    endsOn: template.toYear ? lastDayOfYear(template.toYear) : null,
    criteria: basis || null,
  };
}
