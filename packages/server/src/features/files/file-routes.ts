import type { FastifyError } from 'fastify';
import * as z from 'zod';
import { MAX_FILE_BYTES, StoredFileViewSchema } from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { communeOf } from '../../http/commune-scope';
import { CommuneParams } from '../../http/route-params';
import { AppError } from '../../http/app-error';
import { actorOf } from '../../http/request-user';
import { attachmentDisposition } from './attachment-disposition';
import { ATTACHABLE_OWNERS } from './file-owners';
import { deleteFile, getFileContent, listFilesOf, storeFile } from './stored-files';

const FileParams = CommuneParams.extend({ id: z.uuid().describe('Mã định danh tệp') });
const OwnerQuery = z.object({
  owner: z.enum(ATTACHABLE_OWNERS).describe('Loại hồ sơ có tệp đính kèm'),
  ownerId: z.uuid().describe('Mã định danh hồ sơ'),
});
const UploadQuery = OwnerQuery.extend({ fileName: z.string().trim().min(1).max(255).describe('Tên tệp') });
const tags = ['Tệp đính kèm'];

export function registerFileRoutes(app: TypedApp, ctx: AppContext): void {
  // In a scope of their own: the upload is the file's bytes under whatever type the browser names,
  // and a body over the limit is refused with the file's own message.
  void app.register(async (scope: TypedApp) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        throw new AppError('FILE_TOO_LARGE', 413, { maxMegabytes: MAX_FILE_BYTES / 1024 / 1024 });
      throw error;
    });

    scope.post(
      '/files',
      {
        bodyLimit: MAX_FILE_BYTES,
        schema: {
          tags,
          summary:
            'Đính kèm một tệp (nội dung tệp là thân yêu cầu; PDF, Word, Excel, OpenDocument, PNG, JPEG; tối đa 10 MB)',
          params: CommuneParams,
          querystring: UploadQuery,
          response: { 201: StoredFileViewSchema },
        },
      },
      async (request, reply) => {
        const { user, commune } = communeOf(request);
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const stored = await storeFile(ctx.db, user, actorOf(user), commune.id, { ...request.query, bytes });
        return reply.status(201).send(stored);
      },
    );

    scope.get(
      '/files',
      {
        schema: {
          tags,
          summary: 'Các tệp đính kèm của một hồ sơ',
          params: CommuneParams,
          querystring: OwnerQuery,
          response: { 200: z.array(StoredFileViewSchema) },
        },
      },
      async (request) => {
        const { user, commune } = communeOf(request);
        return listFilesOf(ctx.db, user, commune.id, request.query.owner, request.query.ownerId);
      },
    );

    scope.get(
      '/files/:id',
      {
        schema: {
          tags,
          summary:
            'Tải tệp đính kèm về máy: nội dung tệp (không phải JSON), với kiểu tệp và tên tệp như khi tải lên',
          params: FileParams,
        },
      },
      async (request, reply) => {
        const { commune } = communeOf(request);
        const file = await getFileContent(ctx.db, commune.id, request.params.id);
        // Never rendered by the browser: downloaded, with the type checked at upload and no sniffing.
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', attachmentDisposition(file.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', 'sandbox')
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(file.content));
      },
    );

    scope.delete(
      '/files/:id',
      { schema: { tags, summary: 'Xóa tệp đính kèm', params: FileParams, response: { 204: z.null() } } },
      async (request, reply) => {
        const { user, commune } = communeOf(request);
        await deleteFile(ctx.db, user, actorOf(user), commune.id, request.params.id);
        return reply.status(204).send(null);
      },
    );
  });
}
