import { useQuery } from '@tanstack/react-query';
import * as z from 'zod';
import {
  BulkRegistrationResultSchema,
  MyRegistrationsSchema,
  RegistrationEventViewSchema,
  RegistrationTitleCountSchema,
  RegistrationViewSchema,
  type BulkRegistrationInput,
  type RegistrationAction,
  type RegistrationFilter,
  type RegistrationInput,
  type RegistrationResubmit,
  type RegistrationReturn,
} from '@thidua/domain';
import { apiGet, apiPost, type QueryParams } from './client';
import { useApiMutation } from './use-api-mutation';
import { usePagedQuery } from './paged';
import { yearKeys, yearPath } from './year-hooks';

const KIND = 'registrations';

const registrationsPath = (communeId: string, yearId: string) =>
  `${yearPath(communeId, yearId)}/registrations`;

/** A person's or unit's registrations across the years: under the commune's year key, so any change refreshes it. */
const subjectKey = (communeId: string, filter: RegistrationFilter) => [
  'years',
  communeId,
  'subject-registrations',
  filter,
];

/** One page of the year's registrations, with the list's filters (title, status, unit, person, name). */
export function useRegistrationList(communeId: string, yearId: string, filters: QueryParams) {
  return usePagedQuery(
    yearKeys.records(communeId, yearId, KIND, 'list'),
    registrationsPath(communeId, yearId),
    RegistrationViewSchema,
    { filters },
  );
}

/** «The list per title»: how many registrations each title has, per status. */
export function useRegistrationSummary(communeId: string, yearId: string, filter: RegistrationFilter) {
  return useQuery({
    queryKey: yearKeys.records(communeId, yearId, KIND, 'summary', filter),
    queryFn: () =>
      apiGet(`${registrationsPath(communeId, yearId)}/summary`, z.array(RegistrationTitleCountSchema), {
        ...filter,
      }),
  });
}

/** The signed-in user's own registrations of the year, the deadline and the days left. */
export function useMyRegistrations(communeId: string, yearId: string) {
  return useQuery({
    queryKey: yearKeys.records(communeId, yearId, KIND, 'mine'),
    queryFn: () => apiGet(`${registrationsPath(communeId, yearId)}/mine`, MyRegistrationsSchema),
  });
}

export function useRegistrationHistory(communeId: string, yearId: string, id: string | null) {
  return useQuery({
    queryKey: yearKeys.records(communeId, yearId, KIND, 'history', id),
    queryFn: () =>
      apiGet(`${registrationsPath(communeId, yearId)}/${id}/history`, z.array(RegistrationEventViewSchema)),
    enabled: id !== null,
  });
}

/** A person's or a unit's registrations over the years (for their detail pages). */
export function useSubjectRegistrations(communeId: string, filter: RegistrationFilter) {
  return usePagedQuery(
    subjectKey(communeId, filter),
    `/api/communes/${communeId}/registrations`,
    RegistrationViewSchema,
    { filters: { ...filter }, pageSize: 10 },
  );
}

/** After any write: the year's lists, counts and the user's own, the per-subject lists, the audit log. */
function useRegistrationMutation<TInput, TResult>(
  communeId: string,
  yearId: string,
  mutationFn: (input: TInput) => Promise<TResult>,
) {
  return useApiMutation(mutationFn, [
    yearKeys.records(communeId, yearId, KIND),
    ['years', communeId, 'subject-registrations'],
    ['audit'],
  ]);
}

export function useCreateRegistration(communeId: string, yearId: string) {
  return useRegistrationMutation(communeId, yearId, (input: RegistrationInput) =>
    apiPost(registrationsPath(communeId, yearId), RegistrationViewSchema, input),
  );
}

export function useBulkRegistration(communeId: string, yearId: string) {
  return useRegistrationMutation(communeId, yearId, (input: BulkRegistrationInput) =>
    apiPost(`${registrationsPath(communeId, yearId)}/bulk`, BulkRegistrationResultSchema, input),
  );
}

/** What a move sends: the reason of a return, the (maybe changed) title of a resubmission. */
export type MoveBody = RegistrationReturn | RegistrationResubmit | undefined;

/** Accepts, returns, resubmits or withdraws a registration. */
export function useMoveRegistration(communeId: string, yearId: string) {
  return useRegistrationMutation(
    communeId,
    yearId,
    ({ id, action, body }: { id: string; action: RegistrationAction; body?: MoveBody }) =>
      apiPost(`${registrationsPath(communeId, yearId)}/${id}/${action}`, RegistrationViewSchema, body),
  );
}
