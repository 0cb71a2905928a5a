/** The reports of the user's unit and of the units below it; a new report from a template. */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, App, Button, Card, Grid, Input, List, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ReportOut, ReportPage, ReportQuery, ReportSummary } from '../../../../src/reports/schema.js';
import { reportKindLabels, reportKinds, type TemplateSummary } from '../../../../src/templates/schema.js';
import { reportStatuses, reportStatusLabels } from '../../../../src/reports/workflow-rules.js';
import { useIdempotencyKey, useSingleFlight } from '../../useSingleFlight.js';
import { api, errorMessage } from '../../api.js';
import { formatDate, formatDateTime, formatDayOf, unitName } from '../../format.js';
import { useCanWriteData, useReferenceDate, useSession } from '../../session.js';
import { matchesLabel, useScopeUnits } from '../../units.js';
import { listPageSize, recentYears, useListParams } from '../../useListParams.js';
import { ReportStatusTag } from './reportLabels.js';
import { pendingTitle } from '../dashboard/AboveCards.js';

function NewReportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const templates = useQuery({ queryKey: ['templates'], queryFn: () => api.get<TemplateSummary[]>('/api/v1/report-templates'), enabled: open });
  const [templateId, setTemplateId] = useState<number | null>(null);
  const submission = useIdempotencyKey();
  const create = useMutation({
    mutationFn: () => api.post<ReportOut>('/api/v1/reports', { templateId }, { idempotencyKey: submission.key }),
    onSuccess: (r) => {
      submission.renew();
      void navigate(`/reports/${r.id}`);
    },
    onError: (err) => modal.error({ title: 'Chưa tạo được báo cáo', content: errorMessage(err) }),
  });
  const createOnce = useSingleFlight(() => create.mutateAsync());
  return (
    <Modal open={open} onCancel={onClose} title="Báo cáo mới theo đề cương" okText="Tạo dự thảo" cancelText="Hủy"
      okButtonProps={{ disabled: !templateId, loading: create.isPending }} onOk={createOnce}>
      <Typography.Paragraph type="secondary">Báo cáo theo yêu cầu của cấp trên thì mở từ trang Yêu cầu báo cáo (nút “Viết báo cáo”), để báo cáo gắn với yêu cầu và hạn nộp.</Typography.Paragraph>
      <Select aria-label="Đề cương" style={{ width: '100%' }} placeholder="Chọn đề cương" value={templateId ?? undefined} onChange={setTemplateId}
        loading={templates.isLoading} options={(templates.data ?? []).map((t) => ({ value: t.id, label: t.title }))} />
    </Modal>
  );
}

/** "Số: 39/BC-UBND" as the list shows it: "39/BC-UBND", or that it has no number yet. */
const numberOf = (r: ReportSummary) => (r.number ? r.numberText.replace(/^Số:\s*/, '') : null);

