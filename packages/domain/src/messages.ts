import { ACHIEVEMENT_MESSAGES } from './achievements/achievement-messages';
import { MOVEMENT_MESSAGES } from './movements/movement-messages';
import { REGISTRATION_MESSAGES } from './registrations/registration-messages';
import { SCORING_MESSAGES } from './scoring/scoring-messages';
import { RULE_MESSAGES } from './rules/rule-messages';

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
  USER_UNIT_LINK_NEEDS_UNIT_HEAD: {
    text: 'Chỉ tài khoản có vai trò «Trưởng đơn vị» mới được gắn với một đơn vị phụ trách.',
    params: [],
  },
  USER_LINK_NOT_FOUND: {
    text: '«{field}»: không có bản ghi đang hoạt động này trong xã, phường của tài khoản.',
    params: ['field'],
  },
  USER_PERSON_TAKEN: {
    text: 'Hồ sơ cán bộ «{name}» đã gắn với tài khoản «{username}».',
    params: ['name', 'username'],
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
  BACKUP_BROKEN_REFERENCE: {
    text: 'Không khôi phục được, chưa ghi gì: dòng {line} của tệp (bảng {table}) tham chiếu tới một dòng của bảng {refTable} (cột {columns}) mà tệp không có.',
    params: ['line', 'table', 'refTable', 'columns'],
  },
  BACKUP_ROW_REFUSED: {
    text: 'Không khôi phục được, chưa ghi gì: cơ sở dữ liệu không nhận dòng {line} của tệp (bảng {table}).',
    params: ['line', 'table'],
  },
  BACKUP_INCONSISTENT: {
    text: 'Sao lưu không thành công, chưa tạo tệp: dòng {line} (bảng {table}) tham chiếu tới một dòng của bảng {refTable} (cột {columns}) không có trong bản sao lưu. Hãy sao lưu lại.',
    params: ['line', 'table', 'refTable', 'columns'],
  },
  BACKUP_FORMAT_UNSUPPORTED: {
    text: 'Định dạng tệp sao lưu phiên bản {formatVersion} không được hỗ trợ.',
    params: ['formatVersion'],
  },
  UNIT_NAME_TAKEN: { text: 'Đã có đơn vị tên «{name}» trong xã, phường.', params: ['name'] },
  UNIT_PARENT_INVALID: {
    text: 'Đơn vị cấp trên không hợp lệ: không thể là chính nó, đơn vị trực thuộc nó hoặc đơn vị đã thôi hoạt động.',
    params: [],
  },
  UNIT_HAS_ACTIVE_MEMBERS: {
    text: 'Đơn vị còn {people} người đang công tác và {units} đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc cho thôi trước.',
    params: ['people', 'units'],
  },
  GROUP_NAME_TAKEN: { text: 'Đã có khóm, ấp, thôn, tổ dân phố tên «{name}».', params: ['name'] },
  GROUP_HAS_ACTIVE_HOUSEHOLDS: {
    text: '«{name}» còn {households} hộ gia đình đang sinh sống; hãy chuyển hoặc cho thôi các hộ trước.',
    params: ['name', 'households'],
  },
  PERSON_ID_NUMBER_TAKEN: {
    text: 'Số định danh cá nhân {idNumber} đã có trong danh sách của xã, phường ({fullName}).',
    params: ['idNumber', 'fullName'],
  },
  HOUSEHOLD_TAKEN: {
    text: 'Hộ ông/bà {headName} tại {address} đã có trong danh sách của tổ.',
    params: ['headName', 'address'],
  },
  ORG_REFERENCE_RETIRED: {
    text: '«{name}» đã thôi hoạt động; hãy chọn đơn vị hoặc tổ đang hoạt động.',
    params: ['name'],
  },
  ORG_ALREADY_RETIRED: { text: 'Bản ghi này đã được cho thôi từ trước.', params: [] },
  ORG_NOT_RETIRED: { text: 'Bản ghi này đang hoạt động, không cần khôi phục.', params: [] },
  YEAR_TAKEN: { text: 'Xã, phường đã có năm thi đua {year}.', params: ['year'] },
  YEAR_STATUS_CHANGE_NOT_ALLOWED: {
    text: 'Không thể chuyển năm thi đua từ giai đoạn «{from}» sang «{to}»: chỉ chuyển tiếp từng bước, hoặc lùi một bước khi chưa khóa sổ.',
    params: ['from', 'to'],
  },
  YEAR_LOCKED: {
    text: 'Năm thi đua {year} đã khóa sổ; số liệu của năm không được sửa nữa.',
    params: ['year'],
  },
  INDICATOR_ORDER_MISMATCH: {
    text: 'Danh sách sắp xếp phải gồm đúng và đủ các chỉ tiêu của năm; hãy tải lại trang rồi thử lại.',
    params: [],
  },
  INDICATOR_PERIOD_TARGET_MISMATCH: {
    text: 'Chỉ tiêu phải cùng lĩnh vực «{field}» và cách đánh giá «{direction}» với mục tiêu 5 năm «{name}».',
    params: ['field', 'direction', 'name'],
  },
  INDICATOR_OUTSIDE_PERIOD: {
    text: 'Năm {year} không thuộc giai đoạn {fromYear}–{toYear} của mục tiêu «{name}».',
    params: ['year', 'fromYear', 'toYear', 'name'],
  },
  INDICATOR_PERIOD_TARGET_TAKEN: {
    text: 'Năm {year} đã có chỉ tiêu «{indicator}» theo dõi mục tiêu «{name}»; mỗi năm một chỉ tiêu.',
    params: ['year', 'indicator', 'name'],
  },
  PERIOD_TARGET_LINK_BROKEN: {
    text: 'Chỉ tiêu «{indicator}» năm {year} đang theo dõi mục tiêu này: hãy giữ cùng lĩnh vực, cách đánh giá và một giai đoạn có năm đó, hoặc bỏ liên kết ở chỉ tiêu đó trước.',
    params: ['indicator', 'year'],
  },
  PERIOD_TARGET_IN_USE: {
    text: 'Không xóa được mục tiêu «{name}»: còn {count} chỉ tiêu năm đang theo dõi mục tiêu này; hãy bỏ liên kết ở các chỉ tiêu đó trước.',
    params: ['name', 'count'],
  },
  IMPORT_CELL_INVALID: {
    text: 'Dòng {row}, cột «{column}»: {problem}',
    params: ['row', 'column', 'problem'],
  },
  IMPORT_MISSING_COLUMNS: {
    text: 'Dòng {row} (dòng tiêu đề) thiếu cột {columns}. Hãy dùng tệp mẫu tải từ phần mềm.',
    params: ['row', 'columns'],
  },
  IMPORT_FILE_UNREADABLE: {
    text: 'Không đọc được tệp: cần tệp Excel (.xlsx) có trang «{sheetName}».',
    params: ['sheetName'],
  },
  IMPORT_NO_ROWS: { text: 'Tệp không có dòng dữ liệu nào để nhập.', params: [] },
  IMPORT_TOO_MANY_ROWS: {
    text: 'Tệp có quá nhiều dòng (kể cả dòng trống): tối đa {max} dòng mỗi lần nhập.',
    params: ['max'],
  },
  IMPORT_HAS_PROBLEMS: {
    text: 'Tệp có {count} lỗi nên chưa ghi dữ liệu nào. Sửa các dòng được nêu rồi nhập lại.',
    params: ['count'],
  },
  IMPORT_ALREADY_RUNNING: {
    text: 'Đang có một lượt nhập dữ liệu của xã, phường này; hãy chờ lượt đó xong.',
    params: [],
  },
  IMPORT_FAILED: {
    text: 'Nhập dữ liệu không thành công, chưa ghi dữ liệu nào. Mã lỗi để báo quản trị viên: {requestId}.',
    params: ['requestId'],
  },
  IMPORT_CELL_TOO_LONG: {
    text: 'Dòng {row}, cột «{column}»: ô dài {length} ký tự, quá giới hạn {max} ký tự.',
    params: ['row', 'column', 'length', 'max'],
  },
  IMPORT_FILE_TOO_LARGE: {
    text: 'Tệp Excel khi giải nén quá lớn (trên {max}): không nhập được. Hãy bỏ bớt trang, định dạng hoặc chia thành nhiều tệp.',
    params: ['max'],
  },
  DATA_FOLDER_IN_USE_BY_SERVER: {
    text: 'Thư mục dữ liệu {dir} đang được máy chủ (PID {pid}) sử dụng. Hãy dừng máy chủ rồi chạy lại lệnh; riêng các lệnh import, backup và user create tự chạy qua máy chủ đang chạy.',
    params: ['dir', 'pid'],
  },
  DATA_FOLDER_IN_USE_BY_COMMAND: {
    text: 'Thư mục dữ liệu {dir} đang được một lệnh thidua khác (PID {pid}) sử dụng. Hãy chờ lệnh đó xong rồi chạy lại.',
    params: ['dir', 'pid'],
  },
  DATA_FOLDER_SERVER_UNREACHABLE: {
    text: 'Thư mục dữ liệu {dir} đang được máy chủ (PID {pid}) sử dụng nhưng không gửi được lệnh tới máy chủ đó. Hãy dừng máy chủ rồi chạy lại lệnh.',
    params: ['dir', 'pid'],
  },
  ...RULE_MESSAGES,
  ...MOVEMENT_MESSAGES,
  ...REGISTRATION_MESSAGES,
  ...SCORING_MESSAGES,
  ...ACHIEVEMENT_MESSAGES,
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
