import type { ReactNode } from 'react';
import { Flex, Input, Table, type TableProps } from 'antd';
import type { PagedQuery } from '../api/paged';
import { ErrorAlert } from './ErrorAlert';

/** Below this width the table scrolls sideways; above it, columns share the width and text wraps. */
const MIN_TABLE_WIDTH = 900;

interface PagedTableProps<T> extends Omit<TableProps<T>, 'dataSource' | 'pagination' | 'loading' | 'rowKey'> {
  paged: PagedQuery<T>;
  /** Shows a search box; the text is sent as `q`. */
  searchPlaceholder?: string;
  /** Buttons shown on the right of the search box. */
  toolbar?: ReactNode;
}

/** A table over a server-paged list: search box, error, loading state and `Tổng … dòng`. */
export function PagedTable<T extends { id: string }>({
  paged,
  searchPlaceholder,
  toolbar,
  ...tableProps
}: PagedTableProps<T>) {
  return (
    <Flex vertical gap={16}>
      {(searchPlaceholder || toolbar) && (
        <Flex justify="space-between" align="center" gap={12} wrap>
          {searchPlaceholder ? (
            <Input.Search
              placeholder={searchPlaceholder}
              aria-label={searchPlaceholder}
              allowClear
              enterButton="Tìm"
              onSearch={paged.search}
              style={{ maxWidth: 380 }}
            />
          ) : (
            <span />
          )}
          {toolbar}
        </Flex>
      )}
      {paged.query.isError && <ErrorAlert error={paged.query.error} />}
      <Table<T>
        rowKey="id"
        dataSource={paged.items}
        loading={paged.query.isFetching}
        pagination={paged.pagination}
        scroll={{ x: MIN_TABLE_WIDTH }}
        {...tableProps}
      />
    </Flex>
  );
}
