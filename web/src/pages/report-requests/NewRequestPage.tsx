/**
 * Sending a request down: basis document, subject, kind and period (cut-offs of Nghị định 09/2019/NĐ-CP
 * filled in for periodic reports), deadline, template, and the units below that must report.
 */
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Spin, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { todayIso } from '../../../../src/core/vi-format.js';
import { isPeriodic, requestDateIssues } from '../../../../src/requests/period-rules.js';
import { templateKindWarning, templatesForKind } from '../../../../src/requests/template-rules.js';
import { cutoffWindow, periodicPeriod } from '../../../../src/periods/rules.js';
import { requestCreateInput } from '../../../../src/requests/schema.js';
import { type RequestOut } from '../../../../src/reports/schema.js';
import { type TemplateSummary } from '../../../../src/templates/schema.js';
import { reportKindLabels, reportKinds, type ReportKind } from '../../../../src/templates/schema.js';
import { ApiError, api, errorMessage } from '../../api.js';
import { useIdempotencyKey, useSingleFlight } from '../../useSingleFlight.js';
import { datePickerFormat, fromDayjs, toDayjs, unitName } from '../../format.js';
import { useCanSendRequests, useReferenceDate, useSession } from '../../session.js';
import { useLeaveGuard } from '../../useLeaveGuard.js';
import { matchesLabel, useUnits } from '../../units.js';
import { DocumentReferenceInput, type DocumentChoice } from '../documents/DocumentReferenceInput.js';

interface Draft {
  issuingUnitCode: string;
  basis: DocumentChoice | null;
  subject: string;
  reportKind: ReportKind;
  year: number;
  index: number;
  periodStart: string | null;
  periodEnd: string | null;
  cutoffDate: string | null;
  requestDate: string;
  deadline: string | null;
  templateId: number | null;
  recipientCodes: string[] | null;
  note: string;
}

/** Period and cut-off of a periodic report (Nghị định 09/2019/NĐ-CP, Điều 12). */
function periodFields(kind: ReportKind, year: number, index: number) {
  if (!isPeriodic(kind)) return {};
  const period = periodicPeriod(kind, year, kind === 'year' ? 1 : index);
  return { periodStart: period.start, periodEnd: period.end, cutoffDate: cutoffWindow(kind, period).to };
}

/** Waits for the user's reference date: a unit dissolved in 2025 sends requests dated before its end. */
/** Reached by its address too: a user who may not send requests is told so instead of filling a form in vain. */
/** Thrown when the form's own check fails: each field already says what is wrong. */
const invalidForm = new Error('invalid form');

export function NewRequestPage() {
  const canSend = useCanSendRequests();
  if (!canSend) {
    return (
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Title level={3} className="page-title">Gửi yêu cầu báo cáo</Typography.Title>
        <Alert type="info" showIcon message="Chỉ lãnh đạo, quản lý của đơn vị (hoặc quản trị hệ thống) được gửi yêu cầu báo cáo xuống các đơn vị cấp dưới."
          description="Tài khoản của bạn xem và soạn báo cáo của đơn vị; hãy nhờ lãnh đạo đơn vị gửi yêu cầu." />
      </Space>
    );
  }
  return <RequestForm />;
}

function RequestForm() {
  const ref = useReferenceDate();
  if (ref.isLoading) return <Spin size="large" style={{ display: 'block', margin: 80 }} />;
  return <NewRequestForm referenceDate={ref.date} />;
}

