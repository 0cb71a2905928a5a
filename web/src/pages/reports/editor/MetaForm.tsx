/** The parts around the body: header, title, basis, closing, recipients and signature (Nghị định 30/2020). */
import { Card, Col, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import type { Inline } from '../../../../../src/content/content-schema.js';
import { formatDocNumber, formatPlaceDate, signatureLines } from '../../../../../src/content/document-rules.js';
import { signerAuthorities, type ReportMeta, type SignerAuthority } from '../../../../../src/content/meta-schema.js';
import { RichTextEditor } from './RichTextEditor.js';

const authorityLabels: Record<SignerAuthority, string> = {
  direct: 'Người đứng đầu ký', KT: 'KT. (cấp phó ký thay)', Q: 'Q. (quyền)', TL: 'TL. (thừa lệnh)', TUQ: 'TUQ. (thừa ủy quyền)',
};

interface Props {
  meta: ReportMeta;
  readOnly: boolean;
  onChange: (meta: ReportMeta) => void;
  /** Remounts the inline editors when content is replaced from outside (merge, restore). */
  revision: number;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function Field({ label, children, hint }: { label: string; children: React.ReactNode; hint?: string }) {
  return (
    <label className="meta-field">
      <span className="meta-label">{label}</span>
      {children}
      {hint ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{hint}</Typography.Text> : null}
    </label>
  );
}

function InlineEditor({ value, onChange, readOnly, label, revision }: { value: Inline[]; onChange: (v: Inline[]) => void; readOnly: boolean; label: string; revision: number }) {
  return (
    <RichTextEditor
      label={label} readOnly={readOnly} footnoteOffset={0} revision={revision}
      value={value.length ? [{ type: 'paragraph', marker: null, content: value }] : []}
      onChange={(blocks) => onChange(blocks.flatMap((b) => (b.type === 'paragraph' ? b.content : [])))}
    />
  );
}

export function MetaForm({ meta, readOnly, onChange, revision }: Props) {
  const set = <K extends keyof ReportMeta>(key: K, value: ReportMeta[K]) => onChange({ ...meta, [key]: value });
  const text = (key: 'parentBody' | 'issuingBody' | 'number' | 'symbol' | 'place' | 'kindTitle', label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      <Input aria-label={label} value={meta[key]} readOnly={readOnly} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" title="Phần đầu văn bản">
        <Row gutter={[16, 8]}>
          <Col xs={24} md={12}>{text('parentBody', 'Cơ quan chủ quản', 'Ví dụ: UBND HUYỆN TRÀ BỒNG (để trống nếu không có)')}</Col>
          <Col xs={24} md={12}>{text('issuingBody', 'Cơ quan ban hành')}</Col>
          <Col xs={12} md={4}>{text('number', 'Số', 'Để trống khi chưa cấp số')}</Col>
          <Col xs={12} md={4}>{text('symbol', 'Ký hiệu')}</Col>
          <Col xs={24} md={6}>{text('place', 'Địa danh')}</Col>
          <Col xs={24} md={10}>
            <Field label="Ngày ban hành" hint="Để trống ngày khi chờ ký">
              <Space.Compact style={{ width: '100%' }}>
                <InputNumber aria-label="Ngày" placeholder="ngày" min={1} max={31} value={meta.date.day} readOnly={readOnly} onChange={(v) => set('date', { ...meta.date, day: v ?? null })} />
                <InputNumber aria-label="Tháng" placeholder="tháng" min={1} max={12} value={meta.date.month} readOnly={readOnly} onChange={(v) => set('date', { ...meta.date, month: v ?? null })} />
                <InputNumber aria-label="Năm" placeholder="năm" min={1945} max={2200} value={meta.date.year} readOnly={readOnly} onChange={(v) => set('date', { ...meta.date, year: v ?? meta.date.year })} />
              </Space.Compact>
            </Field>
          </Col>
        </Row>
        <Typography.Text type="secondary">
          Sẽ in: <b>{formatDocNumber(meta.number, meta.symbol)}</b> · <i>{formatPlaceDate(meta.place, meta.date)}</i>
        </Typography.Text>
      </Card>
      <Card size="small" title="Tên báo cáo, nơi gửi và căn cứ">
        <Row gutter={[16, 8]}>
          <Col xs={24} md={6}>{text('kindTitle', 'Tên loại văn bản')}</Col>
          <Col xs={24} md={18}>
            <Field label="Trích yếu (tên báo cáo)">
              <Input.TextArea aria-label="Trích yếu (tên báo cáo)" autoSize={{ minRows: 1, maxRows: 4 }} value={meta.subject} readOnly={readOnly} onChange={(e) => set('subject', e.target.value)} />
            </Field>
          </Col>
          <Col xs={24}>
            <Field label="Kính gửi" hint="Mỗi nơi một dòng; để trống nếu báo cáo không ghi Kính gửi">
              <Input.TextArea aria-label="Kính gửi" autoSize={{ minRows: 1, maxRows: 4 }} value={meta.addressees.join('\n')} readOnly={readOnly} onChange={(e) => set('addressees', lines(e.target.value))} />
            </Field>
          </Col>
          <Col xs={24}>
            <Field label="Đoạn mở đầu (căn cứ)">
              <InlineEditor label="Đoạn mở đầu (căn cứ)" value={meta.basis} readOnly={readOnly} revision={revision} onChange={(v) => set('basis', v)} />
            </Field>
          </Col>
        </Row>
      </Card>
    </Space>
  );
}

export function ClosingForm({ meta, readOnly, onChange, revision }: Props) {
  const set = <K extends keyof ReportMeta>(key: K, value: ReportMeta[K]) => onChange({ ...meta, [key]: value });
  const setSigner = (patch: Partial<ReportMeta['signer']>) => set('signer', { ...meta.signer, ...patch });
  const needsHead = ['KT', 'TL', 'TUQ'].includes(meta.signer.authority);
  return (
    <Card size="small" title="Phần kết, nơi nhận và người ký">
      <Row gutter={[16, 8]}>
        <Col xs={24}>
          <Field label="Đoạn kết">
            <InlineEditor label="Đoạn kết" value={meta.closing} readOnly={readOnly} revision={revision} onChange={(v) => set('closing', v)} />
          </Field>
        </Col>
        <Col xs={24} md={10}>
          <Field label="Nơi nhận" hint='Mỗi nơi một dòng, dòng cuối "Lưu: VT, ..."'>
            <Input.TextArea aria-label="Nơi nhận" autoSize={{ minRows: 3, maxRows: 10 }} value={meta.recipients.join('\n')} readOnly={readOnly} onChange={(e) => set('recipients', lines(e.target.value))} />
          </Field>
        </Col>
        <Col xs={24} md={14}>
          <Row gutter={[12, 8]}>
            <Col xs={24} sm={12}>
              <Field label="Thẩm quyền ký">
                <Select aria-label="Thẩm quyền ký" value={meta.signer.authority} disabled={readOnly} onChange={(v) => setSigner({ authority: v })}
                  options={signerAuthorities.map((a) => ({ value: a, label: authorityLabels[a] }))} />
              </Field>
            </Col>
            <Col xs={24} sm={12}>
              <Field label="TM. (thay mặt tập thể)" hint="Ví dụ: ỦY BAN NHÂN DÂN; để trống nếu không">
                <Input aria-label="Thay mặt tập thể" value={meta.signer.collective} readOnly={readOnly} onChange={(e) => setSigner({ collective: e.target.value })} />
              </Field>
            </Col>
            {needsHead ? (
              <Col xs={24} sm={12}>
                <Field label="Chức vụ người đứng đầu">
                  <Input aria-label="Chức vụ người đứng đầu" value={meta.signer.headTitle} readOnly={readOnly} onChange={(e) => setSigner({ headTitle: e.target.value })} />
                </Field>
              </Col>
            ) : null}
            <Col xs={24} sm={12}>
              <Field label="Chức vụ người ký">
                <Input aria-label="Chức vụ người ký" value={meta.signer.title} readOnly={readOnly} onChange={(e) => setSigner({ title: e.target.value })} />
              </Field>
            </Col>
            <Col xs={24} sm={12}>
              <Field label="Họ tên người ký">
                <Input aria-label="Họ tên người ký" value={meta.signer.name} readOnly={readOnly} onChange={(e) => setSigner({ name: e.target.value })} />
              </Field>
            </Col>
            <Col xs={24}>
              <div className="signature-preview" aria-label="Khối chữ ký sẽ in">
                {signatureLines(meta.signer).map((l) => <div key={l}><b>{l}</b></div>)}
                <div style={{ height: 24 }} />
                <b>{meta.signer.name || '(họ tên)'}</b>
              </div>
            </Col>
          </Row>
        </Col>
      </Row>
    </Card>
  );
}
