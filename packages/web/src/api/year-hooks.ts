import { useQuery } from '@tanstack/react-query';
import type { EmulationYearDetail, EmulationYearSummary } from '@thidua/domain';
import { apiGet } from './client';

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
    queryFn: () => apiGet<EmulationYearSummary[]>(yearsPath(communeId)),
  });
}

export function useEmulationYear(communeId: string, yearId: string) {
  return useQuery({
    queryKey: yearKeys.detail(communeId, yearId),
    queryFn: () => apiGet<EmulationYearDetail>(yearPath(communeId, yearId)),
  });
}
