import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionOut } from '../../../src/accounts/schema.js';
import { api, errorMessage, setCsrfToken } from '../api.js';
import { sessionKey } from '../session.js';

const demoAccounts: [string, string][] = [
  ['admin', 'quản trị hệ thống, Tỉnh Quảng Ngãi'],
  ['trabong', 'lãnh đạo, Huyện Trà Bồng'],
  ['tratay', 'nhập liệu, Xã Trà Tây'],
  ['tratan', 'nhập liệu, Xã Trà Tân'],
  ['nguyennghiem', 'lãnh đạo, Phường Nguyễn Nghiêm'],
  ['viewer', 'chỉ xem, Tỉnh Quảng Ngãi'],
];

export function LoginPage() {
  const client = useQueryClient();
  const login = useMutation({
    mutationFn: (v: { username: string; password: string }) => api.post<SessionOut>('/api/v1/auth/login', v),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.setQueryData(sessionKey, session);
    },
  });

  return (
    <div className="login-wrap">
      <Card className="login-card">
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 0, color: '#b91c1c' }}>danvan</Typography.Title>
        <Typography.Paragraph type="secondary">Hệ thống quản lý công tác Dân vận chính quyền</Typography.Paragraph>
        {login.isError ? <Alert type="error" showIcon message={errorMessage(login.error)} style={{ marginBottom: 16 }} role="alert" /> : null}
        <Form layout="vertical" onFinish={(v: { username: string; password: string }) => login.mutate(v)} requiredMark={false} aria-label="Đăng nhập">
          <Form.Item name="username" label="Tên đăng nhập" rules={[{ required: true, message: 'Nhập tên đăng nhập' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label="Mật khẩu" rules={[{ required: true, message: 'Nhập mật khẩu' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>Đăng nhập</Button>
        </Form>
        <Alert
          type="info"
          style={{ marginTop: 20 }}
          message="Tài khoản dùng thử (mật khẩu demo1234)"
          description={
            <ul style={{ paddingInlineStart: 18, margin: 0 }}>
              {demoAccounts.map(([u, d]) => <li key={u}><Typography.Text code>{u}</Typography.Text> {d}</li>)}
            </ul>
          }
        />
      </Card>
    </div>
  );
}
