import dayjs, { type Dayjs } from 'dayjs';
import { formatDate } from '../../src/core/vi-format.js';

export const dateFormat = 'DD/MM/YYYY';

/**
 * What a date field accepts: shown as dd/mm/yyyy, but typed the ways officials write dates
 * ("1/7/2025", "01-07-2025", "01072025", "2025-07-01"), so a short form is not silently dropped.
 */
export const datePickerFormat = [dateFormat, 'D/M/YYYY', 'DD-MM-YYYY', 'D-M-YYYY', 'DD.MM.YYYY', 'D.M.YYYY', 'DDMMYYYY', 'YYYY-MM-DD'];

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant shown in Vietnam time (UTC+7 all year): "14/06/2023 08:05:09". */
export function formatDateTime(iso: string | null | undefined, seconds = false): string {
  if (!iso) return '';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const v = new Date(t.getTime() + 7 * 3600_000);
  const day = `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  const time = `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}${seconds ? ':' + pad(v.getUTCSeconds()) : ''}`;
  return `${day} ${time}`;
}

/** The day of an instant in Vietnam time: "14/06/2023". */
export const formatDayOf = (iso: string | null | undefined): string => formatDateTime(iso).slice(0, 10);

/** The time of day of an instant in Vietnam time, as the history shows it: "08:05". */
export const formatTime = (at: Date) => formatDateTime(at.toISOString()).slice(11);

export { formatDate };

/** "Xã Trà Tây" from the type name and the name. */
export function unitName(unit: { typeName?: string | null; name: string }): string {
  return unit.typeName ? `${unit.typeName} ${unit.name}` : unit.name;
}

export function toDayjs(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso, 'YYYY-MM-DD') : null;
}

export function fromDayjs(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}
