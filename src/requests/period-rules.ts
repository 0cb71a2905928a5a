/**
 * Reporting periods and data cut-off dates. Source: Nghị định 09/2019/NĐ-CP quy định chế độ báo cáo của
 * cơ quan hành chính nhà nước, Điều 12 (thời gian chốt số liệu):
 *  - quý: từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý;
 *  - 6 tháng: từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng thứ sáu;
 *  - năm: từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12 của kỳ báo cáo.
 * The sending deadline is set by each reporting regime (at least one working day after the cut-off), so
 * it is entered with the request, not derived here.
 */
import type { ReportKind } from '../templates/schema.js';

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
export function cutoffWindow(kind: 'quarter' | 'half_year' | 'year', period: Period): CutoffWindow {
  const [sy, sm] = period.start.split('-').map(Number) as [number, number];
  const [ey, em] = period.end.split('-').map(Number) as [number, number];
  const from = sm === 1 ? iso(sy - 1, 12, 15) : iso(sy, sm - 1, 15);
  // Quarter: the 14th of its last month; 6 months: the 14th of its sixth month; year: 14 December.
  const to = kind === 'year' ? iso(ey, 12, 14) : iso(ey, em, 14);
  return { from, to };
}

export const isPeriodic = (kind: ReportKind): kind is 'quarter' | 'half_year' | 'year' =>
  kind === 'quarter' || kind === 'half_year' || kind === 'year';

export interface RequestDates {
  requestDate: string;
  periodStart: string;
  periodEnd: string;
  cutoffDate: string;
  deadline: string;
}

export interface DateIssue {
  field: keyof RequestDates;
  code: string;
  message: string;
}

const vi = (isoDate: string) => isoDate.split('-').reverse().join('/');

/** What is wrong with a request's dates, each with the field it belongs to (empty when all is well). */
export function requestDateIssues(d: RequestDates): DateIssue[] {
  const issues: DateIssue[] = [];
  if (d.periodEnd < d.periodStart) {
    issues.push({ field: 'periodEnd', code: 'PERIOD_END_BEFORE_START', message: `Kỳ báo cáo kết thúc (${vi(d.periodEnd)}) trước khi bắt đầu (${vi(d.periodStart)}).` });
  }
  if (d.cutoffDate < d.periodStart) {
    issues.push({ field: 'cutoffDate', code: 'CUTOFF_BEFORE_PERIOD', message: `Ngày chốt số liệu (${vi(d.cutoffDate)}) trước ngày bắt đầu kỳ báo cáo (${vi(d.periodStart)}).` });
  }
  if (d.deadline < d.requestDate) {
    issues.push({ field: 'deadline', code: 'DEADLINE_BEFORE_REQUEST', message: `Hạn nộp (${vi(d.deadline)}) trước ngày ban hành yêu cầu (${vi(d.requestDate)}).` });
  }
  if (d.deadline < d.cutoffDate) {
    issues.push({ field: 'deadline', code: 'DEADLINE_BEFORE_CUTOFF', message: `Hạn nộp (${vi(d.deadline)}) trước ngày chốt số liệu (${vi(d.cutoffDate)}): đơn vị chưa có đủ số liệu để báo cáo.` });
  }
  return issues;
}
