import { useMemo, useState, useSyncExternalStore } from 'react';
import { Empty, Flex, Select, Typography } from 'antd';
import { Outlet } from 'react-router';
import { canManageOrganisation, isProvinceWide } from '@thidua/domain';
import { useCommuneOptions } from '../../api/hooks';
import { useCurrentUser } from '../../auth/session';
import { useDebouncedValue } from '../../components/useDebouncedValue';

/**
 * Organisation data belongs to one commune: a commune's users work on their own; a province
 * administrator picks which commune to look at (remembered per user for the browser tab).
 */
interface ChosenCommune {
  id: string;
  label: string;
}

const storageKey = (userId: string) => `thidua.organisation.commune.${userId}`;
const listeners = new Set<() => void>();
const chosenInMemory = new Map<string, string>();

function readStored(userId: string): string | null {
  try {
    return sessionStorage.getItem(storageKey(userId));
  } catch {
    return null;
  }
}

function choose(userId: string, commune: ChosenCommune) {
  const value = JSON.stringify(commune);
  chosenInMemory.set(userId, value);
  try {
    sessionStorage.setItem(storageKey(userId), value);
  } catch {
    // Storage refused (private mode): the choice lasts until the page reloads.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function parseChosen(raw: string | null): ChosenCommune | null {
  try {
    const value = raw ? (JSON.parse(raw) as Partial<ChosenCommune>) : null;
    return value && typeof value.id === 'string' ? { id: value.id, label: String(value.label ?? '') } : null;
  } catch {
    return null;
  }
}

function useChosenCommune(): ChosenCommune | null {
  const { id: userId } = useCurrentUser();
  const raw = useSyncExternalStore(subscribe, () => chosenInMemory.get(userId) ?? readStored(userId));
  return useMemo(() => parseChosen(raw), [raw]);
}

/** The commune whose organisation the user is looking at, or null while a province user has not picked one. */
export function useOrganisationCommuneId(): string | null {
  const user = useCurrentUser();
  const chosen = useChosenCommune();
  return isProvinceWide(user.role) ? (chosen?.id ?? null) : user.adminUnit.id;
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
  const chosen = useChosenCommune();
  if (!isProvinceWide(user.role)) return <Outlet />;
  return (
    <>
      <Flex align="center" gap={8} wrap style={{ marginBottom: 16 }}>
        <Typography.Text strong>
          <label htmlFor="organisation-commune">Xã, phường:</label>
        </Typography.Text>
        <CommunePicker chosen={chosen} />
      </Flex>
      {chosen ? (
        <Outlet />
      ) : (
        <Empty description="Chọn một xã, phường ở trên để xem tổ chức, nhân sự và hộ gia đình của xã, phường đó." />
      )}
    </>
  );
}

function CommunePicker({ chosen }: { chosen: ChosenCommune | null }) {
  const { id: userId } = useCurrentUser();
  const [search, setSearch] = useState('');
  const communes = useCommuneOptions(useDebouncedValue(search));
  const options = (communes.data?.items ?? []).map((unit) => ({
    value: unit.id,
    label: `${unit.name} (${unit.code})`,
  }));
  if (chosen && !options.some((option) => option.value === chosen.id))
    options.unshift({ value: chosen.id, label: chosen.label });
  return (
    <Select
      id="organisation-commune"
      value={chosen?.id}
      onChange={(id: string, option) =>
        choose(userId, { id, label: Array.isArray(option) ? id : String(option?.label ?? id) })
      }
      style={{ minWidth: 320 }}
      placeholder="Chọn xã, phường"
      loading={communes.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={communes.isFetching ? 'Đang tải…' : 'Không tìm thấy xã, phường'}
      options={options}
    />
  );
}
