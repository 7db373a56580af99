import { describe, expect, it } from 'vitest';
import { compareNamesVi, formatDateTimeVi, formatDateVi, formatNumberVi } from './format';

describe('Vietnamese formats', () => {
  it('writes numbers with a dot for thousands and a comma for decimals', () => {
    expect(formatNumberVi(1234.5)).toBe('1.234,5');
    expect(formatNumberVi(2800)).toBe('2.800');
    expect(formatNumberVi(106.789, 1)).toBe('106,8');
    expect(formatNumberVi(0)).toBe('0');
  });

  it('writes dates as dd/mm/yyyy, from ISO dates without time-zone drift', () => {
    expect(formatDateVi('2025-07-01')).toBe('01/07/2025');
    expect(formatDateVi('2025-12-31')).toBe('31/12/2025');
  });

  it('takes the calendar day of a timestamp in Vietnam (UTC+7)', () => {
    expect(formatDateVi('2025-06-30T18:30:00Z')).toBe('01/07/2025');
    expect(formatDateVi(new Date('2025-06-30T16:59:00Z'))).toBe('30/06/2025');
    expect(formatDateTimeVi('2025-06-30T18:30:00Z')).toBe('01:30 01/07/2025');
  });
});

describe('compareNamesVi', () => {
  it('orders numbers by value and letters the Vietnamese way', () => {
    expect(['Tổ dân phố 10', 'Tổ dân phố 2', 'Khóm Đông', 'Khóm Bình'].sort(compareNamesVi)).toEqual([
      'Khóm Bình',
      'Khóm Đông',
      'Tổ dân phố 2',
      'Tổ dân phố 10',
    ]);
  });
});
