import type * as z from 'zod';
import { SessionResponseSchema } from '@thidua/domain';
import type { SessionResponse } from './types';

/** Messages for failures the server could not phrase itself. */
export const NETWORK_ERROR_MESSAGE = 'Không kết nối được máy chủ. Vui lòng thử lại.';
const UNEXPECTED_ERROR_MESSAGE = 'Đã có lỗi xảy ra. Vui lòng thử lại.';

/** An error answer of the API: `{ error: { code, message, fields } }`, message and fields in Vietnamese. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The Vietnamese sentence to show for any error thrown by a request. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : UNEXPECTED_ERROR_MESSAGE;
}

export type QueryParams = Record<string, string | number | undefined>;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** The anti-forgery token of the latest session or sign-in answer; every state-changing request sends it. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export async function fetchSession(): Promise<SessionResponse> {
  const session = await request('GET', '/api/auth/session', undefined, SessionResponseSchema);
  csrfToken = session.csrfToken;
  return session;
}

/**
 * Each call names the response schema the route declares (from @thidua/domain): the answer's type
 * comes from it and the answer is checked against it, so a drift between server and UI shows as a
 * clear error instead of a page reading `undefined`.
 */
export const apiGet = <S extends z.ZodType>(path: string, schema: S, query?: QueryParams) =>
  request('GET', withQuery(path, query), undefined, schema);
export const apiPost = <S extends z.ZodType>(path: string, schema: S, body?: unknown) =>
  request('POST', path, body, schema);
export const apiPatch = <S extends z.ZodType>(path: string, schema: S, body: unknown) =>
  request('PATCH', path, body, schema);
export const apiPut = <S extends z.ZodType>(path: string, schema: S, body: unknown) =>
  request('PUT', path, body, schema);
export const apiDelete = <S extends z.ZodType>(path: string, schema: S) =>
  request('DELETE', path, undefined, schema);

/** A file sent as the raw request body (an upload), with its own content type. */
export interface RawBody {
  contentType: string;
  data: Blob;
}

export const apiPostFile = <S extends z.ZodType>(
  path: string,
  schema: S,
  file: RawBody,
  query?: QueryParams,
) => request('POST', withQuery(path, query), file, schema);

/** A file the API sends as an attachment (an Excel export), with the name it suggests. */
export async function apiGetFile(path: string): Promise<{ blob: Blob; fileName: string | null }> {
  const response = await send('GET', path, undefined);
  if (!response.ok) throw await readError(response);
  return {
    blob: await response.blob(),
    fileName: attachmentName(response.headers.get('content-disposition')),
  };
}

/** `attachment; filename="a.xlsx"; filename*=UTF-8''nh%C3%A2n-s%E1%BB%B1.xlsx` → the UTF-8 name when given. */
function attachmentName(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // Badly encoded: fall back to the plain name.
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1]?.trim() ?? null;
}

async function request<S extends z.ZodType>(
  method: Method,
  path: string,
  body: unknown,
  schema: S,
): Promise<z.output<S>> {
  const isMutation = method !== 'GET';
  if (isMutation && csrfToken === null) await fetchSession();
  let response = await send(method, path, body);
  if (isMutation && response.status === 403) {
    const error = await readError(response.clone());
    if (error.code === 'CSRF_INVALID') {
      await fetchSession();
      response = await send(method, path, body);
    }
  }
  if (!response.ok) throw await readError(response);
  // The routes that answer 204 declare z.null(): nothing to read.
  if (response.status === 204) return null as z.output<S>;
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError(response.status, 'INVALID_RESPONSE', UNEXPECTED_ERROR_MESSAGE);
  }
  return checkedAnswer(schema, json, path);
}

/** The answer as its schema reads it; one that does not fit is reported, never shown half-read. */
export function checkedAnswer<S extends z.ZodType>(schema: S, json: unknown, path: string): z.output<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  console.error(`Phản hồi của ${path} không đúng mô tả`, result.error.issues);
  throw new ApiError(200, 'INVALID_RESPONSE', UNEXPECTED_ERROR_MESSAGE);
}

function isRawBody(body: unknown): body is RawBody {
  return typeof body === 'object' && body !== null && 'data' in body && body.data instanceof Blob;
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const raw = isRawBody(body);
  if (body !== undefined) headers['content-type'] = raw ? body.contentType : 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : raw ? body.data : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', NETWORK_ERROR_MESSAGE);
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; fields?: unknown };
}

async function readError(response: Response): Promise<ApiError> {
  return apiErrorOf(response.status, await response.json().catch(() => null));
}

/** The error of a failed answer, from its status and parsed body (null when it was not JSON). */
export function apiErrorOf(status: number, body: unknown): ApiError {
  const error = (body as ErrorBody | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const fields =
      error.fields && typeof error.fields === 'object' ? (error.fields as Record<string, string>) : {};
    return new ApiError(status, error.code, error.message, fields);
  }
  // No answer in the API's shape: a proxy or gateway in between could not reach the server.
  const message = status >= 500 ? NETWORK_ERROR_MESSAGE : UNEXPECTED_ERROR_MESSAGE;
  return new ApiError(status, 'UNEXPECTED_RESPONSE', message);
}

function withQuery(path: string, query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
