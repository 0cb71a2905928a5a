/** One request: its basis and period, completeness and timeliness, every recipient's state, the compiled figures. */
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Col, Descriptions, Result, Row, Space, Spin, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatNumber } from '../../../../src/core/vi-format.js';
import type { CompiledOut, ReportOut } from '../../../../src/reports/schema.js';
import { reportKindLabels } from '../../../../src/templates/schema.js';
import { ApiError, api, errorMessage } from '../../api.js';
import { useSingleFlight } from '../../useSingleFlight.js';
import { formatDate } from '../../format.js';
import { RecipientStatusTag } from '../reports/reportLabels.js';
import { useRequest } from './queries.js';
import { DeadlineTag } from './RequestsPage.js';
import { RequestChanges, WithdrawnNotice } from './RequestChanges.js';
import { RemindButton } from './RemindButton.js';
import { RecipientsTable } from './RecipientsTable.js';

function Compiled({ requestId }: { requestId: number }) {
  const compiled = useQuery({ queryKey: ['compiled', requestId], queryFn: () => api.get<CompiledOut>(`/api/v1/report-requests/${requestId}/compiled`) });
  if (compiled.isLoading) return <Spin />;
  if (compiled.isError) return <Alert type="error" showIcon message={errorMessage(compiled.error)} />;
  const tables = compiled.data?.tables ?? [];
  if (!tables.length) return <Typography.Text type="secondary">Đề cương của yêu cầu này không có bảng số liệu.</Typography.Text>;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Text type="secondary">Số liệu của các đơn vị đã nộp (đã trình hoặc đã tiếp nhận). Đính kèm vào báo cáo của đơn vị mình ở mục “Phụ lục tổng hợp”.</Typography.Text>
      {tables.map((t) => (
        <div key={t.key}>
          <Typography.Text strong>{t.title}</Typography.Text>
          <Table
            size="small" bordered pagination={false} scroll={{ x: 'max-content' }} aria-label={t.title}
            rowKey={(r) => `${r.unit}-${r.row}`}
            dataSource={t.units.flatMap((u) => t.rows.map((row, i) => ({ unit: u.unitName, first: i === 0, span: t.rows.length, row: row.key, label: row.label, values: u.values[row.key] ?? {} })))}
            locale={{ emptyText: 'Chưa đơn vị nào nộp báo cáo.' }}
            columns={[
              { title: 'Đơn vị', dataIndex: 'unit', onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }) },
              { title: t.rowHeader, dataIndex: 'label' },
              ...t.columns.map((c) => ({
                title: c.unit ? `${c.label} (${c.unit})` : c.label, key: c.key, align: 'right' as const,
                render: (_: unknown, r: { values: Record<string, number | null> }) => formatNumber(r.values[c.key], c.decimals),
              })),
            ]}
          />
        </div>
      ))}
    </Space>
  );
}

