import { Tabs } from 'antd';
import { Outlet, useLocation } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { paths } from '../../shell/paths';
import { useScopedNavigate } from '../../shell/links';

/** The three lists, each at its own address inside «Thành tích, sáng kiến». */
const TABS = [
  { key: paths.achievements, label: 'Thành tích' },
  { key: paths.initiatives, label: 'Sáng kiến' },
  { key: paths.exemplars, label: 'Điển hình tiên tiến' },
];

/** «Thành tích, sáng kiến»: tabs over the year's achievements, initiatives and exemplars; the year stays in the address. */
export function AchievementsPage() {
  const { pathname } = useLocation();
  const navigate = useScopedNavigate();
  const active = TABS.find((tab) => tab.key === pathname.replace(/\/$/, ''))?.key ?? paths.achievements;
  return (
    <>
      <PageHeader title="Thành tích, sáng kiến, điển hình tiên tiến" />
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(key)}
        items={TABS.map(({ key, label }) => ({ key, label }))}
      />
      <Outlet />
    </>
  );
}
