import { useQuery } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost } from './client';
import { useApiMutation } from './use-api-mutation';
import {
  AdminUnitDetailSchema,
  AdminUnitOverviewSchema,
  AdminUnitSummarySchema,
  AuditEntrySchema,
  pageSchemaOf,
  SetupResultSchema,
  SetupStatusSchema,
  UserSummarySchema,
} from '@thidua/domain';
import type {
  AdminUnitUpdateInput,
  CommuneCreateInput,
  SetupInput,
  UserCreateInput,
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
    queryFn: () => apiGet('/api/setup', SetupStatusSchema),
  });
}

export function useOverview(unitId: string) {
  return useQuery({
    queryKey: queryKeys.overview(unitId),
    queryFn: () => apiGet(`/api/admin-units/${unitId}/overview`, AdminUnitOverviewSchema),
  });
}

export function useAdminUnit(unitId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.adminUnit(unitId),
    queryFn: () => apiGet(`/api/admin-units/${unitId}`, AdminUnitDetailSchema),
    enabled,
  });
}

export function useRecentAudit(unitId: string, pageSize = 5) {
  const params = { page: 1, pageSize };
  return useQuery({
    queryKey: [...queryKeys.audit(unitId), params],
    queryFn: () => apiGet(`/api/admin-units/${unitId}/audit`, pageSchemaOf(AuditEntrySchema), params),
  });
}

/** Communes matching a search, for pickers (one page of up to 100). */
export function useCommuneOptions(q: string, enabled = true) {
  const params = { page: 1, pageSize: 100, q };
  return useQuery({
    queryKey: [...queryKeys.communes, 'options', params],
    queryFn: () => apiGet('/api/communes', pageSchemaOf(AdminUnitSummarySchema), params),
    enabled,
  });
}

export function useSetup() {
  return useApiMutation(
    (input: SetupInput) => apiPost('/api/setup', SetupResultSchema, input),
    [queryKeys.setup],
  );
}

export function useCreateCommune() {
  return useApiMutation(
    (input: CommuneCreateInput) => apiPost('/api/communes', AdminUnitDetailSchema, input),
    [queryKeys.communes, ALL_OVERVIEWS, ALL_AUDIT],
  );
}

export function useUpdateAdminUnit(unitId: string) {
  return useApiMutation(
    (input: AdminUnitUpdateInput) => apiPatch(`/api/admin-units/${unitId}`, AdminUnitDetailSchema, input),
    [queryKeys.communes, ALL_ADMIN_UNITS, ALL_OVERVIEWS, ALL_AUDIT],
  );
}

const USER_DEPENDENTS = [queryKeys.users, ALL_OVERVIEWS, ALL_AUDIT];

export function useCreateUser() {
  return useApiMutation(
    (input: UserCreateInput) => apiPost('/api/users', UserSummarySchema, input),
    USER_DEPENDENTS,
  );
}

export function useUpdateUser() {
  return useApiMutation(
    ({ id, changes }: { id: string; changes: UserUpdateInput }) =>
      apiPatch(`/api/users/${id}`, UserSummarySchema, changes),
    USER_DEPENDENTS,
  );
}

export function useSetUserDisabled() {
  return useApiMutation(
    ({ id, disabled }: { id: string; disabled: boolean }) =>
      apiPost(`/api/users/${id}/${disabled ? 'disable' : 'enable'}`, UserSummarySchema),
    USER_DEPENDENTS,
  );
}
