import { describe, expect, it } from 'vitest';
import { registrationWindow } from './registration-window';

describe('registrationWindow', () => {
  it('stays open without a deadline, with no count of days', () => {
    expect(registrationWindow(null, '2026-03-01')).toEqual({ open: true, daysLeft: null });
  });

  it('counts today and the deadline day: the day before the deadline leaves two days', () => {
    expect(registrationWindow('2026-01-31', '2026-01-30')).toEqual({ open: true, daysLeft: 2 });
  });

  it('is still open on the deadline day itself, with one day left', () => {
    expect(registrationWindow('2026-01-31', '2026-01-31')).toEqual({ open: true, daysLeft: 1 });
  });

  it('closes the day after the deadline', () => {
    expect(registrationWindow('2026-01-31', '2026-02-01')).toEqual({ open: false, daysLeft: 0 });
    expect(registrationWindow('2026-01-31', '2026-12-31')).toEqual({ open: false, daysLeft: 0 });
  });

  it('counts across months and a leap day by the calendar alone', () => {
    expect(registrationWindow('2024-03-01', '2024-02-28')).toEqual({ open: true, daysLeft: 3 });
    expect(registrationWindow('2026-01-01', '2025-12-31')).toEqual({ open: true, daysLeft: 2 });
  });
});
