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
    text: 'Trưởng đơn vị không chấm điểm thủ trưởng cho chính mình; cán bộ thi đua – khen thưởng chấm thay.',
    params: [],
  },
} as const satisfies Record<string, { text: string; params: readonly string[] }>;
