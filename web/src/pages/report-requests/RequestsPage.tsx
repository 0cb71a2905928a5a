/** Requests the user's unit received (reports it owes) and those its subtree sent (who has reported). */
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Empty, Grid, Input, List, Progress, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { reportKindLabels, reportKinds } from '../../../../src/templates/schema.js';
import { deadlineStateLabels, deadlineStates, requestStates, type RequestQuery, type RequestSummary } from '../../../../src/reports/schema.js';
import { errorMessage } from '../../api.js';
import { formatDate, unitName } from '../../format.js';
import { useCanSendRequests, useReferenceDate } from '../../session.js';
import { matchesLabel, useScopeUnits } from '../../units.js';
import { listPageSize, recentYears, useListParams } from '../../useListParams.js';
import { RecipientStatusTag } from '../reports/reportLabels.js';
import { useRequests } from './queries.js';

export function DeadlineTag({ request }: { request: Pick<RequestSummary, 'daysLeft' | 'deadlineText'> }) {
  const color = request.daysLeft < 0 ? 'red' : request.daysLeft <= 3 ? 'orange' : 'green';
  return <Tag color={color}>{request.deadlineText}</Tag>;
}

type Direction = RequestSummary['direction'];

/** The state filter as each side reads it: the sender follows every recipient, a recipient its own report. */
const stateLabels: Record<Direction, Record<(typeof requestStates)[number], string>> = {
  sent: { open: 'Chưa nhận đủ báo cáo', complete: 'Đã nhận đủ báo cáo', withdrawn: 'Đã thu hồi' },
  received: { open: 'Đơn vị chưa nộp', complete: 'Đơn vị đã nộp', withdrawn: 'Đã thu hồi' },
};

const owes = (r: RequestSummary) => !r.withdrawn && r.mine !== null && ['not_started', 'drafting', 'returned'].includes(r.mine.status);

function SentState({ request: r }: { request: RequestSummary }) {
  if (r.withdrawn) return <Tag>Đã thu hồi</Tag>;
  return r.progress.received >= r.progress.expected ? <Tag color="success">Đã nhận đủ</Tag> : <Tag color="processing">Đã nhận {r.progress.received}/{r.progress.expected}</Tag>;
}

function Subject({ request: r }: { request: RequestSummary }) {
  return (
    <Space direction="vertical" size={0} style={{ width: '100%', minWidth: 0 }}>
      <Typography.Paragraph style={{ marginBottom: 0 }} ellipsis={{ rows: 2, tooltip: r.subject }}><Link to={`/report-requests/${r.id}`}>{r.subject}</Link></Typography.Paragraph>
      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>{r.basisCitation ?? reportKindLabels[r.reportKind]}</Typography.Text>
    </Space>
  );
}

const deadlineCell = (r: RequestSummary, tag: boolean) => <Space direction="vertical" size={2}>{formatDate(r.deadline)}{tag ? <DeadlineTag request={r} /> : null}</Space>;

const receivedColumns: ColumnsType<RequestSummary> = [
  { key: 'subject', title: 'Yêu cầu', render: (_, r) => <Subject request={r} /> },
  { key: 'issuer', title: 'Của', dataIndex: 'issuingUnitName', width: 180, ellipsis: true },
  { key: 'deadline', title: 'Hạn nộp', width: 140, fixed: 'right', render: (_, r) => deadlineCell(r, owes(r)) },
  { key: 'status', title: 'Tình trạng', width: 150, fixed: 'right', render: (_, r) => (r.withdrawn ? <Tag>Đã thu hồi</Tag> : r.mine ? <RecipientStatusTag status={r.mine.status} /> : null) },
  {
    key: 'open', title: 'Thao tác', width: 120, fixed: 'right', render: (_, r) => (r.mine?.reportId
      ? <Link to={`/reports/${r.mine.reportId}`}>Mở báo cáo</Link>
      : r.withdrawn ? <Link to={`/report-requests/${r.id}`}>Xem</Link> : <Link to={`/report-requests/${r.id}`}>Viết báo cáo</Link>),
  },
];

