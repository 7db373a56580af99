import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type * as z from 'zod';
import {
  HouseholdSummarySchema,
  PersonSummarySchema,
  pageSchemaOf,
  type HouseholdSummary,
  type PersonSummary,
} from '@thidua/domain';
import { apiGet } from '../api/client';
import { organisationKeys, resourceListPath, useUnits } from '../api/organisation-hooks';
import { useDebouncedValue } from '../components/useDebouncedValue';

interface PickerProps {
  communeId: string;
  id?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** Only people of this unit (a unit head picks among their people). */
  unitId?: string | null;
  allowClear?: boolean;
  placeholder?: string;
}

interface PersonPickerProps extends PickerProps {
  /** The name of the person already chosen, shown before any search finds them. */
  knownLabel?: string | null;
}

/**
 * Picks one of the commune's active people, searched by name on the server (a ward has
 * hundreds), showing the unit beside the name so namesakes can be told apart.
 */
export function PersonPicker({ unitId, placeholder, ...props }: PersonPickerProps) {
  return (
    <ServerSearchPicker<PersonSummary>
      {...props}
      resource="people"
      schema={PersonSummarySchema}
      filters={{ unitId: unitId ?? undefined }}
      labelOf={(p) => (p.unitName ? `${p.fullName} – ${p.unitName}` : p.fullName)}
      placeholder={placeholder ?? 'Gõ tên để tìm'}
      notFoundContent="Không tìm thấy người nào"
    />
  );
}

/** Picks one of the commune's households (thousands), searched by head's name or address on the server. */
export function HouseholdPicker(props: Omit<PersonPickerProps, 'unitId' | 'allowClear' | 'placeholder'>) {
  return (
    <ServerSearchPicker<HouseholdSummary>
      {...props}
      resource="households"
      schema={HouseholdSummarySchema}
      labelOf={(h) => `Hộ ông/bà ${h.headName}, ${h.groupName} (${h.address})`}
      placeholder="Gõ tên chủ hộ hoặc địa chỉ để tìm"
      notFoundContent="Không tìm thấy hộ nào"
    />
  );
}

/** A picker over records too many to load at once: the server searches them as one types. */
function ServerSearchPicker<T extends { id: string }>({
  communeId,
  resource,
  schema,
  filters,
  labelOf,
  id,
  value,
  onChange,
  allowClear,
  placeholder,
  notFoundContent,
  knownLabel,
}: Omit<PersonPickerProps, 'unitId'> & {
  resource: 'people' | 'households';
  /** One record as the list route answers it. */
  schema: z.ZodType<T>;
  filters?: Record<string, string | undefined>;
  labelOf: (record: T) => string;
  placeholder: string;
  notFoundContent: string;
}) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const records = useQuery({
    queryKey: [...organisationKeys.list(communeId, resource), 'picker', q, filters ?? null],
    queryFn: () =>
      apiGet(resourceListPath(communeId, resource), pageSchemaOf(schema), {
        q: q || undefined,
        ...filters,
        pageSize: 20,
      }),
  });
  // The chosen record stays listed while the search shows others.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(
    value && knownLabel ? { value, label: knownLabel } : null,
  );
  const options = (records.data?.items ?? []).map((r) => ({ value: r.id, label: labelOf(r) }));
  if (chosen && chosen.value === value && !options.some((o) => o.value === chosen.value))
    options.unshift(chosen);
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next: string | undefined, option) => {
        const picked = Array.isArray(option) ? undefined : option;
        setChosen(next && picked ? { value: next, label: String(picked.label) } : null);
        onChange?.(next ?? null);
      }}
      allowClear={allowClear}
      placeholder={placeholder}
      loading={records.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={records.isFetching ? 'Đang tải…' : notFoundContent}
      options={options}
      style={{ width: '100%' }}
    />
  );
}

/** Picks one of the commune's active units (tens per commune: one list, filtered as you type). */
export function UnitPicker({ communeId, id, value, onChange, allowClear, placeholder }: PickerProps) {
  const units = useUnits(communeId);
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      allowClear={allowClear}
      placeholder={placeholder ?? 'Chọn đơn vị'}
      loading={units.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
      style={{ width: '100%' }}
    />
  );
}
