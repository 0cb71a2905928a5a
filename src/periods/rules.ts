/**
 * Reporting periods: months, quarters, halves, years and ranges of years (a three-year review), written as
 * `2023-05`, `2023Q1`, `2023H1`, `2023`, `2021..2023`, with their Vietnamese wording and their data window.
 *
 * Data cut-off: Nghị định 09/2019/NĐ-CP quy định chế độ báo cáo của cơ quan hành chính nhà nước, Điều 12:
 *  - tháng: từ ngày 15 của tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo;
 *  - quý: từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý;
 *  - 6 tháng: từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng thứ sáu;
 *  - năm: từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12 của kỳ báo cáo.
 * A range of years counts as its years together: 15/12 before the first to 14/12 of the last.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export interface Period {
  start: string;
  end: string;
}

export interface CutoffWindow {
  /** First day whose data counts. */
  from: string;
  /** Data cut-off date (chốt số liệu). */
  to: string;
}

/** The calendar period of a periodic report: quarter 1-4, half 1-2, or the year. */
export function periodicPeriod(kind: 'quarter' | 'half_year' | 'year', year: number, index = 1): Period {
  switch (kind) {
    case 'quarter': {
      if (index < 1 || index > 4) throw new RangeError('Quý phải từ 1 đến 4');
      const first = (index - 1) * 3 + 1;
      return { start: iso(year, first, 1), end: iso(year, first + 2, lastDay(year, first + 2)) };
    }
    case 'half_year': {
      if (index < 1 || index > 2) throw new RangeError('Kỳ 6 tháng phải là 1 hoặc 2');
      const first = index === 1 ? 1 : 7;
      return { start: iso(year, first, 1), end: iso(year, first + 5, lastDay(year, first + 5)) };
    }
    case 'year':
      return { start: iso(year, 1, 1), end: iso(year, 12, 31) };
  }
}

/** Nghị định 09/2019/NĐ-CP, Điều 12: the data window of a periodic report covering `period`. */
export function cutoffWindow(kind: 'month' | 'quarter' | 'half_year' | 'year', period: Period): CutoffWindow {
  const [sy, sm] = period.start.split('-').map(Number) as [number, number];
  const [ey, em] = period.end.split('-').map(Number) as [number, number];
  const from = sm === 1 ? iso(sy - 1, 12, 15) : iso(sy, sm - 1, 15);
  // Month, quarter, 6 months: the 14th of the period's last month; year: 14 December.
  const to = kind === 'year' ? iso(ey, 12, 14) : iso(ey, em, 14);
  return { from, to };
}

export type PeriodKind = 'month' | 'quarter' | 'half_year' | 'year' | 'years';

/** A period named the way the API writes it, with its dates. */
export interface NamedPeriod extends Period {
  kind: PeriodKind;
  /** `2023`, `2023Q1`, `2023H1`, `2023-05`, `2021..2023` */
  spec: string;
  /** "năm 2023", "quý I năm 2023", "6 tháng đầu năm 2023", "tháng 5 năm 2023", "giai đoạn 2021 - 2023" */
  label: string;
}

const firstYear = 1945;
const lastYear = 2200;
/** A review covers at most this many years (a tổng kết of a 10-year programme). */
const maxRangeYears = 20;
const roman = ['I', 'II', 'III', 'IV'] as const;

export type PeriodProblem = { ok: false; message: string };

function yearOk(year: number): boolean {
  return year >= firstYear && year <= lastYear;
}

/** Reads `2023`, `2023Q1`, `2023H2`, `2023-05` or `2021..2023`; anything else gets a Vietnamese reason. */
export function parsePeriod(spec: string): NamedPeriod | PeriodProblem {
  const text = spec.trim().toUpperCase();
  const shape = /^(\d{4})(?:(Q)([1-4])|(H)([12])|-(\d{2})|\.\.(\d{4}))?$/.exec(text);
  if (!shape) {
    return { ok: false, message: `Kỳ "${spec}" không hợp lệ: viết năm (2023), quý (2023Q1), 6 tháng (2023H1), tháng (2023-05) hoặc giai đoạn (2021..2023).` };
  }
  const year = Number(shape[1]);
  if (!yearOk(year)) return { ok: false, message: `Năm ${year} nằm ngoài khoảng ${firstYear}–${lastYear}.` };
  if (shape[2]) {
    const q = Number(shape[3]);
    return { kind: 'quarter', spec: `${year}Q${q}`, label: `quý ${roman[q - 1]} năm ${year}`, ...periodicPeriod('quarter', year, q) };
  }
  if (shape[4]) {
    const h = Number(shape[5]);
    return { kind: 'half_year', spec: `${year}H${h}`, label: `6 tháng ${h === 1 ? 'đầu' : 'cuối'} năm ${year}`, ...periodicPeriod('half_year', year, h) };
  }
  if (shape[6]) {
    const month = Number(shape[6]);
    if (month < 1 || month > 12) return { ok: false, message: `Tháng ${shape[6]} không có: tháng từ 01 đến 12.` };
    return { kind: 'month', spec: `${year}-${pad(month)}`, label: `tháng ${month} năm ${year}`, start: iso(year, month, 1), end: iso(year, month, lastDay(year, month)) };
  }
  if (shape[7]) {
    const to = Number(shape[7]);
    if (!yearOk(to)) return { ok: false, message: `Năm ${to} nằm ngoài khoảng ${firstYear}–${lastYear}.` };
    if (to <= year) return { ok: false, message: `Giai đoạn ${year}..${to}: năm cuối phải sau năm đầu.` };
    if (to - year + 1 > maxRangeYears) return { ok: false, message: `Giai đoạn dài quá ${maxRangeYears} năm.` };
    // Seeds write "giai đoạn 2021 - 2025" (a spaced hyphen).
    return { kind: 'years', spec: `${year}..${to}`, label: `giai đoạn ${year} - ${to}`, start: iso(year, 1, 1), end: iso(to, 12, 31) };
  }
  return { kind: 'year', spec: `${year}`, label: `năm ${year}`, ...periodicPeriod('year', year) };
}

export const isPeriodProblem = (p: NamedPeriod | PeriodProblem): p is PeriodProblem => 'ok' in p;

/** The data window of a named period (Nghị định 09/2019, Điều 12; a range as its years together). */
export function periodWindow(period: NamedPeriod): CutoffWindow {
  return cutoffWindow(period.kind === 'years' ? 'year' : period.kind, period);
}

/** The named period whose dates are exactly these (a request's period), or null for any other span. */
export function periodOfDates(start: string, end: string): NamedPeriod | null {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  if (sd !== 1) return null;
  const candidates = [
    sy === ey ? `${sy}` : `${sy}..${ey}`,
    sy === ey && em - sm === 2 && sm % 3 === 1 ? `${sy}Q${(sm + 2) / 3}` : null,
    sy === ey && em - sm === 5 && (sm === 1 || sm === 7) ? `${sy}H${sm === 1 ? 1 : 2}` : null,
    sy === ey && sm === em ? `${sy}-${pad(sm)}` : null,
  ];
  for (const spec of candidates) {
    if (!spec) continue;
    const p = parsePeriod(spec);
    if (!isPeriodProblem(p) && p.start === start && p.end === end) return p;
  }
  return null;
}
