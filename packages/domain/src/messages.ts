/**
 * Error codes and their Vietnamese sentences. Codes carry parameters, never text; `{name}` in a
 * sentence is filled from the parameters. A test fails when a code lacks a sentence or the
 * placeholders differ from the declared parameters.
 */
export const MESSAGES = {
  VALIDATION_FAILED: { text: 'Dữ liệu chưa hợp lệ: {details}', params: ['details'] },
  NOT_FOUND: { text: 'Không tìm thấy dữ liệu yêu cầu.', params: [] },
  ROUTE_NOT_FOUND: { text: 'Không có chức năng này.', params: [] },
  INTERNAL_ERROR: {
    text: 'Đã có lỗi xảy ra phía máy chủ. Vui lòng thử lại; nếu vẫn lỗi, báo cho quản trị viên mã {requestId}.',
    params: ['requestId'],
  },
  BAD_REQUEST: { text: 'Yêu cầu không hợp lệ.', params: [] },
  PAYLOAD_TOO_LARGE: { text: 'Dữ liệu gửi lên quá lớn.', params: [] },
  AUTH_REQUIRED: { text: 'Vui lòng đăng nhập để tiếp tục.', params: [] },
  AUTH_INVALID_CREDENTIALS: { text: 'Tên đăng nhập hoặc mật khẩu không đúng.', params: [] },
  AUTH_ACCOUNT_DISABLED: {
    text: 'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.',
    params: [],
  },
  AUTH_RATE_LIMITED: {
    text: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    params: ['minutes'],
  },
  AUTH_FORBIDDEN: { text: 'Bạn không có quyền thực hiện thao tác này.', params: [] },
  CSRF_INVALID: {
    text: 'Phiên làm việc đã hết hạn hoặc yêu cầu không hợp lệ. Vui lòng tải lại trang.',
    params: [],
  },
  SETUP_ALREADY_DONE: {
    text: 'Hệ thống đã có tài khoản quản trị; không thể khởi tạo lại.',
    params: [],
  },
  USER_USERNAME_TAKEN: { text: 'Tên đăng nhập «{username}» đã được dùng.', params: ['username'] },
  USER_ROLE_NOT_ALLOWED: {
    text: 'Bạn không được cấp vai trò «{role}».',
    params: ['role'],
  },
  USER_ROLE_NEEDS_PROVINCE: {
    text: 'Vai trò «{role}» phải thuộc một tỉnh, không thuộc xã, phường.',
    params: ['role'],
  },
  USER_ROLE_NEEDS_COMMUNE: {
    text: 'Vai trò «{role}» phải thuộc một xã, phường.',
    params: ['role'],
  },
  USER_CANNOT_DISABLE_SELF: { text: 'Không thể tự khóa tài khoản của chính mình.', params: [] },
  ADMIN_UNIT_CODE_TAKEN: { text: 'Mã đơn vị hành chính «{code}» đã tồn tại.', params: ['code'] },
  ADMIN_UNIT_NOT_FOUND: { text: 'Không có đơn vị hành chính mã «{code}».', params: ['code'] },
  ADMIN_UNIT_NOT_PROVINCE: { text: 'Mã «{code}» không phải của một tỉnh.', params: ['code'] },
  ADMIN_UNIT_NOT_COMMUNE: { text: 'Mã «{code}» không phải của một xã, phường.', params: ['code'] },
  BACKUP_INVALID_FILE: {
    text: 'Tệp sao lưu không đọc được hoặc không đúng định dạng: {reason}',
    params: ['reason'],
  },
  BACKUP_NEWER_SCHEMA: {
    text: 'Tệp sao lưu được tạo từ phiên bản dữ liệu mới hơn ({fileVersion}) so với phần mềm này ({currentVersion}). Hãy cập nhật phần mềm trước khi khôi phục.',
    params: ['fileVersion', 'currentVersion'],
  },
  BACKUP_CONFLICT: { text: 'Không thể khôi phục: {detail}', params: ['detail'] },
  BACKUP_FORMAT_UNSUPPORTED: {
    text: 'Định dạng tệp sao lưu phiên bản {formatVersion} không được hỗ trợ.',
    params: ['formatVersion'],
  },
} as const satisfies Record<string, { text: string; params: readonly string[] }>;

export type MessageCode = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(MESSAGES, code);
}

export function messageFor(code: MessageCode, params: MessageParams = {}): string {
  return MESSAGES[code].text.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in params ? String(params[name]) : `{${name}}`,
  );
}

export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}
