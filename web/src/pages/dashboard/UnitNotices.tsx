/** The notices sent to the user's unit (reminders, returns), newest first: on the dashboard and under the bell. */
import { Link } from 'react-router';
import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { noticeKindLabels, type UnitNoticeList, type UnitNoticeOut } from '../../../../src/notices/schema.js';
import { api } from '../../api.js';
import { formatDateTime } from '../../format.js';

const linkOf = (n: UnitNoticeOut) => (n.reportId ? `/reports/${n.reportId}` : n.requestId ? `/report-requests/${n.requestId}` : null);

export function useMarkNoticesRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<UnitNoticeList>('/api/v1/unit-notices/read', {}),
    onSuccess: (list) => client.setQueryData(['unit-notices'], list),
  });
}

export function UnitNoticeItems({ items, limit, onOpen }: { items: UnitNoticeOut[]; limit?: number; onOpen?: () => void }) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có thông báo nào gửi đơn vị." />;
  return (
    <List
      size="small" aria-label="Thông báo gửi đơn vị" dataSource={limit ? items.slice(0, limit) : items}
      renderItem={(n) => {
        const to = linkOf(n);
        return (
          <List.Item className={n.read ? undefined : 'notice-unread'}>
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap size={6}>
                <Tag color={n.kind === 'reminder' ? 'red' : 'orange'}>{noticeKindLabels[n.kind]}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{n.senderName ?? 'Quản trị hệ thống'} · {formatDateTime(n.sentAt)}</Typography.Text>
                {n.read ? null : <Tag color="blue">Mới</Tag>}
              </Space>
              {to ? <Link to={to} onClick={onOpen}>{n.text}</Link> : <span>{n.text}</span>}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

export function MarkReadButton({ unread }: { unread: number }) {
  const mark = useMarkNoticesRead();
  if (unread === 0) return null;
  return <Button size="small" type="link" loading={mark.isPending} onClick={() => mark.mutate()}>Đánh dấu đã đọc ({unread})</Button>;
}
