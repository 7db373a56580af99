import { formatDateVi } from '../format';
import type { MovementReviewState } from './movement-schemas';

/** «Đã tổng kết ngày 15/12/2025», «Đã sơ kết 2 lần», «Chưa sơ kết, tổng kết». */
export function movementReviewStatusText({ interimCount, finalOn }: MovementReviewState): string {
  if (finalOn) return `Đã tổng kết ngày ${formatDateVi(finalOn)}`;
  if (interimCount === 1) return 'Đã sơ kết';
  if (interimCount > 1) return `Đã sơ kết ${interimCount} lần`;
  return 'Chưa sơ kết, tổng kết';
}
