import type {
  ExemplarStage,
  IndicatorDirection,
  IndicatorField,
  InitiativeLevel,
  LaunchLevel,
  MovementReviewKind,
  MovementType,
} from '@thidua/domain';

/**
 * The words and figures of the demo ward's emulation years, shaped after the reference reports
 * (ward reports of 2023 and the five-year report 2021–2025): the indicator list with actual/target
 * and verdict, the movements launched above and by the ward, pacts with the mass organisations,
 * achievements, initiatives and exemplars. People are named by where they work (unit and
 * position), so the catalog holds no generated name and follows the organisation's seed.
 */

/** A person of the demo organisation: the `nth` holder of `position` in the unit, or its head. */
export interface PersonRef {
  unitKey: string;
  position?: string;
  nth?: number;
}

export interface DemoPeriodTarget {
  key: string;
  fromYear: number;
  toYear: number;
  name: string;
  unit: string | null;
  field: IndicatorField;
  direction: IndicatorDirection;
  target: number | null;
  source: string;
}

export interface DemoIndicator {
  name: string;
  unit: string | null;
  field: IndicatorField;
  direction: IndicatorDirection;
  target: number | null;
  actual: number | null;
  source: string;
  periodTargetKey: string | null;
}

export interface DemoReviewFigure {
  label: string;
  value: number;
  unit: string | null;
}

export interface DemoMovementReview {
  kind: MovementReviewKind;
  reviewedOn: string;
  results: string;
  figures: DemoReviewFigure[];
}

export interface DemoMovement {
  name: string;
  launchLevel: LaunchLevel;
  type: MovementType;
  startsOn: string;
  endsOn: string | null;
  participants: string;
  criteria: string;
  planNumber: string;
  planDate: string;
  reviews: DemoMovementReview[];
}

export interface DemoPact {
  name: string;
  signedOn: string;
  commitments: string;
  parties: { unitKey: string; commitments: string }[];
}

export type DemoSubjectRef = { person: PersonRef } | { unitKey: string };

export interface DemoAchievement {
  subject: DemoSubjectRef;
  title: string;
  description: string;
  achievedOn: string;
}

export interface DemoInitiative {
  author: PersonRef;
  coAuthors: string | null;
  title: string;
  summary: string;
  recognition: { level: InitiativeLevel; recognisedOn: string; decisionNumber: string } | null;
}

export interface DemoExemplar {
  subject:
    { person: PersonRef } | { unitKey: string } | { household: { groupName: string; houseNumber: number } };
  description: string;
  stage: ExemplarStage;
  /** The day of each stage reached, in order (discovered first). */
  stageDates: string[];
}

export interface DemoYearCatalog {
  year: number;
  theme: string;
  registrationDeadline: string;
  indicators: DemoIndicator[];
  movements: DemoMovement[];
  pacts: DemoPact[];
  achievements: DemoAchievement[];
  initiatives: DemoInitiative[];
  exemplars: DemoExemplar[];
}

const CONGRESS_RESOLUTION = 'Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025–2030';

export const DEMO_PERIOD_TARGETS: readonly DemoPeriodTarget[] = [
  {
    key: 'bhyt-2025',
    fromYear: 2021,
    toYear: 2025,
    name: 'Tỷ lệ dân số tham gia bảo hiểm y tế đến năm 2025',
    unit: '%',
    field: 'culture_society',
    direction: 'higher',
    target: 92,
    source: 'Nghị quyết Đại hội Đảng bộ các phường, xã trước sắp xếp, nhiệm kỳ 2020–2025',
  },
  {
    key: 'gdvh-2025',
    fromYear: 2021,
    toYear: 2025,
    name: 'Tỷ lệ gia đình đạt danh hiệu Gia đình văn hóa hằng năm',
    unit: '%',
    field: 'culture_society',
    direction: 'higher',
    target: 90,
    source: 'Nghị quyết Đại hội Đảng bộ các phường, xã trước sắp xếp, nhiệm kỳ 2020–2025',
  },
  {
    key: 'ngan-sach-2030',
    fromYear: 2026,
    toYear: 2030,
    name: 'Đến năm 2030, tổng thu ngân sách nhà nước trên địa bàn đạt 16.000 triệu đồng',
    unit: 'triệu đồng',
    field: 'economy',
    direction: 'higher',
    target: 16000,
    source: CONGRESS_RESOLUTION,
  },
  {
    key: 'bhyt-2030',
    fromYear: 2026,
    toYear: 2030,
    name: 'Đến năm 2030, tỷ lệ dân số tham gia bảo hiểm y tế đạt 98,0%',
    unit: '%',
    field: 'culture_society',
    direction: 'higher',
    target: 98,
    source: CONGRESS_RESOLUTION,
  },
  {
    key: 'gdvh-2030',
    fromYear: 2026,
    toYear: 2030,
    name: 'Duy trì tỷ lệ gia đình văn hóa đạt 96,0%',
    unit: '%',
    field: 'culture_society',
    direction: 'higher',
    target: 96,
    source: CONGRESS_RESOLUTION,
  },
  {
    key: 'khom-vh-2030',
    fromYear: 2026,
    toYear: 2030,
    name: 'Khóm đạt danh hiệu Khóm văn hóa: 100%',
    unit: 'khóm',
    field: 'culture_society',
    direction: 'higher',
    target: 10,
    source: CONGRESS_RESOLUTION,
  },
  {
    key: 'giao-quan-2030',
    fromYear: 2026,
    toYear: 2030,
    name: 'Hằng năm hoàn thành 100% chỉ tiêu giao quân',
    unit: '%',
    field: 'security_defence',
    direction: 'exact',
    target: 100,
    source: CONGRESS_RESOLUTION,
  },
  {
    key: 'tthc-2030',
    fromYear: 2026,
    toYear: 2030,
    name: 'Hằng năm trên 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn, trước hạn',
    unit: '%',
    field: 'government',
    direction: 'higher',
    target: 98,
    source: CONGRESS_RESOLUTION,
  },
  {
    key: 'truc-tuyen-2030',
    fromYear: 2026,
    toYear: 2030,
    name: 'Đến năm 2030 có từ 85% hồ sơ thủ tục hành chính được xử lý trực tuyến',
    unit: '%',
    field: 'government',
    direction: 'higher',
    target: 85,
    source: CONGRESS_RESOLUTION,
  },
];

