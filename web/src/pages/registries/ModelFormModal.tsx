/** The entry form of a "Dân vận khéo" model: the API's own schema checks it, so a field is marked as the server would. */
import { useEffect, useState } from 'react';
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import {
  modelFieldLabels, modelFields, modelLevelLabels, modelLevels, modelOwnerLabels, modelOwners, modelStatusLabels, modelStatuses,
} from '../../../../src/registries/models/rules.js';
import { modelInput, type ModelOut } from '../../../../src/registries/models/schema.js';
import { api, errorMessage } from '../../api.js';
import { clearChanged, markFields, schemaFieldErrors, serverFieldErrors } from './formErrors.js';
import { useLeaveGuard } from '../../useLeaveGuard.js';
import { matchesLabel, unitOptions } from '../../units.js';
import type { UnitSummary } from '../../../../src/units/schema.js';
import { choices } from './choices.js';

type Values = { [K in keyof ModelOut]?: ModelOut[K] | null };


interface Props {
  /** null: a new model. */
  model: ModelOut | null;
  units: UnitSummary[];
  defaultUnitCode: string;
  onClose: () => void;
  onSaved: (model: ModelOut) => void;
}

export function ModelFormModal({ model, units, defaultUnitCode, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [opened] = useState(model);
  useEffect(() => {
    form.setFieldsValue(opened ?? { unitCode: defaultUnitCode, level: 'commune', status: 'maintained', startYear: new Date().getFullYear() });
  }, [form, opened, defaultUnitCode]);
  const status = Form.useWatch('status', form);
  const owner = Form.useWatch('owner', form);
  const dirty = Form.useWatch([], form) !== undefined && form.isFieldsTouched();
  const leaveGuard = useLeaveGuard(dirty, { what: 'mô hình' });

  const save = useMutation({
    mutationFn: (body: unknown) => (opened ? api.put<ModelOut>(`/api/v1/registries/models/${opened.id}`, body) : api.post<ModelOut>('/api/v1/registries/models', body)),
    onSuccess: (saved) => { form.resetFields(); onSaved(saved); },
    onError: (err) => markFields(form, serverFieldErrors(err)),
  });

  const submit = () => {
    const v = form.getFieldsValue(true) as Record<string, unknown>;
    const body = { ...v, stoppedYear: v.status === 'stopped' ? v.stoppedYear ?? null : null };
    const parsed = modelInput.safeParse(Object.fromEntries(Object.entries(body).filter(([k]) => k in modelInput.shape)));
    if (!parsed.success) {
      markFields(form, schemaFieldErrors(parsed.error.issues));
      return;
    }
    save.mutate(opened ? { ...parsed.data, version: opened.version } : parsed.data);
  };

  const unitChoices = unitOptions(units);
  if (opened && !unitChoices.some((o) => o.value === opened.unitCode)) unitChoices.unshift({ value: opened.unitCode, label: opened.unitName });
  const year = <InputNumber min={1945} max={2200} style={{ width: '100%' }} />;

  return (
    <Modal open title={opened ? `Sửa mô hình "${opened.name}"` : 'Ghi mô hình "Dân vận khéo"'} okText={opened ? 'Lưu' : 'Ghi vào sổ'} cancelText="Hủy"
      confirmLoading={save.isPending} onOk={submit} onCancel={onClose} maskClosable={false} keyboard={false} destroyOnHidden width={720}>
      {leaveGuard}
      {save.isError ? <Alert type="error" showIcon role="alert" message={errorMessage(save.error)} style={{ marginBottom: 16 }} /> : null}
      {/* Fields clear their error as soon as they change. */}
      <Form form={form} layout="vertical" requiredMark="optional" onValuesChange={clearChanged(form)}>
        <Form.Item name="name" label="Tên mô hình" required>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} placeholder='Ví dụ: Nồi cháo tình thương' />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="unitCode" label="Đơn vị" required>
              <Select showSearch filterOption={matchesLabel} options={unitChoices} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="field" label="Lĩnh vực" required>
              <Select showSearch optionFilterProp="label" options={choices(modelFields, modelFieldLabels)} placeholder="Chọn lĩnh vực" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="owner" label="Tổ chức thực hiện" required>
              <Select showSearch optionFilterProp="label" options={choices(modelOwners, modelOwnerLabels)} placeholder="UBND, MTTQ, Hội LHPN..." />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="ownerDetail" label={owner === 'other' ? 'Tên tổ chức' : 'Tổ chức cụ thể'} extra='Ví dụ: "Chi hội Phụ nữ thôn Tây"'>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="startYear" label="Năm bắt đầu" required>{year}</Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="level" label="Cấp công nhận">
              <Select showSearch optionFilterProp="label" options={choices(modelLevels, modelLevelLabels)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="status" label="Tình trạng">
              <Select showSearch optionFilterProp="label" options={choices(modelStatuses, modelStatusLabels)} />
            </Form.Item>
          </Col>
          {status === 'stopped' ? (
            <Col xs={12} md={6}>
              <Form.Item name="stoppedYear" label="Năm dừng" required>{year}</Form.Item>
            </Col>
          ) : null}
        </Row>
        <Form.Item name="village" label="Thôn, tổ dân phố"><Input /></Form.Item>
        <Form.Item name="description" label="Nội dung, cách làm"><Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} /></Form.Item>
        <Form.Item name="results" label="Kết quả"><Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} /></Form.Item>
        <Form.Item name="recognition" label="Ghi nhận, khen thưởng"><Input /></Form.Item>
      </Form>
    </Modal>
  );
}