function NewRequestForm({ referenceDate }: { referenceDate: string }) {
  const { user } = useSession();
  const ref = { date: referenceDate };
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const year = Number(ref.date.slice(0, 4));
  const [draft, setDraft] = useState<Draft>(() => ({
    issuingUnitCode: user.unitCode, basis: null, subject: '', reportKind: 'quarter', year, index: Math.ceil(Number(ref.date.slice(5, 7)) / 3),
    periodStart: null, periodEnd: null, cutoffDate: null, requestDate: ref.date, deadline: null, templateId: null, recipientCodes: null, note: '',
    ...periodFields('quarter', year, Math.ceil(Number(ref.date.slice(5, 7)) / 3)),
  }));
  const [untouched] = useState(() => JSON.stringify(draft));
  const [sent, setSent] = useState(false);
  const leaveGuard = useLeaveGuard(!sent && JSON.stringify(draft) !== untouched, { what: 'yêu cầu báo cáo' });
  const [serverError, setServerError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [unreadBasis, setUnreadBasis] = useState<string | null>(null);
  const submission = useIdempotencyKey();

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const units = useUnits(draft.requestDate);
  const templates = useQuery({ queryKey: ['templates'], queryFn: () => api.get<TemplateSummary[]>('/api/v1/report-templates') });
  const issuers = (units.data ?? []).filter((u) => u.inScope && (u.kind === 'province' || u.kind === 'district'));
  const below = useMemo(() => {
    const all = units.data ?? [];
    const children = new Map<string, string[]>();
    for (const u of all) if (u.parentCode) children.set(u.parentCode, [...(children.get(u.parentCode) ?? []), u.code]);
    const out: string[] = [];
    const walk = (code: string) => { for (const c of children.get(code) ?? []) { out.push(c); walk(c); } };
    walk(draft.issuingUnitCode);
    return all.filter((u) => out.includes(u.code) && u.kind !== 'village');
  }, [units.data, draft.issuingUnitCode]);
  const recipients = draft.recipientCodes ?? below.map((u) => u.code);
  // The outlines of the request's kind come first and the first of them is chosen; another kind only by hand.
  const offered = templatesForKind(templates.data ?? [], draft.reportKind);
  const templateId = draft.templateId ?? offered.matching[0]?.id ?? null;
  const chosen = templates.data?.find((t) => t.id === templateId);
  const kindWarning = chosen ? templateKindWarning(draft.reportKind, chosen) : null;
  const kindName = reportKindLabels[draft.reportKind].toLocaleLowerCase('vi');
  const templateOptions = [
    { label: `Đề cương ${kindName}`, options: offered.matching.map((t) => ({ value: t.id, label: t.title })) },
    { label: 'Đề cương loại báo cáo khác', options: offered.others.map((t) => ({ value: t.id, label: `${t.title} (${reportKindLabels[t.reportKind].toLocaleLowerCase('vi')})` })) },
  ].filter((group) => group.options.length > 0);
  const templateHelp = kindWarning?.message
    ?? (templates.data && !offered.matching.length ? `Chưa có đề cương ${kindName}: chọn một đề cương loại khác hoặc tạo đề cương mới.` : undefined);

  const body = {
    issuingUnitCode: draft.issuingUnitCode, basisDocument: draft.basis ? ('id' in draft.basis ? { id: draft.basis.id } : draft.basis) : null,
    subject: draft.subject, reportKind: draft.reportKind, periodStart: draft.periodStart, periodEnd: draft.periodEnd, cutoffDate: draft.cutoffDate,
    requestDate: draft.requestDate, deadline: draft.deadline, templateId, recipientCodes: recipients, note: draft.note,
  };
  const dateIssues = draft.periodStart && draft.periodEnd && draft.cutoffDate && draft.deadline
    ? requestDateIssues({ requestDate: draft.requestDate, periodStart: draft.periodStart, periodEnd: draft.periodEnd, cutoffDate: draft.cutoffDate, deadline: draft.deadline })
    : [];
  // After a first try, each field shows what is wrong with it, and stops as soon as it is fixed.
  const checked = tried ? requestCreateInput.safeParse(body) : null;
  const fieldIssues = checked && !checked.success ? checked.error.issues : [];
  const issueOf = (...fields: string[]) =>
    fieldIssues.find((i) => fields.includes(String(i.path[0])))?.message ?? dateIssues.find((i) => fields.includes(i.field))?.message;
  const status = (...fields: string[]) => (issueOf(...fields) ? 'error' as const : undefined);

  const send = useMutation({
    mutationFn: () => {
      if (unreadBasis) throw new Error(`Chưa đọc được câu căn cứ "${unreadBasis}" thành một văn bản: hãy gõ đủ số, ký hiệu và ngày (ví dụ Công văn số 1444/UBND-NV ngày 18/5/2023 của ...), chọn một gợi ý, hoặc xóa câu đó nếu yêu cầu không có căn cứ.`);
      setTried(true);
      const parsed = requestCreateInput.safeParse(body);
      if (!parsed.success) throw invalidForm;
      return api.post<RequestOut>('/api/v1/report-requests', parsed.data, { idempotencyKey: submission.key });
    },
    onSuccess: (request) => {
      submission.renew();
      setSent(true);
      void client.invalidateQueries({ queryKey: ['requests'] });
      void message.success(`Đã gửi yêu cầu báo cáo đến ${request.recipients.length} đơn vị.`);
      void navigate(`/report-requests/${request.id}`);
    },
    onError: (err) => { if (err !== invalidForm) setServerError(err instanceof ApiError ? err.message : errorMessage(err)); },
  });

  const sendOnce = useSingleFlight(() => {
    setServerError(null);
    return send.mutateAsync();
  });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} className="page-title">Gửi yêu cầu báo cáo</Typography.Title>
      {leaveGuard}
      {/* Enter in a date field confirms the date; only the button sends the request. */}
      <Form layout="vertical" component="div">
        <Card size="small" title="Văn bản yêu cầu">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="Đơn vị gửi yêu cầu" required>
                <Select aria-label="Đơn vị gửi yêu cầu" value={draft.issuingUnitCode} onChange={(v) => set({ issuingUnitCode: v, recipientCodes: null })}
                  options={issuers.map((u) => ({ value: u.code, label: unitName(u) }))} loading={units.isLoading} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="Ngày ban hành yêu cầu" required validateStatus={status('requestDate')} help={issueOf('requestDate')}>
                <DatePicker aria-label="Ngày ban hành yêu cầu" format={datePickerFormat} allowClear={false} value={toDayjs(draft.requestDate)} onChange={(d) => set({ requestDate: fromDayjs(d) ?? todayIso(), recipientCodes: null })} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label="Căn cứ (công văn, kế hoạch yêu cầu báo cáo)">
                <DocumentReferenceInput value={draft.basis} onUnread={setUnreadBasis} onChange={(basis) => set({ basis, subject: draft.subject || (basis && !('id' in basis) && basis.summary ? basis.summary.charAt(0).toUpperCase() + basis.summary.slice(1) : draft.subject) })} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label="Trích yếu yêu cầu" required validateStatus={status('subject')} help={issueOf('subject')}>
                <Input.TextArea aria-label="Trích yếu yêu cầu" autoSize={{ minRows: 1, maxRows: 3 }} value={draft.subject} onChange={(e) => set({ subject: e.target.value })} placeholder="Ví dụ: Báo cáo công tác Dân vận chính quyền quý I năm 2025" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title="Kỳ báo cáo và thời hạn" style={{ marginTop: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="Loại báo cáo" required>
                <Select aria-label="Loại báo cáo" value={draft.reportKind} options={reportKinds.map((k) => ({ value: k, label: reportKindLabels[k] }))}
                  onChange={(k: ReportKind) => set({ reportKind: k, templateId: null, ...periodFields(k, draft.year, draft.index) })} />
              </Form.Item>
            </Col>
            {isPeriodic(draft.reportKind) ? (
              <Col xs={24} md={8}>
                <Form.Item label={draft.reportKind === 'year' ? 'Năm' : draft.reportKind === 'quarter' ? 'Quý / năm' : '6 tháng / năm'}>
                  <Space.Compact>
                    {draft.reportKind !== 'year' ? (
                      <Select aria-label="Kỳ" style={{ width: 110 }} value={draft.index}
                        options={(draft.reportKind === 'quarter' ? [1, 2, 3, 4] : [1, 2]).map((n) => ({ value: n, label: draft.reportKind === 'quarter' ? `Quý ${['I', 'II', 'III', 'IV'][n - 1]}` : n === 1 ? '6 tháng đầu' : '6 tháng cuối' }))}
                        onChange={(n: number) => set({ index: n, ...periodFields(draft.reportKind, draft.year, n) })} />
                    ) : null}
                    <InputNumber aria-label="Năm báo cáo" min={2000} max={2100} value={draft.year} onChange={(y) => y && set({ year: y, ...periodFields(draft.reportKind, y, draft.index) })} />
                  </Space.Compact>
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} md={8}>
              <Form.Item label="Kỳ báo cáo (từ ngày - đến ngày)" required validateStatus={status('periodStart', 'periodEnd')} help={issueOf('periodStart', 'periodEnd')}>
                <DatePicker.RangePicker aria-label="Kỳ báo cáo" format={datePickerFormat} value={[toDayjs(draft.periodStart), toDayjs(draft.periodEnd)]}
                  onChange={(range) => set({ periodStart: fromDayjs(range?.[0]), periodEnd: fromDayjs(range?.[1]) })} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="Ngày chốt số liệu" required validateStatus={status('cutoffDate')}
                help={issueOf('cutoffDate') ?? (isPeriodic(draft.reportKind) ? 'Theo Nghị định 09/2019/NĐ-CP, Điều 12' : undefined)}>
                <DatePicker aria-label="Ngày chốt số liệu" format={datePickerFormat} value={toDayjs(draft.cutoffDate)} onChange={(d) => set({ cutoffDate: fromDayjs(d) })} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="Hạn nộp" required validateStatus={status('deadline')} help={issueOf('deadline')}>
                <DatePicker aria-label="Hạn nộp" format={datePickerFormat} value={toDayjs(draft.deadline)} onChange={(d) => set({ deadline: fromDayjs(d) })} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="Đề cương báo cáo" required validateStatus={status('templateId') ?? (templateHelp ? 'warning' : undefined)} help={issueOf('templateId') ?? templateHelp}>
                <Select aria-label="Đề cương báo cáo" value={templateId ?? undefined} loading={templates.isLoading} onChange={(v: number) => set({ templateId: v })}
                  options={templateOptions} filterOption={matchesLabel} showSearch />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={`Đơn vị phải báo cáo (${recipients.length}/${below.length})`} style={{ marginTop: 16 }}
          extra={<Checkbox checked={recipients.length === below.length && below.length > 0} indeterminate={recipients.length > 0 && recipients.length < below.length}
            onChange={(e) => set({ recipientCodes: e.target.checked ? null : [] })}>Tất cả</Checkbox>}>
          {issueOf('recipientCodes') ? <Typography.Paragraph type="danger">{issueOf('recipientCodes')}</Typography.Paragraph> : null}
          {below.length === 0 ? <Typography.Text type="secondary">Không có đơn vị cấp dưới vào ngày ban hành yêu cầu.</Typography.Text> : (
            <Checkbox.Group aria-label="Đơn vị phải báo cáo" value={recipients} onChange={(v) => set({ recipientCodes: v })}
              options={below.map((u) => ({ value: u.code, label: `${unitName(u)} (${u.code})` }))} />
          )}
        </Card>
        <Card size="small" style={{ marginTop: 16 }}>
          <Form.Item label="Ghi chú cho đơn vị">
            <Input.TextArea aria-label="Ghi chú cho đơn vị" autoSize={{ minRows: 2, maxRows: 5 }} value={draft.note} onChange={(e) => set({ note: e.target.value })} />
          </Form.Item>
          {fieldIssues.length ? <Alert type="error" showIcon message={`Còn ${fieldIssues.length} chỗ cần sửa, đã đánh dấu đỏ ở từng ô.`} style={{ marginBottom: 12 }} /> : null}
          {serverError ? <Alert type="error" showIcon message={serverError} style={{ marginBottom: 12 }} /> : null}
          <Space>
            <Button type="primary" loading={send.isPending} disabled={dateIssues.length > 0} onClick={sendOnce}>Gửi yêu cầu</Button>
            <Link to="/report-requests">Hủy</Link>
          </Space>
        </Card>
      </Form>
    </Space>
  );
}
