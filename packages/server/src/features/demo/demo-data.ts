import { DEMO_COMMUNE_CODE, DEMO_PROVINCE_CODE, type Role } from '@thidua/domain';

/** Fictional demo data, named as such everywhere it shows, so nobody mistakes it for a real ward. */
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_PROVINCE = { code: DEMO_PROVINCE_CODE, name: 'Tỉnh Minh Họa (dữ liệu demo)' };

export const DEMO_WARD = {
  code: DEMO_COMMUNE_CODE,
  name: 'Phường Minh Họa (dữ liệu demo)',
  address: 'Số 1 đường Thi Đua, Phường Minh Họa (địa chỉ giả định)',
};

/** As in 2025: three wards and a commune became one ward. */
export const DEMO_MERGER = {
  effectiveDate: '2025-07-01',
  legalBasis: 'Nghị quyết minh họa số 01/NQ-DEMO về sắp xếp đơn vị hành chính cấp xã (dữ liệu demo)',
  formerUnits: [
    { code: '99011', name: 'Phường An Bình (cũ, demo)', level: 'ward' },
    { code: '99012', name: 'Phường An Phú (cũ, demo)', level: 'ward' },
    { code: '99013', name: 'Phường Tân Mỹ (cũ, demo)', level: 'ward' },
    { code: '99014', name: 'Xã Hòa Lợi (cũ, demo)', level: 'commune' },
  ],
} as const;

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; atProvince?: true }[] = [
  { username: 'canbo', displayName: 'Nguyễn Thị Thu Hà', role: 'commune_officer' },
  { username: 'chutich', displayName: 'Trần Văn Minh', role: 'chair' },
  { username: 'hoidong', displayName: 'Lê Thị Hồng', role: 'council_member' },
  // Named as the people they are linked to (the primary school's head, one of its teachers).
  { username: 'truongdonvi', displayName: 'Phạm Công Hùng', role: 'unit_head' },
  { username: 'totruong', displayName: 'Võ Văn Tâm', role: 'group_leader' },
  { username: 'thanhvien', displayName: 'Châu Thị Thu Tuyết', role: 'member' },
  { username: 'tinh', displayName: 'Đặng Minh Khoa', role: 'province_admin', atProvince: true },
];
