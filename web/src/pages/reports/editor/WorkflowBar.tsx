import type { ErrorCode } from '../../../../../src/core/error-codes.js';
/** Save state, workflow buttons the server allows, downloads and history: the report's command bar. */
import { useState } from 'react';
import { App, Button, Input, Modal, Space, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EyeOutlined, FilePdfOutlined, FileWordOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { workflowActionLabels, type WorkflowAction } from '../../../../../src/reports/workflow-rules.js';
import { unfinishedParts, unfinishedWarning, writableSectionCount } from '../../../../../src/content/completeness-rules.js';
import type { ReportOut } from '../../../../../src/reports/schema.js';
import { ApiError, api, errorMessage } from '../../../api.js';
import { formatTime } from '../../../format.js';
import type { SaveState } from './useReportDraft.js';

async function download(reportId: number, format: 'docx' | 'pdf') {
  const response = await fetch(`/api/v1/reports/${reportId}/export?format=${format}`, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = await response.json().catch(() => null) as { error?: { message?: string; code?: ErrorCode } } | null;
    throw new ApiError(response.status, body?.error?.code ?? 'UNEXPECTED_RESPONSE', body?.error?.message ?? 'Không tải được tệp.');
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `bao-cao.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function SaveIndicator({ state, dirty }: { state: SaveState; dirty: boolean }) {
  if (state.kind === 'saving') return <Tag color="processing">Đang lưu...</Tag>;
  if (state.kind === 'error') return <Tag color="error">{state.message}</Tag>;
  if (dirty) return <Tag color="warning">Có thay đổi chưa lưu</Tag>;
  if (state.kind === 'saved') return <Tag color="success">Đã lưu lúc {formatTime(state.at)}</Tag>;
  return null;
}

interface Props {
  report: ReportOut;
  dirty: boolean;
  saveState: SaveState;
  onSave: () => void;
  onHistory: () => void;
  /** Opens the print preview (while the report can be edited; a locked one is shown as its document). */
  onPreview?: () => void;
}

export function WorkflowBar({ report, dirty, saveState, onSave, onHistory, onPreview }: Props) {
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [downloading, setDownloading] = useState<'docx' | 'pdf' | null>(null);
  const formats = useQuery({ queryKey: ['export-formats'], queryFn: () => api.get<{ pdf: boolean }>('/api/v1/reports/export-formats'), staleTime: 10 * 60_000 });
  const noPdf = formats.data?.pdf === false;

  const act = useMutation({
    mutationFn: (body: { action: WorkflowAction; comment?: string }) =>
      api.post<ReportOut>(`/api/v1/reports/${report.id}/actions`, { ...body, baseVersion: report.version }),
    onSuccess: (updated, body) => {
      client.setQueryData(['report', report.id], updated);
      void client.invalidateQueries({ queryKey: ['reports'] });
      void client.invalidateQueries({ queryKey: ['notices'] });
      void client.invalidateQueries({ queryKey: ['requests'] });
      void message.success(`Đã ${workflowActionLabels[body.action].toLocaleLowerCase('vi')}.`);
      setReturning(false);
      setComment('');
    },
    onError: (err) => {
      const details = err instanceof ApiError && Array.isArray(err.details) ? (err.details as { message: string }[]) : [];
      modal.error({
        title: 'Chưa thực hiện được',
        content: details.length > 1 ? <ul>{details.map((d) => <li key={d.message}>{d.message}</li>)}</ul> : errorMessage(err),
      });
    },
  });

  const run = (action: WorkflowAction) => {
    if (action === 'return') { setReturning(true); return; }
    if (dirty) { void message.warning('Hãy lưu thay đổi trước khi chuyển báo cáo.'); return; }
    const lock = action === 'accept' ? 'Báo cáo sẽ được khóa, đơn vị không sửa được nữa.' : 'Báo cáo sẽ được khóa trong khi chờ cấp trên duyệt.';
    const unfinished = action === 'accept' ? null : unfinishedWarning(unfinishedParts(report.content), writableSectionCount(report.content.sections));
    modal.confirm({
      title: unfinished ? `${workflowActionLabels[action]} khi còn phần chưa hoàn thành?` : `${workflowActionLabels[action]}?`,
      width: unfinished ? 560 : undefined,
      content: unfinished ? (
        <div className="unfinished-warning">
          <Typography.Text strong>{unfinished.title}</Typography.Text>
          <ul style={{ margin: '4px 0 8px', paddingLeft: 20 }}>{unfinished.lines.map((line) => <li key={line}>{line}</li>)}</ul>
          {lock}
        </div>
      ) : lock,
      okText: unfinished ? `Vẫn ${workflowActionLabels[action].toLocaleLowerCase('vi')}` : workflowActionLabels[action], cancelText: unfinished ? 'Quay lại viết tiếp' : 'Hủy',
      onOk: () => act.mutateAsync({ action }).catch(() => undefined),
    });
  };

  const remove = () => {
    modal.confirm({
      title: 'Xóa dự thảo này?', okText: 'Xóa dự thảo', okButtonProps: { danger: true }, cancelText: 'Hủy',
      content: 'Dự thảo chưa từng trình lên cấp trên sẽ bị xóa cùng các phiên bản đã lưu; nhật ký thay đổi vẫn ghi lại việc xóa.',
      onOk: async () => {
        try {
          await api.delete(`/api/v1/reports/${report.id}`);
          void client.invalidateQueries({ queryKey: ['reports'] });
          void client.invalidateQueries({ queryKey: ['notices'] });
          void client.invalidateQueries({ queryKey: ['requests'] });
          void message.success('Đã xóa dự thảo.');
          void navigate(report.request ? `/report-requests/${report.request.id}` : '/reports');
        } catch (err) {
          modal.error({ title: 'Chưa xóa được', content: errorMessage(err) });
        }
      },
    });
  };

  const get = async (format: 'docx' | 'pdf') => {
    setDownloading(format);
    try { await download(report.id, format); } catch (err) { modal.error({ title: 'Không tải được tệp', content: errorMessage(err) }); } finally { setDownloading(null); }
  };

  return (
    <div className="report-bar">
      <Space wrap size={8}>
        {report.canEdit ? (
          <>
            <Button icon={<SaveOutlined />} onClick={onSave} disabled={!dirty || saveState.kind === 'saving'}>Lưu</Button>
            <SaveIndicator state={saveState} dirty={dirty} />
          </>
        ) : null}
        {report.actions.map((action) => (
          <Button key={action} type={action === 'return' ? 'default' : 'primary'} danger={action === 'return'} loading={act.isPending && act.variables?.action === action} onClick={() => run(action)}>
            {workflowActionLabels[action]}
          </Button>
        ))}
        {onPreview ? <Button icon={<EyeOutlined />} onClick={onPreview}>Xem trước bản in</Button> : null}
        <Tooltip title="Văn bản Word theo thể thức Nghị định 30/2020/NĐ-CP">
          <Button icon={<FileWordOutlined />} loading={downloading === 'docx'} onClick={() => void get('docx')}>Tải Word</Button>
        </Tooltip>
        <Tooltip title={noPdf ? 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy tải bản Word.' : undefined}>
          <Button icon={<FilePdfOutlined />} loading={downloading === 'pdf'} disabled={noPdf} onClick={() => void get('pdf')}>Tải PDF</Button>
        </Tooltip>
        <Button icon={<HistoryOutlined />} onClick={onHistory}>Lịch sử</Button>
        {report.canDelete ? <Button danger icon={<DeleteOutlined />} onClick={remove}>Xóa dự thảo</Button> : null}
      </Space>
      <Modal
        open={returning} title="Trả lại báo cáo" okText="Trả lại" okButtonProps={{ danger: true, disabled: !comment.trim(), loading: act.isPending }} cancelText="Hủy"
        onCancel={() => setReturning(false)} onOk={() => act.mutate({ action: 'return', comment })}
      >
        <Typography.Paragraph>Ghi rõ những điểm đơn vị cần sửa, bổ sung. Đơn vị sẽ thấy lý do này trên báo cáo.</Typography.Paragraph>
        <Input.TextArea aria-label="Lý do trả lại" rows={4} value={comment} onChange={(e) => setComment(e.target.value)} />
      </Modal>
    </div>
  );
}
