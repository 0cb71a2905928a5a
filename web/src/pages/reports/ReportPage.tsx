/** Writing, reviewing and downloading one report. */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Button, Card, Col, Modal, Result, Row, Select, Space, Spin, Timeline, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { ReportOut } from '../../../../src/reports/schema.js';
import { workflowActionLabels } from '../../../../src/reports/workflow-rules.js';
import { api, errorMessage } from '../../api.js';
import { formatDate, formatDateTime } from '../../format.js';
import { useLeaveGuard } from '../../useLeaveGuard.js';
import { CitedDocuments } from './editor/CitedDocuments.js';
import { HistoryDrawer } from './editor/HistoryDrawer.js';
import { MergeDialog } from './editor/MergeDialog.js';
import { ClosingForm, MetaForm } from './editor/MetaForm.js';
import { SectionNav, SectionsEditor } from './editor/SectionsEditor.js';
import type { TableFigures } from './editor/FigureTableEditor.js';
import { useReportDraft } from './editor/useReportDraft.js';
import { WorkflowBar } from './editor/WorkflowBar.js';
import { ReportDocument } from './document/ReportDocument.js';
import { ReportStatusTag } from './reportLabels.js';

const lockTexts = {
  LOCKED_SUBMITTED: 'Báo cáo đã trình lên cấp trên, đang chờ duyệt: tạm khóa, không sửa được.',
  LOCKED_ACCEPTED: 'Báo cáo đã được cấp trên tiếp nhận: đã khóa.',
} as const;

export function ReportPage() {
  const id = Number(useParams().id);
  const report = useQuery({ queryKey: ['report', id], queryFn: () => api.get<ReportOut>(`/api/v1/reports/${id}`), enabled: Number.isInteger(id) });
  if (report.isLoading) return <Spin size="large" style={{ display: 'block', margin: 80 }} />;
  if (report.isError || !report.data) return <Result status="warning" title="Không mở được báo cáo" subTitle={errorMessage(report.error)} extra={<Link to="/reports">Về danh sách báo cáo</Link>} />;
  // A workflow step changes what may be edited: start a fresh working copy.
  return <ReportEditor key={`${report.data.id}-${report.data.status}`} report={report.data} />;
}

