import { Form, Input } from 'antd';
import { passwordProblem } from '../../../src/accounts/rules.js';

/** A new password and its confirmation, checked by the same rule as the server (accounts/rules.ts). */
export function NewPasswordFields({ name, username, extra }: { name: string; username: string; extra?: string }) {
  return (
    <>
      <Form.Item
        name={name}
        label="Mật khẩu mới"
        extra={extra}
        rules={[
          { required: true, message: 'Nhập mật khẩu mới' },
          { validator: (_, v: string | undefined) => { const p = v ? passwordProblem(v, username) : null; return p ? Promise.reject(new Error(p)) : Promise.resolve(); } },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label="Nhập lại mật khẩu mới"
        dependencies={[name]}
        rules={[
          { required: true, message: 'Nhập lại mật khẩu mới' },
          ({ getFieldValue }) => ({
            validator: (_, v: string | undefined) => (!v || v === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error('Hai mật khẩu mới không khớp'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