export function ReportsPage() {
  const { user } = useSession();
  const canWrite = useCanWriteData();
  const phone = !Grid.useBreakpoint().md;
  const ref = useReferenceDate();
  const scope = useScopeUnits(ref.date);
  // The dashboard's counts open this list filtered: ?status=returned, ?pending=true (waiting for the user's unit).
  const list = useListParams(['status', 'pending', 'unitCode', 'kind', 'year'] as const);
  const { filters } = list;
  const status = reportStatuses.find((s) => s === filters.status);
  const kind = reportKinds.find((k) => k === filters.kind);
  const pending = filters.pending === 'true';
  const query: ReportQuery = {
    q: list.q, status, pending: pending ? 'true' : undefined, unitCode: filters.unitCode, kind,
    year: filters.year ? Number(filters.year) : undefined, page: list.page, pageSize: listPageSize,
  };
  const [creating, setCreating] = useState(false);
  const reports = useQuery({ queryKey: ['reports', query], queryFn: () => api.get<ReportPage>('/api/v1/reports', query), placeholderData: keepPreviousData });
  const opens = (r: ReportSummary) => r.unitCode === user.unitCode || r.status !== 'draft' || user.roles.includes('admin');
  const title = (r: ReportSummary) => (opens(r) ? <Link to={`/reports/${r.id}`}>{r.title}</Link> : <span title="Dự thảo của đơn vị, chưa trình">{r.title}</span>);
  const units = scope.units.filter((u) => u.inScope).map((u) => ({ value: u.code, label: unitName(u) }));
  const pagination = {
    current: list.page, pageSize: listPageSize, total: reports.data?.total, onChange: list.setPage, hideOnSinglePage: true, showSizeChanger: false,
    showTotal: (n: number) => `${n} báo cáo`,
  };
  const empty = 'Không có báo cáo nào khớp với bộ lọc.';
  const columns: ColumnsType<ReportSummary> = [
    // Two lines of the subject, the whole of it on hover: enough to tell reports of one unit apart.
    { key: 'title', title: 'Báo cáo', render: (_, r) => <Typography.Paragraph style={{ marginBottom: 0 }} ellipsis={{ rows: 2, tooltip: r.title }}>{title(r)}</Typography.Paragraph> },
    { key: 'unit', title: 'Đơn vị', dataIndex: 'unitName', width: 160, ellipsis: true },
    {
      key: 'number', title: 'Số, ngày', width: 130, render: (_, r) => (
        <Space direction="vertical" size={0}>
          {numberOf(r) ?? <Typography.Text type="secondary">chưa có số</Typography.Text>}
          {r.date ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDate(r.date)}</Typography.Text> : null}
        </Space>
      ),
    },
    { key: 'updated', title: 'Cập nhật', width: 110, render: (_, r) => <span title={formatDateTime(r.updatedAt)}>{formatDayOf(r.updatedAt)}</span> },
    { key: 'status', title: 'Trạng thái', width: 130, fixed: 'right', render: (_, r) => <ReportStatusTag status={r.status} /> },
    { key: 'deadline', title: 'Hạn nộp', width: 110, fixed: 'right', render: (_, r) => formatDate(r.deadline) },
    { key: 'open', title: 'Thao tác', width: 90, fixed: 'right', render: (_, r) => (opens(r) ? <Link to={`/reports/${r.id}`} aria-label={`Mở báo cáo ${r.title}`}>Mở</Link> : null) },
  ];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} className="page-title">{pending ? pendingTitle(reports.data?.total ?? 0) : 'Báo cáo'}</Typography.Title>
        {canWrite ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>Báo cáo mới</Button> : null}
      </Space>
      <Card>
        <div className="registry-filters">
          <Input.Search allowClear aria-label="Tìm báo cáo" placeholder="Trích yếu, số, đơn vị (gõ không dấu được)" style={{ width: 300, maxWidth: '100%' }}
            value={list.typed} onChange={(e) => list.setTyped(e.target.value)} />
          {units.length > 1 ? <Select allowClear showSearch filterOption={matchesLabel} aria-label="Lọc theo đơn vị" placeholder="Mọi đơn vị" style={{ width: 200 }}
            options={units} value={filters.unitCode} onChange={(v?: string) => list.setFilter({ unitCode: v })} /> : null}
          <Select allowClear showSearch filterOption={matchesLabel} aria-label="Lọc theo loại kỳ" placeholder="Mọi loại kỳ" style={{ width: 150 }} value={kind}
            options={reportKinds.map((k) => ({ value: k, label: reportKindLabels[k] }))} onChange={(v?: string) => list.setFilter({ kind: v })} />
          <Select allowClear showSearch filterOption={matchesLabel} aria-label="Lọc theo năm" placeholder="Mọi năm" style={{ width: 120 }} value={filters.year}
            options={recentYears().map((y) => ({ value: String(y), label: `Năm ${y}` }))} onChange={(v?: string) => list.setFilter({ year: v })} />
          <Select allowClear showSearch filterOption={matchesLabel} aria-label="Lọc theo trạng thái" placeholder="Mọi trạng thái" style={{ width: 180 }} value={status}
            options={reportStatuses.map((s) => ({ value: s, label: reportStatusLabels[s] }))} onChange={(v?: string) => list.setFilter({ status: v })} />
          {pending ? <Tag closable color="processing" onClose={() => list.setFilter({ pending: undefined })}>Chỉ báo cáo chờ đơn vị tiếp nhận</Tag> : null}
        </div>
        {reports.isError ? <Alert type="error" showIcon message={errorMessage(reports.error)} /> : phone ? (
          <List aria-label="Danh sách báo cáo" loading={reports.isLoading} dataSource={reports.data?.items} locale={{ emptyText: empty }}
            pagination={{ ...pagination, size: 'small' }}
            renderItem={(r) => (
              <List.Item>
                <List.Item.Meta title={title(r)}
                  description={[r.unitName, numberOf(r), r.deadline ? `hạn nộp ${formatDate(r.deadline)}` : null].filter(Boolean).join(' · ')} />
                <ReportStatusTag status={r.status} />
              </List.Item>
            )} />
        ) : (
          <Table<ReportSummary>
            aria-label="Danh sách báo cáo" rowKey="id" loading={reports.isLoading} dataSource={reports.data?.items} locale={{ emptyText: empty }}
            tableLayout="fixed" scroll={{ x: 1000 }} pagination={pagination} columns={columns} />
        )}
      </Card>
      <NewReportModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
