/** How the dated registries show their values: days, ranges of days, counts, long text. */
import type { ReactNode } from 'react';
import { formatNumber } from '../../../../../src/core/vi-format.js';
import { formatDate } from '../../../format.js';

/** "14/06/2022 - 15/06/2022", or one day. */
export const dayRange = (from: string, to: string | null) => (to && to !== from ? `${formatDate(from)} - ${formatDate(to)}` : formatDate(from));

/** "1.250"; empty when not known. */
export const number = (n: number | null) => formatNumber(n, 0);

/** Text typed on several lines, kept so; nothing when empty. */
export const multiline = (text: string | null): ReactNode => (text ? <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span> : null);

/** "Chủ tịch UBND phường Nguyễn Văn A" from a role and a name, either of which may be missing. */
export const person = (role: string | null, name: string | null) => [role, name].filter(Boolean).join(' ');
