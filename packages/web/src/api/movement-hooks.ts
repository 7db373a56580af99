import { useQuery } from '@tanstack/react-query';
import * as z from 'zod';
import {
  MovementDetailSchema,
  MovementSummarySchema,
  PactDetailSchema,
  PactSummarySchema,
  type MovementInput,
  type MovementReviewInput,
  type PactInput,
} from '@thidua/domain';
import { apiGet, apiPost, apiPut } from './client';
import { useYearMutation, yearKeys, yearPath } from './year-hooks';

const movementsPath = (communeId: string, yearId: string) => `${yearPath(communeId, yearId)}/movements`;
const pactsPath = (communeId: string, yearId: string) => `${yearPath(communeId, yearId)}/pacts`;

export function useMovements(communeId: string, yearId: string) {
  return useQuery({
    queryKey: yearKeys.records(communeId, yearId, 'movements'),
    queryFn: () => apiGet(movementsPath(communeId, yearId), z.array(MovementSummarySchema)),
  });
}

export function useMovement(communeId: string, yearId: string, id: string) {
  return useQuery({
    queryKey: yearKeys.records(communeId, yearId, 'movements', id),
    queryFn: () => apiGet(`${movementsPath(communeId, yearId)}/${id}`, MovementDetailSchema),
  });
}

/** Launches a movement (no id) or rewrites one (with its id). */
export const useSaveMovement = (communeId: string, yearId: string) =>
  useYearMutation(communeId, ({ id, input }: { id?: string; input: MovementInput }) =>
    id
      ? apiPut(`${movementsPath(communeId, yearId)}/${id}`, MovementDetailSchema, input)
      : apiPost(movementsPath(communeId, yearId), MovementDetailSchema, input),
  );

/** Adds a review of the movement (no id) or corrects one (with its id). */
export const useSaveMovementReview = (communeId: string, yearId: string, movementId: string) =>
  useYearMutation(communeId, ({ id, input }: { id?: string; input: MovementReviewInput }) => {
    const reviews = `${movementsPath(communeId, yearId)}/${movementId}/reviews`;
    return id
      ? apiPut(`${reviews}/${id}`, MovementDetailSchema, input)
      : apiPost(reviews, MovementDetailSchema, input);
  });

export function usePacts(communeId: string, yearId: string) {
  return useQuery({
    queryKey: yearKeys.records(communeId, yearId, 'pacts'),
    queryFn: () => apiGet(pactsPath(communeId, yearId), z.array(PactSummarySchema)),
  });
}

/** Records a pact (no id) or rewrites one, its parties replaced (with its id). */
export const useSavePact = (communeId: string, yearId: string) =>
  useYearMutation(communeId, ({ id, input }: { id?: string; input: PactInput }) =>
    id
      ? apiPut(`${pactsPath(communeId, yearId)}/${id}`, PactDetailSchema, input)
      : apiPost(pactsPath(communeId, yearId), PactDetailSchema, input),
  );
