import * as z from 'zod';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { optionalDate, optionalText } from '../optional-fields';
import type { StoredFileView } from '../files/files';
import { LAUNCH_LEVELS, MOVEMENT_TYPES } from './movement-types';
import { MOVEMENT_REVIEW_KINDS } from '../emulation-year/year-records';
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

export interface MovementReviewView extends MovementReviewInput {
  id: string;
  movementId: string;
}

/** How far a movement's reviews have gone. */
export interface MovementReviewState {
  interimCount: number;
  /** The date of its final review (tổng kết), if held. */
  finalOn: string | null;
}

export interface MovementSummary extends MovementInput {
  id: string;
  yearId: string;
  reviewState: MovementReviewState;
}

export interface MovementDetail extends MovementSummary {
  reviews: MovementReviewView[];
  files: StoredFileView[];
}
