/**
 * The approval workflow of a report: draft -> submitted (locked) -> returned with a comment (unlocked)
 * -> resubmitted -> accepted. Editors draft, the reporting unit's managers submit, the requesting
 * unit's managers return or accept. Pure: the caller supplies the actor, their scope and the report.
 */
import { keeps, isAdmin, type Actor, type Scope } from '../core/access/rules.js';
import type { ReportContent } from '../content/meta-schema.js';

export const reportStatuses = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const reportStatusLabels: Record<ReportStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã trình, chờ duyệt',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

export const workflowActions = ['submit', 'resubmit', 'return', 'accept'] as const;
export type WorkflowAction = (typeof workflowActions)[number];

export const workflowActionLabels: Record<WorkflowAction, string> = {
  submit: 'Trình báo cáo',
  resubmit: 'Trình lại',
  return: 'Trả lại',
  accept: 'Tiếp nhận',
};

const transitions: Record<WorkflowAction, { from: ReportStatus; to: ReportStatus }> = {
  submit: { from: 'draft', to: 'submitted' },
  resubmit: { from: 'returned', to: 'submitted' },
  return: { from: 'submitted', to: 'returned' },
  accept: { from: 'submitted', to: 'accepted' },
};

/** The status after an action, or null when the action does not apply in this status. */
export function nextStatus(status: ReportStatus, action: WorkflowAction): ReportStatus | null {
  const t = transitions[action];
  return t.from === status ? t.to : null;
}

/** Why a report cannot be edited, named by reason as DHIS2 names its locks; null when it can be. */
export function lockReason(status: ReportStatus): 'LOCKED_SUBMITTED' | 'LOCKED_ACCEPTED' | null {
  if (status === 'submitted') return 'LOCKED_SUBMITTED';
  if (status === 'accepted') return 'LOCKED_ACCEPTED';
  return null;
}

export interface ReportParties {
  status: ReportStatus;
  /** The unit that writes the report. */
  unitId: number;
  /** The unit that asked for it (the request's issuing unit); null for a report answering an outside body. */
  requestingUnitId: number | null;
}

const isManager = (actor: Actor) => actor.roles.includes('manager');

/**
 * Writing belongs to the reporting unit's own editors and managers (and administrators), while their unit
 * stands: the accounts of a unit that has ended read its reports but write none.
 */
export function isAuthor(actor: Actor, scope: Scope, report: Pick<ReportParties, 'unitId'>): boolean {
  if (isAdmin(actor)) return true;
  return actor.unitId === report.unitId && keeps(scope, report.unitId) && (isManager(actor) || actor.roles.includes('editor'));
}

/**
 * Reviewers are managers above the reporting unit: of the requesting unit (or its ancestors), or, for a
 * report no request in danvan asked for, of any unit above it. Never the reporting unit itself.
 */
export function isReviewer(actor: Actor, scope: Scope, report: ReportParties): boolean {
  if (isAdmin(actor)) return true;
  if (!isManager(actor) || actor.unitId === report.unitId) return false;
  return keeps(scope, report.requestingUnitId ?? report.unitId);
}

export function canEdit(actor: Actor, scope: Scope, report: ReportParties): boolean {
  return lockReason(report.status) === null && isAuthor(actor, scope, report);
}

/** The workflow actions this actor may take on the report now. */
export function allowedActions(actor: Actor, scope: Scope, report: ReportParties): WorkflowAction[] {
  return workflowActions.filter((action) => {
    if (nextStatus(report.status, action) === null) return false;
    if (action === 'submit' || action === 'resubmit') return isAdmin(actor) || (isManager(actor) && isAuthor(actor, scope, report));
    return isReviewer(actor, scope, report);
  });
}

export interface SubmitIssue {
  field: string;
  message: string;
}

/** What must be filled in before a report leaves the unit (the number, the full date, the signer). */
export function submitIssues(content: ReportContent): SubmitIssue[] {
  const { meta } = content;
  const issues: SubmitIssue[] = [];
  if (!meta.number) issues.push({ field: 'meta.number', message: 'Chưa có số văn bản (ví dụ 39 trong "Số: 39/BC-UBND"): văn thư cấp số trước khi trình.' });
  if (meta.date.day === null || meta.date.month === null) issues.push({ field: 'meta.date', message: 'Chưa ghi đủ ngày, tháng ban hành báo cáo.' });
  if (!meta.signer.name) issues.push({ field: 'meta.signer.name', message: 'Chưa có họ tên người ký.' });
  if (!meta.signer.title && meta.signer.authority !== 'Q') issues.push({ field: 'meta.signer.title', message: 'Chưa có chức vụ người ký (ví dụ CHỦ TỊCH).' });
  if (meta.recipients.length === 0) issues.push({ field: 'meta.recipients', message: 'Chưa có nơi nhận (ít nhất "Lưu: VT").' });
  return issues;
}
