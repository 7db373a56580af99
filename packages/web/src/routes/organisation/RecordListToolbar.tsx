import type { ReactNode } from 'react';
import { Flex } from 'antd';
import type { RecordListState } from './use-record-list';
import { SearchInput, StatusFilter } from './record-fields';

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
