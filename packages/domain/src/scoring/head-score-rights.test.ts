import { describe, expect, it } from 'vitest';
import type { Role } from '../roles';
import {
  canHeadScoreMonth,
  headScoreRefusal,
  headScoreRightOf,
  needsCorrectionReason,
  type HeadScoreSubject,
  type ScoringUser,
} from './head-score-rights';

const user = (role: Role, links: Partial<ScoringUser> = {}): ScoringUser => ({
  id: `account-${role}`,
  role,
  unitId: null,
  personId: null,
  ...links,
});
const officer = user('commune_officer', { personId: 'officer-person' });
const head = user('unit_head', { unitId: 'unit-1', personId: 'head-person' });
const chair = user('chair', { personId: 'chair-person' });
const viceChair = user('council_member', { id: 'vice-chair-account', personId: 'vice-person' });
const cadre: HeadScoreSubject = { personId: 'cadre', unitId: 'unit-1', scoredByChair: false };
const leader = (personId: string, unitId = 'unit-1'): HeadScoreSubject => ({
  personId,
  unitId,
  scoredByChair: true,
});
const noDeputy = { headScorerUserId: null };
const deputy = { headScorerUserId: 'vice-chair-account' };

describe('headScoreRightOf', () => {
  it('gives a cadre’s head’s score to the head of their unit only', () => {
    expect(headScoreRightOf(head, cadre, noDeputy)).toBe('head');
    expect(headScoreRightOf(head, { ...cadre, unitId: 'unit-2' }, noDeputy)).toBeNull();
    expect(headScoreRightOf(chair, cadre, deputy)).toBeNull();
    expect(headScoreRightOf(viceChair, cadre, deputy)).toBeNull();
  });

  it('gives the leaders’ head’s score to the chair, or the account the commune names', () => {
    expect(headScoreRightOf(chair, leader('head-person'), noDeputy)).toBe('head');
    expect(headScoreRightOf(chair, leader('officer-person'), noDeputy)).toBe('head');
    expect(headScoreRightOf(head, leader('officer-person'), noDeputy)).toBeNull();
    expect(headScoreRightOf(viceChair, leader('head-person'), noDeputy)).toBeNull();
    expect(headScoreRightOf(viceChair, leader('head-person'), deputy)).toBe('head');
    expect(headScoreRightOf(viceChair, leader('chair-person'), deputy)).toBe('head');
  });

  it('gives nobody their own month, whatever their role or naming', () => {
    expect(headScoreRightOf(officer, leader('officer-person'), noDeputy)).toBeNull();
    expect(headScoreRightOf(head, leader('head-person'), noDeputy)).toBeNull();
    expect(headScoreRightOf(chair, leader('chair-person'), noDeputy)).toBeNull();
    expect(headScoreRightOf(viceChair, leader('vice-person'), deputy)).toBeNull();
  });

  it('leaves the officer and the province a correction of anyone else’s score', () => {
    expect(headScoreRightOf(officer, cadre, noDeputy)).toBe('correction');
    expect(headScoreRightOf(officer, leader('head-person'), noDeputy)).toBe('correction');
    expect(headScoreRightOf(user('province_admin'), cadre, noDeputy)).toBe('correction');
    expect(headScoreRightOf(user('member', { personId: 'cadre' }), cadre, noDeputy)).toBeNull();
  });
});

describe('canHeadScoreMonth and the refusals', () => {
  const scored = { headScore: 88 };
  const empty = { headScore: null };

  it('lets the head score any month, and the officer correct only a month already scored', () => {
    expect(canHeadScoreMonth('head', empty)).toBe(true);
    expect(canHeadScoreMonth('correction', scored)).toBe(true);
    expect(canHeadScoreMonth('correction', empty)).toBe(false);
    expect(canHeadScoreMonth(null, scored)).toBe(false);
    expect(needsCorrectionReason('correction')).toBe(true);
    expect(needsCorrectionReason('head')).toBe(false);
  });

  it('names why: one’s own month, or an officer giving a first score', () => {
    const own = leader('officer-person');
    expect(headScoreRefusal(officer, own, headScoreRightOf(officer, own, noDeputy), scored)).toBe(
      'SCORE_HEAD_OWN_MONTH',
    );
    expect(headScoreRefusal(officer, cadre, 'correction', empty)).toBe('SCORE_HEAD_NOT_YOURS');
    expect(headScoreRefusal(officer, cadre, 'correction', scored)).toBeNull();
    expect(headScoreRefusal(chair, cadre, null, empty)).toBeNull();
  });
});