/** The twelve key indicators of a year, in the order of the reports; targets and actuals per year. */
function indicatorsOf(
  figures: [target: number | null, actual: number | null][],
  links: (string | null)[],
): DemoIndicator[] {
  const list: Omit<DemoIndicator, 'target' | 'actual' | 'periodTargetKey'>[] = [
    {
      name: 'Tổng thu ngân sách nhà nước trên địa bàn',
      unit: 'triệu đồng',
      field: 'economy',
      direction: 'higher',
      source: 'Phòng Kinh tế, Hạ tầng và Đô thị (số liệu Kho bạc)',
    },
    {
      name: 'Giảm hộ nghèo',
      unit: 'hộ',
      field: 'culture_society',
      direction: 'higher',
      source: 'Phòng Văn hóa – Xã hội (kết quả rà soát hộ nghèo)',
    },
    {
      name: 'Đào tạo nghề cho lao động',
      unit: 'lao động',
      field: 'culture_society',
      direction: 'higher',
      source: 'Phòng Văn hóa – Xã hội',
    },
    {
      name: 'Giới thiệu và giải quyết việc làm',
      unit: 'lao động',
      field: 'culture_society',
      direction: 'higher',
      source: 'Phòng Văn hóa – Xã hội',
    },
    {
      name: 'Tỷ lệ suy dinh dưỡng của trẻ em dưới 5 tuổi',
      unit: '%',
      field: 'culture_society',
      direction: 'lower',
      source: 'Trạm Y tế phường',
    },
    {
      name: 'Tỷ lệ dân số tham gia bảo hiểm y tế',
      unit: '%',
      field: 'culture_society',
      direction: 'higher',
      source: 'Bảo hiểm xã hội cơ sở',
    },
    {
      name: 'Tỷ lệ gia đình đạt danh hiệu Gia đình văn hóa',
      unit: '%',
      field: 'culture_society',
      direction: 'higher',
      source: 'Ủy ban MTTQ phường, Phòng Văn hóa – Xã hội',
    },
    {
      name: 'Khóm đạt danh hiệu Khóm văn hóa',
      unit: 'khóm',
      field: 'culture_society',
      direction: 'higher',
      source: 'Phòng Văn hóa – Xã hội',
    },
    {
      name: 'Giao quân đạt chỉ tiêu',
      unit: 'thanh niên',
      field: 'security_defence',
      direction: 'exact',
      source: 'Ban Chỉ huy Quân sự phường',
    },
    {
      name: 'Hồ sơ thủ tục hành chính giải quyết đúng hạn, trước hạn',
      unit: '%',
      field: 'government',
      direction: 'higher',
      source: 'Trung tâm Phục vụ hành chính công',
    },
    {
      name: 'Kết nạp đảng viên mới',
      unit: 'đảng viên',
      field: 'party_building',
      direction: 'higher',
      source: 'Văn phòng Đảng ủy phường',
    },
    {
      name: 'Mặt trận và các đoàn thể đạt vững mạnh',
      unit: 'tổ chức',
      field: 'mass_organisations',
      direction: 'higher',
      source: 'Ủy ban MTTQ phường',
    },
  ];
  return list.map((indicator, i) => ({
    ...indicator,
    target: figures[i]![0],
    actual: figures[i]![1],
    periodTargetKey: links[i] ?? null,
  }));
}

const MOVEMENT_PARTICIPANTS =
  'Cán bộ, công chức, viên chức, người lao động các cơ quan, đơn vị; Mặt trận, các đoàn thể và Nhân dân 10 khóm';

