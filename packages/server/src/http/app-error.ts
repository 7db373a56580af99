import type { FieldErrors, MessageCode, MessageParams } from '@thidua/domain';

/** An error a user may see: a catalog code, its parameters, the HTTP status, and per-field messages. */
export class AppError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly status: number,
    readonly params: MessageParams = {},
    readonly fields?: FieldErrors,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError('NOT_FOUND', 404);
export const forbidden = () => new AppError('AUTH_FORBIDDEN', 403);
