import { describe, expect, it } from 'vitest';
import { ruleSetAsOf } from '../rules/rule-set';
import { registrableTitles, type Registrant } from './registrable-titles';

const ids = (asOf: string, registrant: Registrant) =>
  registrableTitles(ruleSetAsOf(asOf), registrant).map((t) => t.award);

describe('registrableTitles (Luật Thi đua, khen thưởng 2022, Điều 20–29)', () => {
  it('offers a civilian cadre the individual titles, not the armed forces’ one', () => {
    const titles = ids('2025-12-20', { kind: 'individual', armedForces: false });
    expect(titles).toContain('lao_dong_tien_tien');
    expect(titles).toContain('chien_si_thi_dua_co_so');
    expect(titles).not.toContain('chien_si_tien_tien');
    expect(titles).not.toContain('tap_the_lao_dong_tien_tien');
    expect(titles).not.toContain('gia_dinh_van_hoa');
  });

  it('offers a police officer «Chiến sĩ tiên tiến» instead of «Lao động tiên tiến» (Điều 24)', () => {
    const titles = ids('2025-12-20', { kind: 'individual', armedForces: true });
    expect(titles).toContain('chien_si_tien_tien');
    expect(titles).not.toContain('lao_dong_tien_tien');
    expect(titles).toContain('chien_si_thi_dua_co_so');
  });

  it('offers a unit the collective titles of units, and a residential group its own', () => {
    const unit = ids('2025-12-20', { kind: 'collective', collectiveType: 'unit', armedForces: false });
    expect(unit).toEqual(expect.arrayContaining(['tap_the_lao_dong_tien_tien', 'tap_the_lao_dong_xuat_sac']));
    expect(unit).not.toContain('thon_to_dan_pho_van_hoa');
    expect(unit).not.toContain('lao_dong_tien_tien');
    const group = ids('2025-12-20', {
      kind: 'collective',
      collectiveType: 'residential_group',
      armedForces: false,
    });
    expect(group).toContain('thon_to_dan_pho_van_hoa');
    expect(group).not.toContain('tap_the_lao_dong_tien_tien');
  });

  it('offers a household «Gia đình văn hóa» only', () => {
    expect(ids('2025-12-20', { kind: 'household' })).toEqual(['gia_dinh_van_hoa']);
  });

  it('follows the rules in force: «Xã, phường tiêu biểu» exists from 2024 (Điều 29), not in 2023', () => {
    const commune = { kind: 'collective', collectiveType: 'commune', armedForces: false } as const;
    expect(ids('2023-12-31', commune)).not.toContain('xa_phuong_tieu_bieu');
    expect(ids('2024-01-01', commune)).toContain('xa_phuong_tieu_bieu');
  });
});
