import { useQuery } from '@tanstack/react-query';
import * as z from 'zod';
import {
  AchievementViewSchema,
  ExemplarViewSchema,
  InitiativeViewSchema,
  SubjectAchievementsSchema,
  type AchievementInput,
  type AchievementView,
  type ExemplarView,
  type InitiativeView,
  type ExemplarAdvance,
  type ExemplarInput,
  type InitiativeInput,
  type InitiativeRecognition,
} from '@thidua/domain';
import { apiGet, apiPost, apiPut, type QueryParams } from './client';
import { useApiMutation } from './use-api-mutation';
import { usePagedQuery } from './paged';
import { yearKeys, yearPath } from './year-hooks';

export type HonourKind = 'achievements' | 'initiatives' | 'exemplars';

/** A person's or unit's record across the years: under the commune's year key, so any change refreshes it. */
const subjectKey = (communeId: string, subject: 'people' | 'units', id: string) => [
  'years',
  communeId,
  'subject-achievements',
  subject,
  id,
];

const listPath = (communeId: string, yearId: string, kind: HonourKind) =>
  `${yearPath(communeId, yearId)}/${kind}`;

/** A row of the year's list of each kind. */
interface HonourViews {
  achievements: AchievementView;
  initiatives: InitiativeView;
  exemplars: ExemplarView;
}
export type HonourView<K extends HonourKind> = HonourViews[K];

/** Each list's row schema, as its route declares it (a mapped type, so a generic kind picks its own). */
const HONOUR_VIEWS: { [K in HonourKind]: z.ZodType<HonourViews[K]> } = {
  achievements: AchievementViewSchema,
  initiatives: InitiativeViewSchema,
  exemplars: ExemplarViewSchema,
};

/** One page of a year's achievements, initiatives or exemplars, with the list's filters. */
export function useHonourList<K extends HonourKind>(
  communeId: string,
  yearId: string,
  kind: K,
  filters: QueryParams,
) {
  return usePagedQuery(
    yearKeys.records(communeId, yearId, kind),
    listPath(communeId, yearId, kind),
    HONOUR_VIEWS[kind],
    {
      filters,
    },
  );
}

/** After any write: the year's lists of that kind, the per-person and per-unit records, the audit log. */
function useHonourMutation<TInput, TResult>(
  communeId: string,
  yearId: string,
  kind: HonourKind,
  mutationFn: (input: TInput) => Promise<TResult>,
) {
  return useApiMutation(mutationFn, [
    yearKeys.records(communeId, yearId, kind),
    ['years', communeId, 'subject-achievements'],
    ['audit'],
  ]);
}

/** Creates a record (no id) or rewrites one (with its id); the answer is the record as `view` reads it. */
function useSaveHonour<TInput, S extends z.ZodType>(
  communeId: string,
  yearId: string,
  kind: HonourKind,
  view: S,
) {
  const path = listPath(communeId, yearId, kind);
  return useHonourMutation(communeId, yearId, kind, ({ id, input }: { id?: string; input: TInput }) =>
    id ? apiPut(`${path}/${id}`, view, input) : apiPost(path, view, input),
  );
}

export const useSaveAchievement = (communeId: string, yearId: string) =>
  useSaveHonour<AchievementInput, typeof AchievementViewSchema>(
    communeId,
    yearId,
    'achievements',
    AchievementViewSchema,
  );

export const useSaveInitiative = (communeId: string, yearId: string) =>
  useSaveHonour<InitiativeInput, typeof InitiativeViewSchema>(
    communeId,
    yearId,
    'initiatives',
    InitiativeViewSchema,
  );

export const useSaveExemplar = (communeId: string, yearId: string) =>
  useSaveHonour<ExemplarInput, typeof ExemplarViewSchema>(communeId, yearId, 'exemplars', ExemplarViewSchema);

/** Records the council's recognition of an initiative, or withdraws it (all three parts empty). */
export function useRecogniseInitiative(communeId: string, yearId: string) {
  const path = listPath(communeId, yearId, 'initiatives');
  return useHonourMutation(
    communeId,
    yearId,
    'initiatives',
    ({ id, recognition }: { id: string; recognition: InitiativeRecognition }) =>
      apiPut(`${path}/${id}/recognition`, InitiativeViewSchema, recognition),
  );
}

/** «Chuyển giai đoạn» of an exemplar, or (without a stage) undoing its last step. */
export function useMoveExemplar(communeId: string, yearId: string) {
  const path = listPath(communeId, yearId, 'exemplars');
  return useHonourMutation(
    communeId,
    yearId,
    'exemplars',
    ({ id, advance }: { id: string; advance: ExemplarAdvance | null }) =>
      advance
        ? apiPost(`${path}/${id}/advance`, ExemplarViewSchema, advance)
        : apiPost(`${path}/${id}/undo`, ExemplarViewSchema),
  );
}

export function usePersonAchievements(communeId: string, personId: string) {
  return useQuery({
    queryKey: subjectKey(communeId, 'people', personId),
    queryFn: () =>
      apiGet(`/api/communes/${communeId}/people/${personId}/achievements`, SubjectAchievementsSchema),
  });
}

export function useUnitAchievements(communeId: string, unitId: string) {
  return useQuery({
    queryKey: subjectKey(communeId, 'units', unitId),
    queryFn: () =>
      apiGet(`/api/communes/${communeId}/units/${unitId}/achievements`, SubjectAchievementsSchema),
  });
}
