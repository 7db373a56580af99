import * as z from 'zod';
import {
  canConfirmGrades,
  canEditScoringSettings,
  ConfirmedCountSchema,
  MonthlyScoreInputSchema,
  PersonScoresSchema,
  ScoreTableQuerySchema,
  ScoreTableSchema,
  ScoringSettingsInputSchema,
  ScoringSettingsViewSchema,
  YearGradeInputSchema,
  YearGradeRowSchema,
  YearGradesSchema,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { communeOf, managedCommuneOf } from '../../http/commune-scope';
import { CommuneParams, YearParams } from '../../http/route-params';
import { actorOf } from '../../http/request-user';
import { findScoreTable, getPersonScores, saveMonthlyScore, type ScoreSide } from './monthly-scores';
import { getScoringSettings, saveScoringSettings } from './scoring-sheet';
import { todayInVietnam } from '../../http/today';
import { confirmProposedGrades, confirmYearGrade, findYearGrades } from './year-grades';

const PersonParams = YearParams.extend({ personId: z.uuid().describe('Mã định danh nhân sự') });
const MonthParams = PersonParams.extend({
  month: z.coerce.number().int().min(1).max(12).describe('Tháng'),
});
const tags = ['Chấm điểm, xếp loại'];

export function registerScoringRoutes(app: TypedApp, ctx: AppContext): void {
  app.get(
    '/scoring-sheet',
    {
      schema: {
        tags,
        summary:
          'Phiếu chấm điểm hằng tháng (phiên bản mới nhất), các mức xếp loại, số tháng tối thiểu và người chấm điểm thủ trưởng thay Chủ tịch',
        params: CommuneParams,
        response: { 200: ScoringSettingsViewSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return getScoringSettings(ctx.db, commune.id);
    },
  );

  app.put(
    '/scoring-sheet',
    {
      schema: {
        tags,
        summary:
          'Đặt phiếu chấm điểm (tiêu chí, tổng 100 điểm), các mức xếp loại và số tháng tối thiểu — thành phiên bản mới cho các năm chưa khóa sổ — và người chấm điểm thủ trưởng thay Chủ tịch',
        params: CommuneParams,
        body: ScoringSettingsInputSchema,
        response: { 200: ScoringSettingsViewSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canEditScoringSettings);
      return saveScoringSettings(ctx.db, actorOf(user), commune.id, request.body);
    },
  );

  app.get(
    '/years/:yearId/scores',
    {
      schema: {
        tags,
        summary: 'Bảng điểm từng tháng của cán bộ, công chức (cả xã, phường hoặc một đơn vị)',
        params: YearParams,
        querystring: ScoreTableQuerySchema,
        response: { 200: ScoreTableSchema },
      },
    },
    async (request) => {
      const { user, commune } = communeOf(request);
      return findScoreTable(ctx.db, user, commune.id, request.params.yearId, request.query, todayInVietnam());
    },
  );

  app.get(
    '/years/:yearId/scores/:personId',
    {
      schema: {
        tags,
        summary: 'Điểm từng tháng của một người theo tiêu chí, đề xuất và kết quả xếp loại',
        params: PersonParams,
        response: { 200: PersonScoresSchema },
      },
    },
    async (request) => {
      const { user, commune } = communeOf(request);
      const { yearId, personId } = request.params;
      return getPersonScores(ctx.db, user, commune.id, yearId, personId, todayInVietnam());
    },
  );

  const scoreRoute = (side: ScoreSide, summary: string) =>
    app.put(
      `/years/:yearId/scores/:personId/:month/${side}`,
      {
        schema: {
          tags,
          summary,
          params: MonthParams,
          body: MonthlyScoreInputSchema,
          response: { 200: PersonScoresSchema },
        },
      },
      async (request) => {
        const { user, commune } = communeOf(request);
        const { yearId, personId, month } = request.params;
        return saveMonthlyScore(
          ctx.db,
          user,
          commune.id,
          { yearId, personId, month, side },
          request.body,
          todayInVietnam(),
        );
      },
    );
  scoreRoute('self', 'Cán bộ tự chấm điểm tháng');
  scoreRoute(
    'head',
    'Thủ trưởng chấm điểm tháng (Chủ tịch cho cán bộ TĐKT và trưởng đơn vị); cán bộ TĐKT sửa điểm đã chấm kèm «reason»',
  );

  app.get(
    '/years/:yearId/grades',
    {
      schema: {
        tags,
        summary: 'Xếp loại cuối năm: đề xuất từ điểm các tháng, kết quả đã xác nhận, kỷ luật',
        params: YearParams,
        response: { 200: YearGradesSchema },
      },
    },
    async (request) => {
      const { user, commune } = communeOf(request);
      return findYearGrades(ctx.db, user, commune.id, request.params.yearId);
    },
  );

  app.put(
    '/years/:yearId/grades/:personId',
    {
      schema: {
        tags,
        summary: 'Xác nhận xếp loại cuối năm của một người',
        params: PersonParams,
        body: YearGradeInputSchema,
        response: { 200: YearGradeRowSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canConfirmGrades);
      const { yearId, personId } = request.params;
      return confirmYearGrade(ctx.db, actorOf(user), commune.id, yearId, personId, request.body);
    },
  );

  app.post(
    '/years/:yearId/grades/confirm-proposed',
    {
      schema: {
        tags,
        summary: 'Xác nhận mọi xếp loại đề xuất chưa được xác nhận',
        params: YearParams,
        response: { 200: ConfirmedCountSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canConfirmGrades);
      return confirmProposedGrades(ctx.db, actorOf(user), commune.id, request.params.yearId);
    },
  );
}
