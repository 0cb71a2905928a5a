import { Alert, Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { passwordProblem } from '../../../../src/accounts/rules.js';
import type { UserOut } from '../../../../src/accounts/schema.js';
import { api, errorMessage } from '../../api.js';

export function ResetPasswordModal({ user, onClose, onDone }: { user: UserOut; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const reset = useMutation({
    mutationFn: (password: string) => api.post(`/api/v1/users/${user.id}/password`, { password }),
    onSuccess: onDone,
  });
  return (
    <Modal
      open
      title={`Đặt lại mật khẩu cho ${user.username}`}
      okText="Đặt lại mật khẩu"
      cancelText="Hủy"
      confirmLoading={reset.isPending}
      onOk={() => void form.validateFields().then((v) => reset.mutate(v.password))}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message="Các phiên đăng nhập hiện tại của tài khoản này sẽ bị kết thúc." />
      {reset.isError ? <Alert type="error" showIcon role="alert" message={errorMessage(reset.error)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item
          name="password"
          label="Mật khẩu mới"
          rules={[
            { required: true, message: 'Nhập mật khẩu mới' },
            { validator: (_, v: string | undefined) => { const p = v ? passwordProblem(v, user.username) : null; return p ? Promise.reject(new Error(p)) : Promise.resolve(); } },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="Nhập lại mật khẩu mới"
          dependencies={['password']}
          rules={[
            { required: true, message: 'Nhập lại mật khẩu' },
            ({ getFieldValue }) => ({ validator: (_, v: string | undefined) => (!v || v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('Hai mật khẩu không khớp'))) }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
