import { and, count, eq, gte, sql } from 'drizzle-orm';
import * as z from 'zod';
import { AdminUnitOverviewSchema, type AdminUnitOverview } from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { auditLog, users } from '../../db/schema';
import { requireUser } from '../../http/request-user';
import { getAccessibleUnit } from '../../records/unit-access';
import { findFormerUnits, toSummary } from '../admin-units/admin-units';

/** The figures of a commune's home page, counted from the database each time. */
export function registerHomeRoutes(app: TypedApp, ctx: AppContext): void {
  app.get(
    '/api/admin-units/:id/overview',
    {
      schema: {
        tags: ['Trang chủ'],
        summary: 'Số liệu tổng quan của một đơn vị hành chính',
        params: z.object({ id: z.uuid().describe('Mã định danh') }),
        response: { 200: AdminUnitOverviewSchema },
      },
    },
    async (request): Promise<AdminUnitOverview> => {
      const user = requireUser(request);
      const unit = await getAccessibleUnit(ctx.db, user, request.params.id);
      const since = new Date(Date.now() - 30 * 86_400_000);
      const isDisabled = sql<boolean>`${users.disabledAt} is not null`;
      const [byRole, formerUnits, [activity]] = await Promise.all([
        ctx.db
          .select({ role: users.role, isDisabled, n: count() })
          .from(users)
          .where(eq(users.adminUnitId, unit.id))
          .groupBy(users.role, isDisabled),
        findFormerUnits(ctx.db, unit.id),
        ctx.db
          .select({ n: count() })
          .from(auditLog)
          .where(and(eq(auditLog.adminUnitId, unit.id), gte(auditLog.createdAt, since))),
      ]);
      const usersByRole: Record<string, number> = {};
      let activeUsers = 0;
      let disabledUsers = 0;
      for (const row of byRole) {
        if (row.isDisabled) disabledUsers += row.n;
        else {
          activeUsers += row.n;
          usersByRole[row.role] = (usersByRole[row.role] ?? 0) + row.n;
        }
      }
      return {
        adminUnit: toSummary(unit),
        counts: {
          activeUsers,
          disabledUsers,
          formerUnits: formerUnits.length,
          auditEventsLast30Days: activity?.n ?? 0,
        },
        usersByRole,
        mergedFrom: formerUnits,
      };
    },
  );
}
