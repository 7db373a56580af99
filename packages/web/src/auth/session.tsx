import { createContext, useContext, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import * as z from 'zod';
import { SessionResponseSchema } from '@thidua/domain';
import { apiPost, errorMessage, fetchSession, setCsrfToken } from '../api/client';
import { queryKeys } from '../api/hooks';
import type { SessionUser } from '../api/types';
import { paths } from '../shell/paths';

export function useSession() {
  return useQuery({ queryKey: queryKeys.session, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      apiPost('/api/auth/login', SessionResponseSchema, input),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
      queryClient.setQueryData(queryKeys.session, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost('/api/auth/logout', z.null()),
    onSettled: async () => {
      queryClient.clear();
      await queryClient
        .fetchQuery({ queryKey: queryKeys.session, queryFn: fetchSession })
        .catch(() => undefined);
    },
  });
}

const CurrentUserContext = createContext<SessionUser | null>(null);

/** The signed-in user; only inside pages guarded by RequireAuth. */
export function useCurrentUser(): SessionUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is used outside RequireAuth');
  return user;
}

export function FullPageSpin() {
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description="Đang tải…" />
    </div>
  );
}

/** Signed-in pages: anyone without a session goes to the sign-in page and comes back afterwards. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageSpin />;
  if (session.isError) {
    return (
      <Result
        status="warning"
        title={errorMessage(session.error)}
        extra={
          <Button type="primary" onClick={() => void session.refetch()}>
            Thử lại
          </Button>
        }
      />
    );
  }
  const user = session.data.user;
  if (!user)
    return <Navigate to={paths.signIn} replace state={{ from: location.pathname + location.search }} />;
  return <CurrentUserContext.Provider value={user}>{children ?? <Outlet />}</CurrentUserContext.Provider>;
}
