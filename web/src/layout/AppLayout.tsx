import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { App, Badge, Button, Drawer, Dropdown, Grid, Layout, Menu, Space, type MenuProps } from 'antd';
import { hasUnsavedChanges } from '../useLeaveGuard.js';
import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { roleLabels } from '../../../src/core/access/rules.js';
import { activeSection, visibleSections, type Section } from '../sections.js';
import { useLogout, useSession } from '../session.js';
import { ChangePasswordModal } from './ChangePasswordModal.js';
import { useDashboard, useNotices } from '../pages/report-requests/queries.js';
import { pendingTitle } from '../pages/dashboard/AboveCards.js';
import { NoticeBell } from './NoticeBell.js';

const { Header, Sider, Content, Footer } = Layout;
type MenuItems = NonNullable<MenuProps['items']>;

function Logo() {
  return (
    <div className="app-logo">
      danvan
      <small>Hệ thống quản lý công tác Dân vận chính quyền</small>
    </div>
  );
}

export function AppLayout() {
  const session = useSession();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.lg;
  const isNarrow = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const { modal } = App.useApp();

  const list = visibleSections(session);
  // Reports the user's unit still owes: a count beside "Yêu cầu báo cáo".
  const owed = useNotices().data?.length ?? 0;
  // Reports submitted to the user's unit and waiting for it (a province or district): a count beside "Báo cáo".
  const pending = useDashboard().data?.above?.pending.count ?? 0;
  const active = activeSection(location.pathname, list);
  const entry = (s: Section) => ({
    key: s.key,
    icon: s.icon,
    label: (
      <Link to={s.path} onClick={() => setDrawerOpen(false)} className={s.comingSoon ? 'menu-soon' : undefined}
        title={s.comingSoon ? `${s.label} (sắp có)` : undefined}>
        {s.label}
        {s.key === 'report-requests' && owed ? <Badge count={owed} size="small" offset={[6, -2]} title={`${owed} báo cáo đơn vị phải nộp`} /> : null}
        {s.key === 'reports' && pending ? <Badge count={pending} size="small" offset={[6, -2]} title={pendingTitle(pending)} /> : null}
      </Link>
    ),
  });
  // The entries of a group sit under its heading, where its first entry is (the registries).
  const items: MenuItems = [];
  const groups = new Map<string, MenuItems>();
  for (const s of list) {
    if (!s.group) {
      items.push(entry(s));
      continue;
    }
    let children = groups.get(s.group);
    if (!children) {
      children = [];
      groups.set(s.group, children);
      items.push({ type: 'group', key: `group-${s.group}`, label: s.group, children });
    }
    children.push(entry(s));
  }
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      aria-label="Các chức năng của hệ thống"
      selectedKeys={active ? [active.key] : []}
      items={items}
    />
  );

  const { user } = session;
  const who = `${user.fullName} · ${user.unitName} · ${user.roles.map((r) => roleLabels[r]).join(', ')}`;
  const userMenu = {
    items: [
      ...(isNarrow ? [{ key: 'me', label: who, disabled: true, style: { maxWidth: 280, whiteSpace: 'normal' as const } }, { type: 'divider' as const }] : []),
      { key: 'password', icon: <KeyOutlined />, label: 'Đổi mật khẩu' },
      { type: 'divider' as const },
      { key: 'logout', icon: <LogoutOutlined />, label: 'Đăng xuất', danger: true },
    ],
    onClick: ({ key }: { key: string }) => {
      if (key === 'password') setPasswordOpen(true);
      if (key !== 'logout') return;
      const leave = () => void logout().then(() => navigate('/login'));
      if (!hasUnsavedChanges()) return leave();
      modal.confirm({
        title: 'Có thay đổi chưa lưu', okText: 'Đăng xuất', okButtonProps: { danger: true }, cancelText: 'Ở lại', onOk: leave,
        content: 'Những gì bạn vừa nhập chưa được lưu lên máy chủ. Báo cáo đang soạn vẫn được giữ trên máy này và được đề nghị khôi phục khi bạn đăng nhập lại; các biểu mẫu khác sẽ mất.',
      });
    },
  };

  return (
    <Layout style={{ minHeight: '100%' }}>
      {/* The first Tab stop: past the menu, straight to the page. */}
      <a className="skip-link" href="#noi-dung">Bỏ qua menu, đến nội dung chính</a>
      {isPhone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          width={270}
          title={null}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          <Logo />
          {menu}
        </Drawer>
      ) : (
        <Sider width={240} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
          <Logo />
          {menu}
        </Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Header className="app-header">
          {isPhone ? (
            <Button type="text" icon={<MenuOutlined />} aria-label="Mở menu" onClick={() => setDrawerOpen(true)} />
          ) : null}
          <div className="grow">
            {isPhone ? <span className="app-header-title">{active?.label ?? 'danvan'}</span> : null}
          </div>
          {isNarrow ? null : <div className="user-line">
            <div className="name">{user.fullName}</div>
            <div className="unit">
              {user.unitName} · {user.roles.map((r) => roleLabels[r]).join(', ')}
            </div>
          </div>}
          <NoticeBell />
          <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
            <Button shape="circle" icon={<UserOutlined />} aria-label="Tài khoản của tôi" />
          </Dropdown>
        </Header>
        <Content className="app-content" id="noi-dung" tabIndex={-1}>
          <Outlet />
        </Content>
        <Footer className="app-footer">
          <Space wrap split="·" style={{ justifyContent: 'center' }}>
            <span>danvan - Dân vận chính quyền</span>
            <a href="/api/docs" target="_blank" rel="noreferrer">Tài liệu API (OpenAPI)</a>
            <span>Ngày hiển thị theo giờ Việt Nam</span>
          </Space>
        </Footer>
      </Layout>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </Layout>
  );
}
