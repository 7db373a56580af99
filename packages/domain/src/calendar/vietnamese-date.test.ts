import { describe, expect, it } from 'vitest';
import { parseVietnameseDate } from './vietnamese-date';

describe('parseVietnameseDate', () => {
  it.each([
    ['05/09/1985', '1985-09-05'],
    ['5/9/1985', '1985-09-05'],
    ['05-09-1985', '1985-09-05'],
    ['05.09.1985', '1985-09-05'],
    ['1985-09-05', '1985-09-05'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseVietnameseDate(text)).toBe(iso);
  });

  it.each(['29/02/2023', '31/04/2020', '00/01/2020', '12/13/2020', '1985', 'hôm qua', '05/09/85'])(
    'refuses %s',
    (text) => {
      expect(parseVietnameseDate(text)).toBeNull();
    },
  );
});