function ReportEditor({ report }: { report: ReportOut }) {
  const { notification } = App.useApp();
  const draft = useReportDraft(report, (text) => notification.info({ message: 'Đã gộp thay đổi', description: text }));
  const [history, setHistory] = useState(false);
  const [preview, setPreview] = useState(false);
  const leaveGuard = useLeaveGuard(draft.dirty && report.canEdit, { save: () => draft.save('save'), discard: draft.forgetLocal, what: 'báo cáo' });
  const readOnly = !report.canEdit;
  const { content } = draft;
  const lastReturn = [...report.events].reverse().find((e) => e.action === 'return');
  const basisFootnotes = content.meta.basis.filter((i) => i.type === 'footnote').length;

  const setSection = (key: string, blocks: typeof content.sections[number]['blocks']) => {
    const walk = (sections: typeof content.sections): typeof content.sections =>
      sections.map((s) => (s.key === key ? { ...s, blocks } : { ...s, children: walk(s.children) }));
    draft.setContent((c) => ({ ...c, sections: walk(c.sections) }));
  };
  const setFigures = (tableKey: string, { values, reasons, texts }: TableFigures) => draft.setContent((c) => ({
    ...c, figures: { ...c.figures, [tableKey]: values }, figureOverrides: { ...c.figureOverrides, [tableKey]: reasons }, figureTexts: { ...c.figureTexts ?? {}, [tableKey]: texts },
  }));
  const placeTable = (sectionKey: string, tableKey: string, placed: boolean) => {
    const walk = (sections: typeof content.sections): typeof content.sections => sections.map((s) => (s.key === sectionKey
      ? { ...s, figureTables: s.figureTables.map((t) => (t.key === tableKey ? { ...t, placed } : t)) }
      : { ...s, children: walk(s.children) }));
    draft.setContent((c) => ({ ...c, sections: walk(c.sections) }));
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} className="page-title" style={{ marginBottom: 4 }}>{content.meta.subject || 'Báo cáo'}</Typography.Title>
        <Space wrap size={8}>
          <ReportStatusTag status={report.status} />
          <span>{report.unitName}</span>
          <Typography.Text type="secondary">{report.numberText}</Typography.Text>
          {report.request ? (
            <span>Theo <Link to={`/report-requests/${report.request.id}`}>yêu cầu của {report.request.issuingUnitName}</Link>, hạn nộp {formatDate(report.request.deadline)}{report.status === 'draft' || report.status === 'returned' ? ` (${report.request.deadlineText.toLocaleLowerCase('vi')})` : ''}</span>
          ) : null}
        </Space>
      </div>
      {draft.recovered ? (
        <Alert
          type="warning" showIcon message={`Máy này còn giữ một bản bạn soạn lúc ${formatDateTime(draft.recovered.at)} chưa kịp lưu lên máy chủ.`}
          description="Khôi phục để soạn tiếp từ bản đó (phần người khác đã lưu sau đó được gộp vào khi lưu), hoặc bỏ bản đó."
          action={<Space direction="vertical"><Button type="primary" onClick={draft.takeRecovered}>Khôi phục</Button><Button danger onClick={draft.dropRecovered}>Bỏ bản đó</Button></Space>}
        />
      ) : null}
      {report.lock ? <Alert type="info" showIcon message={lockTexts[report.lock]} /> : null}
      {report.status === 'returned' && lastReturn ? (
        <Alert type="warning" showIcon message={`Cấp trên trả lại ngày ${formatDateTime(lastReturn.at)} (${lastReturn.actor ?? ''})`} description={lastReturn.comment} />
      ) : null}
      {report.shownVersion !== report.version ? <Alert type="info" showIcon message={`Đang xem bản đơn vị đã trình (phiên bản ${report.shownVersion}); đơn vị đang sửa lại sau khi bị trả.`} /> : null}
      {report.figureWarnings.length ? (
        <Alert type="warning" showIcon message="Số trong đoạn văn khác số liệu trong bảng: kiểm tra trước khi trình"
          description={<ul style={{ margin: 0, paddingLeft: 20 }}>{report.figureWarnings.map((w) => <li key={w.message}>{w.message}</li>)}</ul>} />
      ) : null}
      <WorkflowBar report={report} dirty={draft.dirty} saveState={draft.saveState} onSave={() => void draft.save('save')} onHistory={() => setHistory(true)}
        onPreview={readOnly ? undefined : () => setPreview(true)} />
      <Row gutter={16}>
        <Col xs={0} xl={5}>
          <Card size="small" title="Mục lục" className="report-nav-card"><SectionNav sections={content.sections} /></Card>
        </Col>
        <Col xs={24} xl={19}>
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            {readOnly ? (
              <Card size="small" title="Văn bản báo cáo" extra={<Button icon={<PrinterOutlined />} onClick={() => window.print()}>In</Button>}>
                <div className="doc-print-root"><ReportDocument content={content} figureCells={report.figureCells} /></div>
              </Card>
            ) : (
              <>
                <MetaForm meta={content.meta} readOnly={readOnly} revision={draft.revision} onChange={(meta) => draft.setContent((c) => ({ ...c, meta }))} />
                <Card size="small" title="Nội dung báo cáo">
                  {report.figurePeriod && report.figureCells.length ? (
                    <Alert type="info" showIcon style={{ marginBottom: 12 }}
                      message={`Các ô số liệu có nhãn "Từ sổ" tự điền từ sổ theo dõi của đơn vị, ${report.figurePeriod.label}.`}
                      description="Bấm vào ô để xem nguồn; muốn sửa phải ghi lý do (lưu vào nhật ký). Khi trình, số liệu được giữ nguyên như lúc trình." />
                  ) : null}
                  <SectionsEditor
                    sections={content.sections} figures={content.figures} figureOverrides={content.figureOverrides} figureTexts={content.figureTexts ?? {}} figureCells={report.figureCells}
                    readOnly={readOnly} revision={draft.revision}
                    footnotesBefore={basisFootnotes} onSectionChange={setSection} onFiguresChange={setFigures} onTablePlaced={placeTable}
                  />
                </Card>
                <ClosingForm meta={content.meta} readOnly={readOnly} revision={draft.revision} onChange={(meta) => draft.setContent((c) => ({ ...c, meta }))} />
                {report.annexChoices.length && !readOnly ? (
                  <Card size="small" title="Phụ lục tổng hợp số liệu của đơn vị cấp dưới">
                    <Select
                      aria-label="Phụ lục tổng hợp" style={{ width: '100%' }} allowClear placeholder="Không kèm phụ lục"
                      value={draft.annexRequestId ?? undefined} onChange={(v) => draft.setAnnexRequestId(v ?? null)}
                      options={report.annexChoices.map((c) => ({ value: c.id, label: `Tổng hợp theo yêu cầu: ${c.subject}` }))}
                    />
                  </Card>
                ) : null}
              </>
            )}
            <CitedDocuments content={content} canRegister={report.canEdit} />
            {report.events.length ? (
              <Card size="small" title="Quá trình xử lý">
                <Timeline items={report.events.map((e) => ({
                  color: e.action === 'return' ? 'orange' : e.action === 'accept' ? 'green' : 'blue',
                  children: <span><b>{workflowActionLabels[e.action]}</b> · {formatDateTime(e.at)} · {e.actor ?? 'hệ thống'} (phiên bản {e.version}){e.comment ? <div>{e.comment}</div> : null}</span>,
                }))} />
              </Card>
            ) : null}
          </Space>
        </Col>
      </Row>
      {leaveGuard}
      {draft.pending ? <MergeDialog pending={draft.pending} onResolve={(keep) => void draft.resolve(keep)} onCancel={draft.cancelMerge} /> : null}
      <Modal open={preview} onCancel={() => setPreview(false)} width={940} title="Xem trước bản in" destroyOnHidden
        footer={<Space><Button onClick={() => setPreview(false)}>Đóng</Button><Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>In</Button></Space>}>
        <Typography.Paragraph type="secondary">Bản xem trước theo thể thức Nghị định 30/2020/NĐ-CP, gồm cả những thay đổi chưa lưu. Văn bản để trình ký là tệp Word tải về.</Typography.Paragraph>
        <div className="doc-print-root"><ReportDocument content={content} figureCells={report.figureCells} /></div>
      </Modal>
      <HistoryDrawer reportId={report.id} open={history} onClose={() => setHistory(false)}
        onRestore={report.canEdit ? (draft.dirty ? null : (content) => draft.restore(content)) : undefined} />
    </Space>
  );
}
