import { createContext, useContext } from 'react';
import { Empty, Flex, Select, Spin, Tag, Typography } from 'antd';
import { Outlet } from 'react-router';
import { isYearLocked, YEAR_STATUS_LABELS, type EmulationYearSummary } from '@thidua/domain';
import { useEmulationYears } from '../api/year-hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { useCommuneId } from './commune-scope';
import { ScopedLink, useScopeParam } from './links';
import { paths, SCOPE_PARAMS } from './paths';
import { pickYear } from './pick-year';

const YearContext = createContext<EmulationYearSummary | null>(null);

/** Inside a YearScope: the emulation year the page works on. */
export function useYear(): EmulationYearSummary {
  const year = useContext(YearContext);
  if (!year) throw new Error('useYear is used outside YearScope');
  return year;
}

/** Whether the year's records may still be written (a closed year is locked). */
export function useYearIsOpen(): boolean {
  return !isYearLocked(useYear().status);
}

/**
 * The frame of the pages about a year's records (movements, registrations, scores …): a year
 * picker kept in the address, so a link or a reload shows the same year.
 */
export function YearScope() {
  const communeId = useCommuneId();
  const years = useEmulationYears(communeId);
  const [wanted, setWanted] = useScopeParam(SCOPE_PARAMS.year);
  if (years.isPending) return <Spin description="Đang tải các năm thi đua…" />;
  if (years.isError) return <ErrorAlert error={years.error} />;
  const year = pickYear(years.data, wanted);
  if (!year) {
    return (
      <Empty
        description={
          <>
            Xã, phường chưa có năm thi đua nào. <ScopedLink to={paths.years}>Mở năm thi đua</ScopedLink> để
            bắt đầu.
          </>
        }
      />
    );
  }
  return (
    <YearContext.Provider value={year}>
      <Flex align="center" gap={8} wrap style={{ marginBottom: 16 }}>
        <Typography.Text strong>
          <label htmlFor="year-picker">Năm thi đua:</label>
        </Typography.Text>
        <Select
          id="year-picker"
          value={year.id}
          style={{ minWidth: 120 }}
          onChange={(id: string) => {
            const chosen = years.data.find((y) => y.id === id);
            if (chosen) setWanted(String(chosen.year));
          }}
          options={years.data.map((y) => ({ value: y.id, label: String(y.year) }))}
        />
        <Tag color={isYearLocked(year.status) ? 'default' : 'blue'}>{YEAR_STATUS_LABELS[year.status]}</Tag>
        {isYearLocked(year.status) && (
          <Typography.Text type="secondary">Năm đã khóa sổ: chỉ xem, không sửa.</Typography.Text>
        )}
      </Flex>
      <Outlet />
    </YearContext.Provider>
  );
}
