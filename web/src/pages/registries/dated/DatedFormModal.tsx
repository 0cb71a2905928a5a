/** The entry form of a dated registry's record: the API's own schema checks it, so a field is marked as the server would. */
import { useEffect, useState } from 'react';
import { Alert, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, type SelectProps } from 'antd';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type { UnitSummary } from '../../../../../src/units/schema.js';
import { todayIso } from '../../../../../src/core/vi-format.js';
import { api, errorMessage } from '../../../api.js';
import { datePickerFormat, fromDayjs, toDayjs } from '../../../format.js';
import { useLeaveGuard } from '../../../useLeaveGuard.js';
import { matchesLabel, unitOptions } from '../../../units.js';
import { clearChanged, markFields, schemaFieldErrors, serverFieldErrors } from '../formErrors.js';
import type { ChoicesSource, DatedConfig, DatedRecord, FieldSpec, FormValues } from './config.js';

interface Props<T extends DatedRecord> {
  config: DatedConfig<T>;
  /** null: a new record. */
  record: T | null;
  units: UnitSummary[];
  defaultUnitCode: string;
  onClose: () => void;
  onSaved: (record: T) => void;
}

/** A record's (or the defaults') values as the form holds them: dates as Dayjs. */
function toForm(fields: FieldSpec[], values: object): FormValues {
  const out: FormValues = { ...values };
  for (const f of fields) if (f.kind === 'date') out[f.name] = toDayjs(out[f.name] as string | null | undefined);
  return out;
}

/** The form's values as the schema reads them: ISO days, an empty number left out (the schema's default), hidden fields empty. */
function toBody(fields: FieldSpec[], values: FormValues): FormValues {
  const out = { ...values };
  for (const f of fields) {
    const v = values[f.name];
    if (f.showIf && !f.showIf(values)) out[f.name] = null;
    else if (f.kind === 'date') out[f.name] = fromDayjs(v as Dayjs | null | undefined) ?? (f.required ? undefined : null);
    else if (f.kind === 'count' && (v === null || v === '')) out[f.name] = undefined;
  }
  return out;
}

/** A select whose choices are loaded for the values typed (the unit's models), the last list kept while the next loads. */
function LoadedSelect({ source, ...props }: SelectProps & { source: ChoicesSource }) {
  const choices = useQuery({ queryKey: source.key, queryFn: source.load, placeholderData: keepPreviousData });
  return <Select {...props} showSearch allowClear optionFilterProp="label" loading={choices.isFetching} options={choices.data} notFoundContent={choices.isFetching ? 'Đang tải...' : 'Không có lựa chọn nào'} />;
}

/** The input of a field, given straight to its Form.Item (which hands it the value, onChange and id). */
function control(field: FieldSpec, values: FormValues) {
  if (field.optionsFor) return <LoadedSelect source={field.optionsFor(values)} placeholder={field.placeholder} />;
  switch (field.kind) {
    case 'date': return <DatePicker format={datePickerFormat} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />;
    case 'textarea': return <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} placeholder={field.placeholder} />;
    case 'count': return <InputNumber min={field.min ?? 0} precision={0} style={{ width: '100%' }} placeholder={field.placeholder} />;
    case 'select': return <Select showSearch optionFilterProp="label" options={field.options} placeholder={field.placeholder} />;
    case 'boolean': return <Checkbox>{field.label}</Checkbox>;
    case 'text': return <Input placeholder={field.placeholder} />;
  }
}

export function DatedFormModal<T extends DatedRecord>({ config, record, units, defaultUnitCode, onClose, onSaved }: Props<T>) {
  // Fields are named by the config, so the form is not typed by a values interface.
  const [form] = Form.useForm();
  const [opened] = useState(record);
  const { fields, schema, noun } = config;
  useEffect(() => {
    form.setFieldsValue(toForm(fields, opened ?? { ...config.defaults(todayIso()), unitCode: defaultUnitCode }));
  }, [form, opened, defaultUnitCode, fields, config]);
  const values = Form.useWatch([], form) as FormValues | undefined;
  const dirty = values !== undefined && form.isFieldsTouched();
  const leaveGuard = useLeaveGuard(dirty, { what: noun });

  const save = useMutation({
    mutationFn: (body: unknown) => (opened ? api.put<T>(`${config.api}/${opened.id}`, body) : api.post<T>(config.api, body)),
    onSuccess: (saved) => { form.resetFields(); onSaved(saved); },
    onError: (err) => markFields(form, serverFieldErrors(err)),
  });

  const submit = () => {
    const body = toBody(fields, form.getFieldsValue(true) as FormValues);
    const parsed = schema.safeParse(Object.fromEntries(Object.entries(body).filter(([k]) => k in schema.shape)));
    if (!parsed.success) return markFields(form, schemaFieldErrors(parsed.error.issues));
    save.mutate(opened ? { ...parsed.data, version: opened.version } : parsed.data);
  };

  const unitChoices = unitOptions(units);
  if (opened && !unitChoices.some((o) => o.value === opened.unitCode)) unitChoices.unshift({ value: opened.unitCode, label: opened.unitName });
  const current = values ?? form.getFieldsValue(true) as FormValues;
  const shown = fields.filter((f) => !f.showIf || f.showIf(current));
  const clearErrors = clearChanged(form);
  // A field's error clears as soon as it changes, and so does the one it shares a check with.
  const onValuesChange = (changed: Record<string, unknown>) => {
    const also = fields.filter((f) => f.clearsErrorOf && f.name in changed).map((f) => [f.clearsErrorOf!, undefined]);
    clearErrors({ ...changed, ...Object.fromEntries(also) });
  };

  return (
    <Modal open title={opened ? `Sửa ${noun} "${config.name(opened)}"` : config.createLabel} okText={opened ? 'Lưu' : 'Ghi vào sổ'} cancelText="Hủy"
      confirmLoading={save.isPending} onOk={submit} onCancel={onClose} maskClosable={false} keyboard={false} destroyOnHidden width={760}>
      {leaveGuard}
      {save.isError ? <Alert type="error" showIcon role="alert" message={errorMessage(save.error)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" requiredMark="optional" onValuesChange={onValuesChange}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="unitCode" label="Đơn vị" required>
              <Select showSearch filterOption={matchesLabel} options={unitChoices} />
            </Form.Item>
          </Col>
          {shown.map((f) => {
            const span = f.span ?? 24;
            return (
              <Col key={f.name} xs={span <= 6 && f.required ? 12 : 24} md={span}>
                {f.kind === 'boolean' ? (
                  // A checkbox says what it means itself; beside other fields it is lowered to their inputs' line.
                  <Form.Item name={f.name} valuePropName="checked" extra={f.extra} className={span < 24 ? 'form-item-beside' : undefined}>{control(f, current)}</Form.Item>
                ) : (
                  <Form.Item name={f.name} label={f.label} required={f.required} extra={f.extra}>{control(f, current)}</Form.Item>
                )}
              </Col>
            );
          })}
        </Row>
      </Form>
    </Modal>
  );
}