const YEAR_2025: DemoYearCatalog = {
  year: 2025,
  theme:
    'Đoàn kết, kỷ cương, đổi mới, sáng tạo, tăng tốc, bứt phá, hoàn thành thắng lợi các mục tiêu, nhiệm vụ năm 2025',
  registrationDeadline: '2025-03-31',
  // "Đạt 10/12 chỉ tiêu": the budget and the health insurance rate fall short, as in the 2023 report.
  indicators: indicatorsOf(
    [
      [11235, 10120],
      [2, 3],
      [250, 267],
      [400, 768],
      [5, 4.49],
      [92, 88.6],
      [90, 95.1],
      [10, 10],
      [21, 21],
      [98, 99.6],
      [13, 13],
      [5, 5],
    ],
    [null, null, null, null, null, 'bhyt-2025', 'gdvh-2025'],
  ),
  movements: [
    {
      name: 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số',
      launchLevel: 'national',
      type: 'regular',
      startsOn: '2025-01-15',
      endsOn: '2025-12-31',
      participants: MOVEMENT_PARTICIPANTS,
      criteria:
        '100% văn bản điện tử gửi, nhận qua hệ thống; trên 70% hồ sơ thủ tục hành chính tiếp nhận trực tuyến; mỗi cơ quan, đơn vị có ít nhất một giải pháp chuyển đổi số được áp dụng.',
      planNumber: '08/KH-UBND',
      planDate: '2025-01-15',
      reviews: [
        {
          kind: 'interim',
          reviewedOn: '2025-07-10',
          results:
            'Sáu tháng đầu năm, 100% văn bản được gửi, nhận trên môi trường mạng; Trung tâm Phục vụ hành chính công tiếp nhận 61,4% hồ sơ trực tuyến; triển khai thanh toán không dùng tiền mặt tại bộ phận một cửa.',
          figures: [
            { label: 'Hồ sơ tiếp nhận trực tuyến', value: 61.4, unit: '%' },
            { label: 'Văn bản điện tử gửi, nhận qua hệ thống', value: 100, unit: '%' },
          ],
        },
        {
          kind: 'final',
          reviewedOn: '2025-12-12',
          results:
            'Hoàn thành các chỉ tiêu chuyển đổi số năm 2025; tiếp nhận, giải quyết 8.214 hồ sơ, trong đó 72,5% hồ sơ trực tuyến toàn trình; 05 giải pháp chuyển đổi số được áp dụng tại các cơ quan, đơn vị.',
          figures: [
            { label: 'Hồ sơ thủ tục hành chính tiếp nhận, giải quyết', value: 8214, unit: 'hồ sơ' },
            { label: 'Hồ sơ trực tuyến toàn trình', value: 72.5, unit: '%' },
            { label: 'Giải pháp chuyển đổi số được áp dụng', value: 5, unit: 'giải pháp' },
          ],
        },
      ],
    },
    {
      name: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
      launchLevel: 'national',
      type: 'regular',
      startsOn: '2025-01-20',
      endsOn: '2025-12-31',
      participants: MOVEMENT_PARTICIPANTS,
      criteria:
        'Giảm ít nhất 02 hộ nghèo; không còn nhà tạm, nhà dột nát; 100% hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế và tiếp cận vốn vay ưu đãi.',
      planNumber: '11/KH-UBND',
      planDate: '2025-01-20',
      reviews: [
        {
          kind: 'interim',
          reviewedOn: '2025-07-10',
          results:
            'Hoàn thành xóa nhà tạm, nhà dột nát trong tháng 4/2025 (06 căn); vận động chăm lo Tết Nguyên đán Ất Tỵ cho 1.428 lượt hộ nghèo, cận nghèo, hộ khó khăn.',
          figures: [
            { label: 'Nhà tạm, nhà dột nát được xóa', value: 6, unit: 'căn' },
            { label: 'Lượt hộ được chăm lo dịp Tết', value: 1428, unit: 'lượt hộ' },
          ],
        },
        {
          kind: 'final',
          reviewedOn: '2025-12-15',
          results:
            'Giảm 03/02 hộ nghèo, vượt chỉ tiêu; bàn giao 02 căn nhà Đại đoàn kết; tổng kinh phí vận động chăm lo cho người nghèo trong năm 1.265 triệu đồng.',
          figures: [
            { label: 'Hộ nghèo giảm', value: 3, unit: 'hộ' },
            { label: 'Nhà Đại đoàn kết bàn giao', value: 2, unit: 'căn' },
            { label: 'Kinh phí vận động', value: 1265, unit: 'triệu đồng' },
          ],
        },
      ],
    },
    {
      name: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030',
      launchLevel: 'national',
      type: 'regular',
      startsOn: '2025-02-01',
      endsOn: '2025-12-31',
      participants: 'Hội Khuyến học, các trường học, Trung tâm học tập cộng đồng và Nhân dân 10 khóm',
      criteria:
        'Duy trì 03/03 trường đạt chuẩn quốc gia; trên 85% hộ đạt danh hiệu Gia đình học tập; mỗi khóm có ít nhất một mô hình học tập.',
      planNumber: '14/KH-UBND',
      planDate: '2025-02-05',
      reviews: [
        {
          kind: 'final',
          reviewedOn: '2025-12-10',
          results:
            'Duy trì 03/03 trường đạt chuẩn quốc gia; công nhận 2.412 Gia đình học tập, 14 Dòng họ học tập; Quỹ khuyến học – khuyến tài trao 186 suất học bổng.',
          figures: [
            { label: 'Gia đình học tập', value: 2412, unit: 'hộ' },
            { label: 'Dòng họ học tập', value: 14, unit: 'dòng họ' },
            { label: 'Suất học bổng khuyến học', value: 186, unit: 'suất' },
          ],
        },
      ],
    },
    {
      name: 'Bình dân học vụ số',
      launchLevel: 'national',
      type: 'thematic',
      startsOn: '2025-04-01',
      endsOn: '2025-12-31',
      participants: 'Cán bộ, công chức, viên chức, đoàn viên thanh niên và Nhân dân trong độ tuổi lao động',
      criteria:
        '100% cán bộ, công chức, viên chức hoàn thành khóa học kỹ năng số cơ bản; mỗi khóm có tổ công nghệ số cộng đồng hướng dẫn người dân.',
      planNumber: '37/KH-UBND',
      planDate: '2025-04-01',
      reviews: [
        {
          kind: 'final',
          reviewedOn: '2025-12-12',
          results:
            '100% cán bộ, công chức, viên chức tham gia học trên nền tảng; 10/10 khóm có tổ công nghệ số cộng đồng; hướng dẫn 3.420 lượt người dân sử dụng dịch vụ công trực tuyến và ứng dụng VNeID.',
          figures: [
            { label: 'Cán bộ, công chức, viên chức hoàn thành khóa học', value: 68, unit: 'người' },
            { label: 'Lượt người dân được hướng dẫn kỹ năng số', value: 3420, unit: 'lượt' },
          ],
        },
      ],
    },
    {
      name: 'Thi đua thực hiện Đề án 06 về dữ liệu dân cư, định danh và xác thực điện tử năm 2025',
      launchLevel: 'province',
      type: 'periodic',
      startsOn: '2025-03-01',
      endsOn: '2025-11-30',
      participants: 'Công an phường, Đoàn Thanh niên, Hội Phụ nữ và tổ công tác Đề án 06 ở 10 khóm',
      criteria:
        'Kích hoạt định danh điện tử mức 2 cho trên 85% công dân từ 14 tuổi; dữ liệu dân cư "đúng, đủ, sạch, sống".',
      planNumber: '29/KH-UBND',
      planDate: '2025-03-05',
      reviews: [
        {
          kind: 'final',
          reviewedOn: '2025-12-05',
          results:
            'Kích hoạt 18.640 tài khoản định danh điện tử mức 2, đạt 87,3% công dân từ 14 tuổi; làm sạch dữ liệu dân cư 10/10 khóm.',
          figures: [
            { label: 'Tài khoản định danh điện tử mức 2 kích hoạt', value: 18640, unit: 'tài khoản' },
            { label: 'Tỷ lệ công dân từ 14 tuổi có định danh mức 2', value: 87.3, unit: '%' },
          ],
        },
      ],
    },
    {
      name: 'Thi đua vận động xã hội hóa nâng cấp hẻm, cầu đường khu dân cư năm 2025',
      launchLevel: 'commune',
      type: 'periodic',
      startsOn: '2025-03-15',
      endsOn: '2025-10-31',
      participants: 'Ủy ban MTTQ, các đoàn thể, Ban công tác Mặt trận và Nhân dân 10 khóm',
      criteria:
        'Mỗi khóm nâng cấp ít nhất một tuyến hẻm hoặc cầu; công khai kinh phí vận động và quyết toán tại khóm.',
      planNumber: '31/KH-UBND',
      planDate: '2025-03-12',
      reviews: [
        {
          kind: 'interim',
          reviewedOn: '2025-07-15',
          results:
            'Hoàn thành nâng cấp 04 tuyến hẻm tại khóm Đông, khóm Trung, khóm Long Bình và khóm An Lạc với kinh phí xã hội hóa 412,5 triệu đồng.',
          figures: [
            { label: 'Tuyến hẻm hoàn thành', value: 4, unit: 'tuyến' },
            { label: 'Kinh phí xã hội hóa', value: 412.5, unit: 'triệu đồng' },
          ],
        },
        {
          kind: 'final',
          reviewedOn: '2025-11-20',
          results:
            'Nâng cấp 11 tuyến hẻm, sửa chữa 02 cầu; tổng kinh phí 1.068,3 triệu đồng, trong đó Nhân dân đóng góp 822,3 triệu đồng và ngày công lao động.',
          figures: [
            { label: 'Tuyến hẻm nâng cấp', value: 11, unit: 'tuyến' },
            { label: 'Cầu được sửa chữa', value: 2, unit: 'cầu' },
            { label: 'Kinh phí Nhân dân đóng góp', value: 822.3, unit: 'triệu đồng' },
          ],
        },
      ],
    },
    {
      name: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
      launchLevel: 'commune',
      type: 'regular',
      startsOn: '2025-01-10',
      endsOn: '2025-12-31',
      participants: 'Cán bộ, công chức, viên chức, người lao động các cơ quan, đơn vị của phường',
      criteria:
        'Chấp hành giờ giấc, trang phục, giao tiếp ứng xử đúng quy chế; không có phản ánh của người dân về thái độ phục vụ; mức độ hài lòng trên 95%.',
      planNumber: '05/KH-UBND',
      planDate: '2025-01-10',
      reviews: [
        {
          kind: 'final',
          reviewedOn: '2025-12-18',
          results:
            'Mức độ hài lòng của người dân đạt 98,7%; 01 trường hợp vi phạm quy chế làm việc đã được xử lý kỷ luật khiển trách; duy trì mô hình "Ngày không viết, ngày không hẹn".',
          figures: [
            { label: 'Mức độ hài lòng của người dân', value: 98.7, unit: '%' },
            { label: 'Trường hợp vi phạm bị xử lý', value: 1, unit: 'trường hợp' },
          ],
        },
      ],
    },
  ],
  pacts: [
    {
      name: 'Giao ước thi đua năm 2025 giữa Chủ tịch UBND phường với Mặt trận và các đoàn thể',
      signedOn: '2025-02-18',
      commitments:
        'Các bên cùng thi đua hoàn thành các chỉ tiêu phát triển kinh tế – xã hội năm 2025; phối hợp vận động Nhân dân tham gia bảo hiểm y tế, giảm nghèo bền vững và xây dựng đời sống văn hóa ở khu dân cư.',
      parties: [
        {
          unitKey: 'mt',
          commitments: 'Vận động Quỹ Vì người nghèo đạt trên 500 triệu đồng; 10/10 khóm đạt Khóm văn hóa.',
        },
        {
          unitKey: 'pn',
          commitments: 'Phát triển 150 hội viên mới; vận động 300 phụ nữ tham gia bảo hiểm y tế tự nguyện.',
        },
        {
          unitKey: 'dtn',
          commitments:
            'Ra quân Chiến dịch Thanh niên tình nguyện hè; mỗi chi đoàn một công trình thanh niên.',
        },
        {
          unitKey: 'nd',
          commitments: 'Xây dựng 02 mô hình sản xuất theo hướng hữu cơ; giúp 05 hộ hội viên thoát nghèo.',
        },
        {
          unitKey: 'ccb',
          commitments:
            'Giáo dục, giúp đỡ thanh niên chậm tiến; vận động hội viên góp vốn giúp nhau làm kinh tế.',
        },
      ],
    },
    {
      name: 'Giao ước thi đua năm 2025 giữa Chủ tịch UBND phường và Ban Chấp hành Công đoàn cơ sở',
      signedOn: '2025-01-24',
      commitments:
        'Tổ chức Hội nghị cán bộ, công chức năm 2025; phát động và cho đăng ký các danh hiệu thi đua; chăm lo đời sống đoàn viên, người lao động.',
      parties: [
        {
          unitKey: 'cd',
          commitments:
            '100% đoàn viên đăng ký danh hiệu thi đua; thăm hỏi đoàn viên ốm đau; tặng quà thiếu nhi con đoàn viên ngày 1/6 và Tết Trung thu.',
        },
      ],
    },
  ],
  achievements: [
    {
      subject: { unitKey: 'hcc' },
      title: 'Dẫn đầu các phường, xã của tỉnh về tỷ lệ hồ sơ trực tuyến toàn trình quý III/2025',
      description:
        'Được Sở Nội vụ biểu dương tại Hội nghị sơ kết công tác cải cách hành chính 9 tháng năm 2025.',
      achievedOn: '2025-10-08',
    },
    {
      subject: { unitKey: 'yt' },
      title: 'Hoàn thành vượt chỉ tiêu tiêm chủng mở rộng năm 2025',
      description:
        'Tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ đạt 96,2%; không để xảy ra dịch bệnh lớn trên địa bàn.',
      achievedOn: '2025-12-05',
    },
    {
      subject: { person: { unitKey: 'th', position: 'Giáo viên', nth: 0 } },
      title: 'Giải Nhất Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2024–2025',
      description: 'Bài dạy môn Tiếng Việt lớp 4 ứng dụng học liệu số.',
      achievedOn: '2025-04-18',
    },
    {
      subject: { person: { unitKey: 'ca', position: 'Cán bộ Công an', nth: 0 } },
      title: 'Tham gia bắt giữ đối tượng trộm cắp tài sản tại khóm Tân Hòa',
      description: 'Thành tích đột xuất, được Chủ tịch UBND phường biểu dương.',
      achievedOn: '2025-08-22',
    },
    {
      subject: { person: { unitKey: 'dtn' } },
      title: 'Tổ chức thành công Chiến dịch Thanh niên tình nguyện hè năm 2025',
      description: '42 hoạt động với 415 lượt đoàn viên, thanh niên tham gia; 02 công trình thanh niên.',
      achievedOn: '2025-08-31',
    },
    {
      subject: { person: { unitKey: 'vhxh', position: 'Công chức Thi đua – Khen thưởng' } },
      title: 'Hoàn thành số hóa hồ sơ thi đua, khen thưởng giai đoạn 2021–2025 của các đơn vị trước sắp xếp',
      description: 'Phục vụ tổng kết phong trào thi đua yêu nước 5 năm 2021–2025.',
      achievedOn: '2025-08-15',
    },
  ],
  initiatives: [
    {
      author: { unitKey: 'hcc' },
      coAuthors: null,
      title:
        'Tiếp nhận một lần, số hóa ngay: quy trình tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công',
      summary:
        'Số hóa hồ sơ giấy ngay khi tiếp nhận, rút ngắn 30% thời gian giải quyết hồ sơ chứng thực, hộ tịch.',
      recognition: { level: 'co_so', recognisedOn: '2025-11-25', decisionNumber: '215/QĐ-UBND' },
    },
    {
      author: { unitKey: 'vhxh', position: 'Công chức Thi đua – Khen thưởng' },
      coAuthors: null,
      title: 'Bảng chấm điểm thi đua hằng tháng trực tuyến cho cán bộ, công chức phường',
      summary:
        'Cán bộ tự chấm, thủ trưởng chấm trên cùng một bảng; cuối năm tổng hợp đề xuất xếp loại tự động.',
      recognition: { level: 'co_so', recognisedOn: '2025-11-25', decisionNumber: '215/QĐ-UBND' },
    },
    {
      author: { unitKey: 'dtn' },
      coAuthors: 'Đoàn viên Chi đoàn khóm Long Bình',
      title: 'Lớp học kỹ năng số cho người cao tuổi tại nhà văn hóa khóm',
      summary:
        'Mỗi tuần một buổi hướng dẫn cài đặt VNeID, thanh toán không dùng tiền mặt và nộp hồ sơ trực tuyến.',
      recognition: { level: 'co_so', recognisedOn: '2025-11-25', decisionNumber: '215/QĐ-UBND' },
    },
    {
      author: { unitKey: 'th', position: 'Giáo viên', nth: 0 },
      coAuthors: null,
      title: 'Đổi mới phương pháp dạy đọc hiểu cho học sinh lớp 4 bằng học liệu số',
      summary: 'Bộ học liệu số theo chủ đề, học sinh luyện đọc ở nhà và trao đổi trên lớp.',
      recognition: null,
    },
  ],
  exemplars: [
    {
      subject: { unitKey: 'hcc' },
      description: 'Mô hình "Một cửa thân thiện – phục vụ không hẹn" của Trung tâm Phục vụ hành chính công.',
      stage: 'replicated',
      stageDates: ['2025-03-10', '2025-05-05', '2025-10-20', '2025-12-01'],
    },
    {
      subject: { household: { groupName: 'Khóm Long Bình', houseNumber: 12 } },
      description: 'Hộ trồng rau sạch theo quy trình VietGAP, hướng dẫn 05 hộ nghèo cùng làm và thoát nghèo.',
      stage: 'nurtured',
      stageDates: ['2025-04-12', '2025-08-20'],
    },
  ],
};