export function RequestPage() {
  const id = Number(useParams().id);
  const request = useRequest(id);
  const navigate = useNavigate();
  const client = useQueryClient();
  const { modal } = App.useApp();
  const write = useMutation({
    mutationFn: () => api.post<ReportOut>('/api/v1/reports', { requestId: id }),
    onSuccess: (report) => {
      void client.invalidateQueries({ queryKey: ['requests'] });
      void client.invalidateQueries({ queryKey: ['notices'] });
      void navigate(`/reports/${report.id}`);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'REPORT_EXISTS') void navigate(`/reports/${(err.details as { id: number }).id}`);
      else modal.error({ title: 'Chưa tạo được báo cáo', content: errorMessage(err) });
    },
  });
  const writeOnce = useSingleFlight(() => write.mutateAsync());
  if (request.isLoading) return <Spin size="large" style={{ display: 'block', margin: 80 }} />;
  if (request.isError || !request.data) return <Result status="warning" title="Không mở được yêu cầu báo cáo" subTitle={errorMessage(request.error)} extra={<Link to="/report-requests">Về danh sách yêu cầu</Link>} />;
  const r = request.data;
  const late = r.recipients.filter((x) => x.late);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} className="page-title" style={{ marginBottom: 4 }}>{r.subject}</Typography.Title>
        <Space wrap><Tag>{reportKindLabels[r.reportKind]}</Tag><span>{r.issuingUnitName}</span><span>Hạn nộp {formatDate(r.deadline)}</span>{!r.withdrawn && r.mine && ['not_started', 'drafting', 'returned'].includes(r.mine.status) ? <DeadlineTag request={r} /> : null}</Space>
      </div>
      <WithdrawnNotice request={r} />
      {r.warnings.map((w) => <Alert key={w.code} type="warning" showIcon message={w.message} />)}
      {r.direction === 'sent' ? <RequestChanges request={r} /> : null}
      {r.mine ? (
        <Alert
          type={r.mine.status === 'returned' ? 'warning' : r.mine.late ? 'error' : 'info'} showIcon
          message={<Space wrap>Báo cáo của đơn vị bạn: <RecipientStatusTag status={r.mine.status} /></Space>}
          action={r.mine.reportId
            ? <Button type="primary" onClick={() => void navigate(`/reports/${r.mine!.reportId}`)}>Mở báo cáo</Button>
            : r.canWriteReport ? <Button type="primary" loading={write.isPending} onClick={writeOnce}>Viết báo cáo</Button> : null}
        />
      ) : null}
      <Card size="small">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="Căn cứ">{r.basisDocument ? <Link to={`/documents?id=${r.basisDocument.id}`}>{r.basisDocument.citation}</Link> : 'Không có'}</Descriptions.Item>
          <Descriptions.Item label="Ngày ban hành yêu cầu">{formatDate(r.requestDate)}</Descriptions.Item>
          <Descriptions.Item label="Kỳ báo cáo">{formatDate(r.periodStart)} - {formatDate(r.periodEnd)}</Descriptions.Item>
          <Descriptions.Item label="Ngày chốt số liệu">{formatDate(r.cutoffDate)}</Descriptions.Item>
          <Descriptions.Item label="Đề cương">{r.template.title} (phiên bản {r.template.version})</Descriptions.Item>
          {r.note ? <Descriptions.Item label="Ghi chú">{r.note}</Descriptions.Item> : null}
        </Descriptions>
      </Card>
      {r.direction === 'sent' ? (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}><Card size="small"><Statistic title="Đơn vị phải báo cáo" value={r.progress.expected} /></Card></Col>
            <Col xs={12} md={6}><Card size="small"><Statistic title="Đã nhận" value={r.progress.received} suffix={`/ ${r.progress.expected}`} /></Card></Col>
            <Col xs={12} md={6}><Card size="small"><Statistic title="Tỷ lệ đầy đủ" value={formatNumber(r.progress.completeness ?? 0, 1)} suffix="%" /></Card></Col>
            <Col xs={12} md={6}><Card size="small"><Statistic title="Tỷ lệ đúng hạn" value={formatNumber(r.progress.timeliness ?? 0, 1)} suffix="%" /></Card></Col>
          </Row>
          {late.length ? (
            <Alert type="error" showIcon message={`${late.length} đơn vị chậm: ${late.map((x) => x.unitName).join(', ')}`}
              action={r.remind ? <RemindButton requestId={r.id} subject={r.subject} overdue={r.remind.overdue} remindedToday={r.remind.remindedToday} /> : null} />
          ) : null}
          <Card>
            <Tabs items={[
              {
                key: 'recipients', label: 'Tình hình nộp',
                children: (
                  <Space direction="vertical" size={12} style={{ width: '100%' }}>
                    <Button icon={<DownloadOutlined />} href={`/api/v1/report-requests/${r.id}/recipients.xlsx`}>Xuất Excel</Button>
                    <RecipientsTable recipients={r.recipients} />
                  </Space>
                ),
              },
              { key: 'compiled', label: 'Tổng hợp số liệu', children: <Compiled requestId={r.id} /> },
            ]} />
          </Card>
        </>
      ) : null}
    </Space>
  );
}
