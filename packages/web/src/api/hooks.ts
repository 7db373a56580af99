import { useQuery } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost } from './client';
import { useApiMutation } from './use-api-mutation';
import type {
  AdminUnit,
  AdminUnitDetail,
  AdminUnitOverview,
  AdminUnitUpdateInput,
  AuditEntry,
  CommuneCreateInput,
  Page,
  SetupInput,
  UserCreateInput,
  UserSummary,
  UserUpdateInput,
} from './types';

/** Query keys by resource; a mutation invalidates every query under the resources it touches. */
export const queryKeys = {
  session: ['session'],
  setup: ['setup'],
  overview: (unitId: string) => ['overview', unitId],
  adminUnit: (unitId: string) => ['admin-unit', unitId],
  communes: ['communes'],
  users: ['users'],
  audit: (unitId: string) => ['audit', unitId],
} as const;

const ALL_OVERVIEWS = ['overview'];
const ALL_ADMIN_UNITS = ['admin-unit'];
const ALL_AUDIT = ['audit'];

export function useSetupStatus() {
  return useQuery({
    queryKey: queryKeys.setup,
    queryFn: () => apiGet<{ needsSetup: boolean }>('/api/setup'),
  });
}

export function useOverview(unitId: string) {
  return useQuery({
    queryKey: queryKeys.overview(unitId),
    queryFn: () => apiGet<AdminUnitOverview>(`/api/admin-units/${unitId}/overview`),
  });
}

export function useAdminUnit(unitId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.adminUnit(unitId),
    queryFn: () => apiGet<AdminUnitDetail>(`/api/admin-units/${unitId}`),
    enabled,
  });
}

export function useRecentAudit(unitId: string, pageSize = 5) {
  const params = { page: 1, pageSize };
  return useQuery({
    queryKey: [...queryKeys.audit(unitId), params],
    queryFn: () => apiGet<Page<AuditEntry>>(`/api/admin-units/${unitId}/audit`, params),
  });
}

/** Communes matching a search, for pickers (one page of up to 100). */
export function useCommuneOptions(q: string, enabled = true) {
  const params = { page: 1, pageSize: 100, q };
  return useQuery({
    queryKey: [...queryKeys.communes, 'options', params],
    queryFn: () => apiGet<Page<AdminUnit>>('/api/communes', params),
    enabled,
  });
}

export function useSetup() {
  return useApiMutation((input: SetupInput) => apiPost<{ ok: true }>('/api/setup', input), [queryKeys.setup]);
}

export function useCreateCommune() {
  return useApiMutation(
    (input: CommuneCreateInput) => apiPost<AdminUnitDetail>('/api/communes', input),
    [queryKeys.communes, ALL_OVERVIEWS, ALL_AUDIT],
  );
}

export function useUpdateAdminUnit(unitId: string) {
  return useApiMutation(
    (input: AdminUnitUpdateInput) => apiPatch<AdminUnitDetail>(`/api/admin-units/${unitId}`, input),
    [queryKeys.communes, ALL_ADMIN_UNITS, ALL_OVERVIEWS, ALL_AUDIT],
  );
}

const USER_DEPENDENTS = [queryKeys.users, ALL_OVERVIEWS, ALL_AUDIT];

export function useCreateUser() {
  return useApiMutation(
    (input: UserCreateInput) => apiPost<UserSummary>('/api/users', input),
    USER_DEPENDENTS,
  );
}

export function useUpdateUser() {
  return useApiMutation(
    ({ id, changes }: { id: string; changes: UserUpdateInput }) =>
      apiPatch<UserSummary>(`/api/users/${id}`, changes),
    USER_DEPENDENTS,
  );
}

export function useSetUserDisabled() {
  return useApiMutation(
    ({ id, disabled }: { id: string; disabled: boolean }) =>
      apiPost<UserSummary>(`/api/users/${id}/${disabled ? 'disable' : 'enable'}`),
    USER_DEPENDENTS,
  );
}
