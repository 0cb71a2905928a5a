import { Alert, App, Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { api, errorMessage } from '../api.js';
import { useSession } from '../session.js';
import { NewPasswordFields } from './NewPasswordFields.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const change = useMutation({
    mutationFn: (v: Values) => api.post('/api/v1/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      void message.success('Đã đổi mật khẩu.');
      form.resetFields();
      onClose();
    },
  });

  return (
    <Modal
      title="Đổi mật khẩu"
      open={open}
      okText="Đổi mật khẩu"
      cancelText="Hủy"
      confirmLoading={change.isPending}
      onOk={() => void form.validateFields().then((v) => change.mutate(v), () => undefined)}
      onCancel={() => {
        form.resetFields();
        change.reset();
        onClose();
      }}
      maskClosable={false} keyboard={false} destroyOnHidden
    >
      {change.isError ? <Alert type="error" showIcon message={errorMessage(change.error)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item name="currentPassword" label="Mật khẩu hiện tại" rules={[{ required: true, message: 'Nhập mật khẩu hiện tại' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields name="newPassword" username={user.username} extra="Ít nhất 8 ký tự, không trùng tên đăng nhập." />
      </Form>
    </Modal>
  );
}
