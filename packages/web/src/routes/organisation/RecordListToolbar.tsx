import type { ReactNode } from 'react';
import { Flex, Select } from 'antd';
import type { RecordListState } from './use-record-list';
import { FOLDED_SEARCH, SearchInput, StatusFilter } from '../../shell/record-fields';

interface RecordListToolbarProps {
  list: Pick<RecordListState<unknown>, 'searchText' | 'changeSearch' | 'status' | 'changeStatus'>;
  searchLabel: string;
  /** Selects narrowing the list, between the search box and the status. */
  filters?: ReactNode;
  /** Buttons on the right. */
  actions?: ReactNode;
}

/** Search (while typing, without diacritics), filters and status of a people or households list. */
export function RecordListToolbar({ list, searchLabel, filters, actions }: RecordListToolbarProps) {
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      {actions}
      <Flex gap={12} wrap align="center">
        <SearchInput label={searchLabel} value={list.searchText} onChange={list.changeSearch} />
        {filters}
        <StatusFilter value={list.status} onChange={list.changeStatus} />
      </Flex>
    </Flex>
  );
}

interface ListFilterProps {
  list: Pick<RecordListState<unknown>, 'filters' | 'changeFilter'>;
  /** The query parameter it sets. */
  field: string;
  label: string;
  placeholder: string;
  options: { value: string; label: string }[];
  width?: number;
}

/** One filter of a list (unit, category, group), searchable without diacritics, cleared to show all. */
export function ListFilter({ list, field, label, placeholder, options, width = 240 }: ListFilterProps) {
  return (
    <Select
      aria-label={label}
      placeholder={placeholder}
      allowClear
      showSearch={FOLDED_SEARCH}
      style={{ width }}
      value={list.filters[field] as string | undefined}
      onChange={(value?: string) => list.changeFilter(field, value)}
      options={options}
    />
  );
}
