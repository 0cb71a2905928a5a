/** Requests the user's unit received (reports it owes) and those its subtree sent (who has reported). */
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Empty, Progress, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { reportKindLabels } from '../../../../src/templates/schema.js';
import type { RequestSummary } from '../../../../src/reports/schema.js';
import { errorMessage } from '../../api.js';
import { formatDate } from '../../format.js';
import { useCanSendRequests } from '../../session.js';
import { RecipientStatusTag } from '../reports/reportLabels.js';
import { useRequests } from './queries.js';

export function DeadlineTag({ request }: { request: Pick<RequestSummary, 'daysLeft' | 'deadlineText'> }) {
  const color = request.daysLeft < 0 ? 'red' : request.daysLeft <= 3 ? 'orange' : 'green';
  return <Tag color={color}>{request.deadlineText}</Tag>;
}

export function RequestsPage() {
  const navigate = useNavigate();
  const requests = useRequests();
  const canSend = useCanSendRequests();
  const received = (requests.data ?? []).filter((r) => r.direction === 'received');
  const sent = (requests.data ?? []).filter((r) => r.direction === 'sent');
  const title = (r: RequestSummary) => (
    <Space direction="vertical" size={0}>
      <Link to={`/report-requests/${r.id}`}>{r.subject}</Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.basisCitation ?? reportKindLabels[r.reportKind]}</Typography.Text>
    </Space>
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} className="page-title">Yêu cầu báo cáo</Typography.Title>
        {canSend ? <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/report-requests/new')}>Gửi yêu cầu báo cáo</Button> : null}
      </Space>
      {requests.isError ? <Alert type="error" showIcon message={errorMessage(requests.error)} /> : null}
      <Card>
        <Tabs
          // Opens on what the unit has: a province that only sends sees its sent requests. Keyed on the
          // load, since the default tab is read once and the lists are empty until they arrive.
          key={requests.isSuccess ? 'loaded' : 'loading'}
          defaultActiveKey={received.length || !sent.length ? 'received' : 'sent'}
          items={[
            {
              key: 'received', label: `Đơn vị phải báo cáo (${received.length})`,
              children: (
                <Table
                  aria-label="Yêu cầu đơn vị phải báo cáo" rowKey="id" loading={requests.isLoading} dataSource={received} scroll={{ x: 'max-content' }}
                  locale={{ emptyText: <Empty description="Chưa có yêu cầu báo cáo nào gửi đến đơn vị." /> }} pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  columns={[
                    { title: 'Yêu cầu', render: (_, r) => title(r) },
                    { title: 'Của', dataIndex: 'issuingUnitName' },
                    { title: 'Hạn nộp', render: (_, r) => <Space direction="vertical" size={2}>{formatDate(r.deadline)}{r.mine && ['not_started', 'drafting', 'returned'].includes(r.mine.status) ? <DeadlineTag request={r} /> : null}</Space> },
                    { title: 'Tình trạng', render: (_, r) => (r.mine ? <RecipientStatusTag status={r.mine.status} /> : null) },
                    {
                      title: '', key: 'open', render: (_, r) => (r.mine?.reportId
                        ? <Link to={`/reports/${r.mine.reportId}`}>Mở báo cáo</Link>
                        : <Link to={`/report-requests/${r.id}`}>Viết báo cáo</Link>),
                    },
                  ]}
                />
              ),
            },
            {
              key: 'sent', label: `Đã gửi cho cấp dưới (${sent.length})`,
              children: (
                <Table
                  aria-label="Yêu cầu đã gửi" rowKey="id" loading={requests.isLoading} dataSource={sent} scroll={{ x: 'max-content' }}
                  locale={{ emptyText: <Empty description="Đơn vị chưa gửi yêu cầu báo cáo nào." /> }} pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  columns={[
                    { title: 'Yêu cầu', render: (_, r) => title(r) },
                    { title: 'Đơn vị gửi', dataIndex: 'issuingUnitName' },
                    { title: 'Hạn nộp', render: (_, r) => formatDate(r.deadline) },
                    { title: 'Đã nhận', render: (_, r) => <span>{r.progress.received}/{r.progress.expected}</span> },
                    { title: 'Đầy đủ', render: (_, r) => <Progress percent={r.progress.completeness ?? 0} size="small" style={{ width: 120 }} /> },
                    { title: 'Đúng hạn', render: (_, r) => <Progress percent={r.progress.timeliness ?? 0} size="small" strokeColor="#389e0d" style={{ width: 120 }} /> },
                    { title: 'Chậm', render: (_, r) => (r.progress.late ? <Tag color="red">{r.progress.late} đơn vị</Tag> : <Tag>0</Tag>) },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
