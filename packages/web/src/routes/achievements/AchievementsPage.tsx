import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';

export const ACHIEVEMENTS_PATH = '/thanh-tich';

/** The three lists, each at its own address inside «Thành tích, sáng kiến». */
const TABS = [
  { key: ACHIEVEMENTS_PATH, label: 'Thành tích' },
  { key: `${ACHIEVEMENTS_PATH}/sang-kien`, label: 'Sáng kiến' },
  { key: `${ACHIEVEMENTS_PATH}/dien-hinh-tien-tien`, label: 'Điển hình tiên tiến' },
];

/** «Thành tích, sáng kiến»: tabs over the year's achievements, initiatives and exemplars; the year stays in the address. */
export function AchievementsPage() {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((tab) => tab.key === pathname.replace(/\/$/, ''))?.key ?? ACHIEVEMENTS_PATH;
  return (
    <>
      <PageHeader title="Thành tích, sáng kiến, điển hình tiên tiến" />
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate({ pathname: key, search })}
        items={TABS.map(({ key, label }) => ({ key, label }))}
      />
      <Outlet />
    </>
  );
}
