import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { Flex, Spin } from 'antd';

export function PageLoading() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin size="large" description="Đang tải trang…" />
    </Flex>
  );
}

/**
 * A page whose code is fetched the first time it is shown (its own chunk), with a Vietnamese
 * loading sign meanwhile; a failed fetch reaches the route's error element.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ReactElement {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}
