import {
  fieldErrors,
  messageFor,
  summariseFieldErrors,
  type FieldErrors,
  type MessageCode,
  type MessageParams,
  type PathIssue,
} from '@thidua/domain';

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

/** An error about one field of a form: the form shows the message beside that field. */
export function fieldError(
  code: MessageCode,
  status: number,
  field: string,
  params: MessageParams = {},
): AppError {
  return new AppError(code, status, params, { [field]: messageFor(code, params) });
}

/**
 * Input the schema could not judge alone (it needed a stored record, such as the year a deadline
 * belongs to): answered like any schema failure, each field named by the schema's label.
 */
export function invalidInput(
  schema: Parameters<typeof fieldErrors>[0],
  issues: readonly PathIssue[],
): AppError {
  const fields = fieldErrors(schema, issues);
  return new AppError('VALIDATION_FAILED', 400, { details: summariseFieldErrors(fields) }, fields);
}
