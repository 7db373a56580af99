import { PassThrough } from 'node:stream';
import * as z from 'zod';
import { IMPORT_KINDS, IMPORT_SHEETS, ImportJobSchema } from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { managedCommuneOf } from '../../http/commune-scope';
import { AppError, notFound } from '../../http/app-error';
import { actorOf } from '../../http/request-user';
import { CommuneParams } from '../../http/route-params';
import { spreadsheetFileName, writeExport, writeTemplate } from './spreadsheet-export';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** 100,000 households take about 3.5 MiB; room for files Excel saves with more formatting. */
const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

const KindParams = CommuneParams.extend({
  kind: z.enum(IMPORT_KINDS).describe('Loại danh sách'),
});
const tags = ['Nhập, xuất Excel'];

export function registerImportRoutes(app: TypedApp, ctx: AppContext): void {
  // The upload is the .xlsx file itself, as the browser's fetch sends a File.
  app.addContentTypeParser(
    [XLSX_TYPE, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
    (_request, body, done) => done(null, body),
  );

  for (const what of ['template', 'export'] as const) {
    app.get(
      `/spreadsheets/:kind/${what}`,
      {
        schema: {
          tags,
          summary:
            what === 'template'
              ? 'Tải tệp Excel mẫu để nhập (trả về tệp .xlsx)'
              : 'Xuất danh sách ra Excel (trả về tệp .xlsx, cùng cột với tệp mẫu)',
          params: KindParams,
        },
      },
      async (request, reply) => {
        const { commune } = await managedCommuneOf(request);
        const today = new Date().toISOString().slice(0, 10);
        const out = new PassThrough();
        const write = what === 'template' ? writeTemplate : writeExport;
        write(ctx.db, commune, request.params.kind, out).catch((error: unknown) => {
          request.log.error({ err: error }, 'spreadsheet writing failed');
          out.destroy(error as Error);
        });
        return reply
          .header('content-type', XLSX_TYPE)
          .header(
            'content-disposition',
            `attachment; filename="${spreadsheetFileName(request.params.kind, commune, what, today)}"`,
          )
          .header('cache-control', 'no-store')
          .send(out);
      },
    );
  }

  app.post(
    '/imports/:kind',
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags,
        summary:
          'Nhập danh sách từ tệp Excel (kiểm tra hết rồi mới ghi; chạy nền, theo dõi bằng mã lượt nhập)',
        params: KindParams,
        querystring: z.object({
          dryRun: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true')
            .describe('Chỉ kiểm tra, không ghi'),
          fileName: z.string().trim().max(200).default('tep-nhap.xlsx').describe('Tên tệp'),
        }),
        response: { 202: ImportJobSchema },
      },
    },
    async (request, reply) => {
      const { user, commune } = await managedCommuneOf(request);
      const file = request.body;
      if (!Buffer.isBuffer(file) || file.length === 0) {
        throw new AppError('IMPORT_FILE_UNREADABLE', 400, {
          sheetName: IMPORT_SHEETS[request.params.kind].sheetName,
        });
      }
      const job = ctx.importJobs.start(actorOf(user), commune.id, request.params.kind, file, request.query);
      return reply.status(202).send(job);
    },
  );

  app.get(
    '/imports/:jobId',
    {
      schema: {
        tags,
        summary: 'Tiến độ và kết quả một lượt nhập',
        params: CommuneParams.extend({ jobId: z.uuid().describe('Mã lượt nhập') }),
        response: { 200: ImportJobSchema },
      },
    },
    async (request) => {
      const { commune } = await managedCommuneOf(request);
      const job = ctx.importJobs.get(commune.id, request.params.jobId);
      if (!job) throw notFound();
      return job;
    },
  );
}
