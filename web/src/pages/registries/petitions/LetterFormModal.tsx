/**
 * Entering a letter (đơn): what it says, who sent it, and the case it belongs to. While the summary is
 * typed, the unit's cases about the same matter are offered, so a second letter joins its case instead of
 * counting as a new one ("22 đơn / 21 vụ").
 */
import { useEffect, useState } from 'react';
import { Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { letterChannelLabels, letterChannels, petitionKindLabels, petitionKinds, protectsSender } from '../../../../../src/registries/petitions/rules.js';
import { letterInput, type LetterOut, type SimilarOut } from '../../../../../src/registries/petitions/schema.js';
import type { UnitSummary } from '../../../../../src/units/schema.js';
import { api, errorMessage } from '../../../api.js';
import { datePickerFormat, formatDate, fromDayjs, toDayjs } from '../../../format.js';
import { useDebounced } from '../../../useDebounced.js';
import { useLeaveGuard } from '../../../useLeaveGuard.js';
import { matchesLabel, unitOptions } from '../../../units.js';
import { clearChanged, markFields, schemaFieldErrors, serverFieldErrors } from '../formErrors.js';
import { choices } from '../choices.js';


interface Values {
  unitCode?: string;
  receivedOn?: Dayjs | null;
  channel?: string;
  kind?: string;
  field?: string | null;
  summary?: string;
  senderName?: string | null;
  senderAddress?: string | null;
  senderContact?: string | null;
  senderCount?: number;
}

interface Props {
  /** null: a new letter. */
  letter: LetterOut | null;
  /** A new letter for this case (from the case's page). */
  caseId?: number | null;
  units: UnitSummary[];
  defaultUnitCode: string;
  onClose: () => void;
  onSaved: (letter: LetterOut) => void;
}

export function LetterFormModal({ letter, caseId: fixedCase = null, units, defaultUnitCode, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [opened] = useState(letter);
  // The case the letter joins; null: a new case.
  const [caseId, setCaseId] = useState<number | null>(opened?.caseId ?? fixedCase);
  useEffect(() => {
    form.setFieldsValue(opened
      ? { ...opened, receivedOn: toDayjs(opened.receivedOn), senderName: opened.sender.hidden ? null : opened.sender.name, senderAddress: opened.sender.address, senderContact: opened.sender.contact }
      : { unitCode: defaultUnitCode, channel: 'in_person', senderCount: 1 });
  }, [form, opened, defaultUnitCode]);
  const kind = Form.useWatch('kind', form);
  const unitCode = Form.useWatch('unitCode', form);
  const summary = useDebounced(Form.useWatch('summary', form) ?? '', 400);
  const dirty = Form.useWatch([], form) !== undefined && form.isFieldsTouched();
  const leaveGuard = useLeaveGuard(dirty, { what: 'đơn' });
  const suggest = !opened && fixedCase === null && summary.trim().length >= 8 && !!unitCode;
  const similar = useQuery({
    queryKey: ['petition-similar', unitCode, summary],
    queryFn: () => api.get<SimilarOut>('/api/v1/registries/petitions/similar', { unitCode, summary }),
    enabled: suggest,
  });

  const save = useMutation({
    mutationFn: (body: unknown) => (opened ? api.put<LetterOut>(`/api/v1/registries/petitions/letters/${opened.id}`, body) : api.post<LetterOut>('/api/v1/registries/petitions/letters', body)),
    onSuccess: (saved) => { form.resetFields(); onSaved(saved); },
    onError: (err) => markFields(form, serverFieldErrors(err)),
  });

  const submit = () => {
    const v = form.getFieldsValue(true) as Values;
    const body = { ...v, receivedOn: fromDayjs(v.receivedOn) ?? undefined, caseId };
    const parsed = letterInput.safeParse(Object.fromEntries(Object.entries(body).filter(([k]) => k in letterInput.shape)));
    if (!parsed.success) return markFields(form, schemaFieldErrors(parsed.error.issues));
    save.mutate(opened ? { ...parsed.data, version: opened.version } : parsed.data);
  };

  const unitChoices = unitOptions(units);
  if (opened && !unitChoices.some((o) => o.value === opened.unitCode)) unitChoices.unshift({ value: opened.unitCode, label: opened.unitName });
  const candidates = suggest ? similar.data ?? [] : [];

  return (
    <Modal open title={opened ? `Sửa đơn số ${opened.id}` : fixedCase ? `Thêm đơn vào vụ việc số ${fixedCase}` : 'Ghi đơn thư nhận được'} okText={opened ? 'Lưu' : 'Ghi vào sổ'} cancelText="Hủy"
      confirmLoading={save.isPending} onOk={submit} onCancel={onClose} maskClosable={false} keyboard={false} destroyOnHidden width={760}>
      {leaveGuard}
      {save.isError ? <Alert type="error" showIcon role="alert" message={errorMessage(save.error)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" requiredMark="optional" onValuesChange={clearChanged(form)}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="unitCode" label="Đơn vị nhận đơn" required>
              <Select showSearch filterOption={matchesLabel} options={unitChoices} disabled={fixedCase !== null} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="receivedOn" label="Ngày nhận đơn" required>
              <DatePicker format={datePickerFormat} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label="Loại đơn" required>
              <Select showSearch optionFilterProp="label" options={choices(petitionKinds, petitionKindLabels)} placeholder="Khiếu nại, tố cáo, kiến nghị..." />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="channel" label="Nguồn đơn" required>
              <Select showSearch optionFilterProp="label" options={choices(letterChannels, letterChannelLabels)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label="Nội dung tóm tắt" required>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="Ví dụ: Phản ánh cống thoát nước tổ dân phố 3 bị tắc" />
        </Form.Item>
        {candidates.length ? (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="Có thể trùng vụ việc đã có"
            description={(
              <Radio.Group aria-label="Vụ việc của đơn" value={caseId ?? 0} onChange={(e) => setCaseId(e.target.value === 0 ? null : e.target.value)}>
                <Space direction="vertical">
                  {candidates.map((c) => (
                    <Radio key={c.id} value={c.id}>
                      Gắn vào vụ việc số {c.id}: {c.title} <Typography.Text type="secondary">({c.kindName}, nhận {formatDate(c.receivedOn)}, {c.letterCount} đơn, {c.status === 'open' ? 'đang giải quyết' : 'đã kết thúc'})</Typography.Text>
                    </Radio>
                  ))}
                  <Radio value={0}>Vụ việc mới</Radio>
                </Space>
              </Radio.Group>
            )} />
        ) : null}
        <Form.Item name="field" label="Lĩnh vực"><Input placeholder="Đất đai, môi trường, chính sách..." /></Form.Item>
        {kind && protectsSender(kind as 'denunciation') ? (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message="Thông tin người tố cáo được giữ bí mật"
            description="Họ tên, địa chỉ, liên hệ chỉ hiện với người được giao xử lý, lãnh đạo đơn vị và quản trị hệ thống; không hiện trong danh sách, tìm kiếm, nhật ký hay với cấp trên (Luật Tố cáo 2018, Điều 47-48)." />
        ) : null}
        {opened?.sender.hidden ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message="Thông tin người tố cáo được giữ bí mật: bạn không xem và không sửa được phần này." /> : (
        <Row gutter={12}>
          <Col xs={24} md={12}><Form.Item name="senderName" label="Họ tên người đứng đơn"><Input autoComplete="off" /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="senderContact" label="Số điện thoại, thư điện tử"><Input autoComplete="off" /></Form.Item></Col>
          <Col xs={24} md={16}><Form.Item name="senderAddress" label="Địa chỉ"><Input autoComplete="off" /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="senderCount" label="Số người đứng đơn"><InputNumber min={1} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        )}
      </Form>
    </Modal>
  );
}
