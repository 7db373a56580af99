import { describe, expect, it } from 'vitest';
import { MOVEMENT_CATALOG, movementFromTemplate } from './movement-catalog';
import { MovementInputSchema } from './movement-schemas';

describe('MOVEMENT_CATALOG', () => {
  it('names each movement once, under a unique id', () => {
    expect(new Set(MOVEMENT_CATALOG.map((m) => m.id)).size).toBe(MOVEMENT_CATALOG.length);
    expect(new Set(MOVEMENT_CATALOG.map((m) => m.name)).size).toBe(MOVEMENT_CATALOG.length);
  });

  it('holds the national movements the reference reports name', () => {
    const national = MOVEMENT_CATALOG.filter((m) => m.launchLevel === 'national').map((m) => m.name);
    expect(national).toEqual(
      expect.arrayContaining([
        'Cả nước chung sức xây dựng nông thôn mới',
        'Vì người nghèo – Không để ai bị bỏ lại phía sau',
        'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số',
        'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030',
        'Bình dân học vụ số',
        'Toàn dân đoàn kết xây dựng đời sống văn hóa',
      ]),
    );
    expect(MOVEMENT_CATALOG.some((m) => m.launchLevel === 'province')).toBe(true);
  });

  it.each(MOVEMENT_CATALOG.map((m) => [m.id, m] as const))(
    '%s cites where it comes from and has a sane phase',
    (_id, m) => {
      expect(m.source.trim()).not.toBe('');
      if (m.fromYear && m.toYear) expect(m.toYear).toBeGreaterThanOrEqual(m.fromYear);
      if (m.launchDocument) expect(m.launchedBy).not.toBeNull();
    },
  );

  it.each(MOVEMENT_CATALOG.map((m) => [m.id, m] as const))('%s fills in a valid movement', (_id, m) => {
    expect(MovementInputSchema.safeParse(movementFromTemplate(m)).success).toBe(true);
  });
});

describe('movementFromTemplate', () => {
  it('takes the phase as whole years and states who launched it and by which plan', () => {
    const template = MOVEMENT_CATALOG.find((m) => m.id === 'doi-moi-sang-tao-chuyen-doi-so')!;
    expect(movementFromTemplate(template)).toEqual({
      name: 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số',
      launchLevel: 'national',
      type: 'thematic',
      startsOn: '2025-01-01',
      endsOn: '2030-12-31',
      criteria:
        'Phát động: Thủ tướng Chính phủ. Căn cứ Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào.',
    });
  });

  it('leaves what is not known empty', () => {
    const template = MOVEMENT_CATALOG.find((m) => m.id === 'doi-song-van-hoa')!;
    expect(movementFromTemplate(template)).toMatchObject({ startsOn: null, endsOn: null, criteria: null });
  });
});
