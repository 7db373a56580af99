/**
 * The emulation year of a commune (SPEC §3 steps 1–5) moves forward through four stages; once
 * closed, its records are locked (the review and the decisions rely on them). The officer may
 * step back one stage before closing (e.g. reopen registrations while still reviewing).
 */
export const YEAR_STATUSES = ['planning', 'running', 'reviewing', 'closed'] as const;
export type YearStatus = (typeof YEAR_STATUSES)[number];

export const YEAR_STATUS_LABELS: Record<YearStatus, string> = {
  planning: 'Xây dựng kế hoạch',
  running: 'Đang thi đua',
  reviewing: 'Bình xét cuối năm',
  closed: 'Đã khóa sổ',
};

/** Whether the year may go from `from` to `to`: one step forward, or one step back before closing. */
export function canChangeYearStatus(from: YearStatus, to: YearStatus): boolean {
  const step = YEAR_STATUSES.indexOf(to) - YEAR_STATUSES.indexOf(from);
  if (step === 1) return true;
  return step === -1 && from !== 'closed';
}

/** Records of a closed year are read-only. */
export function isYearLocked(status: YearStatus): boolean {
  return status === 'closed';
}
