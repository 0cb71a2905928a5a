import { Alert, Form, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { UserOut } from '../../../../src/accounts/schema.js';
import { api, errorMessage } from '../../api.js';
import { NewPasswordFields } from '../../layout/NewPasswordFields.js';

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
      onOk={() => void form.validateFields().then((v) => reset.mutate(v.password), () => undefined)}
      onCancel={onClose}
      maskClosable={false} keyboard={false} destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message="Các phiên đăng nhập hiện tại của tài khoản này sẽ bị kết thúc." />
      {reset.isError ? <Alert type="error" showIcon role="alert" message={errorMessage(reset.error)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical">
        <NewPasswordFields name="password" username={user.username} />
      </Form>
    </Modal>
  );
}
