import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { formatNumber, formatPercent } from '../../../../src/core/vi-format.js';
import { checkProfile, computeRates, type ProfileFieldKey } from '../../../../src/units/profile-rules.js';
import { profileInput, type ProfileOut } from '../../../../src/units/profile-schema.js';
import { useLeaveGuard } from '../../useLeaveGuard.js';
import { fieldGroups, readAll, rateBeside, textsFromFigures, type FigureTexts, type ProfileField } from './figures.js';

export interface ProfileFormProps {
  year: number;
  profile: ProfileOut | null;
  canEdit: boolean;
  saving: boolean;
  onSave: (body: unknown) => void;
}

function FigureRow({ field, text, error, warned, readOnly, rate, onChange, onBlur }: {
  field: ProfileField; text: string; error?: string; warned: boolean; readOnly: boolean;
  rate?: { label: string; value: string }; onChange: (t: string) => void; onBlur: () => void;
}) {
  const id = `figure-${field.key}`;
  return (
    <Form.Item
      label={<label htmlFor={id}>{field.label}</label>}
      validateStatus={error ? 'error' : warned ? 'warning' : undefined}
      help={error}
      style={{ marginBottom: 14 }}
    >
      <div style={{ display: 'flex', gap: 8 }}>
        <Input
          id={id}
          aria-label={field.label}
          value={text}
          inputMode={field.decimals ? 'decimal' : 'numeric'}
          readOnly={readOnly}
          variant={readOnly ? 'filled' : undefined}
          addonAfter={field.unit}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          style={{ flex: 1, minWidth: 0 }}
        />
        {rate ? (
          <Input aria-label={rate.label} title={rate.label} value={rate.value || '-'} readOnly tabIndex={-1} variant="filled" style={{ width: 92, textAlign: 'right' }} />
        ) : null}
      </div>
    </Form.Item>
  );
}

export function ProfileForm({ year, profile, canEdit, saving, onSave }: ProfileFormProps) {
  const [texts, setTexts] = useState<FigureTexts>(() => textsFromFigures(profile?.figures ?? null));
  const [notes, setNotes] = useState(profile?.notes ?? '');
  const [source, setSource] = useState(profile?.source ?? '');
  const [dirty, setDirty] = useState(false);
  // What the shared schema refused at save: a figure's message goes beside its field, the rest above the form.
  const [problems, setProblems] = useState<string[]>([]);
  const [fieldProblems, setFieldProblems] = useState<Partial<Record<ProfileFieldKey, string>>>({});

  // Leaving with unsaved figures (closing the tab, a menu click, Back) asks first.
  const leaveGuard = useLeaveGuard(dirty && canEdit, { what: 'số liệu đặc điểm tình hình' });

  const { figures, errors } = useMemo(() => readAll(texts), [texts]);
  const warnings = useMemo(() => checkProfile(figures), [figures]);
  const rates = useMemo(() => computeRates(figures), [figures]);
  const warnedFields = new Set<string>(warnings.flatMap((w) => w.fields));
  const hasErrors = Object.keys(errors).length > 0;

  const setText = (key: ProfileFieldKey, t: string) => {
    setTexts((prev) => ({ ...prev, [key]: t }));
    setFieldProblems(({ [key]: _cleared, ...rest }) => rest);
    setDirty(true);
  };
  const tidy = (field: ProfileField) => {
    // Once the value reads as a number, show it the Vietnamese way: 6957,81 -> 6.957,81.
    if (!errors[field.key] && figures[field.key] !== null) setTexts((prev) => ({ ...prev, [field.key]: formatNumber(figures[field.key], field.decimals) }));
  };

  const save = () => {
    const body = { figures, notes: notes.trim() || null, source: source.trim() || null, ...(profile ? { version: profile.version } : {}) };
    const parsed = profileInput.safeParse(body);
    if (!parsed.success) {
      const isFigure = (i: (typeof parsed.error.issues)[number]) => i.path[0] === 'figures' && typeof i.path[1] === 'string';
      setFieldProblems(Object.fromEntries(parsed.error.issues.filter(isFigure).map((i) => [i.path[1], i.message])));
      setProblems(parsed.error.issues.filter((i) => !isFigure(i)).map((i) => i.message));
      return;
    }
    setProblems([]);
    setFieldProblems({});
    onSave(parsed.data);
  };

  return (
    <Form layout="vertical" component="div">
      {leaveGuard}
      {warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          aria-label="Cảnh báo số liệu"
          style={{ marginBottom: 16 }}
          message="Số liệu chưa khớp (vẫn lưu được, hãy kiểm tra lại)"
          description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{warnings.map((w) => <li key={w.rule}>{w.message}</li>)}</ul>}
        />
      ) : null}
      {problems.length > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message="Không lưu được" description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />
      ) : null}
      <Row gutter={[16, 16]}>
        {fieldGroups.map(({ group, fields }) => (
          <Col key={group} xs={24} xl={8} md={12}>
            <Card size="small" title={group} style={{ height: '100%' }}>
              {fields.map((f) => {
                const beside = rateBeside[f.key];
                return (
                  <FigureRow
                    key={f.key}
                    field={f}
                    text={texts[f.key]}
                    error={errors[f.key] ?? fieldProblems[f.key]}
                    warned={warnedFields.has(f.key)}
                    readOnly={!canEdit}
                    rate={beside ? { label: beside.label, value: formatPercent(rates[beside.rate]) } : undefined}
                    onChange={(t) => setText(f.key, t)}
                    onBlur={() => tidy(f)}
                  />
                );
              })}
              {group === 'Diện tích' ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>Ô xám cạnh diện tích rừng: tỷ lệ so với diện tích tự nhiên (tự tính).</Typography.Text>
              ) : null}
              {group === 'Dân số, hộ gia đình' ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  Ô xám: tỷ lệ so với tổng số hộ (tự tính).
                  {rates.peoplePerHousehold !== null ? ` Bình quân ${formatNumber(rates.peoplePerHousehold)} người/hộ.` : ''}
                </Typography.Text>
              ) : null}
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title="Ghi chú và nguồn số liệu" style={{ marginTop: 16 }}>
        <Form.Item label={<label htmlFor="profile-notes">Ghi chú</label>}>
          <Input.TextArea id="profile-notes" aria-label="Ghi chú" rows={3} value={notes} readOnly={!canEdit} maxLength={10_000}
            onChange={(e) => { setNotes(e.target.value); setDirty(true); }} />
        </Form.Item>
        <Form.Item label={<label htmlFor="profile-source">Nguồn số liệu</label>} style={{ marginBottom: 0 }}>
          <Input id="profile-source" aria-label="Nguồn số liệu" value={source} readOnly={!canEdit} maxLength={500}
            placeholder="ví dụ: Báo cáo số 39/BC-UBND ngày 14/6/2023 của UBND xã Trà Tây"
            onChange={(e) => { setSource(e.target.value); setDirty(true); }} />
        </Form.Item>
      </Card>
      <Space wrap className="save-bar">
        <Button type="primary" size="large" icon={<SaveOutlined />} disabled={!canEdit || hasErrors} loading={saving} onClick={save}>
          {profile ? 'Lưu số liệu' : `Lưu số liệu năm ${year}`}
        </Button>
        {dirty && canEdit ? <Tag color="orange">Có thay đổi chưa lưu</Tag> : null}
        {hasErrors ? <Typography.Text type="danger">Sửa các ô báo lỗi trước khi lưu.</Typography.Text> : null}
      </Space>
    </Form>
  );
}
