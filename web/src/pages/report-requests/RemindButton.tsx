/** Nhắc nhở: the issuer sends the overdue units of a request a notice; once a unit a day (the server decides). */
import { App, Button, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReminderOut } from '../../../../src/reports/dashboard-schema.js';
import { api, errorMessage } from '../../api.js';

interface Props {
  requestId: number;
  subject: string;
  overdue: number;
  remindedToday: number;
  size?: 'small' | 'middle';
}

export function RemindButton({ requestId, subject, overdue, remindedToday, size = 'middle' }: Props) {
  const client = useQueryClient();
  const { modal, message } = App.useApp();
  const remind = useMutation({
    mutationFn: () => api.post<ReminderOut>(`/api/v1/report-requests/${requestId}/remind`, {}),
    onSuccess: (answer) => {
      void message.success(answer.message, 6);
      void client.invalidateQueries({ queryKey: ['dashboard'] });
      void client.invalidateQueries({ queryKey: ['request', requestId] });
    },
    onError: (err) => modal.warning({ title: 'Chưa gửi nhắc nhở', content: errorMessage(err) }),
  });
  const allDone = remindedToday >= overdue;
  // The name read out starts with what the button shows, then says which request it is for.
  const label = allDone ? 'Đã nhắc hôm nay' : 'Nhắc nhở';
  const ask = () => modal.confirm({
    title: 'Nhắc nhở các đơn vị quá hạn',
    content: `Gửi thông báo nhắc nộp báo cáo “${subject}” đến ${overdue - remindedToday} đơn vị đã quá hạn chưa nộp? Mỗi đơn vị chỉ được nhắc một lần mỗi ngày.`,
    // The dialog waits for the answer (its button spins), so a second click sends nothing more.
    okText: 'Gửi nhắc nhở', cancelText: 'Hủy', onOk: () => remind.mutateAsync().catch(() => undefined),
  });
  return (
    <Tooltip title={allDone ? 'Hôm nay đã nhắc mọi đơn vị quá hạn; mỗi đơn vị một lần mỗi ngày.' : undefined}>
      <Button size={size} icon={<BellOutlined />} loading={remind.isPending} disabled={allDone} onClick={ask} aria-label={`${label}: ${subject}`}>
        {label}
      </Button>
    </Tooltip>
  );
}
