import { useMemo, useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Drawer, Form, Grid, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDate, todayIso } from '../../../../src/core/vi-format.js';
import type { UnitLevel } from '../../../../src/units/rules.js';
import { unitOperation, type UnitSummary } from '../../../../src/units/schema.js';
import { api, ApiError, errorMessage } from '../../api.js';
import { datePickerFormat, unitName } from '../../format.js';
import { useUnits } from '../../units.js';
import { OperationFields } from './OperationFields.js';
import { canHandOverNow, focusAfter, operationBody, type OperationValues } from './operationBody.js';
import { handOverOptions, type HandOverPart } from './HandOverPanel.js';
import type { OperationType } from './UnitDetail.js';
import { eventLabels } from './unitLabels.js';

export interface OperationRequest {
  type: OperationType;
  unit: UnitSummary | null;
  /** The date the tree shows; the operation defaults to today. */
  date: string;
}

function childLevel(parent: UnitSummary | null, date: string): UnitLevel {
  if (!parent) return 'province';
  if (parent.kind === 'province') return date >= '2025-07-01' ? 'commune' : 'district';
  return parent.kind === 'district' ? 'commune' : 'village';
}

/** Today, or the viewed date when the tree shows the future (a change scheduled after another one). */
const defaultEffectiveDate = (viewed: string) => (viewed > todayIso() ? viewed : todayIso());

function initialValues(type: OperationType, unit: UnitSummary | null, viewed: string): OperationValues {
  const effectiveDate = dayjs(defaultEffectiveDate(viewed), 'YYYY-MM-DD');
  const base = { type, effectiveDate, legalBasis: '', note: '', handOver: ['accounts', 'requests', 'drafts'] as HandOverPart[] };
  switch (type) {
    case 'create':
      return { ...base, newUnit: { kind: childLevel(unit, todayIso()), parentCode: unit?.code ?? null, code: unit ? `${unit.code}.` : '' } };
    case 'rename':
      return { ...base, name: unit?.name, typeName: unit?.typeName };
    case 'move':
      return { ...base, parentCode: undefined };
    case 'merge':
      return { ...base, sourceCodes: unit ? [unit.code] : [], targetMode: 'new', newUnit: { parentCode: unit?.parentCode ?? null } };
    case 'split':
      return { ...base, targets: [{ parentCode: unit?.parentCode ?? null }, { parentCode: unit?.parentCode ?? null }] };
    case 'dissolve':
      return { ...base, childrenTo: null };
  }
}

function handedOver(v: OperationValues): string {
  if (!canHandOverNow(v) || !v.handOver?.length) return '';
  const labels = handOverOptions().filter((o) => v.handOver!.includes(o.value)).map((o) => o.label.toLowerCase());
  return ` Chuyển sang đơn vị kế thừa: ${labels.join(', ')}.`;
}

/** One sentence saying what the operation will record, in the words of the unit list. */
function consequence(v: OperationValues, unit: UnitSummary | null): string {
  const date = v.effectiveDate ? v.effectiveDate.format('DD/MM/YYYY') : '';
  const who = unit ? unitName(unit) : '';
  const tail = ' Thao tác được ghi vào lịch sử đơn vị hành chính và không hủy được.';
  switch (v.type) {
    case 'create': return `Thành lập ${v.newUnit?.typeName ?? ''} ${v.newUnit?.name ?? ''} (mã ${v.newUnit?.code ?? ''}) từ ngày ${date}.${tail}`;
    case 'rename': return `${who} mang tên ${v.typeName ?? unit?.typeName ?? ''} ${v.name ?? ''} từ ngày ${date}.${tail}`;
    case 'move': return `${who} trực thuộc đơn vị mã ${v.parentCode ?? ''} từ ngày ${date}.${tail}`;
    case 'merge': return `Các đơn vị ${(v.sourceCodes ?? []).join(', ')} hết hiệu lực từ ngày ${date}, sáp nhập vào ${v.targetMode === 'existing' ? `đơn vị mã ${v.existingCode ?? ''}` : `đơn vị mới ${v.newUnit?.name ?? ''}`}.${handedOver(v)}${tail}`;
    case 'split': return `${who} hết hiệu lực từ ngày ${date}, chia thành ${(v.targets ?? []).length} đơn vị mới.${tail}`;
    case 'dissolve': return `${who} hết hiệu lực từ ngày ${date}.${handedOver(v)}${tail}`;
  }
}

const titles: Record<OperationType, string> = {
  create: 'Thành lập đơn vị',
  rename: 'Đổi tên đơn vị',
  move: 'Điều chỉnh địa giới (chuyển đơn vị cấp trên)',
  merge: 'Sáp nhập đơn vị',
  split: 'Chia tách đơn vị',
  dissolve: 'Giải thể đơn vị',
};

