import { describe, expect, it } from 'vitest';
import {
  composeIdNumber,
  idNumberProblem,
  maskedIdNumber,
  maskIdNumberChanges,
} from './identification-number';

describe('idNumberProblem (Circular 59/2021/TT-BCA art. 7)', () => {
  it('accepts a number whose digits fit the person', () => {
    expect(idNumberProblem('087188001234', { gender: 'female', birthYear: 1988 })).toBeNull();
    expect(idNumberProblem('001090000001', { gender: 'male', birthYear: 1990 })).toBeNull();
    expect(idNumberProblem('079205123456', { gender: 'male', birthYear: 2005 })).toBeNull();
  });

  it.each([
    ['08718800123', 'format'],
    ['0871880012345', 'format'],
    ['08718800123a', 'format'],
    ['003188001234', 'province'],
    ['099188001234', 'province'],
  ])('rejects %s (%s)', (value, problem) => {
    expect(idNumberProblem(value)).toBe(problem);
  });

  it('rejects a gender digit that contradicts the gender', () => {
    expect(idNumberProblem('087088001234', { gender: 'female', birthYear: 1988 })).toBe('gender');
    expect(idNumberProblem('087188001234', { gender: 'male', birthYear: 1988 })).toBe('gender');
  });

  it('rejects a year that contradicts the birth year, century included', () => {
    expect(idNumberProblem('087188001234', { gender: 'female', birthYear: 1989 })).toBe('birth_year');
    expect(idNumberProblem('087188001234', { gender: 'female', birthYear: 2088 })).toBe('birth_year');
    expect(idNumberProblem('087388001234', { gender: 'female', birthYear: 2088 })).toBeNull();
  });
});

describe('composeIdNumber', () => {
  it.each([
    ['male', 1960],
    ['female', 1999],
    ['male', 2003],
    ['female', 2010],
  ] as const)('builds a valid number for a %s born in %i', (gender, birthYear) => {
    const value = composeIdNumber('087', gender, birthYear, 4321);
    expect(value).toMatch(/^087\d{3}004321$/);
    expect(idNumberProblem(value, { gender, birthYear })).toBeNull();
  });
});

describe('masking for roles that do not keep the records', () => {
  it('keeps the last four digits, also inside audit changes', () => {
    expect(maskedIdNumber('087188001234')).toBe('••••••••1234');
    expect(maskIdNumberChanges({ fullName: 'A', idNumber: '087188001234' })).toEqual({
      fullName: 'A',
      idNumber: '••••••••1234',
    });
    expect(maskIdNumberChanges({ idNumber: { from: '087188001234', to: '087188005678' } })).toEqual({
      idNumber: { from: '••••••••1234', to: '••••••••5678' },
    });
    expect(maskIdNumberChanges({ position: { from: 'a', to: 'b' } })).toEqual({
      position: { from: 'a', to: 'b' },
    });
  });
});
