import { byRegime, type RuleDeclaration } from './by-regime';
import type { VoteShareRule } from './rule-row';
import { cite, CULTURAL_DECREE_START, DOC } from './sources';

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
export const VOTE_RULES: RuleDeclaration[] = [
  byRegime<'vote'>(
    'vote.council_default',
    { table: 'vote', awards: null, quorum: TWO_THIRDS_OF_MEMBERS, threshold: ofMembers('more_than', 50) },
    {
      R2003: { source: cite(DOC.ND_91_2017, 'Điều 45'), certainty: 'province_default' },
      R2024: { source: cite(DOC.ND_98_2023, 'Điều 47'), certainty: 'province_default' },
    },
  ),
  byRegime<'vote'>(
    'vote.chien_si_thi_dua_co_so',
    {
      table: 'vote',
      awards: ['chien_si_thi_dua_co_so'],
      quorum: TWO_THIRDS_OF_MEMBERS,
      threshold: ofMembers('at_least', 70),
    },
    {
      R2003: { source: cite(DOC.ND_91_2017, 'Điều 45'), certainty: 'province_default' },
      R2024: { source: cite(DOC.ND_98_2023, 'Điều 47'), certainty: 'province_default' },
    },
  ),
  byRegime<'vote'>(
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
    {
      R2003: { source: cite(DOC.ND_91_2017, 'Điều 45', 'khoản 8'), certainty: 'verified' },
      // No national figure from 2024: a province setting, 90 % by default [P].
      R2024: {
        source: cite(DOC.ND_98_2023, 'Điều 47'),
        certainty: 'province_default',
        note: 'Nghị định 98/2023 Điều 47 gives only the quorum (of the central council); no national threshold from 2024, so 90 % is the default of a province setting.',
      },
    },
  ),
  byRegime<'vote'>(
    'vote.gia_dinh_van_hoa',
    {
      table: 'vote',
      awards: ['gia_dinh_van_hoa'],
      quorum: { base: 'called', comparison: 'at_least', share: { num: 60, den: 100 } },
      threshold: { base: 'attendees', comparison: 'at_least', share: { num: 60, den: 100 } },
    },
    {
      R2003: { source: cite(DOC.ND_122_2018, 'Điều 9'), certainty: 'verified' },
      R2024: {
        from: CULTURAL_DECREE_START,
        source: cite(DOC.ND_86_2023, 'toàn văn'),
        certainty: 'province_default',
        note: 'Nghị định 86/2023 sets no figure (its Điều 6 holds the standards, not a vote): a province setting, default 50 % of attendees and no quorum.',
        values: {
          quorum: null,
          threshold: { base: 'attendees', comparison: 'at_least', share: { num: 50, den: 100 } },
        },
      },
    },
  ),
];