const sentColumns: ColumnsType<RequestSummary> = [
  { key: 'subject', title: 'Yêu cầu', render: (_, r) => <Subject request={r} /> },
  { key: 'issuer', title: 'Đơn vị gửi', dataIndex: 'issuingUnitName', width: 140, ellipsis: true },
  { key: 'completeness', title: 'Đầy đủ', width: 110, render: (_, r) => <Progress percent={r.progress.completeness ?? 0} size="small" /> },
  { key: 'timeliness', title: 'Đúng hạn', width: 110, render: (_, r) => <Progress percent={r.progress.timeliness ?? 0} size="small" strokeColor="#389e0d" /> },
  { key: 'late', title: 'Chậm', width: 100, render: (_, r) => (r.progress.late ? <Tag color="red">{r.progress.late} đơn vị</Tag> : <Tag>0</Tag>) },
  { key: 'deadline', title: 'Hạn nộp', width: 110, fixed: 'right', render: (_, r) => deadlineCell(r, false) },
  { key: 'status', title: 'Tình trạng', width: 130, fixed: 'right', render: (_, r) => <SentState request={r} /> },
  { key: 'open', title: 'Thao tác', width: 90, fixed: 'right', render: (_, r) => <Link to={`/report-requests/${r.id}`} aria-label={`Xem yêu cầu ${r.subject}`}>Xem</Link> },
];

const filterKeys = ['tab', 'unitCode', 'kind', 'year', 'status', 'deadline'] as const;

