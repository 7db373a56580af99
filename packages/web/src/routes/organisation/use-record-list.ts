import { useEffect, useRef, useState } from 'react';
import type * as z from 'zod';
import type { SorterResult } from 'antd/es/table/interface';
import type { QueryParams } from '../../api/client';
import { organisationKeys, resourceListPath, type RecordStatusFilter } from '../../api/organisation-hooks';
import { usePagedQuery } from '../../api/paged';
import { useCommuneId } from '../../shell/commune-scope';

const SEARCH_DELAY_MS = 300;

interface Sort<F extends string> {
  field: F;
  order: 'asc' | 'desc';
}

/**
 * A server-paged list of people or households: filters, status, sorting and a search sent while
 * typing (after a pause). Any change of them goes back to the first page.
 */
export function useRecordList<T, F extends string>(
  resource: 'people' | 'households',
  { schema, defaultSort, fixed = {} }: { schema: z.ZodType<T>; defaultSort: F; fixed?: QueryParams },
) {
  const communeId = useCommuneId();
  const [status, setStatus] = useState<RecordStatusFilter>('active');
  const [filters, setFilters] = useState<QueryParams>({});
  const [sort, setSort] = useState<Sort<F>>({ field: defaultSort, order: 'asc' });
  const [searchText, setSearchText] = useState('');
  const paged = usePagedQuery<T>(
    organisationKeys.list(communeId, resource),
    resourceListPath(communeId, resource),
    schema,
    {
      filters: { ...fixed, ...filters, status, sort: sort.field, order: sort.order },
    },
  );
  const firstPage = () => paged.pagination.onChange?.(1, paged.pagination.pageSize ?? 20);

  const searchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(searchTimer.current), []);
  const { search } = paged;
  const changeSearch = (text: string) => {
    setSearchText(text);
    clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => search(text), SEARCH_DELAY_MS);
  };

  return {
    paged,
    status,
    changeStatus: (next: RecordStatusFilter) => {
      setStatus(next);
      firstPage();
    },
    filters,
    changeFilter: (key: string, value: string | undefined) => {
      setFilters((current) => ({ ...current, [key]: value }));
      firstPage();
    },
    /** Whether anything narrows the list (so an empty list means «nothing matches», not «nothing yet»). */
    isFiltered: status !== 'active' || searchText.trim() !== '' || Object.values(filters).some(Boolean),
    searchText,
    changeSearch,
    /** A column sorted on the server by `field` (its key), with the arrow where the list is sorted. */
    sortable: (field: F) => ({
      key: field,
      sorter: true,
      sortOrder:
        sort.field === field ? (sort.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
    }),
    /** The table's onChange: a click on a sortable column header (the column key is the API's sort field). */
    onTableChange: (_pagination: unknown, _filters: unknown, sorter: SorterResult<T> | SorterResult<T>[]) => {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = single?.order ? (single.columnKey as F | undefined) : undefined;
      const next: Sort<F> = field
        ? { field, order: single?.order === 'descend' ? 'desc' : 'asc' }
        : { field: defaultSort, order: 'asc' };
      if (next.field === sort.field && next.order === sort.order) return;
      setSort(next);
      firstPage();
    },
  };
}

/** What a list's toolbar and table need of it (the sort arrows are the columns' business). */
export type RecordListState<T> = Omit<ReturnType<typeof useRecordList<T, string>>, 'sortable'>;
