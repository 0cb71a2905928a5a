/** A record's own facts that contradict each other, refused before any write with a message per field. */
import { errorOf } from '../../core/errors.js';
import type { ErrorCode } from '../../core/error-codes.js';
import { formatDate } from '../../core/vi-format.js';

export interface Problem {
  code: ErrorCode;
  field: string;
  message: string;
}

export function refuseProblems(problems: Problem[]): void {
  if (problems.length) throw errorOf(problems[0]!.code, problems.map((p) => p.message).join(' '), problems.map(({ field, message }) => ({ field, message })));
}

/** "Ngày kết thúc 02/03/2023 trước ngày bắt đầu 05/03/2023." when a later day comes first. */
export function dayOrderProblem(first: { day: string; name: string }, later: { day: string | null; name: string; field: string }): Problem[] {
  if (later.day === null || later.day >= first.day) return [];
  return [{ code: 'RECORD_DATE_ORDER', field: later.field, message: `${later.name} ${formatDate(later.day)} trước ${first.name.toLowerCase()} ${formatDate(first.day)}.` }];
}
