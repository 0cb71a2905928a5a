import { useEffect, useState } from 'react';
import { Alert, Checkbox, Form, Input, Modal, Select, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { passwordProblem } from '../../../../src/accounts/rules.js';
import { roleLabels, type Role } from '../../../../src/core/access/rules.js';
import { userCreateInput, userUpdateInput, type UserOut } from '../../../../src/accounts/schema.js';
import { api, ApiError, errorMessage } from '../../api.js';
import { useSession } from '../../session.js';
import { useLeaveGuard } from '../../useLeaveGuard.js';
import { matchesLabel, unitOptions } from '../../units.js';
import type { UnitSummary } from '../../../../src/units/schema.js';

interface Values {
  username?: string;
  fullName?: string;
  unitCode?: string;
  roles?: Role[];
  password?: string;
  active?: boolean;
}

interface Props {
  /** null: create a new account. */
  user: UserOut | null;
  units: UnitSummary[];
  onClose: () => void;
  onSaved: (user: UserOut) => void;
}

/** Zod issue paths -> antd form field errors. */
function fieldErrors(issues: { path: PropertyKey[]; message: string }[]) {
  return issues.map((i) => ({ name: String(i.path[0] ?? 'fullName'), errors: [i.message] }));
}

export function UserFormModal({ user, units, onClose, onSaved }: Props) {
  const { permissions } = useSession();
  const [form] = Form.useForm<Values>();
  const creating = user === null;

  const client = useQueryClient();
  // Filled once per account: a reload of the list after a conflict must not wipe what was typed.
  const [opened] = useState(user);
  useEffect(() => {
    form.setFieldsValue(opened ? { fullName: opened.fullName, unitCode: opened.unitCode, roles: opened.roles, active: opened.active } : { roles: ['editor'] });
  }, [form, opened]);
  // What someone else saved since the dialog opened: shown, since the fields keep what was typed here.
  const changedElsewhere = user && opened && user.version !== opened.version ? [
    user.fullName !== opened.fullName ? `họ và tên "${user.fullName}"` : null,
    user.unitCode !== opened.unitCode ? `đơn vị ${user.unitName}` : null,
    [...user.roles].sort().join() !== [...opened.roles].sort().join() ? `vai trò ${user.roles.map((r) => roleLabels[r].toLocaleLowerCase('vi')).join(', ')}` : null,
    user.active !== opened.active ? (user.active ? 'đang hoạt động' : 'đã khóa') : null,
  ].filter((x): x is string => x !== null) : [];
  const dirty = Form.useWatch([], form) !== undefined && form.isFieldsTouched();
  const leaveGuard = useLeaveGuard(dirty, { what: creating ? 'tài khoản mới' : 'tài khoản' });

  const save = useMutation({
    mutationFn: (body: unknown) => (creating ? api.post<UserOut>('/api/v1/users', body) : api.patch<UserOut>(`/api/v1/users/${user.id}`, body)),
    onSuccess: (saved) => {
      form.resetFields();
      onSaved(saved);
    },
    onError: (err) => {
      // Someone saved the account meanwhile: load their version; the next save starts from it and keeps what was typed here.
      if (err instanceof ApiError && err.status === 409) void client.invalidateQueries({ queryKey: ['users'] });
      if (err instanceof ApiError && Array.isArray(err.details)) {
        const details = err.details as { field?: string; message?: string }[];
        form.setFields(details.filter((d) => d.field && d.message).map((d) => ({ name: d.field as keyof Values, errors: [d.message!] })));
      }
    },
  });

  const submit = async () => {
    // A failed check already shows its messages on the fields.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    if (creating) {
      const parsed = userCreateInput.safeParse(v);
      if (!parsed.success) return form.setFields(fieldErrors(parsed.error.issues) as never);
      const problem = passwordProblem(parsed.data.password, parsed.data.username);
      if (problem) return form.setFields([{ name: 'password', errors: [problem] }]);
      return save.mutate(parsed.data);
    }
    const changes: Record<string, unknown> = { version: user.version };
    if (v.fullName !== user.fullName) changes.fullName = v.fullName;
    if (v.unitCode !== user.unitCode) changes.unitCode = v.unitCode;
    if (JSON.stringify([...(v.roles ?? [])].sort()) !== JSON.stringify([...user.roles].sort())) changes.roles = v.roles;
    if (v.active !== user.active) changes.active = v.active;
    const parsed = userUpdateInput.safeParse(changes);
    if (!parsed.success) return form.setFields(fieldErrors(parsed.error.issues) as never);
    return save.mutate(parsed.data);
  };

  const roleOptions = [...new Set<Role>([...permissions.grantableRoles, ...(user?.roles ?? [])])].map((r) => ({
    value: r,
    label: roleLabels[r],
    disabled: !permissions.grantableRoles.includes(r),
  }));
  const unitChoices = unitOptions(units);
  if (user && !unitChoices.some((o) => o.value === user.unitCode)) unitChoices.unshift({ value: user.unitCode, label: user.unitName });

  return (
    <Modal
      open
      title={creating ? 'Tạo tài khoản' : `Sửa tài khoản ${user.username}`}
      okText={creating ? 'Tạo tài khoản' : 'Lưu'}
      cancelText="Hủy"
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      maskClosable={false} keyboard={false}
      destroyOnHidden
    >
      {leaveGuard}
      {changedElsewhere.length ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={`Bản mới nhất (phiên bản ${user!.version}) do người khác lưu: ${changedElsewhere.join('; ')}.`}
          description="Các ô dưới đây vẫn giữ những gì bạn nhập; bấm Lưu sẽ ghi những chỗ bạn đổi khác bản mới nhất." />
      ) : null}
      {save.isError && !(changedElsewhere.length && save.error instanceof ApiError && save.error.status === 409) ? <Alert type="error" showIcon role="alert" message={errorMessage(save.error)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" requiredMark="optional">
        {creating ? (
          <Form.Item name="username" label="Tên đăng nhập" extra="3-40 ký tự: chữ không dấu, số, dấu chấm, gạch ngang." rules={[{ required: true, message: 'Nhập tên đăng nhập' }]}>
            <Input autoComplete="off" />
          </Form.Item>
        ) : null}
        <Form.Item name="fullName" label="Họ và tên" rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="unitCode" label="Đơn vị" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
          <Select showSearch filterOption={matchesLabel} options={unitChoices} placeholder="Chọn đơn vị trong phạm vi của bạn" />
        </Form.Item>
        <Form.Item name="roles" label="Vai trò" rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một vai trò' }]}>
          <Checkbox.Group options={roleOptions} />
        </Form.Item>
        {creating ? (
          <Form.Item name="password" label="Mật khẩu ban đầu" extra="Ít nhất 8 ký tự, không trùng tên đăng nhập." rules={[{ required: true, message: 'Nhập mật khẩu' }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        ) : (
          <Form.Item name="active" label="Trạng thái" valuePropName="checked">
            <Switch checkedChildren="Đang hoạt động" unCheckedChildren="Đã khóa" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
