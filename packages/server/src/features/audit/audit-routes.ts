import { and, count, desc, eq } from 'drizzle-orm';
import * as z from 'zod';
import {
  canReadAuditLog,
  canSeeIdNumbers,
  maskIdNumberChanges,
  pageOffset,
  PagingQuerySchema,
  AuditEntrySchema,
  pageSchemaOf,
  type AuditEntry,
  type Page,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { auditLog } from '../../db/schema';
import { requireUser, withRole } from '../../http/request-user';
import { getAccessibleUnit } from '../../records/unit-access';

export function registerAuditRoutes(app: TypedApp, ctx: AppContext): void {
  app.get(
    '/api/admin-units/:id/audit',
    {
      schema: {
        tags: ['Nhật ký'],
        summary: 'Nhật ký thao tác của một đơn vị hành chính',
        description:
          'Chỉ cán bộ thi đua – khen thưởng, Chủ tịch UBND và quản trị cấp tỉnh được xem (vai trò khác: 403).',
        params: z.object({ id: z.uuid().describe('Mã định danh') }),
        querystring: PagingQuerySchema.extend({
          entity: z.string().max(50).optional().describe('Loại bản ghi'),
          entityId: z.string().max(100).optional().describe('Mã bản ghi'),
        }),
        response: { 200: pageSchemaOf(AuditEntrySchema) },
      },
    },
    async (request): Promise<Page<AuditEntry>> => {
      const user = requireUser(request);
      const unit = await getAccessibleUnit(ctx.db, user, request.params.id); // outsiders: 404 first
      withRole(user, canReadAuditLog);
      const { entity, entityId } = request.query;
      const where = and(
        eq(auditLog.adminUnitId, unit.id),
        entity ? eq(auditLog.entity, entity) : undefined,
        entityId ? eq(auditLog.entityId, entityId) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        ctx.db
          .select()
          .from(auditLog)
          .where(where)
          .orderBy(desc(auditLog.createdAt))
          .limit(request.query.pageSize)
          .offset(pageOffset(request.query)),
        ctx.db.select({ n: count() }).from(auditLog).where(where),
      ]);
      return {
        items: rows.map(({ adminUnitId: _unit, actorId: _actor, ...r }) => ({
          ...r,
          // A person's history would otherwise show the full number to roles that only see four digits.
          changes: r.changes && !canSeeIdNumbers(user.role) ? maskIdNumberChanges(r.changes) : r.changes,
          createdAt: r.createdAt.toISOString(),
        })),
        total: total?.n ?? 0,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
}
