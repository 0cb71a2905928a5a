/** Defining a figure table of a template section: its title, columns (years, periods) and rows (figures). */
import { useState } from 'react';
import { Button, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { figureTableDef, type FigureTableDef } from '../../../../src/content/content-schema.js';
import { keyFrom } from './keys.js';

type Column = FigureTableDef['columns'][number];
type Row = FigureTableDef['rows'][number];

const emptyTable = (): FigureTableDef => ({ key: '', title: '', rowHeader: 'Nội dung', columns: [{ key: 'so-lieu', label: 'Số liệu', decimals: 0 }], rows: [] });

export function FigureTableDialog({ table, takenKeys, onSave, onClose }: {
  table: FigureTableDef | null; takenKeys: readonly string[]; onSave: (t: FigureTableDef) => void; onClose: () => void;
}) {
  const [draft, setDraft] = useState<FigureTableDef>(() => table ?? emptyTable());
  const [problem, setProblem] = useState<string | null>(null);
  const setColumn = (i: number, patch: Partial<Column>) => setDraft((d) => ({ ...d, columns: d.columns.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const setRow = (i: number, patch: Partial<Row>) => setDraft((d) => ({ ...d, rows: d.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const save = () => {
    const columns = draft.columns.map((c, i, all) => ({ ...c, key: c.key || keyFrom(c.label, all.slice(0, i).map((x) => x.key)) }));
    const rows = draft.rows.map((r, i, all) => ({ ...r, key: r.key || keyFrom(r.label, all.slice(0, i).map((x) => x.key)) }));
    const parsed = figureTableDef.safeParse({ ...draft, key: draft.key || keyFrom(draft.title, takenKeys), columns, rows });
    if (!parsed.success) { setProblem(parsed.error.issues.map((i) => i.message).join('; ')); return; }
    onSave(parsed.data);
  };
  return (
    <Modal open width={860} title={table ? 'Sửa bảng số liệu' : 'Thêm bảng số liệu'} okText="Lưu bảng" cancelText="Hủy" onOk={save} onCancel={onClose}>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Input aria-label="Tên bảng" placeholder="Tên bảng, ví dụ: Tiếp công dân và xử lý đơn thư" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        <Typography.Text strong>Cột</Typography.Text>
        {draft.columns.map((c, i) => (
          <Space key={i} wrap>
            <Input aria-label={`Tên cột ${i + 1}`} placeholder="Năm 2023" value={c.label} onChange={(e) => setColumn(i, { label: e.target.value })} style={{ width: 220 }} />
            <Input aria-label={`Đơn vị tính cột ${i + 1}`} placeholder="đơn vị tính" value={c.unit ?? ''} onChange={(e) => setColumn(i, { unit: e.target.value || undefined })} style={{ width: 120 }} />
            <InputNumber aria-label={`Số chữ số thập phân cột ${i + 1}`} min={0} max={3} value={c.decimals} onChange={(v) => setColumn(i, { decimals: v ?? 0 })} addonAfter="số lẻ" style={{ width: 130 }} />
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa cột ${i + 1}`} disabled={draft.columns.length === 1} onClick={() => setDraft({ ...draft, columns: draft.columns.filter((_, j) => j !== i) })} />
          </Space>
        ))}
        <Button size="small" icon={<PlusOutlined />} onClick={() => setDraft({ ...draft, columns: [...draft.columns, { key: '', label: '', decimals: 0 }] })}>Thêm cột</Button>
        <Typography.Text strong>Dòng</Typography.Text>
        {draft.rows.map((r, i) => (
          <Space key={i} wrap>
            <Input aria-label={`Tên dòng ${i + 1}`} placeholder="Đơn nhận (đơn)" value={r.label} onChange={(e) => setRow(i, { label: e.target.value })} style={{ width: 320 }} />
            <Select aria-label={`Cộng dòng ${i + 1} khi tổng hợp`} value={r.total} style={{ width: 190 }} onChange={(total) => setRow(i, { total })}
              options={[{ value: 'sum', label: 'Cộng khi tổng hợp' }, { value: 'none', label: 'Không cộng (tỷ lệ, điểm)' }]} />
            <Input aria-label={`Chỉ tiêu của dòng ${i + 1}`} placeholder="mã chỉ tiêu (nếu có)" value={r.indicator ?? ''} onChange={(e) => setRow(i, { indicator: e.target.value || undefined })} style={{ width: 200 }} />
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa dòng ${i + 1}`} onClick={() => setDraft({ ...draft, rows: draft.rows.filter((_, j) => j !== i) })} />
          </Space>
        ))}
        <Button size="small" icon={<PlusOutlined />} onClick={() => setDraft({ ...draft, rows: [...draft.rows, { key: '', label: '', total: 'sum' }] })}>Thêm dòng</Button>
        {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
      </Space>
    </Modal>
  );
}
