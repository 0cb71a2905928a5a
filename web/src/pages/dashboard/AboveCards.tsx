/** A province's or district's dashboard: what waits for it, how its requests go, which units are late. */
import { Link } from 'react-router';
import { Card, Col, Empty, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import type { DashboardOut } from '../../../../src/reports/dashboard-schema.js';
import { formatDate, formatDateTime } from '../../format.js';
import { RecipientStatusTag } from '../reports/reportLabels.js';
import { DeadlineTag } from '../report-requests/RequestsPage.js';
import { RemindButton } from '../report-requests/RemindButton.js';

type Above = NonNullable<DashboardOut['above']>;

export const pendingTitle = (count: number) => `Báo cáo chờ tiếp nhận (${count})`;

/** A count that opens the list it counts. */
export function CountCard({ title, value, suffix, to, danger }: { title: string; value: number; suffix?: string; to: string; danger?: boolean }) {
  const card = (
    <Card size="small" hoverable>
      <Statistic title={title} value={value} suffix={suffix} valueStyle={danger && value > 0 ? { color: '#cf1322' } : undefined} />
    </Card>
  );
  const label = `${title}: ${value}${suffix ?? ''}`;
  // A card further down this page is reached by its anchor, not by the router.
  return to.startsWith('#')
    ? <a href={to} className="count-card" aria-label={label}>{card}</a>
    : <Link to={to} className="count-card" aria-label={label}>{card}</Link>;
}

function Counts({ above }: { above: Above }) {
  const expected = above.requests.items.reduce((n, r) => n + r.progress.expected, 0);
  const received = above.requests.items.reduce((n, r) => n + r.progress.received, 0);
  return (
    <Row gutter={[12, 12]}>
      <Col xs={12} lg={6}><CountCard title="Báo cáo chờ tiếp nhận" value={above.pending.count} to="/reports?pending=true" /></Col>
      <Col xs={12} lg={6}><CountCard title="Yêu cầu đang mở" value={above.requests.open} to="/report-requests" /></Col>
      <Col xs={12} lg={6}><CountCard title="Đơn vị quá hạn chưa nộp" value={above.overdue.units} to="#don-vi-qua-han" danger /></Col>
      <Col xs={12} lg={6}><CountCard title="Báo cáo đã nhận" value={received} suffix={` / ${expected}`} to="/report-requests" /></Col>
    </Row>
  );
}

function Pending({ pending }: { pending: Above['pending'] }) {
  return (
    <Card title={pendingTitle(pending.count)} extra={pending.count ? <Link to="/reports?pending=true">Xem tất cả</Link> : null}>
      {pending.items.length === 0 ? <Typography.Text type="secondary">Không có báo cáo nào chờ tiếp nhận.</Typography.Text> : (
        <List size="small" aria-label="Báo cáo chờ tiếp nhận" dataSource={pending.items} renderItem={(r) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <Link to={`/reports/${r.reportId}`}>{r.title}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.unitName}{r.numberText ? ` · ${r.numberText}` : ''}{r.submittedAt ? ` · trình lúc ${formatDateTime(r.submittedAt)}` : ''}</Typography.Text>
            </Space>
          </List.Item>
        )} />
      )}
    </Card>
  );
}

function Requests({ requests }: { requests: Above['requests'] }) {
  return (
    <Card title={`Yêu cầu đang mở (${requests.open})`} extra={<Link to="/report-requests">Tất cả yêu cầu</Link>}>
      {requests.items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có yêu cầu báo cáo nào đang mở." /> : (
        <List aria-label="Tiến độ các yêu cầu" dataSource={requests.items} renderItem={(r) => (
          <List.Item
            actions={r.canRemind ? [<RemindButton key="remind" size="small" requestId={r.id} subject={r.subject} overdue={r.progress.overdue} remindedToday={r.remindedToday} />] : []}
          >
            <Space direction="vertical" size={4}>
              <Link to={`/report-requests/${r.id}`}>{r.subject}</Link>
              <Space wrap size={4}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>Hạn nộp {formatDate(r.deadline)}</Typography.Text>
                <DeadlineTag request={r} />
                <Tag>Đã nhận {r.progress.received}/{r.progress.expected}</Tag>
                <Tag color={r.progress.received > r.progress.accepted ? 'processing' : undefined}>Chờ tiếp nhận {r.progress.received - r.progress.accepted}</Tag>
                <Tag color="success">Đã tiếp nhận {r.progress.accepted}</Tag>
                {r.progress.overdue ? <Tag color="red">Quá hạn {r.progress.overdue} đơn vị</Tag> : null}
              </Space>
            </Space>
          </List.Item>
        )} />
      )}
    </Card>
  );
}

function Overdue({ overdue }: { overdue: Above['overdue'] }) {
  return (
    <Card id="don-vi-qua-han" title={`Đơn vị quá hạn chưa nộp (${overdue.units})`}>
      {overdue.items.length === 0 ? <Typography.Text type="secondary">Không có đơn vị nào quá hạn.</Typography.Text> : (
        <List size="small" aria-label="Đơn vị quá hạn chưa nộp" dataSource={overdue.items} renderItem={(o) => (
          <List.Item>
            <Space direction="vertical" size={2}>
              <Space wrap size={4}>
                <Typography.Text strong>{o.unitName}</Typography.Text>
                <Tag color="red">Quá hạn {o.daysOverdue} ngày</Tag>
                <RecipientStatusTag status={o.status} />
                {o.remindedToday ? <Tag color="gold">Đã nhắc hôm nay</Tag> : null}
              </Space>
              <Link to={`/report-requests/${o.requestId}`} style={{ fontSize: 13 }}>{o.subject}</Link>
            </Space>
          </List.Item>
        )} />
      )}
      {overdue.count > overdue.items.length ? <Typography.Text type="secondary">Và {overdue.count - overdue.items.length} lượt quá hạn khác: xem từng yêu cầu.</Typography.Text> : null}
    </Card>
  );
}

export function AboveCards({ above }: { above: Above }) {
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Counts above={above} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}><Pending pending={above.pending} /></Col>
        <Col xs={24} xl={12}><Overdue overdue={above.overdue} /></Col>
      </Row>
      <Requests requests={above.requests} />
    </Space>
  );
}
