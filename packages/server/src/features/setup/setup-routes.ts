import { count, eq } from 'drizzle-orm';
import { SetupInputSchema, SetupResultSchema, SetupStatusSchema } from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import type { Database } from '../../db/database';
import { adminUnits, users } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { hashPassword } from '../auth/passwords';
import { recordAudit, SYSTEM_ACTOR } from '../../records/record-audit';

export async function needsSetup(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/** The first-run screen: only while the system has no account at all, it creates the province and its administrator. */
export function registerSetupRoutes(app: TypedApp, ctx: AppContext): void {
  app.get(
    '/api/setup',
    {
      schema: {
        tags: ['Khởi tạo'],
        summary: 'Hệ thống đã có tài khoản quản trị chưa',
        response: { 200: SetupStatusSchema },
      },
    },
    async () => ({
      needsSetup: await needsSetup(ctx.db),
    }),
  );

  app.post(
    '/api/setup',
    {
      schema: {
        tags: ['Khởi tạo'],
        summary: 'Tạo tỉnh và tài khoản quản trị đầu tiên',
        body: SetupInputSchema,
        response: { 201: SetupResultSchema },
      },
    },
    async (request, reply) => {
      const input = request.body;
      const passwordHash = await hashPassword(input.password);
      await ctx.db.transaction(async (tx) => {
        if (!(await needsSetup(tx))) throw new AppError('SETUP_ALREADY_DONE', 409);
        let [province] = await tx.select().from(adminUnits).where(eq(adminUnits.code, input.provinceCode));
        if (province && province.level !== 'province')
          throw new AppError('ADMIN_UNIT_NOT_PROVINCE', 400, { code: input.provinceCode });
        province ??= (
          await tx
            .insert(adminUnits)
            .values({ code: input.provinceCode, name: input.provinceName, level: 'province' })
            .returning()
        )[0]!;
        const [user] = await tx
          .insert(users)
          .values({
            adminUnitId: province.id,
            username: input.username,
            displayName: input.displayName,
            role: 'province_admin',
            passwordHash,
          })
          .returning();
        await recordAudit(tx, SYSTEM_ACTOR, {
          adminUnitId: province.id,
          action: 'setup',
          entity: 'user',
          entityId: user!.id,
          changes: { username: input.username },
        });
      });
      return reply.status(201).send({ ok: true });
    },
  );
}
