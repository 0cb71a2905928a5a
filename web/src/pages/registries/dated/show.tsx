/** How the dated registries show their values: days, ranges of days, counts, long text, the law's time limits missed. */
import type { ReactNode } from 'react';
import { Alert, Tag, Tooltip } from 'antd';
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { formatNumber } from '../../../../../src/core/vi-format.js';
import { formatDate } from '../../../format.js';
import type { WarningSpec } from './config.js';

/** "14/06/2022 - 15/06/2022", or one day. */
export const dayRange = (from: string, to: string | null) => (to && to !== from ? `${formatDate(from)} - ${formatDate(to)}` : formatDate(from));

/** "1.250"; empty when not known. */
export const number = (n: number | null) => formatNumber(n, 0);

/** Text typed on several lines, kept so; nothing when empty. */
export const multiline = (text: string | null): ReactNode => (text ? <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span> : null);

/** "Chủ tịch UBND phường Nguyễn Văn A" from a role and a name, either of which may be missing. */
export const person = (role: string | null, name: string | null) => [role, name].filter(Boolean).join(' ');

/** The list's mark of a record that misses the law's time limits, beside its name or `below` it (a card); hovering it reads them. */
export function WarningsTag<T>({ spec, record, below = false }: { spec: WarningSpec<T> | undefined; record: T; below?: boolean }) {
  const warnings = spec?.of(record) ?? [];
  if (warnings.length === 0) return null;
  return (
    <Tooltip title={warnings.length === 1 ? warnings[0] : <ul style={{ margin: 0, paddingLeft: 18 }}>{warnings.map((w) => <li key={w}>{w}</li>)}</ul>}>
      <Tag color="warning" icon={<ExclamationCircleOutlined />} style={below ? { display: 'table', marginTop: 4 } : { marginInlineStart: 8 }}>{spec!.label}</Tag>
    </Tooltip>
  );
}

/** The drawer's account of each time limit the record missed. */
export function WarningsAlert<T>({ spec, record }: { spec: WarningSpec<T> | undefined; record: T }) {
  const warnings = spec?.of(record) ?? [];
  if (warnings.length === 0) return null;
  return (
    <Alert type="warning" showIcon message={spec!.label}
      description={warnings.length === 1 ? warnings[0] : <ul style={{ margin: 0, paddingLeft: 18 }}>{warnings.map((w) => <li key={w}>{w}</li>)}</ul>} />
  );
}