const YEAR_2026: DemoYearCatalog = {
  year: 2026,
  theme:
    'Đoàn kết, kỷ cương, chủ động, sáng tạo, vận hành hiệu quả chính quyền địa phương hai cấp, khởi đầu thắng lợi kế hoạch 5 năm 2026–2030',
  registrationDeadline: '2026-03-31',
  // Actuals as of the end of October: some only at the year's end (null), some already reached.
  indicators: indicatorsOf(
    [
      [12500, 10240],
      [2, null],
      [280, 231],
      [450, 512],
      [4.8, null],
      [93, 90.8],
      [96, null],
      [10, null],
      [22, 22],
      [98, 99.2],
      [14, 9],
      [5, null],
    ],
    ['ngan-sach-2030', null, null, null, null, 'bhyt-2030', 'gdvh-2030', 'khom-vh-2030', null, 'tthc-2030'],
  ),
  movements: [
    {
      name: 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số',
      launchLevel: 'national',
      type: 'regular',
      startsOn: '2026-01-12',
      endsOn: '2026-12-31',
      participants: MOVEMENT_PARTICIPANTS,
      criteria:
        'Trên 80% hồ sơ thủ tục hành chính trực tuyến toàn trình; 100% cơ quan, đơn vị dùng chữ ký số; mỗi đơn vị một giải pháp số mới.',
      planNumber: '04/KH-UBND',
      planDate: '2026-01-12',
      reviews: [
        {
          kind: 'interim',
          reviewedOn: '2026-07-09',
          results:
            'Sáu tháng đầu năm, 78,2% hồ sơ trực tuyến toàn trình; 100% cơ quan, đơn vị dùng chữ ký số; 03 giải pháp số mới đăng ký áp dụng.',
          figures: [
            { label: 'Hồ sơ trực tuyến toàn trình', value: 78.2, unit: '%' },
            { label: 'Giải pháp số mới đăng ký', value: 3, unit: 'giải pháp' },
          ],
        },
      ],
    },
    {
      name: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
      launchLevel: 'national',
      type: 'regular',
      startsOn: '2026-01-15',
      endsOn: '2026-12-31',
      participants: MOVEMENT_PARTICIPANTS,
      criteria: 'Giảm ít nhất 02 hộ nghèo; không phát sinh hộ tái nghèo; 100% hộ nghèo có thẻ bảo hiểm y tế.',
      planNumber: '06/KH-UBND',
      planDate: '2026-01-15',
      reviews: [
        {
          kind: 'interim',
          reviewedOn: '2026-07-09',
          results:
            'Chăm lo Tết Nguyên đán Bính Ngọ cho 1.512 lượt hộ; khởi công 01 căn nhà Đại đoàn kết; 100% hộ nghèo, cận nghèo được cấp thẻ bảo hiểm y tế.',
          figures: [
            { label: 'Lượt hộ được chăm lo dịp Tết', value: 1512, unit: 'lượt hộ' },
            { label: 'Nhà Đại đoàn kết khởi công', value: 1, unit: 'căn' },
          ],
        },
      ],
    },
    {
      name: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030',
      launchLevel: 'national',
      type: 'regular',
      startsOn: '2026-02-02',
      endsOn: '2026-12-31',
      participants: 'Hội Khuyến học, các trường học, Trung tâm học tập cộng đồng và Nhân dân 10 khóm',
      criteria: 'Duy trì 03/03 trường đạt chuẩn quốc gia; trên 88% hộ đạt danh hiệu Gia đình học tập.',
      planNumber: '09/KH-UBND',
      planDate: '2026-02-02',
      reviews: [],
    },
    {
      name: 'Bình dân học vụ số',
      launchLevel: 'national',
      type: 'thematic',
      startsOn: '2026-02-02',
      endsOn: '2026-12-31',
      participants: 'Cán bộ, công chức, viên chức, đoàn viên thanh niên và Nhân dân trong độ tuổi lao động',
      criteria:
        'Mỗi khóm hướng dẫn ít nhất 400 lượt người dân kỹ năng số; 100% hộ kinh doanh có thanh toán điện tử.',
      planNumber: '10/KH-UBND',
      planDate: '2026-02-02',
      reviews: [
        {
          kind: 'interim',
          reviewedOn: '2026-07-09',
          results: 'Hướng dẫn 2.180 lượt người dân; 412/455 hộ kinh doanh có thanh toán điện tử.',
          figures: [
            { label: 'Lượt người dân được hướng dẫn kỹ năng số', value: 2180, unit: 'lượt' },
            { label: 'Hộ kinh doanh có thanh toán điện tử', value: 412, unit: 'hộ' },
          ],
        },
      ],
    },
    {
      name: 'Thi đua lập thành tích chào mừng cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026–2031',
      launchLevel: 'commune',
      type: 'periodic',
      startsOn: '2026-01-05',
      endsOn: '2026-03-31',
      participants: 'Các cơ quan, đơn vị, tổ bầu cử và Nhân dân 10 khóm',
      criteria:
        'Niêm yết danh sách cử tri đúng hạn; bảo đảm tuyệt đối an ninh, an toàn; tỷ lệ cử tri đi bầu trên 98%.',
      planNumber: '02/KH-UBND',
      planDate: '2026-01-05',
      reviews: [
        {
          kind: 'final',
          reviewedOn: '2026-04-10',
          results:
            'Cuộc bầu cử ngày 15/3/2026 diễn ra an toàn, đúng luật; tỷ lệ cử tri đi bầu đạt 99,4%; đề nghị khen thưởng 03 tập thể, 09 cá nhân có thành tích xuất sắc.',
          figures: [
            { label: 'Tỷ lệ cử tri đi bầu', value: 99.4, unit: '%' },
            { label: 'Tập thể được đề nghị khen thưởng', value: 3, unit: 'tập thể' },
            { label: 'Cá nhân được đề nghị khen thưởng', value: 9, unit: 'cá nhân' },
          ],
        },
      ],
    },
    {
      name: 'Thi đua thực hiện Đề án 06 và chuyển đổi số cộng đồng năm 2026',
      launchLevel: 'province',
      type: 'periodic',
      startsOn: '2026-03-01',
      endsOn: '2026-11-30',
      participants: 'Công an phường, Đoàn Thanh niên, Hội Phụ nữ và tổ công nghệ số cộng đồng 10 khóm',
      criteria:
        'Trên 92% công dân từ 14 tuổi có định danh điện tử mức 2; 100% khóm có điểm hỗ trợ dịch vụ công.',
      planNumber: '18/KH-UBND',
      planDate: '2026-03-02',
      reviews: [],
    },
    {
      name: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
      launchLevel: 'commune',
      type: 'regular',
      startsOn: '2026-01-08',
      endsOn: '2026-12-31',
      participants: 'Cán bộ, công chức, viên chức, người lao động các cơ quan, đơn vị của phường',
      criteria: 'Mức độ hài lòng của người dân trên 97%; không có cán bộ vi phạm quy chế làm việc.',
      planNumber: '03/KH-UBND',
      planDate: '2026-01-08',
      reviews: [
        {
          kind: 'interim',
          reviewedOn: '2026-07-10',
          results: 'Mức độ hài lòng của người dân đạt 98,9%; không có phản ánh về thái độ phục vụ.',
          figures: [{ label: 'Mức độ hài lòng của người dân', value: 98.9, unit: '%' }],
        },
      ],
    },
  ],
  pacts: [
    {
      name: 'Giao ước thi đua năm 2026 giữa Chủ tịch UBND phường với Mặt trận và các đoàn thể',
      signedOn: '2026-02-10',
      commitments:
        'Các bên cùng thi đua hoàn thành các chỉ tiêu năm đầu kế hoạch 5 năm 2026–2030; phối hợp tổ chức thành công cuộc bầu cử; vận động Nhân dân tham gia bảo hiểm y tế, xây dựng đời sống văn hóa.',
      parties: [
        {
          unitKey: 'mt',
          commitments: 'Vận động Quỹ Vì người nghèo đạt trên 550 triệu đồng; 10/10 khóm văn hóa.',
        },
        {
          unitKey: 'pn',
          commitments: 'Phát triển 160 hội viên mới; 02 mô hình sinh kế cho phụ nữ khó khăn.',
        },
        { unitKey: 'dtn', commitments: 'Thành lập 10 tổ thanh niên công nghệ số tại các khóm.' },
        { unitKey: 'nd', commitments: 'Nhân rộng mô hình rau sạch VietGAP ra 03 khóm.' },
        {
          unitKey: 'ccb',
          commitments: '100% hội viên gương mẫu tham gia bầu cử; giúp đỡ 05 hội viên khó khăn.',
        },
      ],
    },
    {
      name: 'Giao ước thi đua năm 2026 giữa Chủ tịch UBND phường và Ban Chấp hành Công đoàn cơ sở',
      signedOn: '2026-01-22',
      commitments:
        'Tổ chức Hội nghị cán bộ, công chức năm 2026; phát động thi đua và cho đăng ký các danh hiệu thi đua.',
      parties: [
        {
          unitKey: 'cd',
          commitments: '100% đoàn viên đăng ký danh hiệu thi đua; chăm lo Tết cho đoàn viên.',
        },
      ],
    },
  ],
  achievements: [
    {
      subject: { unitKey: 'ca' },
      title: 'Bảo đảm tuyệt đối an ninh, an toàn cuộc bầu cử ngày 15/3/2026',
      description: 'Bố trí lực lượng 24/24 giờ tại 12 khu vực bỏ phiếu.',
      achievedOn: '2026-03-16',
    },
    {
      subject: { person: { unitKey: 'hcc', position: 'Viên chức tiếp nhận hồ sơ', nth: 0 } },
      title: 'Cá nhân tiêu biểu trong thực hiện thủ tục hành chính không hẹn quý II/2026',
      description: 'Tiếp nhận, trả kết quả 1.126 hồ sơ, không có hồ sơ trễ hạn.',
      achievedOn: '2026-07-05',
    },
  ],
  initiatives: [
    {
      author: { unitKey: 'yt' },
      coAuthors: null,
      title: 'Nhắc lịch tiêm chủng qua Zalo cho phụ huynh theo từng khóm',
      summary: 'Danh sách trẻ đến hạn tiêm được gửi cho trưởng khóm và phụ huynh trước 3 ngày.',
      recognition: null,
    },
    {
      author: { unitKey: 'kt', position: 'Công chức Địa chính – Xây dựng', nth: 0 },
      coAuthors: null,
      title: 'Bản đồ số các điểm sạt lở và công trình xây dựng cần kiểm tra',
      summary: 'Cập nhật trên điện thoại tại hiện trường, tổng hợp báo cáo hằng tuần.',
      recognition: null,
    },
  ],
  exemplars: [
    {
      subject: { person: { unitKey: 'pn' } },
      description: 'Chủ tịch Hội Phụ nữ với mô hình "Tiết kiệm vì chị em khó khăn" giúp 12 hội viên vay vốn.',
      stage: 'discovered',
      stageDates: ['2026-05-20'],
    },
  ],
};

export const DEMO_YEAR_CATALOGS: readonly DemoYearCatalog[] = [YEAR_2025, YEAR_2026];
