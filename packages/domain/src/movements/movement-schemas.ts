import * as z from 'zod';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { optionalDate, optionalText } from '../optional-fields';
import { LAUNCH_LEVELS, MOVEMENT_TYPES } from './movement-types';
import { MOVEMENT_REVIEW_KINDS } from '../emulation-year/year-records';
import { StoredFileViewSchema } from '../files/files';
import { freeText, nameText } from '../text-fields';
import { dateInput } from '../date-fields';

export const MovementInputSchema = z
  .object({
    name: nameText({ max: 300 }).describe('Tên phong trào'),
    launchLevel: z.enum(LAUNCH_LEVELS).describe('Cấp phát động'),
    type: z.enum(MOVEMENT_TYPES).describe('Hình thức'),
    startsOn: optionalDate().describe('Ngày bắt đầu'),
    endsOn: optionalDate().describe('Ngày kết thúc'),
    participants: optionalText(2000).describe('Đối tượng tham gia'),
    criteria: optionalText(10000).describe('Nội dung, tiêu chí thi đua'),
    planNumber: optionalText(100).describe('Số kế hoạch phát động'),
    planDate: optionalDate('document').describe('Ngày ban hành kế hoạch'),
  })
  .refine((m) => !m.startsOn || !m.endsOn || m.endsOn >= m.startsOn, {
    path: ['endsOn'],
    message: 'phải từ ngày bắt đầu trở đi.',
  });
export type MovementInput = z.infer<typeof MovementInputSchema>;

export const ReviewFigureSchema = z.object({
  label: nameText({ max: 300 }).describe('Nội dung số liệu'),
  value: z.number().min(-1e12).max(1e12).describe('Số liệu'),
  unit: optionalText(50).describe('Đơn vị tính'),
});
export type ReviewFigure = z.infer<typeof ReviewFigureSchema>;

/** Sơ kết or tổng kết: the date, the results in words, and the figures the report quotes. */
export const MovementReviewInputSchema = z.object({
  kind: z.enum(MOVEMENT_REVIEW_KINDS).describe('Loại (sơ kết, tổng kết)'),
  reviewedOn: dateInput('document').describe('Ngày sơ kết, tổng kết'),
  results: freeText({ max: 20000 }).describe('Kết quả'),
  figures: z.array(ReviewFigureSchema).max(50).default([]).describe('Số liệu'),
});
export type MovementReviewInput = z.infer<typeof MovementReviewInputSchema>;

const ReviewFigureViewSchema = z.object({
  label: z.string().describe('Nội dung số liệu'),
  value: z.number().describe('Số liệu'),
  unit: z.string().nullable().describe('Đơn vị tính'),
});

export const MovementReviewViewSchema = z.object({
  id: z.string().describe('Mã định danh báo cáo sơ kết, tổng kết'),
  movementId: z.string().describe('Mã định danh phong trào'),
  kind: z.enum(MOVEMENT_REVIEW_KINDS).describe('Loại (sơ kết, tổng kết)'),
  reviewedOn: z.string().describe('Ngày sơ kết, tổng kết'),
  results: z.string().describe('Kết quả'),
  figures: z.array(ReviewFigureViewSchema).describe('Số liệu'),
});
export type MovementReviewView = z.infer<typeof MovementReviewViewSchema>;

/** How far a movement's reviews have gone. */
export const MovementReviewStateSchema = z.object({
  interimCount: z.number().int().describe('Số lần sơ kết'),
  /** The date of its final review (tổng kết), if held. */
  finalOn: z.string().nullable().describe('Ngày tổng kết, nếu đã tổng kết'),
});
export type MovementReviewState = z.infer<typeof MovementReviewStateSchema>;

export const MovementSummarySchema = z.object({
  id: z.string().describe('Mã định danh phong trào'),
  yearId: z.string().describe('Mã định danh năm thi đua'),
  name: z.string().describe('Tên phong trào'),
  launchLevel: z.enum(LAUNCH_LEVELS).describe('Cấp phát động'),
  type: z.enum(MOVEMENT_TYPES).describe('Hình thức'),
  startsOn: z.string().nullable().describe('Ngày bắt đầu'),
  endsOn: z.string().nullable().describe('Ngày kết thúc'),
  participants: z.string().nullable().describe('Đối tượng tham gia'),
  criteria: z.string().nullable().describe('Nội dung, tiêu chí thi đua'),
  planNumber: z.string().nullable().describe('Số kế hoạch phát động'),
  planDate: z.string().nullable().describe('Ngày ban hành kế hoạch'),
  reviewState: MovementReviewStateSchema.describe('Tình hình sơ kết, tổng kết'),
});
export type MovementSummary = z.infer<typeof MovementSummarySchema>;

export const MovementDetailSchema = MovementSummarySchema.extend({
  reviews: z.array(MovementReviewViewSchema).describe('Các lần sơ kết, tổng kết'),
  files: z.array(StoredFileViewSchema).describe('Tệp đính kèm'),
});
export type MovementDetail = z.infer<typeof MovementDetailSchema>;
