import type { FastifyInstance } from 'fastify';
import { hasUnsafeCharacters, TEXT_PROBLEM_TEXT, type PathIssue } from '@thidua/domain';
import { invalidInput } from './app-error';

/**
 * Refuses, before any schema or handler sees it, a request whose path, query or JSON body holds a
 * NUL, another control character or a lone surrogate anywhere (values and keys alike): the database
 * would refuse such text with an error, and no field of any route needs it. The text builders of
 * the domain refuse the same characters, for input that comes another way (a spreadsheet).
 */
export function registerUnsafeInputCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = { params: request.params, querystring: request.query, body: request.body };
    for (const [part, value] of Object.entries(parts)) {
      const issues = unsafeIssues(value, []);
      if (issues.length)
        throw invalidInput(request.routeOptions.schema?.[part as keyof typeof parts] as never, issues);
    }
  });
}

function unsafeIssues(value: unknown, path: PropertyKey[]): PathIssue[] {
  if (typeof value === 'string')
    return hasUnsafeCharacters(value) ? [{ path, message: TEXT_PROBLEM_TEXT.unsafe }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => unsafeIssues(item, [...path, i]));
  // Parsed JSON and query strings (whose objects have no Object prototype); not an uploaded file's bytes.
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    // A bad key is reported on the object that holds it.
    hasUnsafeCharacters(key)
      ? [{ path, message: TEXT_PROBLEM_TEXT.unsafe }]
      : unsafeIssues(item, [...path, key]),
  );
}
