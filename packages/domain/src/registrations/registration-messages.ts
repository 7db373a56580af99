/** Vietnamese sentences for title registrations. Spread into MESSAGES (messages.ts). */
export const REGISTRATION_MESSAGES = {
  REGISTRATION_TITLE_NOT_ALLOWED: {
    text: '«{subject}» không đăng ký được danh hiệu «{title}». Danh hiệu có thể đăng ký: {allowed}.',
    params: ['subject', 'title', 'allowed'],
  },
  REGISTRATION_TAKEN: {
    text: '«{subject}» đã đăng ký danh hiệu «{title}» trong năm {year}.',
    params: ['subject', 'title', 'year'],
  },
  REGISTRATION_SUBJECT_RETIRED: {
    text: '«{subject}» đã thôi công tác, hoạt động; không đăng ký thi đua được nữa.',
    params: ['subject'],
  },
  REGISTRATION_DEADLINE_PASSED: {
    text: 'Đã hết hạn đăng ký thi đua năm {year} (hạn cuối {deadline}); chỉ cán bộ thi đua – khen thưởng được đăng ký hoặc sửa đăng ký.',
    params: ['year', 'deadline'],
  },
  REGISTRATION_MOVE_NOT_ALLOWED: {
    text: 'Không thể {action} đăng ký đang ở trạng thái «{status}».',
    params: ['action', 'status'],
  },
  REGISTRATION_NOT_UNIT_MEMBERS: {
    text: '{count} người được chọn không phải nhân sự đang công tác của «{unit}».',
    params: ['count', 'unit'],
  },
} as const satisfies Record<string, { text: string; params: readonly string[] }>;
