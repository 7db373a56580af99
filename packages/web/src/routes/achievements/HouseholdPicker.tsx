import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { HouseholdSummary, Page } from '@thidua/domain';
import { apiGet } from '../../api/client';
import { organisationKeys, resourceListPath } from '../../api/organisation-hooks';
import { useDebouncedValue } from '../../components/useDebouncedValue';

interface HouseholdPickerProps {
  communeId: string;
  id?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The household already chosen, shown before any search finds it. */
  knownLabel?: string | null;
}

const householdLabel = (h: HouseholdSummary) => `Hộ ông/bà ${h.headName}, ${h.groupName} (${h.address})`;

/** Picks one of the commune's households (thousands), searched by head's name or address on the server. */
export function HouseholdPicker({ communeId, id, value, onChange, knownLabel }: HouseholdPickerProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const households = useQuery({
    queryKey: [...organisationKeys.list(communeId, 'households'), 'picker', q],
    queryFn: () =>
      apiGet<Page<HouseholdSummary>>(resourceListPath(communeId, 'households'), {
        q: q || undefined,
        pageSize: 20,
      }),
  });
  const [chosen, setChosen] = useState(value && knownLabel ? { value, label: knownLabel } : null);
  const options = (households.data?.items ?? []).map((h) => ({ value: h.id, label: householdLabel(h) }));
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
      placeholder="Gõ tên chủ hộ hoặc địa chỉ để tìm"
      loading={households.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={households.isFetching ? 'Đang tải…' : 'Không tìm thấy hộ nào'}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
