import { useQuery } from '@tanstack/react-query';
import * as z from 'zod';
import {
  EmulationYearDetailSchema,
  EmulationYearSummarySchema,
  type EmulationYearInput,
  type EmulationYearUpdate,
  type IndicatorInput,
} from '@thidua/domain';
import { apiDelete, apiGet, apiPatch, apiPost, apiPut } from './client';
import { useApiMutation } from './use-api-mutation';

/**
 * Every query about a commune's emulation years and their records sits under one key, so a change
 * anywhere in a year (a registration, a score) refreshes what depends on it.
 */
export const yearKeys = {
  all: (communeId: string) => ['years', communeId],
  list: (communeId: string) => ['years', communeId, 'list'],
  detail: (communeId: string, yearId: string) => ['years', communeId, yearId],
  /** The records of one kind in a year: `['years', communeId, yearId, kind, …params]`. */
  records: (communeId: string, yearId: string, kind: string, ...params: unknown[]) => [
    'years',
    communeId,
    yearId,
    kind,
    ...params,
  ],
};

export const yearsPath = (communeId: string) => `/api/communes/${communeId}/years`;
export const yearPath = (communeId: string, yearId: string) => `${yearsPath(communeId)}/${yearId}`;

export function useEmulationYears(communeId: string) {
  return useQuery({
    queryKey: yearKeys.list(communeId),
    queryFn: () => apiGet(yearsPath(communeId), z.array(EmulationYearSummarySchema)),
  });
}

export function useEmulationYear(communeId: string, yearId: string) {
  return useQuery({
    queryKey: yearKeys.detail(communeId, yearId),
    queryFn: () => apiGet(yearPath(communeId, yearId), EmulationYearDetailSchema),
  });
}

/**
 * A change to a commune's years or their records: afterwards every query about its years (lists,
 * details, records, five-year targets) and the audit log are fetched again.
 */
export function useYearMutation<TInput, TResult>(
  communeId: string,
  mutationFn: (input: TInput) => Promise<TResult>,
) {
  return useApiMutation(mutationFn, [yearKeys.all(communeId), ['audit']]);
}

export const useOpenYear = (communeId: string) =>
  useYearMutation(communeId, (input: EmulationYearInput) =>
    apiPost(yearsPath(communeId), EmulationYearDetailSchema, input),
  );

/** Changes the theme, the registration deadline or the stage. */
export const useUpdateYear = (communeId: string, yearId: string) =>
  useYearMutation(communeId, (update: EmulationYearUpdate) =>
    apiPatch(yearPath(communeId, yearId), EmulationYearDetailSchema, update),
  );

const indicatorsPath = (communeId: string, yearId: string) => `${yearPath(communeId, yearId)}/indicators`;

/** Adds an indicator (no id) or replaces one's fields, its actual included (with its id). */
export const useSaveIndicator = (communeId: string, yearId: string) =>
  useYearMutation(communeId, ({ id, input }: { id?: string; input: IndicatorInput }) =>
    id
      ? apiPut(`${indicatorsPath(communeId, yearId)}/${id}`, EmulationYearDetailSchema, input)
      : apiPost(indicatorsPath(communeId, yearId), EmulationYearDetailSchema, input),
  );

export const useDeleteIndicator = (communeId: string, yearId: string) =>
  useYearMutation(communeId, (id: string) =>
    apiDelete(`${indicatorsPath(communeId, yearId)}/${id}`, EmulationYearDetailSchema),
  );

/** Lists the year's indicators in the given order (every one of them). */
export const useReorderIndicators = (communeId: string, yearId: string) =>
  useYearMutation(communeId, (ids: string[]) =>
    apiPut(`${yearPath(communeId, yearId)}/indicator-order`, EmulationYearDetailSchema, { ids }),
  );
