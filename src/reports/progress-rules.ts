/**
 * How a request is going: each recipient's state, completeness (reports in hand / expected) and
 * timeliness (reports first submitted by the deadline / expected), as DHIS2 reports them.
 */
import { todayIso } from '../core/vi-format.js';
import type { ReportStatus } from './workflow-rules.js';

export const recipientStatuses = ['not_started', 'drafting', 'submitted_on_time', 'submitted_late', 'returned', 'accepted'] as const;
export type RecipientStatus = (typeof recipientStatuses)[number];

export const recipientStatusLabels: Record<RecipientStatus, string> = {
  not_started: 'Chưa bắt đầu',
  drafting: 'Đang soạn',
  submitted_on_time: 'Đã nộp đúng hạn',
  submitted_late: 'Đã nộp trễ hạn',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

export interface RecipientReport {
  status: ReportStatus;
  firstSubmittedAt: Date | null;
}

/** A submission is on time when it reached the requester on or before the deadline day (Vietnam time). */
export function submittedOnTime(firstSubmittedAt: Date | null, deadline: string): boolean | null {
  return firstSubmittedAt ? todayIso(firstSubmittedAt) <= deadline : null;
}

export function recipientStatus(report: RecipientReport | null, deadline: string): RecipientStatus {
  if (!report) return 'not_started';
  switch (report.status) {
    case 'draft':
      return 'drafting';
    case 'returned':
      return 'returned';
    case 'accepted':
      return 'accepted';
    case 'submitted':
      return submittedOnTime(report.firstSubmittedAt, deadline) ? 'submitted_on_time' : 'submitted_late';
  }
}

/** Days from today to the deadline: positive ahead, 0 on the day, negative when overdue. */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(deadline + 'T00:00:00Z') - Date.parse(today + 'T00:00:00Z')) / 86_400_000);
}

/** "Còn 5 ngày", "Hạn nộp hôm nay", "Quá hạn 3 ngày". */
export function deadlineText(deadline: string, today: string): string {
  const days = daysLeft(deadline, today);
  if (days > 0) return `Còn ${days} ngày`;
  if (days === 0) return 'Hạn nộp hôm nay';
  return `Quá hạn ${-days} ngày`;
}

export interface Progress {
  expected: number;
  /** Reports in the requester's hands: submitted or accepted. */
  received: number;
  onTime: number;
  /** Percentages with one decimal; null when nothing is expected. */
  completeness: number | null;
  timeliness: number | null;
  /** Reports taken in by the requester (tiếp nhận); received minus accepted still wait for it. */
  accepted: number;
  /** Recipients past the deadline without a report in hand, or whose report came late. */
  late: number;
  /** Recipients past the deadline still without a report in hand: the ones a reminder goes to. */
  overdue: number;
}

const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

export function requestProgress(rows: readonly (RecipientReport | null)[], deadline: string, today: string): Progress {
  let received = 0;
  let onTime = 0;
  let late = 0;
  let accepted = 0;
  let overdue = 0;
  for (const row of rows) {
    if (row && inHand(row)) {
      received += 1;
      if (submittedOnTime(row.firstSubmittedAt, deadline)) onTime += 1;
      if (row.status === 'accepted') accepted += 1;
    }
    if (isLate(row, deadline, today)) late += 1;
    if (isOverdue(row, deadline, today)) overdue += 1;
  }
  return {
    expected: rows.length, received, onTime, completeness: pct(received, rows.length), timeliness: pct(onTime, rows.length), accepted, late, overdue,
  };
}

const inHand = (report: RecipientReport) => report.status === 'submitted' || report.status === 'accepted';

/** Whether a recipient counts as late now (for the list of late units). */
export function isLate(report: RecipientReport | null, deadline: string, today: string): boolean {
  if (submittedOnTime(report?.firstSubmittedAt ?? null, deadline) === false) return true;
  return isOverdue(report, deadline, today);
}

/**
 * Past the deadline day and the requester holds no report from the unit: nothing written, a draft, or a
 * report returned and not resubmitted. A report submitted late is late but no longer overdue.
 */
export function isOverdue(report: RecipientReport | null, deadline: string, today: string): boolean {
  return !(report && inHand(report)) && today > deadline;
}

/** The recipients a reminder goes to today: overdue, in units that still stand (an ended unit's accounts write nothing). */
export function reminderTargets<T extends { answer: RecipientReport | null; unitEnded: string | null }>(rows: readonly T[], deadline: string, today: string): T[] {
  return rows.filter((r) => isOverdue(r.answer, deadline, today) && (r.unitEnded === null || r.unitEnded > today));
}
