import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Page, PersonSummary } from '@thidua/domain';
import { apiGet } from '../api/client';
import { organisationKeys, resourceListPath, useUnits } from '../api/organisation-hooks';
import { useDebouncedValue } from './useDebouncedValue';

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
export function PersonPicker({
  communeId,
  id,
  value,
  onChange,
  unitId,
  allowClear,
  placeholder,
  knownLabel,
}: PersonPickerProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const people = useQuery({
    queryKey: [...organisationKeys.list(communeId, 'people'), 'picker', q, unitId ?? null],
    queryFn: () =>
      apiGet<Page<PersonSummary>>(resourceListPath(communeId, 'people'), {
        q: q || undefined,
        unitId: unitId ?? undefined,
        pageSize: 20,
      }),
  });
  // The chosen person stays listed while the search shows others.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(
    value && knownLabel ? { value, label: knownLabel } : null,
  );
  const options = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.unitName ? `${p.fullName} – ${p.unitName}` : p.fullName,
  }));
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
      placeholder={placeholder ?? 'Gõ tên để tìm'}
      loading={people.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={people.isFetching ? 'Đang tải…' : 'Không tìm thấy người nào'}
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
