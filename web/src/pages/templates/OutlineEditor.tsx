/** Editing an outline: each section's number, title and guidance; add, remove, move; figure tables kept. */
import { useState } from 'react';
import { Button, Input, Space, Tag, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { walkSections, type FigureTableDef, type OutlineSection } from '../../../../src/content/content-schema.js';
import { FigureTableDialog } from './FigureTableEditor.js';

const newKey = () => `muc-${Math.random().toString(36).slice(2, 8)}`;
export const emptySection = (): OutlineSection => ({ key: newKey(), label: '', title: '', style: 'heading', guidance: '', draft: '', figureTables: [], children: [] });

interface Props {
  sections: OutlineSection[];
  onChange: (sections: OutlineSection[]) => void;
  readOnly: boolean;
  depth?: number;
  /** Every figure-table key of the whole outline (keys are unique across it). */
  tableKeys?: readonly string[];
}

export function OutlineEditor({ sections, onChange, readOnly, depth = 0, tableKeys }: Props) {
  const keys = tableKeys ?? [...walkSections(sections)].flatMap(({ section }) => section.figureTables.map((t) => t.key));
  const [editing, setEditing] = useState<{ index: number; table: number | null } | null>(null);
  const replace = (i: number, s: OutlineSection | null) => onChange(sections.flatMap((x, j) => (j === i ? (s ? [s] : []) : [x])));
  const move = (i: number, by: number) => {
    const next = [...sections];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };
  return (
    <div className="outline-level" style={{ marginLeft: depth ? 20 : 0 }}>
      {sections.map((s, i) => (
        <div key={s.key} className="outline-item" role="group" aria-label={`Mục ${s.label} ${s.title}`}>
          <Space.Compact style={{ width: '100%' }}>
            <Input aria-label="Số mục" style={{ width: 160 }} value={s.label} readOnly={readOnly} placeholder="I. / 1. / 1.1." onChange={(e) => replace(i, { ...s, label: e.target.value })} />
            <Input aria-label="Tên mục" value={s.title} readOnly={readOnly} placeholder="Tên mục" onChange={(e) => replace(i, { ...s, title: e.target.value })} />
          </Space.Compact>
          <Input.TextArea aria-label="Hướng dẫn viết" autoSize={{ minRows: 1, maxRows: 4 }} value={s.guidance} readOnly={readOnly} placeholder="Hướng dẫn đơn vị viết gì ở mục này (không in ra)"
            onChange={(e) => replace(i, { ...s, guidance: e.target.value })} style={{ marginTop: 4 }} />
          {/* Filled when a report's draft is made: {outreach.sessions}, {reception.sessions|kind:periodic}, {cơ quan}, {văn bản}, {kỳ} (the period). */}
          <Input.TextArea aria-label="Câu gợi ý từ số liệu" autoSize={{ minRows: 1, maxRows: 4 }} value={s.draft} readOnly={readOnly}
            placeholder="Câu gợi ý điền sẵn từ số liệu, ví dụ: Trong {kỳ}, {cơ quan} tổ chức {outreach.sessions} cuộc tuyên truyền (không bắt buộc)"
            onChange={(e) => replace(i, { ...s, draft: e.target.value })} style={{ marginTop: 4 }} />
          <Space size={4} wrap style={{ marginTop: 4 }}>
            {s.style === 'part' ? <Tag>Phần</Tag> : null}
            {s.figureTables.map((t, k) => (
              <Tag key={t.key} color="blue" style={{ cursor: readOnly ? undefined : 'pointer' }} onClick={readOnly ? undefined : () => setEditing({ index: i, table: k })}
                closable={!readOnly} onClose={(e) => { e.stopPropagation(); replace(i, { ...s, figureTables: s.figureTables.filter((_, j) => j !== k) }); }}>
                Bảng số liệu: {t.title}
              </Tag>
            ))}
            {readOnly ? null : (
              <>
                <Tooltip title="Lên"><Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label="Chuyển mục lên" disabled={i === 0} onClick={() => move(i, -1)} /></Tooltip>
                <Tooltip title="Xuống"><Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label="Chuyển mục xuống" disabled={i === sections.length - 1} onClick={() => move(i, 1)} /></Tooltip>
                <Button size="small" type="text" icon={<PlusOutlined />} onClick={() => replace(i, { ...s, children: [...s.children, emptySection()] })}>Mục con</Button>
                <Button size="small" type="text" icon={<PlusOutlined />} onClick={() => setEditing({ index: i, table: null })}>Bảng số liệu</Button>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="Xóa mục" onClick={() => replace(i, null)}>Xóa</Button>
              </>
            )}
          </Space>
          {s.children.length ? <OutlineEditor sections={s.children} readOnly={readOnly} depth={depth + 1} tableKeys={keys} onChange={(children) => replace(i, { ...s, children })} /> : null}
        </div>
      ))}
      {readOnly || depth > 0 ? null : <Button icon={<PlusOutlined />} onClick={() => onChange([...sections, emptySection()])}>Thêm mục</Button>}
      {editing ? (
        <FigureTableDialog
          table={editing.table === null ? null : sections[editing.index]!.figureTables[editing.table]!}
          takenKeys={keys}
          onClose={() => setEditing(null)}
          onSave={(table: FigureTableDef) => {
            const section = sections[editing.index]!;
            const figureTables = editing.table === null ? [...section.figureTables, table] : section.figureTables.map((t, k) => (k === editing.table ? table : t));
            replace(editing.index, { ...section, figureTables });
            setEditing(null);
          }}
        />
      ) : null}
    </div>
  );
}
