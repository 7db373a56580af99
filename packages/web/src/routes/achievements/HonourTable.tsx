import type { ReactNode } from 'react';
import { Button, Empty, Flex, Segmented, Select, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { QueryParams } from '../../api/client';
import { useHonourList, type HonourKind, type HonourView } from '../../api/achievement-hooks';
import { useUnits } from '../../api/organisation-hooks';
import { PagedTable } from '../../components/PagedTable';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';

interface HonourTableProps<K extends HonourKind> {
  kind: K;
  filters: QueryParams;
  columns: TableColumnsType<HonourView<K>>;
  /** What the empty list says (and offers) when no filter narrows it. */
  nothingYet: string;
  addLabel?: string;
  onAdd?: () => void;
}

/**
 * One page of the year's achievements, initiatives or exemplars. Give it `key={filters}` so a new
 * filter starts again from the first page.
 */
export function HonourTable<K extends HonourKind>({
  kind,
  filters,
  columns,
  nothingYet,
  addLabel,
  onAdd,
}: HonourTableProps<K>) {
  const paged = useHonourList(useCommuneId(), useYear().id, kind, filters);
  const filtered = Object.values(filters).some((value) => value !== undefined);
  const empty = filtered ? (
    <Empty description="Không có bản ghi nào khớp bộ lọc đang chọn." />
  ) : (
    <Empty description={nothingYet}>
      {onAdd && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
          {addLabel}
        </Button>
      )}
    </Empty>
  );
  return <PagedTable<HonourView<K>> paged={paged} columns={columns} locale={{ emptyText: empty }} />;
}

interface ChoiceFilterProps<V extends string> {
  label: string;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  options: { value: V; label: string }[];
}

/** «Tất cả» or one choice, as segments. */
export function ChoiceFilter<V extends string>({ label, value, onChange, options }: ChoiceFilterProps<V>) {
  return (
    <Segmented<V | 'all'>
      aria-label={label}
      value={value ?? 'all'}
      onChange={(next) => onChange(next === 'all' ? undefined : next)}
      options={[{ value: 'all', label: 'Tất cả' }, ...options]}
    />
  );
}

/** Narrows a list to one unit of the commune. */
export function UnitFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (id?: string) => void;
}) {
  const units = useUnits(useCommuneId(), 'all');
  return (
    <Select
      aria-label="Lọc theo đơn vị"
      allowClear
      placeholder="Tất cả đơn vị"
      value={value}
      onChange={(id: string | undefined) => onChange(id)}
      showSearch={{ optionFilterProp: 'label' }}
      options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
      style={{ width: 260 }}
    />
  );
}

/** The filters above a list, and its main button. */
export function HonourToolbar({ filters, action }: { filters: ReactNode; action?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
      <Flex gap={12} wrap align="center">
        {filters}
      </Flex>
      {action}
    </Flex>
  );
}
