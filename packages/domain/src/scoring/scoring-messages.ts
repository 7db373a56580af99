/** Vietnamese sentences for monthly scoring, year grades and discipline records. Spread into MESSAGES (messages.ts). */
export const SCORING_MESSAGES = {
  SCORE_MONTH_NOT_STARTED: {
    text: 'Tháng {month}/{year} chưa đến; chỉ chấm điểm các tháng đã bắt đầu.',
    params: ['month', 'year'],
  },
  SCORE_SELF_AFTER_HEAD: {
    text: 'Thủ trưởng đã chấm điểm tháng {month}; điểm tự chấm của tháng này không sửa được nữa.',
    params: ['month'],
  },
  SCORE_HEAD_OWN_MONTH: {
    text: 'Không ai tự chấm điểm thủ trưởng cho chính mình; điểm này do người có thẩm quyền chấm.',
    params: [],
  },
  SCORE_HEAD_NOT_YOURS: {
    text: 'Tháng {month} của {person} chưa có điểm thủ trưởng chấm; điểm này do {scorer} chấm, cán bộ thi đua – khen thưởng chỉ sửa điểm đã chấm.',
    params: ['month', 'person', 'scorer'],
  },
  SCORE_CORRECTION_REASON_REQUIRED: {
    text: '«Lý do sửa điểm» là bắt buộc khi cán bộ thi đua – khen thưởng sửa điểm thủ trưởng đã chấm.',
    params: [],
  },
  DISCIPLINE_IN_CLOSED_YEAR: {
    text: 'Năm thi đua {year} đã khóa sổ; không ghi nhận hay sửa quyết định kỷ luật tính vào năm đó (quyết định ngày {date}).',
    params: ['year', 'date'],
  },
  SCORING_HEAD_SCORER_UNKNOWN: {
    text: 'Không tìm thấy tài khoản đang hoạt động này trong xã, phường để phân công chấm điểm thủ trưởng.',
    params: [],
  },
} as const satisfies Record<string, { text: string; params: readonly string[] }>;
