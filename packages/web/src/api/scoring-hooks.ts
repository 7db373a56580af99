import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod';
import {
  ConfirmedCountSchema,
  DisciplineViewSchema,
  PersonScoresSchema,
  ScoreTableSchema,
  ScoringSettingsViewSchema,
  YearGradeRowSchema,
  YearGradesSchema,
  type DisciplineInput,
  type MonthlyScoreInput,
  type ScoringSettingsInput,
  type YearGradeInput,
} from '@thidua/domain';
import { pageSchemaOf, UserSummarySchema } from '@thidua/domain';
import { apiGet, apiPost, apiPut } from './client';
import { useApiMutation } from './use-api-mutation';
import { yearKeys, yearPath } from './year-hooks';

const communePath = (communeId: string) => `/api/communes/${communeId}`;

/** Scores and grades are records of a year; the sheet and discipline records belong to the commune. */
export const scoringKeys = {
  sheet: (communeId: string) => ['scoring-sheet', communeId],
  scores: (communeId: string, yearId: string, ...params: unknown[]) =>
    yearKeys.records(communeId, yearId, 'scores', ...params),
  grades: (communeId: string, yearId: string) => yearKeys.records(communeId, yearId, 'grades'),
  disciplines: (communeId: string, ...params: unknown[]) => ['disciplines', communeId, ...params],
};

/** A score changes the month table, the person's months and the grade proposals; the audit log too. */
function useScoreMutation<TInput, TResult>(
  communeId: string,
  yearId: string,
  mutationFn: (input: TInput) => Promise<TResult>,
) {
  return useApiMutation(mutationFn, [
    scoringKeys.scores(communeId, yearId),
    scoringKeys.grades(communeId, yearId),
    ['audit'],
  ]);
}

export function useScoringSheet(communeId: string) {
  return useQuery({
    queryKey: scoringKeys.sheet(communeId),
    queryFn: () => apiGet(`${communePath(communeId)}/scoring-sheet`, ScoringSettingsViewSchema),
  });
}

/** The commune's active accounts, from which the officer names who scores the leaders besides the chair. */
export function useCommuneAccounts(communeId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'of-commune', communeId],
    queryFn: () =>
      apiGet('/api/users', pageSchemaOf(UserSummarySchema), { adminUnitId: communeId, pageSize: 100 }),
    select: (page) => page.items.filter((account) => !account.isDisabled),
    enabled,
  });
}

export function useSaveScoringSheet(communeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ScoringSettingsInput) =>
      apiPut(`${communePath(communeId)}/scoring-sheet`, ScoringSettingsViewSchema, settings),
    onSuccess: (sheet) => {
      queryClient.setQueryData(scoringKeys.sheet(communeId), sheet);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: yearKeys.all(communeId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

export function useScoreTable(communeId: string, yearId: string, unitId: string | null) {
  return useQuery({
    queryKey: scoringKeys.scores(communeId, yearId, 'table', unitId),
    queryFn: () =>
      apiGet(`${yearPath(communeId, yearId)}/scores`, ScoreTableSchema, { unitId: unitId ?? undefined }),
  });
}

export function usePersonScores(communeId: string, yearId: string | null, personId: string) {
  return useQuery({
    queryKey: scoringKeys.scores(communeId, yearId ?? '', 'person', personId),
    queryFn: () => apiGet(`${yearPath(communeId, yearId!)}/scores/${personId}`, PersonScoresSchema),
    enabled: yearId !== null,
  });
}

export type ScoreSide = 'self' | 'head';

export function useSaveMonthScore(communeId: string, yearId: string) {
  return useScoreMutation(
    communeId,
    yearId,
    ({
      personId,
      month,
      side,
      input,
    }: {
      personId: string;
      month: number;
      side: ScoreSide;
      input: MonthlyScoreInput;
    }) =>
      apiPut(`${yearPath(communeId, yearId)}/scores/${personId}/${month}/${side}`, PersonScoresSchema, input),
  );
}

export function useYearGrades(communeId: string, yearId: string) {
  return useQuery({
    queryKey: scoringKeys.grades(communeId, yearId),
    queryFn: () => apiGet(`${yearPath(communeId, yearId)}/grades`, YearGradesSchema),
  });
}

export function useConfirmGrade(communeId: string, yearId: string) {
  return useScoreMutation(
    communeId,
    yearId,
    ({ personId, input }: { personId: string; input: YearGradeInput }) =>
      apiPut(`${yearPath(communeId, yearId)}/grades/${personId}`, YearGradeRowSchema, input),
  );
}

export function useConfirmProposedGrades(communeId: string, yearId: string) {
  return useScoreMutation(communeId, yearId, (_: void) =>
    apiPost(`${yearPath(communeId, yearId)}/grades/confirm-proposed`, ConfirmedCountSchema),
  );
}

export function useDisciplines(communeId: string, query: { year?: number; personId?: string } = {}) {
  return useQuery({
    queryKey: scoringKeys.disciplines(communeId, query),
    queryFn: () => apiGet(`${communePath(communeId)}/disciplines`, z.array(DisciplineViewSchema), query),
  });
}

/** Creates a discipline record (no id) or corrects one; the year grades' discipline flags follow. */
export function useSaveDiscipline(communeId: string) {
  return useApiMutation(
    ({ id, input }: { id?: string; input: DisciplineInput }) =>
      id
        ? apiPut(`${communePath(communeId)}/disciplines/${id}`, DisciplineViewSchema, input)
        : apiPost(`${communePath(communeId)}/disciplines`, DisciplineViewSchema, input),
    [scoringKeys.disciplines(communeId), yearKeys.all(communeId), ['audit']],
  );
}
