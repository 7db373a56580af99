import { describe, expect, it } from 'vitest';
import type { Role, ScopedUser } from '../roles';
import {
  canConfirmGrades,
  canChangeSelfScoreAfterHead,
  canEditScoringSettings,
  canManageDisciplines,
  canReadAllDisciplines,
  canReadAllScores,
  canSelfScore,
  scoreReadScope,
} from './scoring-access';

const user = (role: Role, links: Partial<ScopedUser> = {}): ScopedUser => ({
  role,
  unitId: null,
  personId: null,
  ...links,
});
const head = user('unit_head', { unitId: 'unit-1', personId: 'head-person' });
const colleague = { personId: 'colleague', unitId: 'unit-1' };

describe('canReadAllScores', () => {
  it.each([
    ['province_admin', true],
    ['commune_officer', true],
    ['chair', true],
    ['council_member', true],
    ['unit_head', false],
    ['group_leader', false],
    ['member', false],
  ] as const)('%s → %s', (role, expected) => {
    expect(canReadAllScores(role)).toBe(expected);
    expect(canReadAllDisciplines(role)).toBe(expected);
  });
});

describe('scoreReadScope', () => {
  it('reaches the whole commune for the readers, the unit for its head, the own record for a cadre', () => {
    expect(scoreReadScope(user('chair'))).toEqual({ kind: 'commune' });
    expect(scoreReadScope(head)).toEqual({ kind: 'unit', unitId: 'unit-1', personId: 'head-person' });
    expect(scoreReadScope(user('member', { personId: 'me' }))).toEqual({ kind: 'self', personId: 'me' });
    expect(scoreReadScope(user('group_leader'))).toEqual({ kind: 'none' });
  });
});

describe('canSelfScore', () => {
  it('lets a cadre score their own month, and the officer enter it for them', () => {
    expect(canSelfScore(user('member', { personId: 'me' }), { personId: 'me' })).toBe(true);
    expect(canSelfScore(head, { personId: 'head-person' })).toBe(true);
    expect(canSelfScore(user('commune_officer'), colleague)).toBe(true);
  });

  it('refuses anyone else’s self-score, even to their unit head or the chair', () => {
    expect(canSelfScore(user('member', { personId: 'me' }), colleague)).toBe(false);
    expect(canSelfScore(head, colleague)).toBe(false);
    expect(canSelfScore(user('chair'), colleague)).toBe(false);
  });
});

describe('canChangeSelfScoreAfterHead', () => {
  it('leaves a self-score the head has seen to the officer and the province only', () => {
    expect(canChangeSelfScoreAfterHead(user('commune_officer'))).toBe(true);
    expect(canChangeSelfScoreAfterHead(user('province_admin'))).toBe(true);
    expect(canChangeSelfScoreAfterHead(head)).toBe(false);
    expect(canChangeSelfScoreAfterHead(user('member', { personId: 'me' }))).toBe(false);
  });
});

describe('grades and discipline are kept by the officer', () => {
  it.each(['province_admin', 'commune_officer'] as const)('%s may', (role) => {
    expect(canConfirmGrades(role)).toBe(true);
    expect(canManageDisciplines(role)).toBe(true);
    expect(canEditScoringSettings(role)).toBe(true);
  });
  it.each(['chair', 'council_member', 'unit_head', 'member'] as const)('%s may not', (role) => {
    expect(canConfirmGrades(role)).toBe(false);
    expect(canManageDisciplines(role)).toBe(false);
    expect(canEditScoringSettings(role)).toBe(false);
  });
});
