import { describe, expect, it } from 'vitest';
import { inYear, paths, scopedTo, searchPath } from './paths';

describe('scopedTo', () => {
  it('carries the commune and year of the current address to a plain path', () => {
    expect(scopedTo(paths.person('p1'), new URLSearchParams('xa=c9&nam=2025'))).toEqual({
      pathname: '/nhan-su/p1',
      search: '?xa=c9&nam=2025',
    });
  });

  it('does not carry the other parameters of the current address (search, page)', () => {
    expect(scopedTo(paths.people, new URLSearchParams('q=nguyen&page=3&nam=2026'))).toEqual({
      pathname: '/nhan-su',
      search: '?nam=2026',
    });
  });

  it('keeps a year the target sets itself instead of the current one', () => {
    expect(scopedTo(inYear(paths.registrations, 2024), new URLSearchParams('nam=2026&xa=c9'))).toEqual({
      pathname: '/dang-ky-thi-dua',
      search: '?nam=2024&xa=c9',
    });
  });

  it('adds no question mark when there is nothing to carry', () => {
    expect(scopedTo(paths.home, new URLSearchParams('q=x'))).toEqual({ pathname: '/', search: '' });
  });
});

describe('paths', () => {
  it('builds record addresses from the list address', () => {
    expect(paths.household('h 1')).toBe('/ho-gia-dinh/h 1');
    expect(paths.movement(':id')).toBe('/phong-trao/:id');
  });

  it('puts the trimmed search text in the query, encoded', () => {
    const target = searchPath('  khóm Đông & 3 ');
    expect(target.startsWith('/tim-kiem?')).toBe(true);
    expect(new URLSearchParams(target.split('?')[1]).get('q')).toBe('khóm Đông & 3');
  });
});
