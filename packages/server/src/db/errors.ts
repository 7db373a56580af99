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
