import { useState } from 'react';
import { Select } from 'antd';
import { isProvinceWide, type Role } from '@thidua/domain';
import { useCommuneOptions } from '../../api/hooks';
import type { SessionAdminUnit } from '../../api/types';
import { useDebouncedValue } from '../../components/useDebouncedValue';

interface UnitSelectProps {
  province: SessionAdminUnit;
  /** The role being given: province-wide roles belong to the province, the others to a commune. */
  role: Role | undefined;
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/** For the province administrator: the province itself or one of its communes, searched on the server. */
export function UnitSelect({ province, role, id, value, onChange }: UnitSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const atProvince = role !== undefined && isProvinceWide(role);
  const communes = useCommuneOptions(q, !atProvince);

  const provinceGroup = { label: 'Cấp tỉnh', options: [{ value: province.id, label: province.name }] };
  const communeGroup = {
    label: 'Xã, phường',
    options: (communes.data?.items ?? []).map((unit) => ({
      value: unit.id,
      label: `${unit.name} (${unit.code})`,
    })),
  };
  const options =
    role === undefined ? [provinceGroup, communeGroup] : atProvince ? [provinceGroup] : [communeGroup];

  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={communes.isFetching}
      placeholder="Chọn đơn vị"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={communes.isFetching ? 'Đang tải…' : 'Không tìm thấy đơn vị'}
    />
  );
}
