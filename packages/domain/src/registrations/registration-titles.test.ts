import { describe, expect, it } from 'vitest';
import { registrantOf, registrationRulesDate, titlesRegistrableFor } from './registration-titles';

const ids = (...args: Parameters<typeof titlesRegistrableFor>) =>
  titlesRegistrableFor(...args).map((t) => t.id);

describe('registrantOf', () => {
  it('makes a person an individual and a unit a collective of type unit', () => {
    expect(registrantOf('person', 'school')).toEqual({ kind: 'individual', armedForces: false });
    expect(registrantOf('unit', 'school')).toEqual({
      kind: 'collective',
      collectiveType: 'unit',
      armedForces: false,
    });
  });

  it('puts the police post and the military command and their people in the armed forces', () => {
    expect(registrantOf('person', 'police')).toMatchObject({ armedForces: true });
    expect(registrantOf('person', 'military')).toMatchObject({ armedForces: true });
    expect(registrantOf('unit', 'police')).toMatchObject({ armedForces: true });
  });

  it('treats a person without a unit as a civilian', () => {
    expect(registrantOf('person', null)).toEqual({ kind: 'individual', armedForces: false });
  });
});

describe('registrationRulesDate', () => {
  it('takes the rules of the year’s last day, when its titles are conferred', () => {
    expect(registrationRulesDate(2026)).toBe('2026-12-31');
  });

  it('uses the rule book’s first day for a year before it', () => {
    expect(registrationRulesDate(2010)).toBe('2017-10-01');
  });
});

describe('titlesRegistrableFor (Luật Thi đua, khen thưởng 2022, Điều 24, 26–27)', () => {
  it('offers a civilian cadre «Lao động tiên tiến» first, named as the rules name it', () => {
    const titles = titlesRegistrableFor(2026, 'person', 'administrative_body');
    expect(titles[0]).toEqual({ id: 'lao_dong_tien_tien', label: 'Lao động tiên tiến' });
    expect(titles.map((t) => t.id)).toContain('chien_si_thi_dua_co_so');
    expect(titles.map((t) => t.id)).not.toContain('chien_si_tien_tien');
  });

  it('offers a police officer «Chiến sĩ tiên tiến» instead of «Lao động tiên tiến»', () => {
    const titles = ids(2026, 'person', 'police');
    expect(titles).toContain('chien_si_tien_tien');
    expect(titles).not.toContain('lao_dong_tien_tien');
  });

  it('offers a unit the collective titles of units only', () => {
    const titles = titlesRegistrableFor(2026, 'unit', 'mass_organisation');
    expect(titles.map((t) => t.id)).toEqual(
      expect.arrayContaining(['tap_the_lao_dong_tien_tien', 'tap_the_lao_dong_xuat_sac']),
    );
    expect(titles.find((t) => t.id === 'tap_the_lao_dong_tien_tien')?.label).toBe(
      'Tập thể lao động tiên tiến',
    );
    expect(titles.map((t) => t.id)).not.toContain('lao_dong_tien_tien');
    expect(titles.map((t) => t.id)).not.toContain('thon_to_dan_pho_van_hoa');
    expect(titles.map((t) => t.id)).not.toContain('xa_phuong_tieu_bieu');
  });

  it('answers for a year before the rule book with its first rules', () => {
    expect(ids(2010, 'person', null)).toContain('lao_dong_tien_tien');
  });
});
