import type { RowOf, VoteShareRule } from './rule-row';
import { cite, DOC, PERIODS, versions } from './sources';

const TWO_THIRDS_OF_MEMBERS: VoteShareRule = {
  base: 'members',
  comparison: 'at_least',
  share: { num: 2, den: 3 },
};

const ofMembers = (comparison: VoteShareRule['comparison'], num: number): VoteShareRule => ({
  base: 'members',
  comparison,
  share: { num, den: 100 },
});

/**
 * legal-rules.md §6: the council's quorum and thresholds, counted on all members of the council
 * (absent members vote in writing). Rows list their awards; the row without awards is the default.
 */
export const VOTE_ROWS: RowOf<'vote'>[] = [
  ...versions<'vote'>(
    'vote.council_default',
    { table: 'vote', awards: null, quorum: TWO_THIRDS_OF_MEMBERS, threshold: ofMembers('more_than', 50) },
    { period: PERIODS.R2003, source: cite(DOC.ND_91_2017, 'Điều 45'), certainty: 'province_default' },
    { period: PERIODS.LAW_2022, source: cite(DOC.ND_98_2023, 'Điều 47'), certainty: 'province_default' },
  ),
  ...versions<'vote'>(
    'vote.chien_si_thi_dua_co_so',
    {
      table: 'vote',
      awards: ['chien_si_thi_dua_co_so'],
      quorum: TWO_THIRDS_OF_MEMBERS,
      threshold: ofMembers('at_least', 70),
    },
    { period: PERIODS.R2003, source: cite(DOC.ND_91_2017, 'Điều 45'), certainty: 'province_default' },
    { period: PERIODS.LAW_2022, source: cite(DOC.ND_98_2023, 'Điều 47'), certainty: 'province_default' },
  ),
  ...versions<'vote'>(
    'vote.higher_titles',
    {
      table: 'vote',
      awards: [
        'chien_si_thi_dua_cap_tinh',
        'chien_si_thi_dua_toan_quoc',
        'tap_the_lao_dong_xuat_sac',
        'co_thi_dua_cap_tinh',
        'co_thi_dua_chinh_phu',
        'xa_phuong_tieu_bieu',
      ],
      quorum: TWO_THIRDS_OF_MEMBERS,
      threshold: ofMembers('at_least', 90),
    },
    { period: PERIODS.R2003, source: cite(DOC.ND_91_2017, 'Điều 45', 'khoản 8'), certainty: 'verified' },
    {
      period: PERIODS.LAW_2022,
      source: cite(DOC.ND_98_2023, 'Điều 47'),
      certainty: 'unconfirmed',
      note: 'legal-rules.md cites only Nghị định 91/2017 for 90 %; kept under Luật 2022 until confirmed.',
    },
  ),
  ...versions<'vote'>(
    'vote.gia_dinh_van_hoa',
    {
      table: 'vote',
      awards: ['gia_dinh_van_hoa'],
      quorum: { base: 'called', comparison: 'at_least', share: { num: 60, den: 100 } },
      threshold: { base: 'attendees', comparison: 'at_least', share: { num: 60, den: 100 } },
    },
    { period: PERIODS.CULTURAL_OLD, source: cite(DOC.ND_122_2018, 'Điều 9'), certainty: 'verified' },
    {
      period: PERIODS.CULTURAL_NEW,
      source: cite(DOC.ND_86_2023, 'Điều 6'),
      certainty: 'unconfirmed',
      note: 'Nghị định 86/2023 sets no figure: a province setting, default 50 % of attendees and no quorum.',
      values: {
        quorum: null,
        threshold: { base: 'attendees', comparison: 'at_least', share: { num: 50, den: 100 } },
      },
    },
  ),
];
