/** Deleting a registry record: a reason is required, and the record stays readable with it. */
import { useState } from 'react';
import { Alert, Input, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { api, errorMessage } from '../../api.js';

interface Props<T> {
  title: string;
  /** POST …/{id}/delete of the record. */
  url: string;
  version: number;
  explanation: string;
  onClose: () => void;
  onDeleted: (record: T) => void;
}

export function DeleteRecordModal<T>({ title, url, version, explanation, onClose, onDeleted }: Props<T>) {
  const [reason, setReason] = useState('');
  const remove = useMutation({ mutationFn: () => api.post<T>(url, { reason, version }), onSuccess: onDeleted });
  return (
    <Modal open title={title} okText="Xóa" okButtonProps={{ danger: true, disabled: !reason.trim(), loading: remove.isPending }}
      cancelText="Hủy" onOk={() => remove.mutate()} onCancel={onClose} maskClosable={false}>
      <Typography.Paragraph>{explanation}</Typography.Paragraph>
      <Input.TextArea aria-label="Lý do xóa" placeholder="Lý do xóa (bắt buộc)" value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 2 }} />
      {remove.isError ? <Alert style={{ marginTop: 8 }} type="error" showIcon role="alert" message={errorMessage(remove.error)} /> : null}
    </Modal>
  );
}
