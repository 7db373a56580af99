import { useCallback } from 'react';
import { Link, useNavigate, useSearchParams, type LinkProps, type NavigateOptions } from 'react-router';
import { scopedTo } from './paths';

/** Builds link targets that keep the commune and year of the current address. */
export function useScopedTo(): (to: string) => ReturnType<typeof scopedTo> {
  const [params] = useSearchParams();
  return useCallback((to: string) => scopedTo(to, params), [params]);
}

/** A link inside the app (a path from `paths`), keeping the commune and year of the current address. */
export function ScopedLink({ to, ...props }: Omit<LinkProps, 'to'> & { to: string }) {
  return <Link to={useScopedTo()(to)} {...props} />;
}

/** `navigate(path)` keeping the commune and year of the current address. */
export function useScopedNavigate(): (to: string, options?: NavigateOptions) => void {
  const navigate = useNavigate();
  const scoped = useScopedTo();
  return useCallback((to, options) => void navigate(scoped(to), options), [navigate, scoped]);
}

/** One scope parameter of the address (`xa`, `nam`) and a setter that keeps every other parameter. */
export function useScopeParam(key: string): [string | null, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      }),
    [key, setParams],
  );
  return [params.get(key), set];
}
