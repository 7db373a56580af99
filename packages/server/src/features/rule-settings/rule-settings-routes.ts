import * as z from 'zod';
import { canManageRuleSettings, RuleSettingsInputSchema, RuleSettingsViewSchema } from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { forbidden } from '../../http/app-error';
import { actorOf, requireUser } from '../../http/request-user';
import { getReadableProvince, getRuleSettings, saveRuleSettings } from './rule-settings';

const Params = z.object({ provinceId: z.uuid().describe('Mã định danh tỉnh') });
const tags = ['Cài đặt quy định của tỉnh'];

export function registerRuleSettingsRoutes(app: TypedApp, ctx: AppContext): void {
  app.get(
    '/api/admin-units/:provinceId/rule-settings',
    {
      schema: {
        tags,
        summary: 'Cài đặt quy định của tỉnh (tỷ lệ tán thành, ngày áp dụng luật sửa đổi)',
        params: Params,
        response: { 200: RuleSettingsViewSchema },
      },
    },
    async (request) => {
      const province = await getReadableProvince(ctx.db, requireUser(request), request.params.provinceId);
      return getRuleSettings(ctx.db, province.id);
    },
  );

  app.put(
    '/api/admin-units/:provinceId/rule-settings',
    {
      schema: {
        tags,
        summary: 'Lưu cài đặt quy định của tỉnh (cấp tỉnh)',
        params: Params,
        body: RuleSettingsInputSchema,
        response: { 200: RuleSettingsViewSchema },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const province = await getReadableProvince(ctx.db, user, request.params.provinceId);
      if (!canManageRuleSettings(user.role)) throw forbidden();
      return saveRuleSettings(ctx.db, actorOf(user), province.id, request.body);
    },
  );
}
