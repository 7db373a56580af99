import { describe, expect, it } from 'vitest';
import { canChangeYearStatus, isYearLocked, YEAR_STATUSES } from './emulation-year';

describe('the emulation year’s stages', () => {
  it('moves one stage forward at a time', () => {
    expect(canChangeYearStatus('planning', 'running')).toBe(true);
    expect(canChangeYearStatus('running', 'reviewing')).toBe(true);
    expect(canChangeYearStatus('reviewing', 'closed')).toBe(true);
    expect(canChangeYearStatus('planning', 'reviewing')).toBe(false);
    expect(canChangeYearStatus('planning', 'closed')).toBe(false);
  });

  it('may step back one stage before closing, never after', () => {
    expect(canChangeYearStatus('reviewing', 'running')).toBe(true);
    expect(canChangeYearStatus('running', 'planning')).toBe(true);
    expect(canChangeYearStatus('closed', 'reviewing')).toBe(false);
    expect(canChangeYearStatus('reviewing', 'planning')).toBe(false);
  });

  it('stays put is not a change', () => {
    for (const status of YEAR_STATUSES) expect(canChangeYearStatus(status, status)).toBe(false);
  });

  it('locks the records of a closed year only', () => {
    expect(YEAR_STATUSES.filter(isYearLocked)).toEqual(['closed']);
  });
});
