/**
 * Administrative units with their official codes (Decision 124/2004/QĐ-TTg code list, as renumbered
 * in the 2025 reform): provinces have two digits, communes and wards five.
 */
export const ADMIN_LEVELS = ['province', 'commune', 'ward', 'special_zone'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

export const ADMIN_LEVEL_LABELS: Record<AdminLevel, string> = {
  province: 'Tỉnh / Thành phố',
  commune: 'Xã',
  ward: 'Phường',
  special_zone: 'Đặc khu',
};

export const COMMUNE_LEVELS = ['commune', 'ward', 'special_zone'] as const satisfies readonly AdminLevel[];
export type CommuneLevel = (typeof COMMUNE_LEVELS)[number];

export const PROVINCE_CODE_PATTERN = /^\d{2}$/;
export const COMMUNE_CODE_PATTERN = /^\d{5}$/;

/** The demo ward's code lies outside the range of real codes, so it can never collide with one. */
export const DEMO_PROVINCE_CODE = '99';
export const DEMO_COMMUNE_CODE = '99001';

export function isCommuneLevel(level: AdminLevel): level is CommuneLevel {
  return level !== 'province';
}
