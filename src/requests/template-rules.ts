/**
 * Whether a request's outline fits its kind. A different kind is allowed, with a warning: provinces call a
 * six-month report "sơ kết 6 tháng" and a yearly one "tổng kết năm", and may send a review outline with
 * a periodic request on purpose. The sender is told before sending and on the request's page.
 */
import { reportKindLabels, type ReportKind } from '../templates/schema.js';

export interface RequestWarning {
  code: 'TEMPLATE_KIND_MISMATCH';
  message: string;
}

const lower = (kind: ReportKind) => reportKindLabels[kind].toLocaleLowerCase('vi');

export function templateKindWarning(requestKind: ReportKind, template: { title: string; reportKind: ReportKind }): RequestWarning | null {
  if (template.reportKind === requestKind) return null;
  return {
    code: 'TEMPLATE_KIND_MISMATCH',
    message: `Đề cương “${template.title}” là đề cương ${lower(template.reportKind)}, còn yêu cầu là ${lower(requestKind)}: các mục và câu gợi ý của đề cương có thể không khớp kỳ báo cáo. Nên chọn đề cương ${lower(requestKind)}.`,
  };
}

/** The outlines to offer for a kind: those of the kind first, in their order, then the others. */
export function templatesForKind<T extends { reportKind: ReportKind }>(templates: readonly T[], kind: ReportKind): { matching: T[]; others: T[] } {
  return { matching: templates.filter((t) => t.reportKind === kind), others: templates.filter((t) => t.reportKind !== kind) };
}
