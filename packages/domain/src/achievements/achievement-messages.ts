/** Vietnamese sentences for achievements, initiatives, exemplars and five-year targets. Spread into MESSAGES (messages.ts). */
export const ACHIEVEMENT_MESSAGES = {
  ACHIEVEMENT_DATE_OUTSIDE_YEAR: {
    text: '«{field}» phải là một ngày trong năm thi đua {year}.',
    params: ['field', 'year'],
  },
  ACHIEVEMENT_SUBJECT_NOT_FOUND: {
    text: '«{field}»: không có trong danh sách của xã, phường.',
    params: ['field'],
  },
  INITIATIVE_RECOGNISED_LOCKED: {
    text: 'Sáng kiến đã được công nhận; chỉ cán bộ thi đua, khen thưởng được sửa.',
    params: [],
  },
  EXEMPLAR_STAGE_NOT_NEXT: {
    text: 'Điển hình đang ở giai đoạn «{current}»: chỉ chuyển tiếp sang «{next}», không chuyển sang «{wanted}».',
    params: ['current', 'next', 'wanted'],
  },
  EXEMPLAR_ALREADY_FINAL: {
    text: 'Điển hình đã ở giai đoạn cuối «{current}», không còn giai đoạn nào để chuyển.',
    params: ['current'],
  },
  EXEMPLAR_STAGE_DATE_TOO_EARLY: {
    text: 'Ngày «{stage}» ({date}) không được trước ngày «{previous}» ({previousDate}).',
    params: ['stage', 'date', 'previous', 'previousDate'],
  },
  EXEMPLAR_NOTHING_TO_UNDO: {
    text: 'Điển hình mới ở giai đoạn «{current}»: không có bước nào để hoàn tác.',
    params: ['current'],
  },
} as const satisfies Record<string, { text: string; params: readonly string[] }>;
