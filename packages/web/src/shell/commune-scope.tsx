import { useState } from 'react';
import { Empty, Flex, Select, Typography } from 'antd';
import { Outlet } from 'react-router';
import { canManageOrganisation, isProvinceWide } from '@thidua/domain';
import { useAdminUnit, useCommuneOptions } from '../api/hooks';
import { useCurrentUser } from '../auth/session';
import { useDebouncedValue } from '../components/useDebouncedValue';
import { useScopeParam } from './links';
import { SCOPE_PARAMS } from './paths';

/**
 * Organisation data belongs to one commune: a commune's users work on their own; a province
 * administrator picks which commune to look at, kept in the address (`?xa=<id>`) like the year.
 */
function useChosenCommuneId(): [string | null, (id: string) => void] {
  return useScopeParam(SCOPE_PARAMS.commune);
}

/** The commune whose organisation the user is looking at, or null while a province user has not picked one. */
export function useOrganisationCommuneId(): string | null {
  const user = useCurrentUser();
  const [chosen] = useChosenCommuneId();
  return isProvinceWide(user.role) ? chosen : user.adminUnit.id;
}

/** Inside the organisation pages: the commune is known. */
export function useCommuneId(): string {
  const communeId = useOrganisationCommuneId();
  if (!communeId) throw new Error('useCommuneId is used outside CommuneScope');
  return communeId;
}

/** Whether the user may add, edit, retire and import records (others read only). */
export function useCanManageOrganisation(): boolean {
  return canManageOrganisation(useCurrentUser().role);
}

/** The frame of the organisation pages: for province users, the commune picker first. */
export function CommuneScope() {
  const user = useCurrentUser();
  const [chosen, choose] = useChosenCommuneId();
  if (!isProvinceWide(user.role)) return <Outlet />;
  return (
    <>
      <Flex align="center" gap={8} wrap style={{ marginBottom: 16 }}>
        <Typography.Text strong>
          <label htmlFor="organisation-commune">Xã, phường:</label>
        </Typography.Text>
        <CommunePicker chosen={chosen} onChange={choose} />
      </Flex>
      {chosen ? (
        <Outlet />
      ) : (
        <Empty description="Chọn một xã, phường ở trên để xem tổ chức, nhân sự và hộ gia đình của xã, phường đó." />
      )}
    </>
  );
}

function CommunePicker({ chosen, onChange }: { chosen: string | null; onChange: (id: string) => void }) {
  const [search, setSearch] = useState('');
  const communes = useCommuneOptions(useDebouncedValue(search));
  const options = (communes.data?.items ?? []).map((unit) => ({
    value: unit.id,
    label: `${unit.name} (${unit.code})`,
  }));
  // A commune from the address that the first page of options does not hold: named from its own record.
  const isListed = !chosen || options.some((option) => option.value === chosen);
  const chosenUnit = useAdminUnit(chosen ?? '', !isListed);
  if (chosen && !isListed)
    options.unshift({
      value: chosen,
      label: chosenUnit.data ? `${chosenUnit.data.name} (${chosenUnit.data.code})` : 'Đang tải…',
    });
  return (
    <Select
      id="organisation-commune"
      value={chosen ?? undefined}
      onChange={onChange}
      style={{ minWidth: 320 }}
      placeholder="Chọn xã, phường"
      loading={communes.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={communes.isFetching ? 'Đang tải…' : 'Không tìm thấy xã, phường'}
      options={options}
    />
  );
}
