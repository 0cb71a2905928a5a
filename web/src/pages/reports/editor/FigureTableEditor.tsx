/** A section's figure table: one Vietnamese-number cell per row and column ("6.957,81"). */
import { useState } from 'react';
import { Input, Table, Typography } from 'antd';
import { formatNumber, parseViNumber } from '../../../../../src/core/vi-format.js';
import { cellDecimals, type FigureOverrides, type FigureTableDef, type FigureValues } from '../../../../../src/content/content-schema.js';
import type { FigureCellOut } from '../../../../../src/reports/schema.js';
import { BoundFigureCell } from './BoundFigureCell.js';

type TableValues = FigureValues[string];

function NumberCell({ value, decimals, label, readOnly, onChange }: {
  value: number | null; decimals: number; label: string; readOnly: boolean; onChange: (v: number | null) => void;
}) {
  const [text, setText] = useState(() => formatNumber(value, decimals));
  const [error, setError] = useState<string | null>(null);
  const commit = (raw: string) => {
    const trimmed = raw.trim();
    if (!trimmed) { setError(null); onChange(null); return; }
    const parsed = parseViNumber(trimmed);
    if (parsed === null) { setError('Không phải số (ví dụ 1.234,5)'); return; }
    const factor = 10 ** decimals;
    if (Math.round(parsed * factor) / factor !== parsed) { setError(`Tối đa ${decimals} chữ số thập phân`); return; }
    setError(null);
    onChange(parsed);
  };
  return (
    <>
      <Input
        aria-label={label} value={text} readOnly={readOnly} variant={readOnly ? 'borderless' : undefined} status={error ? 'error' : undefined}
        inputMode={decimals ? 'decimal' : 'numeric'} style={{ textAlign: 'right', minWidth: 90 }}
        onChange={(e) => { setText(e.target.value); commit(e.target.value); }}
        onBlur={() => { if (!error) setText(formatNumber(parseViNumber(text), decimals)); }}
      />
      {error ? <Typography.Text type="danger" style={{ fontSize: 12 }}>{error}</Typography.Text> : null}
    </>
  );
}

type TableReasons = FigureOverrides[string];

export function FigureTableEditor({ table, values, reasons, cells, readOnly, onChange }: {
  table: FigureTableDef; values: TableValues | undefined; reasons: TableReasons | undefined;
  /** The cells the registries fill (from the server). */
  cells: FigureCellOut[];
  readOnly: boolean; onChange: (v: TableValues, reasons: TableReasons) => void;
}) {
  const bound = new Map(cells.map((c) => [`${c.row}/${c.column}`, c]));
  const set = (row: string, column: string, value: number | null) => {
    const next = structuredClone(values ?? {});
    (next[row] ??= {})[column] = value;
    onChange(next, reasons ?? {});
  };
  /** A bound cell replaced (with its reason), or given back to the registries. */
  const replace = (row: string, column: string, replacement: { value: number | null; reason: string } | null) => {
    const next = structuredClone(values ?? {});
    const why = structuredClone(reasons ?? {});
    if (replacement) {
      (next[row] ??= {})[column] = replacement.value;
      (why[row] ??= {})[column] = replacement.reason;
    } else {
      delete next[row]?.[column];
      delete why[row]?.[column];
    }
    onChange(next, why);
  };
  return (
    <div className="figure-table">
      <Typography.Text strong italic>{table.title}</Typography.Text>
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
              if (cell) {
                const reason = reasons?.[row.key]?.[c.key] ?? null;
                const typed = values?.[row.key]?.[c.key] ?? null;
                return (
                  <BoundFigureCell cell={cell} decimals={cellDecimals(row, c)} label={`${row.label} - ${c.label}`} readOnly={readOnly}
                    replaced={reason !== null || typed !== null ? { value: typed, reason } : null} onReplace={(r) => replace(row.key, c.key, r)} />
                );
              }
              return (
              <NumberCell
                value={values?.[row.key]?.[c.key] ?? null} decimals={cellDecimals(row, c)} readOnly={readOnly}
                label={`${row.label} - ${c.label}`} onChange={(v) => set(row.key, c.key, v)}
              />
              );
            },
          })),
        ]}
      />
    </div>
  );
}
