/** PostgreSQL's unique-violation code, as both drivers report it (possibly wrapped by drizzle). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === '23505') return true;
  }
  return false;
}

/** Runs `write`; a unique violation becomes the error `explain` gives (which may look up who holds the value). */
export async function explainUniqueViolation<T>(
  write: () => Promise<T>,
  explain: () => Error | Promise<Error>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw await explain();
    throw error;
  }
}

// PostgreSQL's `detail` quotes the offending values («Key (username)=(canbo) already exists»).
const VALUE_PROPERTIES = new Set(['params', 'parameters', 'detail']);
// Belt and braces: whatever slipped into a message, a password hash never reaches the log.
const PASSWORD_HASH = /\$argon2\w*\$[^\s"']*/g;

/**
 * A copy of `error` fit for the log: drizzle's "Failed query: … params: …" keeps its statement
 * but loses its parameters (which may hold a new password's hash or a person's details), the
 * database's value-quoting detail is dropped, the cause chain is cleaned the same way.
 */
export function loggableError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 5) return error;
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Error & Record<string, unknown>;
  const original = error as Error & Record<string, unknown>;
  for (const key of Object.keys(original)) {
    if (VALUE_PROPERTIES.has(key)) continue;
    const value = original[key];
    copy[key] = typeof value === 'string' ? scrubHashes(value) : value;
  }
  const message = withoutParameters(error.message, original);
  Object.defineProperty(copy, 'message', { value: message, enumerable: false, writable: true });
  const stack = error.stack?.replace(error.message, message);
  Object.defineProperty(copy, 'stack', {
    value: stack && scrubHashes(stack),
    enumerable: false,
    writable: true,
  });
  if (error.cause !== undefined) copy.cause = loggableError(error.cause, depth + 1);
  return copy;
}

function withoutParameters(message: string, error: Record<string, unknown>): string {
  // drizzle's DrizzleQueryError: the message is the statement, then every parameter after "params:".
  const query = typeof error.query === 'string' ? error.query : null;
  if (query && message.startsWith(`Failed query: ${query}\nparams:`)) return `Failed query: ${query}`;
  return scrubHashes(message);
}

function scrubHashes(text: string): string {
  return text.replace(PASSWORD_HASH, '[hash]');
}

/** pino's `formatters.log`: every error in a log entry becomes its loggable copy. */
export function loggableErrors(entry: Record<string, unknown>): Record<string, unknown> {
  let clean: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(entry)) {
    if (!(value instanceof Error)) continue;
    clean ??= { ...entry };
    clean[key] = loggableError(value);
  }
  return clean ?? entry;
}
