import type { ReactNode } from 'react';
import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ClusterOutlined,
  ContactsOutlined,
  EnvironmentOutlined,
  FileAddOutlined,
  FileDoneOutlined,
  FlagOutlined,
  FormOutlined,
  HeartOutlined,
  HistoryOutlined,
  HomeOutlined,
  IdcardOutlined,
  PartitionOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SearchOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
  WalletOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import {
  canManageRuleSettings,
  canManageUsers,
  canReadAllDisciplines,
  canReadAuditLog,
  type Role,
} from '@thidua/domain';
import { paths } from '../shell/paths';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  visibleTo?: (role: Role) => boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { path: paths.home, label: 'Trang chủ', icon: <HomeOutlined aria-hidden /> },
  { path: paths.organisation, label: 'Tổ chức', icon: <ApartmentOutlined aria-hidden /> },
  { path: paths.units, label: 'Cơ quan, đơn vị', icon: <PartitionOutlined aria-hidden /> },
  { path: paths.people, label: 'Nhân sự', icon: <IdcardOutlined aria-hidden /> },
  { path: paths.residentialGroups, label: 'Khóm, tổ dân phố', icon: <EnvironmentOutlined aria-hidden /> },
  { path: paths.households, label: 'Hộ gia đình', icon: <ContactsOutlined aria-hidden /> },
  { path: paths.years, label: 'Năm thi đua', icon: <ScheduleOutlined aria-hidden /> },
  { path: paths.periodTargets, label: 'Mục tiêu 5 năm', icon: <AimOutlined aria-hidden /> },
  { path: paths.movements, label: 'Phong trào thi đua', icon: <FlagOutlined aria-hidden /> },
  { path: paths.pacts, label: 'Giao ước thi đua', icon: <SolutionOutlined aria-hidden /> },
  { path: paths.registrations, label: 'Đăng ký thi đua', icon: <FormOutlined aria-hidden /> },
  { path: paths.scores, label: 'Chấm điểm hằng tháng', icon: <CalendarOutlined aria-hidden /> },
  { path: paths.grades, label: 'Xếp loại cuối năm', icon: <StarOutlined aria-hidden /> },
  { path: paths.achievements, label: 'Thành tích, sáng kiến', icon: <TrophyOutlined aria-hidden /> },
  {
    path: paths.disciplines,
    label: 'Kỷ luật',
    icon: <WarningOutlined aria-hidden />,
    visibleTo: canReadAllDisciplines,
  },
  { path: paths.search, label: 'Tìm kiếm', icon: <SearchOutlined aria-hidden /> },
  { path: paths.adminUnits, label: 'Đơn vị hành chính', icon: <BankOutlined aria-hidden /> },
  { path: paths.users, label: 'Tài khoản', icon: <TeamOutlined aria-hidden />, visibleTo: canManageUsers },
  {
    path: paths.ruleSettings,
    label: 'Cài đặt quy định của tỉnh',
    icon: <SettingOutlined aria-hidden />,
    visibleTo: canManageRuleSettings,
  },
  { path: paths.audit, label: 'Nhật ký', icon: <HistoryOutlined aria-hidden />, visibleTo: canReadAuditLog },
];

/** Capabilities of later releases, listed so users see where the product is going. */
export const COMING_SOON: { key: string; label: string; icon: ReactNode }[] = [
  { key: 'nominations', label: 'Đề nghị khen thưởng', icon: <FileAddOutlined aria-hidden /> },
  { key: 'council', label: 'Hội đồng TĐKT', icon: <UsergroupAddOutlined aria-hidden /> },
  { key: 'decisions', label: 'Quyết định khen thưởng', icon: <FileDoneOutlined aria-hidden /> },
  { key: 'fund', label: 'Quỹ thi đua khen thưởng', icon: <WalletOutlined aria-hidden /> },
  { key: 'cultural-families', label: 'Gia đình văn hóa', icon: <HeartOutlined aria-hidden /> },
  { key: 'clusters', label: 'Cụm thi đua', icon: <ClusterOutlined aria-hidden /> },
  { key: 'reports', label: 'Báo cáo', icon: <BarChartOutlined aria-hidden /> },
];

export const APP_ICON = <AuditOutlined aria-hidden />;

/** The nav item a path belongs to: the longest path that prefixes it. */
export function activeNavPath(pathname: string): string {
  const match = NAV_ITEMS.filter(
    (item) => item.path === pathname || (item.path !== paths.home && pathname.startsWith(`${item.path}/`)),
  );
  return match.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? paths.home;
}
