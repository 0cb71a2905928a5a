/**
 * A request's dates. The periods and their cut-off (Nghị định 09/2019/NĐ-CP, Điều 12) are in periods/;
 * the sending deadline is set by each reporting regime (at least one working day after the cut-off), so
 * it is entered with the request, not derived here.
 */
import type { ReportKind } from '../templates/schema.js';

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
