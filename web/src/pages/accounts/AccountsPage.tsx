import { useState } from 'react';
import { Alert, App, Button, Card, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { roleLabels } from '../../../../src/core/access/rules.js';
import { foldVietnamese } from '../../../../src/core/vi-format.js';
import type { UserOut } from '../../../../src/accounts/schema.js';
import { api, errorMessage } from '../../api.js';
import { useReferenceDate, useSession } from '../../session.js';
import { useScopeUnits } from '../../units.js';
import { ResetPasswordModal } from './ResetPasswordModal.js';
import { UserFormModal } from './UserFormModal.js';

const fold = (s: string) => foldVietnamese(s).toLowerCase();

export function AccountsPage() {
  const { permissions, user: me } = useSession();
  const ref = useReferenceDate();
  const scope = useScopeUnits(ref.date);
  const client = useQueryClient();
  const { message } = App.useApp();
  // The account by id: after a conflict the list reloads and the dialog edits the fresh row.
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserOut | null>(null);
  const [search, setSearch] = useState('');
  const users = useQuery({ queryKey: ['users'], queryFn: () => api.get<UserOut[]>('/api/v1/users') });

  if (!permissions.manageAccounts) return <Alert type="warning" showIcon message="Bạn không có quyền quản lý tài khoản." />;

  const needle = fold(search.trim());
  const rows = (users.data ?? []).filter((u) => !needle || fold(`${u.username} ${u.fullName} ${u.unitName} ${u.unitCode}`).includes(needle));

  const afterSave = (u: UserOut, created: boolean) => {
    setEditing(null);
    void client.invalidateQueries({ queryKey: ['users'] });
    void message.success(created ? `Đã tạo tài khoản ${u.username}.` : `Đã lưu tài khoản ${u.username}.`);
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} className="page-title">Tài khoản</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }}>
          <Input.Search allowClear aria-label="Tìm tài khoản" placeholder="Tìm theo tên, họ tên, đơn vị" onChange={(e) => setSearch(e.target.value)} style={{ width: 300, maxWidth: '100%' }} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>Tạo tài khoản</Button>
        </Space>
        {users.isError ? <Alert type="error" showIcon message={errorMessage(users.error)} /> : (
          <Table
            aria-label="Danh sách tài khoản"
            rowKey="id"
            size="middle"
            loading={users.isLoading}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              {
                title: 'Tên đăng nhập', dataIndex: 'username', sorter: (a, b) => a.username.localeCompare(b.username),
                render: (v: string, u) => <Space size={4}><Typography.Text strong>{v}</Typography.Text>{u.demo ? <Tag>demo</Tag> : null}{u.id === me.id ? <Tag color="blue">bạn</Tag> : null}</Space>,
              },
              { title: 'Họ và tên', dataIndex: 'fullName' },
              { title: 'Đơn vị', render: (_, u) => u.unitName },
              { title: 'Vai trò', render: (_, u) => u.roles.map((r) => <Tag key={r} color={r === 'admin' ? 'red' : r === 'manager' ? 'gold' : r === 'editor' ? 'blue' : 'default'}>{roleLabels[r]}</Tag>) },
              { title: 'Trạng thái', dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">Đang hoạt động</Tag> : <Tag color="red">Đã khóa</Tag>) },
              {
                // Icons only and not pinned: a pinned column covered "Trạng thái" at 1366 px and most of a phone.
                title: 'Thao tác', key: 'actions',
                render: (_, u) => (
                  <Space size={0}>
                    <Tooltip title="Sửa"><Button type="text" icon={<EditOutlined />} aria-label={`Sửa tài khoản ${u.username}`} onClick={() => setEditing(u.id)} /></Tooltip>
                    <Tooltip title="Đặt lại mật khẩu"><Button type="text" icon={<KeyOutlined />} aria-label={`Đặt lại mật khẩu ${u.username}`} onClick={() => setResetting(u)} /></Tooltip>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      {editing !== null && (editing === 'new' || users.data?.some((u) => u.id === editing)) ? (
        <UserFormModal
          user={editing === 'new' ? null : users.data!.find((u) => u.id === editing)!}
          units={scope.units}
          onClose={() => setEditing(null)}
          onSaved={(u) => afterSave(u, editing === 'new')}
        />
      ) : null}
      {resetting ? (
        <ResetPasswordModal
          user={resetting}
          onClose={() => setResetting(null)}
          onDone={() => { void message.success(`Đã đặt lại mật khẩu cho ${resetting.username}.`); setResetting(null); }}
        />
      ) : null}
    </Space>
  );
}
