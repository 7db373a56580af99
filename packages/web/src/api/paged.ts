import { useState } from 'react';
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import type { TablePaginationConfig } from 'antd';
import type * as z from 'zod';
import { formatNumberVi, pageSchemaOf } from '@thidua/domain';
import { apiGet, type QueryParams } from './client';

export const DEFAULT_PAGE_SIZE = 20;

interface PagingState {
  page: number;
  pageSize: number;
  q: string;
}

export interface PagedQueryOptions {
  /** Extra query-string filters sent with every page. */
  filters?: QueryParams;
  pageSize?: number;
  enabled?: boolean;
}

/**
 * A server-paged list (`?page&pageSize&q`) with the table pagination and search that drive it.
 * `item` is the schema of one row as the route declares it; each page is read as a page of them.
 */
export function usePagedQuery<T>(
  queryKey: QueryKey,
  path: string,
  item: z.ZodType<T>,
  options: PagedQueryOptions = {},
) {
  const [paging, setPaging] = useState<PagingState>({
    page: 1,
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
    q: '',
  });
  const params: QueryParams = {
    ...options.filters,
    page: paging.page,
    pageSize: paging.pageSize,
    q: paging.q || undefined,
  };
  const query = useQuery({
    queryKey: [...queryKey, params],
    queryFn: () => apiGet(path, pageSchemaOf(item), params),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });

  const pagination: TablePaginationConfig = {
    current: paging.page,
    pageSize: paging.pageSize,
    total: query.data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total) => `Tổng ${formatNumberVi(total)} dòng`,
    onChange: (page, pageSize) =>
      setPaging((current) => ({ ...current, page: pageSize === current.pageSize ? page : 1, pageSize })),
  };

  return {
    query,
    items: query.data?.items ?? [],
    pagination,
    search: (q: string) => setPaging((current) => ({ ...current, q: q.trim(), page: 1 })),
  };
}

export type PagedQuery<T> = ReturnType<typeof usePagedQuery<T>>;
