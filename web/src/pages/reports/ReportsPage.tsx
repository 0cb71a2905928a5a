/** The reports of the user's unit and of the units below it; a new report from a template. */
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReportOut, ReportSummary } from '../../../../src/reports/schema.js';
import type { TemplateSummary } from '../../../../src/templates/schema.js';
import { reportStatuses, reportStatusLabels, type ReportStatus } from '../../../../src/reports/workflow-rules.js';
import { useIdempotencyKey, useSingleFlight } from '../../useSingleFlight.js';
import { api, errorMessage } from '../../api.js';
import { formatDate, formatDateTime } from '../../format.js';
import { useCanWriteData, useSession } from '../../session.js';
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

export function ReportsPage() {
  const { user } = useSession();
  const canWrite = useCanWriteData();
  // The dashboard's counts open this list filtered: ?status=returned, ?pending=true (waiting for the user's unit).
  const [params, setParams] = useSearchParams();
  const status = reportStatuses.find((s) => s === params.get('status'));
  const pending = params.get('pending') === 'true';
  const setFilter = (next: { status?: ReportStatus | undefined; pending?: boolean }) => {
    const query = new URLSearchParams();
    const s = 'status' in next ? next.status : status;
    if (s) query.set('status', s);
    if (next.pending ?? pending) query.set('pending', 'true');
    setParams(query, { replace: true });
  };
  const [creating, setCreating] = useState(false);
  const reports = useQuery({ queryKey: ['reports', status, pending], queryFn: () => api.get<ReportSummary[]>('/api/v1/reports', { status, pending: pending || undefined }) });
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} className="page-title">{pending ? pendingTitle(reports.data?.length ?? 0) : 'Báo cáo'}</Typography.Title>
        {canWrite ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>Báo cáo mới</Button> : null}
      </Space>
      <Card>
        <Space style={{ marginBottom: 12 }} wrap>
          <Select aria-label="Lọc theo trạng thái" allowClear placeholder="Mọi trạng thái" style={{ width: 220 }} value={status} onChange={(s) => setFilter({ status: s })}
            options={reportStatuses.map((s) => ({ value: s, label: reportStatusLabels[s] }))} />
          {pending ? <Tag closable color="processing" onClose={() => setFilter({ pending: false })}>Chỉ báo cáo chờ đơn vị tiếp nhận</Tag> : null}
        </Space>
        {reports.isError ? <Alert type="error" showIcon message={errorMessage(reports.error)} /> : (
          <Table
            aria-label="Danh sách báo cáo" rowKey="id" loading={reports.isLoading} dataSource={reports.data} scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: 'Báo cáo', render: (_, r) => (r.unitCode === user.unitCode || r.status !== 'draft' || user.roles.includes('admin') ? <Link to={`/reports/${r.id}`}>{r.title}</Link> : <span title="Dự thảo của đơn vị, chưa trình">{r.title}</span>) },
              { title: 'Đơn vị', dataIndex: 'unitName' },
              { title: 'Số', render: (_, r) => (r.number ? r.numberText.replace(/^Số:\s*/, '') : <Typography.Text type="secondary">chưa có số</Typography.Text>) },
              { title: 'Ngày', render: (_, r) => formatDate(r.date) },
              { title: 'Trạng thái', render: (_, r) => <ReportStatusTag status={r.status} /> },
              { title: 'Hạn nộp', render: (_, r) => formatDate(r.deadline) },
              { title: 'Cập nhật', render: (_, r) => formatDateTime(r.updatedAt) },
            ]}
          />
        )}
      </Card>
      <NewReportModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
