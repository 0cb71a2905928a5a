/** Report templates (đề cương): the built-in outlines of the seeds and those upper levels write. */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Col, Form, Input, Result, Row, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TemplateOut, TemplateSummary } from '../../../../src/templates/schema.js';
import { reportKindLabels, reportKinds, templateInput, type TemplateInput } from '../../../../src/templates/schema.js';
import { api, errorMessage } from '../../api.js';
import { formatDateTime } from '../../format.js';
import { useSession } from '../../session.js';
import { OutlineEditor } from './OutlineEditor.js';

export function TemplatesPage() {
  const templates = useQuery({ queryKey: ['templates'], queryFn: () => api.get<TemplateSummary[]>('/api/v1/report-templates') });
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} className="page-title">Đề cương báo cáo</Typography.Title>
      <Card>
        {templates.isError ? <Alert type="error" showIcon message={errorMessage(templates.error)} /> : (
          <Table
            aria-label="Đề cương báo cáo" rowKey="id" loading={templates.isLoading} dataSource={templates.data} pagination={false} scroll={{ x: 'max-content' }}
            columns={[
              { title: 'Đề cương', render: (_, t) => <Space direction="vertical" size={0}><Link to={`/report-templates/${t.id}`}>{t.title}</Link><Typography.Text type="secondary" style={{ fontSize: 12 }}>{t.description}</Typography.Text></Space> },
              { title: 'Loại', render: (_, t) => reportKindLabels[t.reportKind] },
              { title: 'Phiên bản', dataIndex: 'version' },
              { title: 'Nguồn', render: (_, t) => (t.builtin ? <Tag color="gold">Có sẵn</Tag> : <Tag>{t.ownerUnitCode}</Tag>) },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}

export function TemplatePage() {
  const id = Number(useParams().id);
  const { user } = useSession();
  const template = useQuery({ queryKey: ['template', id], queryFn: () => api.get<TemplateOut>(`/api/v1/report-templates/${id}`) });
  if (template.isLoading) return <Spin size="large" style={{ display: 'block', margin: 80 }} />;
  if (template.isError || !template.data) return <Result status="warning" title="Không mở được đề cương" subTitle={errorMessage(template.error)} />;
  const canCopy = user.roles.includes('admin') || user.roles.includes('manager');
  return <TemplateEditor key={template.data.version} template={template.data} canCopy={canCopy} />;
}

function TemplateEditor({ template, canCopy }: { template: TemplateOut; canCopy: boolean }) {
  const [draft, setDraft] = useState<TemplateInput>(() => ({
    title: template.title, reportKind: template.reportKind, description: template.description, subject: template.subject, closing: template.closing, outline: template.outline,
  }));
  const client = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const readOnly = !template.canEdit;
  const set = (patch: Partial<TemplateInput>) => setDraft((d) => ({ ...d, ...patch }));
  const check = () => {
    const parsed = templateInput.safeParse(draft);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
    return parsed.data;
  };
  const save = useMutation({
    mutationFn: () => api.put<TemplateOut>(`/api/v1/report-templates/${template.id}`, { baseVersion: template.version, template: check() }),
    onSuccess: (t) => { client.setQueryData(['template', template.id], t); void client.invalidateQueries({ queryKey: ['templates'] }); void message.success(`Đã lưu đề cương, phiên bản ${t.version}.`); },
  });
  const copy = useMutation({
    mutationFn: () => api.post<TemplateOut>('/api/v1/report-templates', { ...check(), title: `${draft.title} (bản của đơn vị)` }),
    onSuccess: (t) => { void client.invalidateQueries({ queryKey: ['templates'] }); void navigate(`/report-templates/${t.id}`); },
  });
  const error = save.error ?? copy.error;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} className="page-title" style={{ marginBottom: 4 }}>{template.title}</Typography.Title>
        <Space wrap>
          {template.builtin ? <Tag color="gold">Đề cương có sẵn</Tag> : <Tag>Của đơn vị {template.ownerUnitCode}</Tag>}
          <span>Phiên bản {template.version}</span>
          <Typography.Text type="secondary">{template.versions.map((v) => `v${v.version} ${formatDateTime(v.createdAt)}${v.createdBy ? ` (${v.createdBy})` : ''}`).join(' · ')}</Typography.Text>
        </Space>
      </div>
      {readOnly ? <Alert type="info" showIcon message={template.builtin ? 'Đề cương có sẵn chỉ quản trị hệ thống sửa được. Lãnh đạo cấp tỉnh, cấp huyện có thể tạo một bản của đơn vị từ đề cương này rồi sửa.' : 'Bạn chỉ xem được đề cương này.'} /> : (
        <Alert type="info" showIcon message="Lưu sẽ tạo phiên bản mới; các yêu cầu đã gửi vẫn giữ phiên bản cũ." />
      )}
      <Card size="small" title="Thông tin chung">
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={16}><Form.Item label="Tên đề cương"><Input aria-label="Tên đề cương" value={draft.title} readOnly={readOnly} onChange={(e) => set({ title: e.target.value })} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item label="Loại báo cáo"><Select aria-label="Loại báo cáo" value={draft.reportKind} disabled={readOnly} onChange={(reportKind) => set({ reportKind })} options={reportKinds.map((k) => ({ value: k, label: reportKindLabels[k] }))} /></Form.Item></Col>
            <Col xs={24}><Form.Item label="Mô tả"><Input.TextArea aria-label="Mô tả" autoSize value={draft.description} readOnly={readOnly} onChange={(e) => set({ description: e.target.value })} /></Form.Item></Col>
            <Col xs={24} md={12}><Form.Item label="Trích yếu gợi ý" help="{kỳ báo cáo}, {kỳ tới} được điền theo kỳ của yêu cầu, ví dụ: 6 tháng đầu năm 2025, 6 tháng cuối năm 2025"><Input.TextArea aria-label="Trích yếu gợi ý" autoSize value={draft.subject} readOnly={readOnly} onChange={(e) => set({ subject: e.target.value })} /></Form.Item></Col>
            <Col xs={24} md={12}><Form.Item label="Đoạn kết gợi ý"><Input.TextArea aria-label="Đoạn kết gợi ý" autoSize value={draft.closing} readOnly={readOnly} onChange={(e) => set({ closing: e.target.value })} /></Form.Item></Col>
          </Row>
        </Form>
      </Card>
      <Card size="small" title="Các mục">
        <OutlineEditor sections={draft.outline} readOnly={readOnly} onChange={(outline) => set({ outline })} />
      </Card>
      {error ? <Alert type="error" showIcon message={errorMessage(error)} /> : null}
      <Space>
        {readOnly ? null : <Button type="primary" loading={save.isPending} onClick={() => save.mutate()}>Lưu phiên bản mới</Button>}
        {canCopy ? <Button loading={copy.isPending} onClick={() => copy.mutate()}>Tạo bản của đơn vị từ đề cương này</Button> : null}
        <Link to="/report-templates">Về danh sách</Link>
      </Space>
    </Space>
  );
}
