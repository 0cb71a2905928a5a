import { Alert, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { passwordProblem } from '../../../src/accounts/rules.js';
import { firstRunInput, type FirstRunInput, type SessionOut } from '../../../src/accounts/schema.js';
import { api, errorMessage, setCsrfToken } from '../api.js';
import { sessionKey } from '../session.js';

interface Values {
  unitCode: string;
  unitType: 'Tỉnh' | 'Thành phố';
  unitName: string;
  fullName: string;
  username: string;
  password: string;
  confirm: string;
}

/** Where a field error of the shared schema shows on this form. */
const formField: Record<string, string> = { 'unit.code': 'unitCode', 'unit.typeName': 'unitType', 'unit.name': 'unitName' };

/**
 * A new installation has no account: its first page creates the province (or city) it serves and the
 * first administrator, who is then signed in. The server closes this path once an account exists.
 */
export function FirstRunPage() {
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: (input: FirstRunInput) => api.post<SessionOut>('/api/v1/setup', input),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.setQueryData(['first-run'], { needed: false });
      client.setQueryData(sessionKey, session);
    },
  });

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const parsed = firstRunInput.safeParse({
      unit: { code: v.unitCode, typeName: v.unitType, name: v.unitName }, username: v.username, fullName: v.fullName, password: v.password,
    });
    if (!parsed.success) {
      return form.setFields(parsed.error.issues.map((i) => ({ name: (formField[i.path.join('.')] ?? String(i.path[0])) as keyof Values, errors: [i.message] })));
    }
    const problem = passwordProblem(parsed.data.password, parsed.data.username);
    if (problem) return form.setFields([{ name: 'password', errors: [problem] }]);
    create.mutate(parsed.data);
  };

  return (
    <div className="login-wrap">
      <Card className="login-card" style={{ maxWidth: 520 }}>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 0, color: '#b91c1c' }}>danvan</Typography.Title>
        <Typography.Title level={4} style={{ marginTop: 8 }}>Thiết lập lần đầu</Typography.Title>
        <Typography.Paragraph type="secondary">
          Hệ thống chưa có tài khoản nào. Nhập tỉnh (thành phố) sử dụng hệ thống và tài khoản quản trị đầu tiên;
          sau đó quản trị viên thêm các đơn vị và tài khoản khác.
        </Typography.Paragraph>
        {create.isError ? <Alert type="error" showIcon message={errorMessage(create.error)} style={{ marginBottom: 16 }} role="alert" /> : null}
        <Form form={form} layout="vertical" requiredMark={false} aria-label="Thiết lập lần đầu" initialValues={{ unitType: 'Tỉnh' }} onFinish={() => void submit()}>
          <Space.Compact block>
            <Form.Item name="unitType" label="Cấp" style={{ width: 140 }}>
              <Select aria-label="Cấp" options={[{ value: 'Tỉnh', label: 'Tỉnh' }, { value: 'Thành phố', label: 'Thành phố' }]} />
            </Form.Item>
            <Form.Item name="unitName" label="Tên tỉnh, thành phố" style={{ flex: 1 }} rules={[{ required: true, message: 'Nhập tên tỉnh, thành phố' }]}>
              <Input placeholder="Quảng Ngãi" />
            </Form.Item>
          </Space.Compact>
          <Form.Item name="unitCode" label="Mã đơn vị" extra="Mã tỉnh theo danh mục đơn vị hành chính, ví dụ 51 (Quảng Ngãi)." rules={[{ required: true, message: 'Nhập mã đơn vị' }]}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="fullName" label="Họ và tên quản trị viên" rules={[{ required: true, message: 'Nhập họ và tên' }]}>
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item name="username" label="Tên đăng nhập" rules={[{ required: true, message: 'Nhập tên đăng nhập' }]}>
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label="Mật khẩu" rules={[{ required: true, message: 'Nhập mật khẩu' }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="confirm" label="Nhập lại mật khẩu" dependencies={['password']} rules={[
            { required: true, message: 'Nhập lại mật khẩu' },
            ({ getFieldValue }) => ({ validator: (_, value) => (value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('Hai lần nhập mật khẩu không khớp'))) }),
          ]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={create.isPending}>Tạo tài khoản quản trị và đăng nhập</Button>
        </Form>
      </Card>
    </div>
  );
}
