/**
 * Vietnamese number and date conventions: "." groups thousands, "," is the decimal mark
 * (6.957,81), dates are dd/mm/yyyy. Shared by the API, the UI and the documents.
 */

/**
 * 1.234,5 as Intl.NumberFormat('vi-VN') prints it, rounded half up on the decimal as written. Trailing
 * zeros go, down to `minFractionDigits`: a figure written "715,10" keeps its two places.
 */
export function formatNumber(value: number | null | undefined, maxFractionDigits = 2, minFractionDigits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const negative = value < 0;
  // Half up on the decimal as written: 2,675 to two places is 2,68 (toFixed alone gives 2,67: 2.675 is stored as 2.67499…).
  const abs = Math.abs(value);
  const rounded = String(abs).includes('e') ? abs : Number(`${Math.round(Number(`${abs}e${maxFractionDigits}`))}e-${maxFractionDigits}`);
  const fixed = rounded.toFixed(maxFractionDigits);
  const [intPart = '0', fracPart = ''] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const keep = Math.min(minFractionDigits, maxFractionDigits);
  const frac = fracPart.slice(0, keep) + fracPart.slice(keep).replace(/0+$/, '');
  return (negative ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

export function formatPercent(value: number | null | undefined, fractionDigits = 2): string {
  const text = formatNumber(value, fractionDigits);
  return text ? text + '%' : '';
}

/**
 * Reads a number typed the Vietnamese way. "6.957,81" and "6957,81" are 6957.81; "2.971" is 2971
 * (a dot followed by exactly three digits groups thousands). Returns null for text that is not a number.
 */
export function parseViNumber(input: string): number | null {
  const text = input.trim().replace(/\s+/g, '');
  if (!text) return null;
  if (!/^-?[\d.,]+$/.test(text)) return null;
  const commaCount = (text.match(/,/g) ?? []).length;
  if (commaCount > 1) return null;
  const [intPart = '', fracPart] = text.split(',');
  if (intPart.includes('.') && !/^-?\d{1,3}(\.\d{3})+$/.test(intPart)) return null;
  const normalized = intPart.replace(/\./g, '') + (fracPart !== undefined ? '.' + fracPart : '');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

/** The fraction digits a number is written with: "715,10" has 2, "2.971" and "256" none. */
export function writtenDecimals(input: string): number {
  const comma = input.trim().indexOf(',');
  return comma < 0 ? 0 : input.trim().length - comma - 1;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2023-06-14" -> "14/06/2023". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = isoDate.exec(iso.slice(0, 10));
  if (!m) return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** True when the text is a real calendar date in YYYY-MM-DD form. */
export function isIsoDate(text: string): boolean {
  const m = isoDate.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function todayIso(now: Date = new Date()): string {
  // Vietnam is UTC+7 all year; a date in the app is the date in Vietnam.
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Vietnamese without diacritics, for search and ASCII names: "Trà Tây, Đức Phổ" -> "Tra Tay, Duc Pho". */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
