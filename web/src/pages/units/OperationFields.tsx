import { Alert, Button, Col, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { levelLabels, typeNamesByLevel, unitLevels, type UnitLevel } from '../../../../src/units/rules.js';
import type { UnitSummary } from '../../../../src/units/schema.js';
import { matchesLabel, unitOptions } from '../../units.js';
import type { OperationValues } from './operationBody.js';

interface Props {
  type: OperationValues['type'];
  unit: UnitSummary | null;
  /** Units valid on the effective date. */
  units: UnitSummary[];
}

const typeOptions = (level: UnitLevel | undefined) => (level ? typeNamesByLevel[level] : []).map((t) => ({ value: t, label: t }));
const selectProps = { showSearch: true, filterOption: matchesLabel, style: { width: '100%' } };

/** Code, name, type name and parent of a unit to be created (create, merge into a new unit, split). */
function NewUnitFields({ prefix, level, units, withParent = true }: { prefix: (string | number)[]; level: UnitLevel | undefined; units: UnitSummary[]; withParent?: boolean }) {
  return (
    <Row gutter={8}>
      <Col xs={24} sm={12}>
        <Form.Item name={[...prefix, 'code']} label="Mã đơn vị mới" rules={[{ required: true, message: 'Nhập mã đơn vị' }]}>
          <Input placeholder="ví dụ 51.TTB" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={[...prefix, 'typeName']} label="Loại đơn vị" rules={[{ required: true, message: 'Chọn loại đơn vị' }]}>
          <Select {...selectProps} options={typeOptions(level)} placeholder="Xã, Phường..." />
        </Form.Item>
      </Col>
      <Col xs={24} sm={withParent ? 12 : 24}>
        <Form.Item name={[...prefix, 'name']} label="Tên (không kèm loại)" rules={[{ required: true, message: 'Nhập tên đơn vị' }]}>
          <Input placeholder="ví dụ Tây Trà Bồng" />
        </Form.Item>
      </Col>
      {withParent ? (
        <Col xs={24} sm={12}>
          <Form.Item name={[...prefix, 'parentCode']} label="Đơn vị cấp trên">
            <Select {...selectProps} allowClear options={unitOptions(units)} placeholder="(không có)" />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}

export function OperationFields({ type, unit, units }: Props) {
  const form = Form.useFormInstance<OperationValues>();
  const level = unit?.kind;
  const others = units.filter((u) => u.code !== unit?.code);
  const sameLevel = units.filter((u) => u.kind === level);

  switch (type) {
    case 'create':
      return (
        <>
          <Form.Item name={['newUnit', 'kind']} label="Cấp của đơn vị mới" rules={[{ required: true, message: 'Chọn cấp' }]}>
            <Select
              options={unitLevels.map((l) => ({ value: l, label: levelLabels[l] }))}
              onChange={() => form.setFieldValue(['newUnit', 'typeName'], undefined)}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.newUnit?.kind !== b.newUnit?.kind}>
            {({ getFieldValue }) => <NewUnitFields prefix={['newUnit']} level={getFieldValue(['newUnit', 'kind']) as UnitLevel | undefined} units={units} />}
          </Form.Item>
        </>
      );
    case 'rename':
      return (
        <Row gutter={8}>
          <Col xs={24} sm={8}>
            <Form.Item name="typeName" label="Loại đơn vị">
              <Select {...selectProps} options={typeOptions(level)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="name" label="Tên mới (không kèm loại)" rules={[{ required: true, message: 'Nhập tên mới' }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'move':
      return (
        <Form.Item name="parentCode" label="Đơn vị cấp trên mới" rules={[{ required: true, message: 'Chọn đơn vị cấp trên mới' }]}>
          <Select {...selectProps} options={unitOptions(others)} />
        </Form.Item>
      );
    case 'merge':
      return (
        <>
          <Form.Item name="sourceCodes" label="Các đơn vị được sáp nhập" rules={[{ required: true, message: 'Chọn ít nhất một đơn vị' }]}>
            <Select {...selectProps} mode="multiple" options={unitOptions(sameLevel)} />
          </Form.Item>
          <Form.Item name="targetMode" label="Sáp nhập vào">
            <Radio.Group options={[{ value: 'new', label: 'Một đơn vị mới' }, { value: 'existing', label: 'Một đơn vị đã có' }]} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.targetMode !== b.targetMode}>
            {({ getFieldValue }) => getFieldValue('targetMode') === 'existing' ? (
              <Form.Item name="existingCode" label="Đơn vị nhận sáp nhập" rules={[{ required: true, message: 'Chọn đơn vị nhận sáp nhập' }]}>
                <Select {...selectProps} options={unitOptions(sameLevel)} />
              </Form.Item>
            ) : <NewUnitFields prefix={['newUnit']} level={level} units={units} />}
          </Form.Item>
        </>
      );
    case 'split':
      return <SplitFields unit={unit} units={units} />;
    case 'dissolve':
      return (
        <>
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="Giải thể: đơn vị hết hiệu lực từ ngày hiệu lực; các đơn vị trực thuộc được chuyển sang đơn vị khác." />
          <Form.Item name="childrenTo" label="Chuyển các đơn vị trực thuộc về" extra="Bỏ trống: chuyển về đơn vị cấp trên của đơn vị bị giải thể.">
            <Select {...selectProps} allowClear options={unitOptions(others)} />
          </Form.Item>
        </>
      );
  }
}

function SplitFields({ unit, units }: { unit: UnitSummary | null; units: UnitSummary[] }) {
  const children = units.filter((u) => u.parentCode === unit?.code);
  return (
    <>
      <Typography.Paragraph strong>Các đơn vị mới (ít nhất hai)</Typography.Paragraph>
      <Form.List name="targets">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <div key={f.key} style={{ border: '1px dashed #d9d9d9', borderRadius: 6, padding: '8px 12px', marginBottom: 12 }}>
                <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                  <Typography.Text type="secondary">Đơn vị mới {i + 1}</Typography.Text>
                  {fields.length > 2 ? <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`Bỏ đơn vị mới ${i + 1}`} onClick={() => remove(f.name)} /> : null}
                </Space>
                <NewUnitFields prefix={[f.name]} level={unit?.kind} units={units} />
              </div>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ parentCode: unit?.parentCode ?? null })} style={{ marginBottom: 16 }}>Thêm đơn vị mới</Button>
          </>
        )}
      </Form.List>
      {children.length > 0 ? (
        <Form.Item noStyle shouldUpdate>
          {({ getFieldValue }) => {
            const targets = ((getFieldValue('targets') ?? []) as { code?: string; name?: string }[]).filter((t) => t?.code);
            return (
              <>
                <Typography.Paragraph strong>Các đơn vị trực thuộc chuyển về</Typography.Paragraph>
                {children.map((c) => (
                  <Form.Item key={c.code} name={['childAssignments', c.code]} label={`${c.typeName} ${c.name}`}>
                    <Select allowClear options={targets.map((t) => ({ value: t.code!.trim(), label: `${t.name ?? ''} (${t.code})` }))} />
                  </Form.Item>
                ))}
              </>
            );
          }}
        </Form.Item>
      ) : null}
    </>
  );
}
