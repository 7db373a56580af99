import {
  composeIdNumber,
  type EmploymentCategory,
  type Gender,
  type GroupKind,
  type UnitKind,
} from '@thidua/domain';

/**
 * The demo ward's organisation, generated from a seed: the same seed gives the same units, groups,
 * people and households on every machine, so demos, screenshots and reports are reproducible.
 * Names are plausible Vietnamese names; every person is fictional.
 */
export interface DemoUnit {
  key: string;
  name: string;
  kind: UnitKind;
  parentKey?: string;
}

export interface DemoPerson {
  fullName: string;
  gender: Gender;
  birthDate: string;
  idNumber: string;
  position: string;
  unitKey: string;
  employmentCategory: EmploymentCategory;
  isLeader: boolean;
  serviceStart: string;
}

export interface DemoGroup {
  name: string;
  kind: GroupKind;
  leaderName: string;
  leaderPhone: string;
}

export interface DemoHousehold {
  groupName: string;
  headName: string;
  address: string;
  memberCount: number;
}

export const DEMO_UNITS: readonly DemoUnit[] = [
  { key: 'vp', name: 'Văn phòng HĐND và UBND phường', kind: 'administrative_body' },
  { key: 'kt', name: 'Phòng Kinh tế, Hạ tầng và Đô thị', kind: 'specialised_department' },
  { key: 'vhxh', name: 'Phòng Văn hóa – Xã hội', kind: 'specialised_department' },
  { key: 'hcc', name: 'Trung tâm Phục vụ hành chính công', kind: 'administrative_body' },
  { key: 'ca', name: 'Công an phường', kind: 'police' },
  { key: 'qs', name: 'Ban Chỉ huy Quân sự phường', kind: 'military' },
  { key: 'mt', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường', kind: 'fatherland_front' },
  { key: 'pn', name: 'Hội Liên hiệp Phụ nữ phường', kind: 'mass_organisation', parentKey: 'mt' },
  {
    key: 'dtn',
    name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh phường',
    kind: 'mass_organisation',
    parentKey: 'mt',
  },
  { key: 'nd', name: 'Hội Nông dân phường', kind: 'mass_organisation', parentKey: 'mt' },
  { key: 'ccb', name: 'Hội Cựu chiến binh phường', kind: 'mass_organisation', parentKey: 'mt' },
  { key: 'cd', name: 'Công đoàn cơ sở phường', kind: 'trade_union' },
  { key: 'th', name: 'Trường Tiểu học Minh Họa', kind: 'school' },
  { key: 'thcs', name: 'Trường Trung học cơ sở Minh Họa', kind: 'school' },
  { key: 'mn', name: 'Trường Mầm non Hoa Sen', kind: 'school' },
  { key: 'yt', name: 'Trạm Y tế phường', kind: 'health_station' },
];

/** Who works where: the leader first, then the staff, as a ward's organisation chart has them. */
const STAFFING: readonly {
  unitKey: string;
  leader: [string, EmploymentCategory];
  staff: [string, EmploymentCategory, number][];
}[] = [
  {
    unitKey: 'vp',
    leader: ['Chánh Văn phòng', 'cong_chuc'],
    staff: [
      ['Chủ tịch UBND phường', 'can_bo', 1],
      ['Phó Chủ tịch UBND phường', 'can_bo', 2],
      ['Công chức Văn phòng – Thống kê', 'cong_chuc', 3],
      ['Công chức Tư pháp – Hộ tịch', 'cong_chuc', 2],
    ],
  },
  {
    unitKey: 'kt',
    leader: ['Trưởng phòng', 'cong_chuc'],
    staff: [
      ['Công chức Địa chính – Xây dựng', 'cong_chuc', 3],
      ['Công chức Tài chính – Kế toán', 'cong_chuc', 2],
    ],
  },
  {
    unitKey: 'vhxh',
    leader: ['Trưởng phòng', 'cong_chuc'],
    staff: [
      ['Công chức Thi đua – Khen thưởng', 'cong_chuc', 1],
      ['Công chức Văn hóa – Xã hội', 'cong_chuc', 3],
      ['Công chức Lao động – Thương binh', 'cong_chuc', 1],
    ],
  },
  {
    unitKey: 'hcc',
    leader: ['Giám đốc Trung tâm', 'cong_chuc'],
    staff: [['Viên chức tiếp nhận hồ sơ', 'vien_chuc', 3]],
  },
  {
    unitKey: 'ca',
    leader: ['Trưởng Công an phường', 'can_bo'],
    staff: [
      ['Phó Trưởng Công an phường', 'can_bo', 2],
      ['Cán bộ Công an', 'can_bo', 3],
    ],
  },
  {
    unitKey: 'qs',
    leader: ['Chỉ huy trưởng Quân sự', 'can_bo'],
    staff: [
      ['Chỉ huy phó Quân sự', 'can_bo', 1],
      ['Thôn đội trưởng', 'khong_chuyen_trach', 1],
    ],
  },
  {
    unitKey: 'mt',
    leader: ['Chủ tịch Ủy ban MTTQ', 'can_bo'],
    staff: [['Phó Chủ tịch Ủy ban MTTQ', 'can_bo', 2]],
  },
  {
    unitKey: 'pn',
    leader: ['Chủ tịch Hội Phụ nữ', 'can_bo'],
    staff: [['Phó Chủ tịch Hội Phụ nữ', 'khong_chuyen_trach', 1]],
  },
  {
    unitKey: 'dtn',
    leader: ['Bí thư Đoàn phường', 'can_bo'],
    staff: [['Phó Bí thư Đoàn phường', 'khong_chuyen_trach', 1]],
  },
  {
    unitKey: 'nd',
    leader: ['Chủ tịch Hội Nông dân', 'can_bo'],
    staff: [['Phó Chủ tịch Hội Nông dân', 'khong_chuyen_trach', 1]],
  },
  {
    unitKey: 'ccb',
    leader: ['Chủ tịch Hội Cựu chiến binh', 'can_bo'],
    staff: [['Phó Chủ tịch Hội Cựu chiến binh', 'khong_chuyen_trach', 1]],
  },
  { unitKey: 'cd', leader: ['Chủ tịch Công đoàn cơ sở', 'can_bo'], staff: [] },
  { unitKey: 'th', leader: ['Hiệu trưởng', 'vien_chuc'], staff: [['Giáo viên', 'vien_chuc', 6]] },
  { unitKey: 'thcs', leader: ['Hiệu trưởng', 'vien_chuc'], staff: [['Giáo viên', 'vien_chuc', 6]] },
  { unitKey: 'mn', leader: ['Hiệu trưởng', 'vien_chuc'], staff: [['Giáo viên', 'vien_chuc', 3]] },
  {
    unitKey: 'yt',
    leader: ['Trạm trưởng Trạm Y tế', 'vien_chuc'],
    staff: [
      ['Y sĩ', 'vien_chuc', 2],
      ['Nhân viên', 'nguoi_lao_dong', 1],
    ],
  },
];

/** The people behind the demo accounts of the README, so an account and its record agree. */
const NAMED_POSITIONS: Record<string, [string, Gender]> = {
  'Chủ tịch UBND phường': ['Trần Văn Minh', 'male'],
  'Công chức Thi đua – Khen thưởng': ['Nguyễn Thị Thu Hà', 'female'],
};

export const DEMO_GROUP_NAMES = [
  'Khóm Đông',
  'Khóm Tây',
  'Khóm Trung',
  'Khóm Long Bình',
  'Khóm Long Thạnh',
  'Khóm Mỹ Phước',
  'Khóm Tân Hòa',
  'Khóm An Lạc',
  'Khóm Bình Đức',
  'Khóm Hòa Lợi',
] as const;

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Hoàng',
  'Võ',
  'Phan',
  'Trương',
  'Bùi',
  'Đặng',
  'Đỗ',
  'Ngô',
  'Hồ',
  'Dương',
  'Lý',
  'Châu',
  'Mai',
  'Tạ',
  'Lâm',
];
const MIDDLE: Record<Gender, string[]> = {
  male: ['Văn', 'Minh', 'Quốc', 'Hữu', 'Đức', 'Thanh', 'Công', 'Hoàng', 'Tấn', 'Phước'],
  female: ['Thị', 'Ngọc', 'Thu', 'Kim', 'Thanh', 'Mỹ', 'Thúy', 'Bích', 'Hồng', 'Thị Thu'],
};
const GIVEN: Record<Gender, string[]> = {
  male: [
    'An',
    'Bảo',
    'Cường',
    'Dũng',
    'Hải',
    'Hùng',
    'Khang',
    'Long',
    'Nam',
    'Phúc',
    'Quang',
    'Sơn',
    'Tài',
    'Thắng',
    'Tuấn',
    'Vinh',
    'Hiếu',
    'Lộc',
    'Trí',
    'Nghĩa',
  ],
  female: [
    'Anh',
    'Chi',
    'Dung',
    'Hà',
    'Hạnh',
    'Hoa',
    'Hương',
    'Lan',
    'Linh',
    'Mai',
    'Nga',
    'Ngân',
    'Nhung',
    'Oanh',
    'Phương',
    'Quyên',
    'Thảo',
    'Trang',
    'Tuyết',
    'Yến',
  ],
};
const STREETS = [
  'Nguyễn Huệ',
  'Lê Lợi',
  'Trần Hưng Đạo',
  'Hai Bà Trưng',
  'Lý Thường Kiệt',
  'Nguyễn Trãi',
  'Phan Đình Phùng',
  'Điện Biên Phủ',
  'Hùng Vương',
  '30 Tháng 4',
];

