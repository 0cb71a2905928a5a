/**
 * A figure the registries fill: its value and where it comes from; the writer may replace it, saying why
 * (the reason is kept with the report and in the audit log), or give it back to the registries.
 */
import { useState } from 'react';
import { Button, Input, Popover, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatNumber } from '../../../../../src/core/vi-format.js';
import { printedFigure, readTypedFigure, type TypedFigure } from '../../../../../src/content/written-figures.js';
import type { FigureCellOut } from '../../../../../src/reports/schema.js';

/** Where a cell's records are kept, for "Xem bản ghi". */
const registryPages: [prefix: string, path: string][] = [
  ['petition.', '/registries/petitions'], ['models.', '/registries/models'], ['outreach.', '/registries/outreach'],
  ['reception.', '/registries/receptions'], ['training.', '/registries/trainings'], ['inspection.', '/registries/inspections'],
];

const sourceTags = {
  computed: <Tag color="blue">Từ sổ</Tag>,
  submitted: <Tag>Như khi trình</Tag>,
  override: <Tag color="orange">Đã sửa</Tag>,
} as const;

interface Props {
  cell: FigureCellOut;
  decimals: number;
  label: string;
  /** The writer's replacement in the working copy, as written ("hơn 256"); null: none. */
  replaced: (TypedFigure & { reason: string | null }) | null;
  readOnly: boolean;
  onReplace: (replacement: (TypedFigure & { reason: string }) | null) => void;
}

export function BoundFigureCell({ cell, decimals, label, replaced, readOnly, onReplace }: Props) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(() => (replaced ? printedFigure(replaced.value, replaced.text, decimals) : cell.approximate ? cell.computedText : formatNumber(cell.computed, decimals)));
  const [reason, setReason] = useState(replaced?.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const source = replaced ? 'override' : cell.source;
  const shown = replaced ? printedFigure(replaced.value, replaced.text, decimals) : cell.source === 'computed' ? (cell.approximate ? cell.computedText : formatNumber(cell.computed, decimals)) : formatNumber(cell.value, decimals);
  const page = registryPages.find(([prefix]) => cell.indicator.startsWith(prefix))?.[1];
  const registryNow = formatNumber(cell.computed, decimals) || 'trống';

  const apply = () => {
    const typed = readTypedFigure(text, decimals);
    if ('error' in typed) return setError(typed.error);
    if (!reason.trim()) return setError('Cần lý do sửa số liệu');
    setError(null);
    onReplace({ ...typed, reason: reason.trim() });
    setOpen(false);
  };

  const details = (
    <Space direction="vertical" size={8} style={{ maxWidth: 340 }}>
      <Typography.Text>Sổ theo dõi, {cell.periodLabel}: <b>{cell.computedText || registryNow}</b></Typography.Text>
      {cell.source === 'submitted' && cell.changed ? <Typography.Text type="warning">Khi trình báo cáo ghi {formatNumber(cell.value, decimals) || 'trống'}; sổ đã thay đổi sau đó.</Typography.Text> : null}
      {replaced?.reason ? <Typography.Text>Lý do sửa: {replaced.reason}</Typography.Text> : null}
      {page ? <Link to={page}>Xem các bản ghi trong sổ</Link> : null}
      {readOnly ? null : (
        <>
          <Input aria-label={`Số liệu sửa: ${label}`} value={text} onChange={(e) => setText(e.target.value)} style={{ textAlign: 'right' }} />
          <Input.TextArea aria-label={`Lý do sửa: ${label}`} placeholder="Lý do sửa (bắt buộc, ghi vào nhật ký)" value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 2 }} />
          {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
          <Space>
            <Button type="primary" size="small" onClick={apply}>Sửa số liệu</Button>
            {replaced ? <Button size="small" onClick={() => { onReplace(null); setOpen(false); }}>Dùng số liệu từ sổ</Button> : null}
          </Space>
        </>
      )}
    </Space>
  );

  return (
    <Popover trigger="click" open={open} onOpenChange={setOpen} content={details} title={label}>
      <button type="button" className="bound-figure" aria-label={`${label}: ${shown || 'trống'}`}>
        <span className="bound-figure-value">{shown || '—'}</span>
        {sourceTags[source]}
        {cell.changed && source !== 'computed' ? <Typography.Text type="warning" style={{ fontSize: 12 }}>Sổ hiện ghi {registryNow}</Typography.Text> : null}
      </button>
    </Popover>
  );
}
