import { ApiError } from '../api/client';

/** The messages browsers give when a page's code (a lazily loaded chunk) cannot be fetched. */
const CHUNK_LOAD_FAILURE =
  /dynamically imported module|importing a module script failed|unable to preload css|loading chunk/i;

export const CHUNK_LOAD_MESSAGE =
  'Không tải được trang này: mạng có thể bị gián đoạn, hoặc phần mềm vừa được cập nhật. Vui lòng tải lại trang.';
export const PAGE_FAILURE_MESSAGE =
  'Trang này gặp lỗi ngoài dự kiến. Vui lòng thử lại; nếu vẫn lỗi, hãy báo cho quản trị viên.';

/** The Vietnamese sentence for an error that stopped a page from showing (never the error's own English text). */
export function routeErrorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && CHUNK_LOAD_FAILURE.test(error.message)) return CHUNK_LOAD_MESSAGE;
  return PAGE_FAILURE_MESSAGE;
}
