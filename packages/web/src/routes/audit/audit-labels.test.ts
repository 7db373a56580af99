import { describe, expect, it } from 'vitest';
import { formatChanges } from './audit-labels';

describe('formatChanges', () => {
  it("names a field with the label of its entity's schema, as its form does", () => {
    expect(formatChanges({ fullName: 'Nguyễn Văn An' }, undefined, 'person')).toBe(
      'Họ và tên: Nguyễn Văn An',
    );
    expect(formatChanges({ name: 'Công an phường' }, undefined, 'unit')).toBe('Tên đơn vị: Công an phường');
    expect(formatChanges({ memberCount: { from: 3, to: 4 } }, undefined, 'household')).toBe(
      'Số nhân khẩu: 3 → 4',
    );
  });

  it('falls back to the shared labels for entities and fields no schema describes', () => {
    expect(formatChanges({ selfScore: 95 }, undefined, 'monthly_score')).toBe('Điểm tự chấm: 95');
    expect(formatChanges({ position: 2 }, undefined, 'indicator')).toBe('Thứ tự: 2');
  });
});
