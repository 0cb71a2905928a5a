/**
 * One entered figure of a unit for one period, typed the Vietnamese way (1.200; 97,05) and saved on its own
 * when the user leaves the cell or presses Enter, naming the version it read; the outcome (a tick, or the
 * server's reason: a broken rule, someone saving in between) is shown at the cell.
 */
import { useEffect, useState } from 'react';
import { InputNumber, Typography } from 'antd';
import { CheckCircleFilled, LoadingOutlined } from '@ant-design/icons';
import type { z } from 'zod';
import { formatNumber, parseViNumber } from '../../../../src/core/vi-format.js';
import type { figureEntryOut, figureOut, indicatorOut } from '../../../../src/indicators/schema.js';
import { api, ApiError, errorMessage } from '../../api.js';
import { formatDateTime } from '../../format.js';

export type Indicator = z.infer<typeof indicatorOut>;
export type Figure = z.infer<typeof figureOut>;
export type FigureEntryOut = z.infer<typeof figureEntryOut>;

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** `reloaded`: the value was replaced by the latest saved one (a conflict), so the draft follows it. */
  | { kind: 'error'; message: string; reloaded?: boolean };

const notANumber = 'Không phải số hợp lệ: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân (ví dụ 1.200 hoặc 97,05).';

/** What the user typed, read as a value of `def`; an error in Vietnamese when it is not one. */
export function readTyped(def: Indicator, text: string): { value: number | null } | { error: string } {
  if (!text.trim()) return { value: null };
  const value = parseViNumber(text);
  if (value === null) return { error: notANumber };
  if (value < 0) return { error: `${def.name} không được âm.` };
  if (def.decimals === 0 && !Number.isInteger(value)) return { error: `${def.name} phải là số nguyên.` };
  if (Number(value.toFixed(def.decimals)) !== value) return { error: `Tối đa ${def.decimals} chữ số thập phân.` };
  return { value };
}

/**
 * The InputNumber's parser works on the text: "1.200" is 1200, half-typed "1.2" is not a number yet (the
 * value waits), and an empty field is empty. rc-input-number reads the answer as a decimal string; NaN and
 * '' are how it is told "not a number" and "empty", which its type (the value type) cannot say.
 */
const parseText = (text: string | undefined): number => (text?.trim() ? parseViNumber(text) ?? Number.NaN : '') as number;

export interface FigureCellProps {
  unitCode: string;
  /** The API's period: 2026Q1, 2026. */
  period: string;
  def: Indicator;
  figure: Figure | undefined;
  /** The input's accessible name: the indicator and the column. */
  label: string;
  onSaved: (period: string, out: FigureEntryOut) => void;
  /** Someone saved in between: the period is to be read again. */
  onConflict: (period: string) => void;
  onReadOnly: (message: string) => void;
  /** Whether the cell holds what the server does not (typed, being saved, refused). */
  onDirty: (key: string, dirty: boolean) => void;
}

export function FigureCell({ unitCode, period, def, figure, label, onSaved, onConflict, onReadOnly, onDirty }: FigureCellProps) {
  const server = figure?.value ?? null;
  const version = figure?.version;
  const [draft, setDraft] = useState<number | null>(server);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [sending, setSending] = useState<{ value: number | null } | null>(null);
  // The saved value changed (a save, a reload): the cell shows it, unless it holds a value the server refused.
  const [seen, setSeen] = useState({ server, version });
  if (seen.server !== server || seen.version !== version) {
    setSeen({ server, version });
    if (status.kind !== 'error' || status.reloaded) setDraft(server);
  }

  const key = `${period}/${def.code}`;
  const dirty = draft !== server || status.kind === 'saving';
  useEffect(() => {
    onDirty(key, dirty);
  }, [key, dirty, onDirty]);
  useEffect(() => () => onDirty(key, false), [key, onDirty]);

  const commit = async (text: string) => {
    const typed = readTyped(def, text);
    if ('error' in typed) {
      setStatus({ kind: 'error', message: typed.error });
      return;
    }
    const { value } = typed;
    if (value === server) {
      if (status.kind === 'error') setStatus({ kind: 'idle' });
      setDraft(server);
      return;
    }
    if (sending && sending.value === value) return;
    setSending({ value });
    setStatus({ kind: 'saving' });
    try {
      const out = await api.put<FigureEntryOut>(
        `/api/v1/units/${encodeURIComponent(unitCode)}/figures/${encodeURIComponent(def.code)}?period=${encodeURIComponent(period)}`,
        { value, ...(version !== undefined ? { version } : {}) },
      );
      setStatus({ kind: 'saved' });
      onSaved(period, out);
    } catch (err) {
      const code = err instanceof ApiError ? err.code : null;
      if (code === 'FIGURE_VERSION_CONFLICT') {
        setStatus({ kind: 'error', message: `${errorMessage(err)} Ô này đã được tải lại số mới nhất.`, reloaded: true });
        onConflict(period);
      } else {
        setStatus({ kind: 'error', message: errorMessage(err) });
        if (code === 'READ_ONLY') onReadOnly(errorMessage(err));
      }
    } finally {
      setSending(null);
    }
  };

  const error = status.kind === 'error' ? status.message : null;
  const who = figure?.enteredAt ? `Nhập lúc ${formatDateTime(figure.enteredAt)}${figure.enteredBy ? ` bởi ${figure.enteredBy}` : ''}` : undefined;
  return (
    <div className="figure-cell" title={who}>
      <div className="figure-cell-line">
        <InputNumber<number>
          aria-label={label}
          aria-invalid={error ? true : undefined}
          inputMode={def.decimals ? 'decimal' : 'numeric'}
          min={0}
          controls={false}
          keyboard={false}
          status={error ? 'error' : undefined}
          value={draft}
          formatter={(v, info) => (info.userTyping ? info.input : v === undefined || v === null || String(v) === '' ? '' : formatNumber(Number(v), def.decimals))}
          parser={parseText}
          onChange={(v) => {
            setDraft(v);
            if (status.kind === 'saved') setStatus({ kind: 'idle' });
          }}
          onBlur={(e) => void commit(e.target.value)}
          // rc-input-number calls it from its wrapper's keydown: the input is the event's target.
          onPressEnter={(e) => void commit((e.target as HTMLInputElement).value)}
          style={{ width: '100%' }}
        />
        <span className="figure-cell-status">
          {status.kind === 'saving' ? <LoadingOutlined aria-label={`Đang lưu: ${label}`} /> : null}
          {status.kind === 'saved' && !dirty ? <CheckCircleFilled role="img" aria-label={`Đã lưu: ${label}`} title="Đã lưu" style={{ color: '#52c41a' }} /> : null}
        </span>
      </div>
      {error ? <Typography.Text type="danger" role="alert" className="figure-cell-message">{error}</Typography.Text> : null}
      {!error && figure?.checks.length ? <Typography.Text type="warning" className="figure-cell-message">{figure.checks.join(' ')}</Typography.Text> : null}
    </div>
  );
}
