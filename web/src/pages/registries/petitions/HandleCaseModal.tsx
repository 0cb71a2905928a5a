/** Recording how a case is handled: competence, acceptance, mediation, outcome and the day it ended. */
import { useEffect } from 'react';
import { Alert, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { competenceLabels, competences, mediationLabels, mediationOutcomes, petitionKindLabels, petitionKinds } from '../../../../../src/registries/petitions/rules.js';
import { caseUpdate, type CaseDetailOut, type CaseOut } from '../../../../../src/registries/petitions/schema.js';
import { api, errorMessage } from '../../../api.js';
import { datePickerFormat, fromDayjs, toDayjs } from '../../../format.js';
import { useLeaveGuard } from '../../../useLeaveGuard.js';
import { clearChanged, markFields, schemaFieldErrors, serverFieldErrors } from '../formErrors.js';
import { choices } from '../choices.js';

type Values = Omit<Partial<CaseOut>, 'acceptedOn' | 'closedOn' | 'handler'> & { acceptedOn?: Dayjs | null; closedOn?: Dayjs | null; handler?: string | null };

export function HandleCaseModal({ kase, onClose, onSaved }: { kase: CaseDetailOut; onClose: () => void; onSaved: (c: CaseOut) => void }) {
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    form.setFieldsValue({ ...kase, acceptedOn: toDayjs(kase.acceptedOn), closedOn: toDayjs(kase.closedOn), handler: kase.handler?.username ?? null });
  }, [form, kase]);
  const kind = Form.useWatch('kind', form);
  const dirty = Form.useWatch([], form) !== undefined && form.isFieldsTouched();
  const leaveGuard = useLeaveGuard(dirty, { what: 'việc xử lý vụ việc' });
  const handlers = useQuery({ queryKey: ['petition-handlers', kase.id], queryFn: () => api.get<{ username: string; fullName: string }[]>(`/api/v1/registries/petitions/cases/${kase.id}/handlers`) });
  const save = useMutation({
    mutationFn: (body: unknown) => api.put<CaseOut>(`/api/v1/registries/petitions/cases/${kase.id}`, body),
    onSuccess: (saved) => { form.resetFields(); onSaved(saved); },
    onError: (err) => markFields(form, serverFieldErrors(err)),
  });
  const submit = () => {
    const v = form.getFieldsValue(true) as Values;
    const body = { ...v, acceptedOn: fromDayjs(v.acceptedOn), closedOn: fromDayjs(v.closedOn), mediation: v.kind === 'land_dispute' ? v.mediation ?? null : null, version: kase.version };
    const parsed = caseUpdate.safeParse(Object.fromEntries(Object.entries(body).filter(([k]) => k in caseUpdate.shape)));
    if (!parsed.success) return markFields(form, schemaFieldErrors(parsed.error.issues));
    save.mutate(parsed.data);
  };
  const date = <DatePicker format={datePickerFormat} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />;

  return (
    <Modal open title={`Xử lý vụ việc số ${kase.id}`} okText="Lưu" cancelText="Hủy" confirmLoading={save.isPending} onOk={submit} onCancel={onClose}
      maskClosable={false} keyboard={false} destroyOnHidden width={760}>
      {leaveGuard}
      {save.isError ? <Alert type="error" showIcon role="alert" message={errorMessage(save.error)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" requiredMark="optional" onValuesChange={clearChanged(form)}>
        <Form.Item name="title" label="Tên vụ việc" required><Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} /></Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label="Loại vụ việc" required><Select showSearch optionFilterProp="label" options={choices(petitionKinds, petitionKindLabels)} /></Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="competence" label="Thẩm quyền" required><Select showSearch optionFilterProp="label" options={choices(competences, competenceLabels)} /></Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="handler" label="Người được giao xử lý">
              <Select allowClear showSearch optionFilterProp="label" loading={handlers.isLoading} placeholder="Chọn cán bộ của đơn vị"
                options={(handlers.data ?? []).map((h) => ({ value: h.username, label: h.fullName }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}><Form.Item name="field" label="Lĩnh vực"><Input /></Form.Item></Col>
          <Col xs={12} md={8}><Form.Item name="acceptedOn" label="Ngày thụ lý">{date}</Form.Item></Col>
          <Col xs={12} md={8}><Form.Item name="closedOn" label="Ngày kết thúc" extra="Đã trả lời, giải quyết, hòa giải, chuyển hoặc lưu đơn">{date}</Form.Item></Col>
          {kind === 'land_dispute' ? (
            <Col xs={12} md={8}>
              <Form.Item name="mediation" label="Kết quả hòa giải"><Select allowClear options={choices(mediationOutcomes, mediationLabels)} placeholder="Chưa hòa giải" /></Form.Item>
            </Col>
          ) : null}
          {kind === 'denunciation' ? (
            <Col xs={12} md={8}>
              <Form.Item name="extensions" label="Số lần gia hạn"><InputNumber min={0} max={2} style={{ width: '100%' }} /></Form.Item>
            </Col>
          ) : null}
        </Row>
        <Form.Item name="outcome" label="Kết quả giải quyết"><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} /></Form.Item>
        <Row gutter={12}>
          <Col xs={12} md={6}><Form.Item name="complex" valuePropName="checked"><Checkbox>Phức tạp</Checkbox></Form.Item></Col>
          <Col xs={12} md={6}><Form.Item name="remote" valuePropName="checked"><Checkbox>Vùng sâu, vùng xa</Checkbox></Form.Item></Col>
          <Col xs={12} md={6}><Form.Item name="crowd" valuePropName="checked"><Checkbox>Đông người</Checkbox></Form.Item></Col>
          <Col xs={12} md={6}><Form.Item name="prolonged" valuePropName="checked"><Checkbox>Kéo dài</Checkbox></Form.Item></Col>
          {kind === 'complaint' ? <Col xs={24}><Form.Item name="secondInstance" valuePropName="checked"><Checkbox>Giải quyết khiếu nại lần hai</Checkbox></Form.Item></Col> : null}
        </Row>
      </Form>
    </Modal>
  );
}
