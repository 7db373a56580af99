import { useState } from 'react';
import { App, Button, Flex, Layout, Menu, Tag, Typography, type MenuProps } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { errorMessage } from '../api/client';
import { useCurrentUser, useSignOut } from '../auth/session';
import { HeaderSearch } from '../routes/organisation/HeaderSearch';
import { activeNavPath, APP_ICON, COMING_SOON, NAV_ITEMS } from './navigation';
import './layout.css';
import { ScopedLink } from '../shell/links';
import { paths } from '../shell/paths';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { message } = App.useApp();
  const [collapsed, setCollapsed] = useState(false);

  const items: MenuProps['items'] = [
    ...NAV_ITEMS.filter((item) => !item.visibleTo || item.visibleTo(user.role)).map((item) => ({
      key: item.path,
      icon: item.icon,
      label: <ScopedLink to={item.path}>{item.label}</ScopedLink>,
    })),
    {
      type: 'group' as const,
      key: 'coming-soon',
      label: 'Sắp có',
      children: COMING_SOON.map((item) => ({
        key: item.key,
        icon: item.icon,
        disabled: true,
        className: 'coming-soon-item',
        label: (
          <Flex justify="space-between" align="center" gap={8}>
            <span className="coming-soon-label">{item.label}</span>
            <Tag className="coming-soon-tag">Sắp có</Tag>
          </Flex>
        ),
      })),
    },
  ];

  const handleSignOut = () =>
    signOut.mutate(undefined, {
      onSuccess: () => navigate(paths.signIn, { replace: true }),
      onError: (error) => void message.error(errorMessage(error)),
    });

  return (
    <Layout className="app-layout">
      <Sider
        width={280}
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        theme="light"
        className="app-sider"
      >
        <ScopedLink to={paths.home} className="app-brand" aria-label="Thi đua, Khen thưởng số">
          {APP_ICON}
          {!collapsed && <span>Thi đua, Khen thưởng số</span>}
        </ScopedLink>
        <nav aria-label="Chức năng">
          <Menu mode="inline" selectedKeys={[activeNavPath(location.pathname)]} items={items} />
        </nav>
      </Sider>
      <Layout>
        <Header className="app-header">
          <Typography.Text strong className="app-header-unit" ellipsis>
            {user.adminUnit.name}
          </Typography.Text>
          <HeaderSearch />
          <Flex align="center" gap={16} className="app-header-user">
            <Flex vertical className="app-header-identity">
              <Typography.Text strong ellipsis>
                {user.displayName}
              </Typography.Text>
              <Typography.Text type="secondary" ellipsis className="app-header-role">
                {user.roleLabel}
              </Typography.Text>
            </Flex>
            <Button icon={<LogoutOutlined aria-hidden />} loading={signOut.isPending} onClick={handleSignOut}>
              Đăng xuất
            </Button>
          </Flex>
        </Header>
        <Content className="app-content">
          <main>
            <Outlet />
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
