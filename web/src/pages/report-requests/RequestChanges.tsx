/** The issuer's changes to a sent request: extend the deadline (gia hạn) or withdraw it (thu hồi, with a reason). */
import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestExtendInput, requestWithdrawInput } from '../../../../src/requests/schema.js';
import { type RequestOut } from '../../../../src/reports/schema.js';
import { api, errorMessage } from '../../api.js';
import { datePickerFormat, formatDate, formatDateTime, fromDayjs, toDayjs } from '../../format.js';
import { useSingleFlight } from '../../useSingleFlight.js';

type Change = 'extend' | 'withdraw';

export function WithdrawnNotice({ request }: { request: RequestOut }) {
  if (!request.withdrawn) return null;
  return (
    <Alert type="warning" showIcon message={`Yêu cầu đã được thu hồi lúc ${formatDateTime(request.withdrawn.at)}`}
      description={<>Lý do: {request.withdrawn.reason}. Báo cáo đã soạn theo yêu cầu này vẫn được giữ.</>} />
  );
}

export function RequestChanges({ request }: { request: RequestOut }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState<Change | null>(null);
  const [deadline, setDeadline] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (kind: Change) => {
      const parsed = kind === 'extend'
        ? requestExtendInput.safeParse({ deadline, reason, version: request.version })
        : requestWithdrawInput.safeParse({ reason, version: request.version });
      if (!parsed.success) throw new Error(parsed.error.issues[0]!.message);
      return api.post<RequestOut>(`/api/v1/report-requests/${request.id}/${kind === 'extend' ? 'deadline' : 'withdraw'}`, parsed.data);
    },
    onSuccess: (updated, kind) => {
      client.setQueryData(['request', request.id], updated);
      void client.invalidateQueries({ queryKey: ['requests'] });
      void message.success(kind === 'extend' ? `Đã gia hạn đến ${formatDate(updated.deadline)}.` : 'Đã thu hồi yêu cầu.');
      setOpen(null);
    },
    onError: (err) => setProblem(errorMessage(err)),
  });
  const submit = useSingleFlight(() => change.mutateAsync(open!));
  if (!request.canManage) return null;
  const show = (kind: Change) => {
    setOpen(kind);
    setDeadline(null);
    setReason('');
    setProblem(null);
  };
  return (
    <>
      <Space wrap>
        <Button onClick={() => show('extend')}>Gia hạn</Button>
        <Button danger onClick={() => show('withdraw')}>Thu hồi yêu cầu</Button>
      </Space>
      <Modal
        open={open !== null} title={open === 'extend' ? 'Gia hạn nộp báo cáo' : 'Thu hồi yêu cầu báo cáo'} destroyOnHidden
        okText={open === 'extend' ? 'Gia hạn' : 'Thu hồi'} okButtonProps={{ danger: open === 'withdraw', loading: change.isPending }} cancelText="Hủy"
        onOk={submit} onCancel={() => setOpen(null)}
      >
        {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} role="alert" /> : null}
        <Form layout="vertical" component="div">
          {open === 'extend' ? (
            <Form.Item label={`Hạn nộp mới (hạn hiện tại ${formatDate(request.deadline)})`} required>
              <DatePicker aria-label="Hạn nộp mới" format={datePickerFormat} value={toDayjs(deadline)} onChange={(d) => setDeadline(fromDayjs(d))} />
            </Form.Item>
          ) : (
            <Alert type="warning" style={{ marginBottom: 12 }} message="Các đơn vị sẽ thấy yêu cầu đã thu hồi và không phải nộp nữa; báo cáo đã soạn vẫn được giữ." />
          )}
          <Form.Item label={open === 'extend' ? 'Lý do gia hạn (không bắt buộc)' : 'Lý do thu hồi'} required={open === 'withdraw'}>
            <Input.TextArea aria-label={open === 'extend' ? 'Lý do gia hạn' : 'Lý do thu hồi'} autoSize={{ minRows: 2, maxRows: 5 }} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
