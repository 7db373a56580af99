import { describe, expect, it } from 'vitest';
import { excelSerialToIsoDate, readChoice, readDate, readInteger, readYesNo } from './spreadsheet-cells';
import { GENDER_LABELS } from './organisation';

describe('excelSerialToIsoDate', () => {
  it.each([
    [45658, '2025-01-01'],
    [32143, '1988-01-01'],
    [36950, '2001-02-28'],
    [36951, '2001-03-01'],
    [45351, '2024-02-29'],
  ])('serial %i is %s', (serial, iso) => {
    expect(excelSerialToIsoDate(serial)).toBe(iso);
  });
});

describe('cell readers', () => {
  it('reads dates typed as text or stored as serials, and explains a wrong one', () => {
    expect(readDate('12/03/1988')).toEqual({ value: '1988-03-12' });
    expect(readDate(32214)).toEqual({ value: '1988-03-12' });
    expect(readDate(' ')).toEqual({ value: null });
    expect(readDate('31/02/1988')).toEqual({ problem: expect.stringContaining('ngày/tháng/năm') });
  });

  it('reads whole numbers only', () => {
    expect(readInteger('4')).toEqual({ value: 4 });
    expect(readInteger(4)).toEqual({ value: 4 });
    expect(readInteger('4,5')).toEqual({ problem: 'phải là một số nguyên.' });
  });

  it('reads Có/Không with or without diacritics', () => {
    expect(readYesNo('Có')).toEqual({ value: true });
    expect(readYesNo('khong')).toEqual({ value: false });
    expect(readYesNo('x')).toEqual({ value: true });
    expect(readYesNo('có lẽ')).toEqual({ problem: expect.stringContaining('Có') });
  });

  it('reads a label as its id, listing the allowed labels otherwise', () => {
    expect(readChoice('nu', GENDER_LABELS)).toEqual({ value: 'female' });
    expect(readChoice('NAM', GENDER_LABELS)).toEqual({ value: 'male' });
    expect(readChoice('khác', GENDER_LABELS)).toEqual({
      problem: 'phải là một trong các giá trị: Nam, Nữ.',
    });
  });
});