/** A small, well-known generator (mulberry32): deterministic, fast, good enough for demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEMO_SEED = 20_250_701;

export interface DemoOrganisation {
  units: readonly DemoUnit[];
  groups: DemoGroup[];
  people: DemoPerson[];
  households: DemoHousehold[];
}

export function generateDemoOrganisation(seed = DEMO_SEED): DemoOrganisation {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  const usedNames = new Set<string>(Object.values(NAMED_POSITIONS).map(([name]) => name));
  const personName = (gender: Gender) => {
    for (;;) {
      const name = `${pick(FAMILY)} ${pick(MIDDLE[gender])} ${pick(GIVEN[gender])}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };

  const people: DemoPerson[] = [];
  for (const { unitKey, leader, staff } of STAFFING) {
    const roles: [string, EmploymentCategory, boolean][] = [
      [leader[0], leader[1], true],
      ...staff.flatMap(([position, category, n]) =>
        Array.from({ length: n }, () => [position, category, false] as [string, EmploymentCategory, boolean]),
      ),
    ];
    for (const [position, employmentCategory, isLeader] of roles) {
      const named = NAMED_POSITIONS[position];
      const gender: Gender =
        named?.[1] ??
        (unitKey === 'pn' || (unitKey !== 'ca' && unitKey !== 'qs' && random() < 0.5) ? 'female' : 'male');
      const leads = isLeader || /^(Phó|Chủ tịch)/.test(position);
      const birthYear = between(leads ? 1968 : 1975, leads ? 1985 : 2000);
      const startYear = Math.min(2024, birthYear + between(22, 30));
      people.push({
        fullName: named?.[0] ?? personName(gender),
        gender,
        birthDate: `${birthYear}-${twoDigits(between(1, 12))}-${twoDigits(between(1, 28))}`,
        idNumber: composeIdNumber('087', gender, birthYear, 100_000 + people.length * 7919),
        position,
        unitKey,
        employmentCategory,
        isLeader: leads,
        serviceStart: `${startYear}-${twoDigits(between(1, 12))}-01`,
      });
    }
  }

  const groups: DemoGroup[] = DEMO_GROUP_NAMES.map((name, i) => ({
    name,
    kind: 'khom',
    leaderName: personName(random() < 0.7 ? 'male' : 'female'),
    leaderPhone: `09${String(12_345_670 + i * 1_111).padStart(8, '0')}`,
  }));

  const households: DemoHousehold[] = [];
  for (const group of groups) {
    const count = between(250, 310);
    const street = pick(STREETS);
    for (let n = 1; n <= count; n++) {
      households.push({
        groupName: group.name,
        headName: `${pick(FAMILY)} ${pick(MIDDLE.male.concat(MIDDLE.female))} ${pick(random() < 0.6 ? GIVEN.male : GIVEN.female)}`,
        // Each house number appears once per group, so group + head + address stays unique.
        address: `Số ${n}, đường ${street}`,
        memberCount: pick([1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6, 7]),
      });
    }
  }
  return { units: DEMO_UNITS, groups, people, households };
}
