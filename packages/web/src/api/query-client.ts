import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import { queryKeys } from './hooks';
import type { SessionResponse } from './types';

/** A 401 anywhere means the session ended (signed out elsewhere, account locked): forget the user. */
function forgetUserOnAuthRequired(error: unknown): void {
  if (error instanceof ApiError && error.code === 'AUTH_REQUIRED') {
    queryClient.setQueryData<SessionResponse>(
      queryKeys.session,
      (session) => session && { ...session, user: null },
    );
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: forgetUserOnAuthRequired }),
  mutationCache: new MutationCache({ onError: forgetUserOnAuthRequired }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});
