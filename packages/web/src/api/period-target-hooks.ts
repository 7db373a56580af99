import { useQuery } from '@tanstack/react-query';
import * as z from 'zod';
import { PeriodTargetViewSchema, type PeriodTargetInput } from '@thidua/domain';
import { apiDelete, apiGet, apiPost, apiPut } from './client';
import { useYearMutation, yearKeys } from './year-hooks';

/** Under the years' key: entering a year's actual changes the targets' progress. */
export const periodTargetKeys = {
  list: (communeId: string) => [...yearKeys.all(communeId), 'period-targets'],
};

const periodTargetsPath = (communeId: string) => `/api/communes/${communeId}/period-targets`;

/** The commune's five-year targets, each with its yearly indicators and progress. */
export function usePeriodTargets(communeId: string) {
  return useQuery({
    queryKey: periodTargetKeys.list(communeId),
    queryFn: () => apiGet(periodTargetsPath(communeId), z.array(PeriodTargetViewSchema)),
  });
}

/** Adds a target (no id) or replaces one's fields (with its id). */
export const useSavePeriodTarget = (communeId: string) =>
  useYearMutation(communeId, ({ id, input }: { id?: string; input: PeriodTargetInput }) =>
    id
      ? apiPut(`${periodTargetsPath(communeId)}/${id}`, PeriodTargetViewSchema, input)
      : apiPost(periodTargetsPath(communeId), PeriodTargetViewSchema, input),
  );

export const useDeletePeriodTarget = (communeId: string) =>
  useYearMutation(communeId, (id: string) => apiDelete(`${periodTargetsPath(communeId)}/${id}`, z.null()));