export function RequestsPage() {
  const navigate = useNavigate();
  const canSend = useCanSendRequests();
  const phone = !Grid.useBreakpoint().md;
  const ref = useReferenceDate();
  const scope = useScopeUnits(ref.date);
  const list = useListParams(filterKeys);
  const { filters } = list;
  const base: RequestQuery = {
    q: list.q, unitCode: filters.unitCode, kind: reportKinds.find((k) => k === filters.kind),
    year: filters.year ? Number(filters.year) : undefined, status: requestStates.find((s) => s === filters.status),
    deadline: deadlineStates.find((d) => d === filters.deadline), pageSize: listPageSize,
  };
  const chosen = filters.tab === 'sent' || filters.tab === 'received' ? filters.tab : null;
  // Both sides are asked for, so each tab shows its count; only the open tab is paged past the first page.
  const received = useRequests({ ...base, direction: 'received', page: chosen === 'received' ? list.page : 1 });
  const sent = useRequests({ ...base, direction: 'sent', page: chosen === 'sent' ? list.page : 1 });
  // Opens on what the unit has: a province that only sends sees its sent requests.
  const tab: Direction = chosen ?? (received.data && sent.data && !received.data.total && sent.data.total ? 'sent' : 'received');
  const shown = tab === 'sent' ? sent : received;
  const units = scope.units.filter((u) => u.inScope).map((u) => ({ value: u.code, label: unitName(u) }));
  const empty = tab === 'sent' ? 'Không có yêu cầu đã gửi nào khớp với bộ lọc.' : 'Không có yêu cầu báo cáo nào gửi đến đơn vị khớp với bộ lọc.';
  const pagination = {
    current: chosen ? list.page : 1, pageSize: listPageSize, total: shown.data?.total, onChange: list.setPage, hideOnSinglePage: true, showSizeChanger: false,
    showTotal: (n: number) => `${n} yêu cầu`,
  };
  const body = shown.isError ? <Alert type="error" showIcon message={errorMessage(shown.error)} /> : phone ? (
    <List aria-label={tab === 'sent' ? 'Yêu cầu đã gửi' : 'Yêu cầu đơn vị phải báo cáo'} loading={shown.isLoading} dataSource={shown.data?.items}
      locale={{ emptyText: <Empty description={empty} /> }} pagination={{ ...pagination, size: 'small' }}
      renderItem={(r) => (
        <List.Item>
          <List.Item.Meta title={<Link to={`/report-requests/${r.id}`}>{r.subject}</Link>}
            description={<>{r.issuingUnitName} · hạn nộp {formatDate(r.deadline)}{owes(r) ? <> <DeadlineTag request={r} /></> : null}</>} />
          {tab === 'sent' ? <SentState request={r} /> : r.withdrawn ? <Tag>Đã thu hồi</Tag> : r.mine ? <RecipientStatusTag status={r.mine.status} /> : null}
        </List.Item>
      )} />
  ) : (
    <Table<RequestSummary>
      aria-label={tab === 'sent' ? 'Yêu cầu đã gửi' : 'Yêu cầu đơn vị phải báo cáo'} rowKey="id" loading={shown.isLoading} dataSource={shown.data?.items}
      locale={{ emptyText: <Empty description={empty} /> }} pagination={pagination} tableLayout="fixed"
      scroll={{ x: tab === 'sent' ? 1040 : 900 }} columns={tab === 'sent' ? sentColumns : receivedColumns} />
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} className="page-title">Yêu cầu báo cáo</Typography.Title>
        {canSend ? <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/report-requests/new')}>Gửi yêu cầu báo cáo</Button> : null}
      </Space>
      <Card>
        <div className="registry-filters">
          <Input.Search allowClear aria-label="Tìm yêu cầu" placeholder="Trích yếu, đơn vị gửi, số văn bản (gõ không dấu được)" style={{ width: 300, maxWidth: '100%' }}
            value={list.typed} onChange={(e) => list.setTyped(e.target.value)} />
          {units.length > 1 ? <Select allowClear showSearch filterOption={matchesLabel} aria-label="Lọc theo đơn vị" placeholder="Mọi đơn vị" style={{ width: 200 }}
            options={units} value={filters.unitCode} onChange={(v?: string) => list.setFilter({ unitCode: v })} /> : null}
          <Select allowClear showSearch filterOption={matchesLabel} aria-label="Lọc theo loại kỳ" placeholder="Mọi loại kỳ" style={{ width: 150 }} value={base.kind}
            options={reportKinds.map((k) => ({ value: k, label: reportKindLabels[k] }))} onChange={(v?: string) => list.setFilter({ kind: v })} />
          <Select allowClear showSearch filterOption={matchesLabel} aria-label="Lọc theo năm" placeholder="Mọi năm" style={{ width: 120 }} value={filters.year}
            options={recentYears().map((y) => ({ value: String(y), label: `Năm ${y}` }))} onChange={(v?: string) => list.setFilter({ year: v })} />
          <Select allowClear showSearch filterOption={matchesLabel} aria-label="Lọc theo tình trạng" placeholder="Mọi tình trạng" style={{ width: 190 }} value={base.status}
            options={requestStates.map((s) => ({ value: s, label: stateLabels[tab][s] }))} onChange={(v?: string) => list.setFilter({ status: v })} />
          <Select allowClear showSearch filterOption={matchesLabel} aria-label="Lọc theo hạn nộp" placeholder="Mọi hạn nộp" style={{ width: 190 }} value={base.deadline}
            options={deadlineStates.map((d) => ({ value: d, label: deadlineStateLabels[d] }))} onChange={(v?: string) => list.setFilter({ deadline: v })} />
        </div>
        <Tabs
          activeKey={tab} onChange={(key) => list.setFilter({ tab: key })}
          items={[
            { key: 'received', label: `Đơn vị phải báo cáo (${received.data?.total ?? 0})`, children: tab === 'received' ? body : null },
            { key: 'sent', label: `Đã gửi cho cấp dưới (${sent.data?.total ?? 0})`, children: tab === 'sent' ? body : null },
          ]}
        />
      </Card>
    </Space>
  );
}
