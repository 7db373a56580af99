import { useQuery } from '@tanstack/react-query';
import type {
  MovementDetail,
  MovementInput,
  MovementReviewInput,
  MovementSummary,
  PactDetail,
  PactInput,
  PactSummary,
} from '@thidua/domain';
import { apiGet, apiPost, apiPut } from './client';
import { useYearMutation, yearKeys, yearPath } from './year-hooks';

const movementsPath = (communeId: string, yearId: string) => `${yearPath(communeId, yearId)}/movements`;
const pactsPath = (communeId: string, yearId: string) => `${yearPath(communeId, yearId)}/pacts`;

export function useMovements(communeId: string, yearId: string) {
  return useQuery({
    queryKey: yearKeys.records(communeId, yearId, 'movements'),
    queryFn: () => apiGet<MovementSummary[]>(movementsPath(communeId, yearId)),
  });
}

export function useMovement(communeId: string, yearId: string, id: string) {
  return useQuery({
    queryKey: yearKeys.records(communeId, yearId, 'movements', id),
    queryFn: () => apiGet<MovementDetail>(`${movementsPath(communeId, yearId)}/${id}`),
  });
}

/** Launches a movement (no id) or rewrites one (with its id). */
export const useSaveMovement = (communeId: string, yearId: string) =>
  useYearMutation(communeId, ({ id, input }: { id?: string; input: MovementInput }) =>
    id
      ? apiPut<MovementDetail>(`${movementsPath(communeId, yearId)}/${id}`, input)
      : apiPost<MovementDetail>(movementsPath(communeId, yearId), input),
  );

/** Adds a review of the movement (no id) or corrects one (with its id). */
export const useSaveMovementReview = (communeId: string, yearId: string, movementId: string) =>
  useYearMutation(communeId, ({ id, input }: { id?: string; input: MovementReviewInput }) => {
    const reviews = `${movementsPath(communeId, yearId)}/${movementId}/reviews`;
    return id ? apiPut<MovementDetail>(`${reviews}/${id}`, input) : apiPost<MovementDetail>(reviews, input);
  });

export function usePacts(communeId: string, yearId: string) {
  return useQuery({
    queryKey: yearKeys.records(communeId, yearId, 'pacts'),
    queryFn: () => apiGet<PactSummary[]>(pactsPath(communeId, yearId)),
  });
}

/** Records a pact (no id) or rewrites one, its parties replaced (with its id). */
export const useSavePact = (communeId: string, yearId: string) =>
  useYearMutation(communeId, ({ id, input }: { id?: string; input: PactInput }) =>
    id
      ? apiPut<PactDetail>(`${pactsPath(communeId, yearId)}/${id}`, input)
      : apiPost<PactDetail>(pactsPath(communeId, yearId), input),
  );
