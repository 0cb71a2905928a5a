/**
 * How a report names its period and the next one, from the request's dates: the subject "Kết quả ...
 * quý I năm 2025 và phương hướng nhiệm vụ quý II năm 2025" (seed 003), "Trong 6 tháng đầu năm, UBND xã
 * ...", "Trong 03 năm, ..." (seed 004). The next period of a quarter, half or year is the one after it;
 * a range of years or any other span plans for "thời gian tới", as the seeds' reviews write: what follows a
 * sơ kết is the rest of the programme, which the dates do not say.
 */
import type { PeriodWords } from '../content/period-text.js';
import { formatDate } from '../core/vi-format.js';
import { isPeriodProblem, parsePeriod, periodOfDates, type NamedPeriod } from './rules.js';

const roman = ['I', 'II', 'III', 'IV'] as const;
const later = 'thời gian tới';

/** The period that follows a quarter, half, month or year, by its API name ("2025Q4" -> "2026Q1"). */
function nextSpec(period: NamedPeriod): string | null {
  const year = Number(period.spec.slice(0, 4));
  switch (period.kind) {
    case 'quarter': {
      const q = Number(period.spec.slice(5));
      return q === 4 ? `${year + 1}Q1` : `${year}Q${q + 1}`;
    }
    case 'half_year':
      return period.spec.endsWith('H1') ? `${year}H2` : `${year + 1}H1`;
    case 'month': {
      const m = Number(period.spec.slice(5));
      return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
    }
    case 'year':
      return `${year + 1}`;
    case 'years':
      return null;
  }
}

function withinOf(period: NamedPeriod): string {
  switch (period.kind) {
    case 'quarter':
      return `quý ${roman[Number(period.spec.slice(5)) - 1]}`;
    case 'half_year':
      return `6 tháng ${period.spec.endsWith('H1') ? 'đầu' : 'cuối'} năm`;
    case 'month':
      return `tháng ${Number(period.spec.slice(5))}`;
    case 'year':
      return 'năm';
    case 'years': {
      // Counts under ten take two digits in administrative text: "Sơ kết 03 năm", "Trong 03 năm qua".
      const n = Number(period.spec.slice(6)) - Number(period.spec.slice(0, 4)) + 1;
      return `${String(n).padStart(2, '0')} năm`;
    }
  }
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Months from January to a month's end of one year that is no quarter or half: "9 tháng đầu năm 2025". */
function firstMonths(start: string, end: string): PeriodWords | null {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  if (sy !== ey || sm !== 1 || sd !== 1 || ed !== lastDay(ey, em) || em === 12) return null;
  return { report: `${em} tháng đầu năm ${sy}`, next: `${12 - em} tháng cuối năm ${sy}`, within: `${em} tháng đầu năm` };
}

/** The wording of a request's period (its first and last day). */
export function periodWording(start: string, end: string): PeriodWords {
  const period = periodOfDates(start, end);
  if (period) {
    const spec = nextSpec(period);
    const next = spec ? parsePeriod(spec) : null;
    return { report: period.label, next: next && !isPeriodProblem(next) ? next.label : later, within: withinOf(period) };
  }
  return firstMonths(start, end) ?? { report: `từ ngày ${formatDate(start)} đến ngày ${formatDate(end)}`, next: later, within: 'kỳ báo cáo' };
}
