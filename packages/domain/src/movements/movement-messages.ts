/** Vietnamese sentences for movements, their reviews, pacts and stored files. Spread into MESSAGES (messages.ts). */
export const MOVEMENT_MESSAGES = {
  MOVEMENT_FINAL_REVIEW_TAKEN: {
    text: 'Phong trào đã có báo cáo tổng kết ngày {date}; hãy sửa báo cáo đó thay vì thêm báo cáo tổng kết khác.',
    params: ['date'],
  },
  PACT_UNIT_NOT_FOUND: {
    text: 'Đơn vị ký kết không có trong danh sách cơ quan, đơn vị của xã, phường.',
    params: [],
  },
  FILE_EMPTY: { text: 'Tệp «{fileName}» rỗng, không có nội dung.', params: ['fileName'] },
  FILE_TOO_LARGE: {
    text: 'Tệp quá lớn: mỗi tệp đính kèm tối đa {maxMegabytes} MB. Hãy nén hoặc tách tệp rồi tải lên lại.',
    params: ['maxMegabytes'],
  },
  FILE_TYPE_NOT_ALLOWED: {
    text: 'Tệp «{fileName}» không thuộc loại được đính kèm. Chỉ nhận {allowed}; loại tệp được xét theo nội dung, không theo phần đuôi tên tệp.',
    params: ['fileName', 'allowed'],
  },
  FILE_HAS_MACROS: {
    text: 'Tệp «{fileName}» có chứa macro nên không được nhận; hãy lưu lại thành tệp thường (.docx, .xlsx) rồi tải lên.',
    params: ['fileName'],
  },
} as const satisfies Record<string, { text: string; params: readonly string[] }>;
