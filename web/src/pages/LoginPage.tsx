import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { roleLabels } from '../../../src/core/access/rules.js';
import type { SessionOut, UserOut } from '../../../src/accounts/schema.js';
import { api, errorMessage, setCsrfToken } from '../api.js';
import { sessionKey } from '../session.js';

const endedKey = 'danvan.session-ended';

/** The session ended while the user worked: the next login page explains it (once). */
export function markSessionEnded(): void {
  try { window.sessionStorage.setItem(endedKey, '1'); } catch { /* storage off: no explanation */ }
}

function takeSessionEnded(): boolean {
  try {
    const ended = window.sessionStorage.getItem(endedKey) === '1';
    window.sessionStorage.removeItem(endedKey);
    return ended;
  } catch {
    return false;
  }
}

export function LoginPage() {
  const [ended] = useState(takeSessionEnded);
  const client = useQueryClient();
  // Only a database filled by the demo loader has demo accounts; a real installation shows none.
  const demo = useQuery({ queryKey: ['demo-accounts'], queryFn: () => api.get<Pick<UserOut, 'username' | 'fullName' | 'unitName' | 'roles'>[]>('/api/v1/auth/demo-accounts'), staleTime: Infinity });
  const login = useMutation({
    mutationFn: (v: { username: string; password: string }) => api.post<SessionOut>('/api/v1/auth/login', v),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.setQueryData(sessionKey, session);
    },
  });

  return (
    <div className="login-wrap">
      {/* Plain elements, not antd's Card and Typography: those bring tabs, menus and tooltips into the first script. */}
      <main className="login-card login-panel">
        <h1>danvan</h1>
        <p>Hệ thống quản lý công tác Dân vận chính quyền</p>
        {demo.data?.length ? (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="Bản dùng thử"
            description="Hệ thống đang chạy với dữ liệu minh họa (bốn báo cáo thật của các xã, phường, huyện và các tài khoản dùng thử bên dưới). Không nhập dữ liệu thật vào bản này." />
        ) : null}
        {ended ? (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} role="status" message="Phiên đăng nhập đã kết thúc (hết hạn hoặc đã đăng xuất ở nơi khác)."
            description="Đăng nhập lại để làm tiếp. Báo cáo đang soạn mà chưa kịp lưu vẫn được giữ trên máy này và sẽ được đề nghị khôi phục khi bạn mở lại." />
        ) : null}
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
        {demo.data?.length ? (
          <Alert
            type="info"
            style={{ marginTop: 20 }}
            message="Dữ liệu minh họa: tài khoản dùng thử (mật khẩu demo1234)"
            description={
              <ul style={{ paddingInlineStart: 18, margin: 0 }}>
                {demo.data.map((u) => <li key={u.username}><code>{u.username}</code> {u.roles.map((r) => roleLabels[r].toLocaleLowerCase('vi')).join(', ')}, {u.unitName}</li>)}
              </ul>
            }
          />
        ) : null}
      </main>
    </div>
  );
}
