/**
 * A section's figure table: one Vietnamese-number cell per row and column, kept as written ("715,10",
 * "hơn 256"), and whether the document prints it: a table the template offers is printed only where the
 * writer places it.
 */
import { useState } from 'react';
import { Input, Switch, Table, Typography } from 'antd';
import { cellDecimals, type FigureOverrides, type FigureTableDef, type FigureTexts, type FigureValues } from '../../../../../src/content/content-schema.js';
import { formatWrittenFigure, parseWrittenFigure, printedFigure, readTypedFigure, type TypedFigure } from '../../../../../src/content/written-figures.js';
import type { FigureCellOut } from '../../../../../src/reports/schema.js';
import { BoundFigureCell } from './BoundFigureCell.js';

/** One table's part of the content: its values, the reasons of its replaced figures, its written forms. */
export interface TableFigures {
  values: FigureValues[string];
  reasons: FigureOverrides[string];
  texts: FigureTexts[string];
}

function NumberCell({ value, written, decimals, label, readOnly, onChange }: {
  value: number | null; written: string | null; decimals: number; label: string; readOnly: boolean; onChange: (v: TypedFigure) => void;
}) {
  const [text, setText] = useState(() => printedFigure(value, written, decimals));
  const [error, setError] = useState<string | null>(null);
  const commit = (raw: string) => {
    const read = readTypedFigure(raw, decimals);
    if ('error' in read) { setError(read.error); return; }
    setError(null);
    onChange(read);
  };
  return (
    <>
      <Input
        aria-label={label} value={text} readOnly={readOnly} variant={readOnly ? 'borderless' : undefined} status={error ? 'error' : undefined}
        style={{ textAlign: 'right', minWidth: 90 }}
        onChange={(e) => { setText(e.target.value); commit(e.target.value); }}
        onBlur={() => { const f = parseWrittenFigure(text); if (!error && f) setText(formatWrittenFigure(f)); }}
      />
      {error ? <Typography.Text type="danger" style={{ fontSize: 12 }}>{error}</Typography.Text> : null}
    </>
  );
}

const setCell = <T,>(rows: Record<string, Record<string, T>>, row: string, column: string, value: T | null) => {
  if (value === null) delete rows[row]?.[column];
  else (rows[row] ??= {})[column] = value;
};

export function FigureTableEditor({ table, figures, placed, cells, readOnly, onChange, onPlace }: {
  table: FigureTableDef; figures: TableFigures;
  /** Whether the document prints the table. */
  placed: boolean;
  /** The cells the registries fill (from the server). */
  cells: FigureCellOut[];
  readOnly: boolean; onChange: (figures: TableFigures) => void; onPlace: (placed: boolean) => void;
}) {
  const bound = new Map(cells.map((c) => [`${c.row}/${c.column}`, c]));
  const set = (row: string, column: string, typed: TypedFigure) => {
    const next = structuredClone(figures);
    (next.values[row] ??= {})[column] = typed.value;
    setCell(next.texts, row, column, typed.text);
    onChange(next);
  };
  /** A bound cell replaced (with its reason), or given back to the registries. */
  const replace = (row: string, column: string, replacement: (TypedFigure & { reason: string }) | null) => {
    const next = structuredClone(figures);
    if (replacement) (next.values[row] ??= {})[column] = replacement.value;
    else delete next.values[row]?.[column];
    setCell(next.reasons, row, column, replacement?.reason ?? null);
    setCell(next.texts, row, column, replacement?.text ?? null);
    onChange(next);
  };
  return (
    <div className={`figure-table${placed ? '' : ' figure-table-unplaced'}`}>
      <div className="figure-table-head">
        <Typography.Text strong italic>{table.title}</Typography.Text>
        <label className="figure-table-place">
          <Switch size="small" checked={placed} disabled={readOnly} onChange={onPlace} aria-label={`In bảng "${table.title}" trong văn bản`} />
          <span>{placed ? 'In trong văn bản' : 'Không in trong văn bản (số liệu vẫn gửi kèm báo cáo)'}</span>
        </label>
      </div>
      <Table
        aria-label={table.title} size="small" pagination={false} rowKey="key" bordered scroll={{ x: 'max-content' }}
        dataSource={table.rows}
        columns={[
          { title: table.rowHeader, dataIndex: 'label', width: 280 },
          ...table.columns.map((c) => ({
            title: c.unit ? `${c.label} (${c.unit})` : c.label,
            key: c.key,
            width: 130,
            render: (_: unknown, row: FigureTableDef['rows'][number]) => {
              const cell = bound.get(`${row.key}/${c.key}`);
              const typed = figures.values[row.key]?.[c.key] ?? null;
              const written = figures.texts[row.key]?.[c.key] ?? null;
              const label = `${row.label} - ${c.label}`;
              if (cell) {
                const reason = figures.reasons[row.key]?.[c.key] ?? null;
                return (
                  <BoundFigureCell cell={cell} decimals={cellDecimals(row, c)} label={label} readOnly={readOnly}
                    replaced={reason !== null || typed !== null ? { value: typed, text: written, reason } : null} onReplace={(r) => replace(row.key, c.key, r)} />
                );
              }
              return <NumberCell value={typed} written={written} decimals={cellDecimals(row, c)} readOnly={readOnly} label={label} onChange={(v) => set(row.key, c.key, v)} />;
            },
          })),
        ]}
      />
    </div>
  );
}
