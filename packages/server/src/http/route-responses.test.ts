import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';

/** Routes that answer a file, not JSON: their summaries say which file. */
const FILE_ANSWERS = new Set([
  'get /api/communes/{communeId}/spreadsheets/{kind}/template',
  'get /api/communes/{communeId}/spreadsheets/{kind}/export',
  'get /api/communes/{communeId}/files/{id}',
]);

interface Operation {
  summary?: string;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

// The description does not depend on the database: built once, on the embedded one.
describe('the API description', () => {
  const ctx = useTestApp('pglite');

  const operations = () => {
    const spec = ctx.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    return Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ key: `${method} ${path}`, operation })),
    );
  };

  it('says what every JSON route answers: a 2xx response with its schema, or 204', () => {
    const undescribed = operations()
      .filter(({ key }) => !FILE_ANSWERS.has(key))
      .filter(({ operation }) => {
        const success = Object.entries(operation.responses ?? {}).filter(([status]) =>
          /^2\d\d$/.test(status),
        );
        return !success.some(
          ([status, response]) => status === '204' || response.content?.['application/json']?.schema,
        );
      })
      .map(({ key }) => key);
    expect(undescribed).toEqual([]);
  });

  it('names the file each file route answers in its summary', () => {
    const files = operations().filter(({ key }) => FILE_ANSWERS.has(key));
    expect(files.map(({ key }) => key).sort()).toEqual([...FILE_ANSWERS].sort());
    for (const { operation } of files) expect(operation.summary).toMatch(/tệp|Excel/i);
  });
});
