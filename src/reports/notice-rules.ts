/**
 * The wording of the notices the reports' workflow sends a unit: the reminder of a late report and the
 * return of a report with its reason. Written as a dispatch of the level above words them: the body is
 * named in full ("UBND xã Tây Trà Bồng"), dates as dd/mm/yyyy.
 */
import { formatDate } from '../core/vi-format.js';
import { daysLeft } from './progress-rules.js';

export interface ReminderFacts {
  /** The late unit's committee ("UBND xã Tây Trà Bồng"). */
  recipient: string;
  /** The requesting body ("UBND tỉnh Quảng Ngãi"). */
  requester: string;
  subject: string;
  deadline: string;
  today: string;
}

/** "Đề nghị UBND xã … nộp báo cáo “…” theo yêu cầu của UBND tỉnh …: hạn nộp 15/07/2025, đã quá hạn 12 ngày." */
export function reminderText({ recipient, requester, subject, deadline, today }: ReminderFacts): string {
  const overdue = -daysLeft(deadline, today);
  return `Đề nghị ${recipient} nộp báo cáo “${subject}” theo yêu cầu của ${requester}: hạn nộp ${formatDate(deadline)}, đã quá hạn ${overdue} ngày.`;
}

export interface ReturnFacts {
  /** Who sent it back ("Tỉnh Quảng Ngãi"), or null for an administrator. */
  returner: string | null;
  title: string;
  /** "Số: 41/BC-UBND", or null before the clerk gave it a number. */
  numberText: string | null;
  reason: string;
}

/** "Tỉnh Quảng Ngãi trả lại báo cáo “…” (Số: 41/BC-UBND) để đơn vị sửa và trình lại. Lý do: …" */
export function returnedText({ returner, title, numberText, reason }: ReturnFacts): string {
  const number = numberText ? ` (${numberText})` : '';
  const reasonText = /[.!?…]$/.test(reason) ? reason : `${reason}.`;
  return `${returner ?? 'Cấp trên'} trả lại báo cáo “${title}”${number} để đơn vị sửa và trình lại. Lý do: ${reasonText}`;
}
