/** What the user's own unit owes: reports to send (and why one came back), its drafts, its notices. */
import { Link } from 'react-router';
import { Alert, Card, Col, Row, Space, Tag, Typography } from 'antd';
import type { DashboardOut } from '../../../../src/reports/dashboard-schema.js';
import { formatDate } from '../../format.js';
import { RecipientStatusTag } from '../reports/reportLabels.js';
import { useUnitNotices } from '../report-requests/queries.js';
import { CountCard } from './AboveCards.js';
import { MarkReadButton, UnitNoticeItems } from './UnitNotices.js';

type Own = NonNullable<DashboardOut['own']>;

/** The reports the unit owes, nearest deadline first, with the days left and, when sent back, the reason. */
function Owed({ owed }: { owed: Own['owed'] }) {
  if (owed.length === 0) return null;
  return (
    <Card title={`Báo cáo đơn vị phải nộp (${owed.length})`} extra={<Link to="/report-requests">Tất cả yêu cầu</Link>}>
      <Space direction="vertical" size={8} style={{ width: '100%' }} role="list" aria-label="Báo cáo phải nộp">
        {owed.map((n) => (
          <Alert
            key={n.requestId} role="listitem" type={n.daysLeft < 0 ? 'error' : n.status === 'returned' || n.daysLeft <= 3 ? 'warning' : 'info'} showIcon
            message={<Link to={n.reportId ? `/reports/${n.reportId}` : `/report-requests/${n.requestId}`}>{n.subject}</Link>}
            description={(
              <Space direction="vertical" size={4}>
                <Space wrap size={6}><span>{n.issuingUnitName} · hạn nộp {formatDate(n.deadline)}</span><Tag color={n.daysLeft < 0 ? 'red' : 'blue'}>{n.text}</Tag><RecipientStatusTag status={n.status} /></Space>
                {n.returnReason ? <span>Lý do trả lại: {n.returnReason}</span> : null}
              </Space>
            )}
          />
        ))}
      </Space>
    </Card>
  );
}

/** Reports sent back that answer no request (those that do are in the list above, with their reason). */
function Returned({ returned }: { returned: Own['returned'] }) {
  const alone = returned.filter((r) => r.requestId === null);
  if (alone.length === 0) return null;
  return (
    <Card title={`Báo cáo bị trả lại (${alone.length})`}>
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        {alone.map((r) => (
          <Alert key={r.reportId} type="warning" showIcon message={<Link to={`/reports/${r.reportId}`}>{r.title}</Link>} description={`Lý do trả lại: ${r.reason}`} />
        ))}
      </Space>
    </Card>
  );
}

function Notices({ notices }: { notices: ReturnType<typeof useUnitNotices> }) {
  const data = notices.data;
  return (
    <Card id="thong-bao" title={`Thông báo gửi đơn vị${data?.unread ? ` (${data.unread} chưa đọc)` : ''}`} loading={notices.isLoading} extra={<MarkReadButton unread={data?.unread ?? 0} />}>
      {notices.isError ? <Typography.Text type="danger">Không tải được thông báo.</Typography.Text> : <UnitNoticeItems items={data?.items ?? []} limit={5} />}
    </Card>
  );
}

/** `showCounts`: a commune's dashboard; on a province's, the unit's own cards show only when it has something. */
export function OwnCards({ own, showCounts }: { own: Own; showCounts: boolean }) {
  const notices = useUnitNotices({ fresh: true });
  const returned = own.returned.length;
  const anyNotice = (notices.data?.items.length ?? 0) > 0;
  if (!showCounts && !anyNotice && own.owed.length === 0 && !own.returned.some((r) => r.requestId === null)) return null;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {showCounts ? (
        <Row gutter={[12, 12]}>
          <Col xs={12} lg={8}><CountCard title="Báo cáo phải nộp" value={own.owed.length} to="/report-requests" danger={own.owed.some((o) => o.daysLeft < 0)} /></Col>
          <Col xs={12} lg={8}><CountCard title="Báo cáo bị trả lại" value={returned} to="/reports?status=returned" danger /></Col>
          <Col xs={24} lg={8}><CountCard title="Dự thảo đang soạn" value={own.drafts} to="/reports?status=draft" /></Col>
        </Row>
      ) : null}
      <Owed owed={own.owed} />
      <Returned returned={own.returned} />
      {showCounts || anyNotice ? <Notices notices={notices} /> : null}
    </Space>
  );
}