export function UnitOperationDrawer({ request, onClose, onDone }: { request: OperationRequest; onClose: () => void; onDone: (focus: string | null) => void }) {
  const [type, setType] = useState<OperationType>(request.type);
  const [form] = Form.useForm<OperationValues>();
  const screens = Grid.useBreakpoint();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [problems, setProblems] = useState<string[]>([]);
  const effective = Form.useWatch('effectiveDate', form) as dayjs.Dayjs | null | undefined;
  const effectiveIso = effective ? effective.format('YYYY-MM-DD') : todayIso();
  const units = useUnits(effectiveIso);
  const init = useMemo(() => initialValues(type, request.unit, request.date), [type, request.unit, request.date]);

  const submit = useMutation({
    mutationFn: (body: unknown) => api.post<{ eventId: number }>('/api/v1/unit-operations', body),
    onSuccess: async (_, __) => {
      void message.success(`Đã ghi nhận: ${eventLabels[type].toLowerCase()}.`);
      await client.invalidateQueries({ predicate: (q) => ['units', 'unit', 'unit-history'].includes(String(q.queryKey[0])) });
      onDone(focusAfter(form.getFieldsValue(true) as OperationValues, request.unit));
    },
  });

  const onFinish = () => {
    const values = { ...(form.getFieldsValue(true) as OperationValues), type };
    const body = operationBody(values, request.unit);
    const parsed = unitOperation.safeParse(body);
    if (!parsed.success) {
      setProblems(parsed.error.issues.map((i) => i.message));
      return;
    }
    setProblems([]);
    // Unit events are the official history: nothing undoes them, so say what will happen first.
    modal.confirm({
      title: `${titles[type]}?`,
      content: consequence(values, request.unit),
      okText: 'Thực hiện', cancelText: 'Xem lại',
      onOk: () => submit.mutate(parsed.data),
    });
  };

  const serverError = submit.error;
  return (
    <Drawer
      open
      title={`${titles[type]}${request.unit && type !== 'create' ? `: ${unitName(request.unit)}` : ''}`}
      width={screens.md ? 620 : '100%'}
      onClose={onClose}
      destroyOnHidden
      extra={<Space><Button onClick={onClose}>Hủy</Button><Button type="primary" loading={submit.isPending} onClick={() => form.submit()}>Thực hiện</Button></Space>}
    >
      {request.unit ? (
        <Form.Item label="Thao tác" style={{ marginBottom: 16 }}>
          <Select
            aria-label="Loại thao tác"
            value={type}
            onChange={(t: OperationType) => { setType(t); submit.reset(); setProblems([]); form.resetFields(); }}
            options={(Object.keys(titles) as OperationType[]).map((t) => ({ value: t, label: t === 'create' ? 'Thành lập đơn vị trực thuộc' : titles[t] }))}
          />
        </Form.Item>
      ) : null}
      {serverError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          message={serverError instanceof ApiError && serverError.status === 409 ? 'Hệ thống từ chối thao tác' : 'Không thực hiện được'}
          description={errorMessage(serverError)}
        />
      ) : null}
      {problems.length > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message="Kiểm tra lại thông tin" description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />
      ) : null}
      <Form key={type} form={form} layout="vertical" initialValues={init} onFinish={onFinish} requiredMark="optional">
        <OperationFields type={type} unit={request.unit} units={units.data ?? []} />
        {effectiveIso !== request.date ? (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`Cây đơn vị đang xem theo ngày ${formatDate(request.date)}; thao tác có hiệu lực từ ngày ${formatDate(effectiveIso)}.`} />
        ) : null}
        <Form.Item name="effectiveDate" label="Ngày hiệu lực" extra="Gõ được 1/7/2025, 01-07-2025 hoặc 01072025." rules={[{ required: true, message: 'Chọn ngày hiệu lực' }]}>
          <DatePicker format={datePickerFormat} style={{ width: '100%' }} />
        </Form.Item>
        {canHandOverNow({ type, effectiveDate: effective ?? null }) ? (
          <Form.Item
            name="handOver"
            label={type === 'merge' ? 'Chuyển sang đơn vị nhận sáp nhập' : 'Chuyển sang đơn vị tiếp nhận (mặc định: đơn vị cấp trên)'}
            extra="Tài khoản của đơn vị đã hết hiệu lực chỉ xem được, không nhập hay trình được. Bỏ chọn để bàn giao sau ở trang đơn vị."
          >
            <Checkbox.Group options={handOverOptions()} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="legalBasis"
          label="Căn cứ pháp lý"
          extra="Số, ký hiệu, ngày và cơ quan ban hành văn bản, ví dụ: Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội"
          rules={[{ required: true, whitespace: true, message: 'Nhập căn cứ pháp lý (văn bản quyết định)' }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
