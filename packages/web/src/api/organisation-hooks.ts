import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod';
import {
  HouseholdSummarySchema,
  ImportJobSchema,
  PersonSummarySchema,
  ResidentialGroupSummarySchema,
  SearchResultsSchema,
  UnitSummarySchema,
  pageSchemaOf,
  type HouseholdInput,
  type HouseholdSummary,
  type ImportJob,
  type ImportKind,
  type PersonInput,
  type PersonSummary,
  type ResidentialGroupInput,
  type ResidentialGroupSummary,
  type RetireInput,
  type UnitInput,
  type UnitSummary,
} from '@thidua/domain';
import { apiGet, apiPost, apiPostFile, apiPut } from './client';
import { useApiMutation } from './use-api-mutation';

/** The organisation records of a commune, by the path segment of their API. */
export interface OrganisationRecords {
  units: { input: UnitInput; summary: UnitSummary };
  'residential-groups': { input: ResidentialGroupInput; summary: ResidentialGroupSummary };
  people: { input: PersonInput; summary: PersonSummary };
  households: { input: HouseholdInput; summary: HouseholdSummary };
}
export type OrganisationResource = keyof OrganisationRecords;

/** What the routes of each record answer with (one record; lists are arrays or pages of them). */
export const summarySchemas: { [R in OrganisationResource]: z.ZodType<OrganisationRecords[R]['summary']> } = {
  units: UnitSummarySchema,
  'residential-groups': ResidentialGroupSummarySchema,
  people: PersonSummarySchema,
  households: HouseholdSummarySchema,
};
export type RecordStatusFilter = 'active' | 'retired' | 'all';

const communePath = (communeId: string) => `/api/communes/${communeId}`;
const resourcePath = (communeId: string, resource: OrganisationResource) =>
  `${communePath(communeId)}/${resource}`;

/**
 * Every organisation query of a commune sits under one key: any change (a new person changes a
 * unit's head count, a household a group's residents) refreshes them all, and the audit log.
 */
export const organisationKeys = {
  all: (communeId: string) => ['organisation', communeId],
  list: (communeId: string, resource: OrganisationResource) => ['organisation', communeId, resource],
  record: (communeId: string, resource: OrganisationResource, id: string) => [
    'organisation',
    communeId,
    resource,
    'record',
    id,
  ],
  search: (communeId: string, q: string) => ['organisation', communeId, 'search', q],
};

function invalidateOrganisation(queryClient: QueryClient, communeId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: organisationKeys.all(communeId) }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}

export function resourceListPath(communeId: string, resource: OrganisationResource): string {
  return resourcePath(communeId, resource);
}

/** Units or residential groups: tens per commune, so one unpaged list. */
export function useSmallRecordList<R extends 'units' | 'residential-groups'>(
  resource: R,
  communeId: string,
  status: RecordStatusFilter,
) {
  return useQuery({
    queryKey: [...organisationKeys.list(communeId, resource), { status }],
    queryFn: () => apiGet(resourcePath(communeId, resource), z.array(summarySchemas[resource]), { status }),
  });
}

export const useUnits = (communeId: string, status: RecordStatusFilter = 'active') =>
  useSmallRecordList('units', communeId, status);

export const useResidentialGroups = (communeId: string, status: RecordStatusFilter = 'active') =>
  useSmallRecordList('residential-groups', communeId, status);

/** How many active people or households the commune has (one row fetched, only the total read). */
export function useRecordTotal(communeId: string, resource: 'people' | 'households') {
  return useQuery({
    queryKey: [...organisationKeys.list(communeId, resource), 'total'],
    queryFn: async () =>
      (
        await apiGet(resourcePath(communeId, resource), pageSchemaOf(summarySchemas[resource]), {
          page: 1,
          pageSize: 1,
        })
      ).total,
  });
}

/** One record; with no id (nothing chosen yet) nothing is fetched. */
export function useOrganisationRecord<R extends OrganisationResource>(
  resource: R,
  communeId: string,
  id: string | null,
) {
  return useQuery({
    queryKey: organisationKeys.record(communeId, resource, id ?? ''),
    queryFn: () => apiGet(`${resourcePath(communeId, resource)}/${id}`, summarySchemas[resource]),
    enabled: id !== null,
  });
}

function useOrganisationMutation<TInput, TResult>(
  communeId: string,
  mutationFn: (input: TInput) => Promise<TResult>,
) {
  return useApiMutation(mutationFn, [organisationKeys.all(communeId), ['audit']]);
}

/** Creates a record (no id) or replaces one's fields (with its id). */
export function useSaveRecord<R extends OrganisationResource>(resource: R, communeId: string) {
  const schema = summarySchemas[resource];
  return useOrganisationMutation(
    communeId,
    ({ id, input }: { id?: string; input: OrganisationRecords[R]['input'] }) =>
      id
        ? apiPut(`${resourcePath(communeId, resource)}/${id}`, schema, input)
        : apiPost(resourcePath(communeId, resource), schema, input),
  );
}

/** Retires a record (with the date and reason) or, given no retirement, reinstates it. */
export function useSetRetired<R extends OrganisationResource>(resource: R, communeId: string) {
  const schema = summarySchemas[resource];
  return useOrganisationMutation(communeId, ({ id, retire }: { id: string; retire: RetireInput | null }) =>
    retire
      ? apiPost(`${resourcePath(communeId, resource)}/${id}/retire`, schema, retire)
      : apiPost(`${resourcePath(communeId, resource)}/${id}/reinstate`, schema),
  );
}

export function useOrganisationSearch(communeId: string, q: string, limit = 10) {
  return useQuery({
    queryKey: [...organisationKeys.search(communeId, q), limit],
    queryFn: () => apiGet(`${communePath(communeId)}/search`, SearchResultsSchema, { q, limit }),
    enabled: q.trim().length > 0,
  });
}

/** The Excel files of a kind: a blank template with the right columns, and the current records. */
export const spreadsheetPath = (communeId: string, kind: ImportKind, file: 'template' | 'export') =>
  `${communePath(communeId)}/spreadsheets/${kind}/${file}`;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useStartImport(communeId: string, kind: ImportKind) {
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      apiPostFile(
        `${communePath(communeId)}/imports/${kind}`,
        ImportJobSchema,
        { contentType: XLSX_TYPE, data: file },
        { dryRun: String(dryRun), fileName: file.name },
      ),
  });
}

export const isImportFinished = (job: ImportJob) =>
  job.status === 'done' || job.status === 'invalid' || job.status === 'failed';

const IMPORT_POLL_MS = 500;

/** Follows an import until it ends; a finished real import refreshes the commune's records. */
export function useImportJob(communeId: string, jobId: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['import-job', communeId, jobId],
    queryFn: async () => {
      const job = await apiGet(`${communePath(communeId)}/imports/${jobId}`, ImportJobSchema);
      if (job.status === 'done' && !job.dryRun) await invalidateOrganisation(queryClient, communeId);
      return job;
    },
    enabled: jobId !== null,
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.data && isImportFinished(query.state.data) ? false : IMPORT_POLL_MS,
  });
}
