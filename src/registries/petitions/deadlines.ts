/**
 * Statutory deadlines of a petition case, from a dated rule table (checked against the law texts,
 * 2026-12; see DOMAIN.md). "ngày" counts calendar days, "ngày làm việc" working days; either way the count
 * starts the day after the event and a last day not worked moves to the next working day (Bộ luật Dân sự
 * 2015, Điều 147-148). Luật 136/2025/QH15 amends the laws from 01/07/2026 without saying which rule governs
 * a letter received before: `rulesOn` is that choice, a setting shown with every deadline.
 */
import { calendarDaysAfter, workingDaysAfter, type WorkCalendar } from '../../calendar/rules.js';
import type { CaseFacts, Competence, PetitionKind } from './rules.js';

export type Step = 'accept' | 'resolve' | 'answer' | 'mediate' | 'transfer';
export type Variant = 'normal' | 'complex' | 'remote' | 'remote_complex';

export interface DeadlineRule {
  procedure: `${PetitionKind}.${Step}` | 'complaint.resolve_second';
  variant: Variant;
  days: number;
  dayKind: 'calendar' | 'working';
  validFrom: string;
  /** Last day in force; null while in force. */
  validTo: string | null;
  source: string;
}

const rule = (procedure: DeadlineRule['procedure'], variant: Variant, days: number, dayKind: DeadlineRule['dayKind'], validFrom: string, validTo: string | null, source: string): DeadlineRule =>
  ({ procedure, variant, days, dayKind, validFrom, validTo, source });
const allVariants = (procedure: DeadlineRule['procedure'], days: number, dayKind: DeadlineRule['dayKind'], validFrom: string, validTo: string | null, source: string) =>
  (['normal', 'complex', 'remote', 'remote_complex'] as const).map((v) => rule(procedure, v, days, dayKind, validFrom, validTo, source));

export const deadlineRules: readonly DeadlineRule[] = [
  // Thụ lý a complaint, first and second instance.
  ...allVariants('complaint.accept', 10, 'calendar', '2012-07-01', '2026-06-30', 'Luật Khiếu nại 2011, Điều 27, 36'),
  ...allVariants('complaint.accept', 7, 'working', '2026-07-01', null, 'Luật Khiếu nại (sửa đổi bởi Luật 136/2025/QH15, Điều 2 khoản 15), Điều 27, 36'),
  // Resolve, first instance (Điều 28, not amended): longer when complex and in remote areas.
  rule('complaint.resolve', 'normal', 30, 'calendar', '2012-07-01', null, 'Luật Khiếu nại 2011, Điều 28'),
  rule('complaint.resolve', 'complex', 45, 'calendar', '2012-07-01', null, 'Luật Khiếu nại 2011, Điều 28'),
  rule('complaint.resolve', 'remote', 45, 'calendar', '2012-07-01', null, 'Luật Khiếu nại 2011, Điều 28'),
  rule('complaint.resolve', 'remote_complex', 60, 'calendar', '2012-07-01', null, 'Luật Khiếu nại 2011, Điều 28'),
  rule('complaint.resolve_second', 'normal', 45, 'calendar', '2012-07-01', null, 'Luật Khiếu nại 2011, Điều 37'),
  rule('complaint.resolve_second', 'complex', 60, 'calendar', '2012-07-01', null, 'Luật Khiếu nại 2011, Điều 37'),
  rule('complaint.resolve_second', 'remote', 60, 'calendar', '2012-07-01', null, 'Luật Khiếu nại 2011, Điều 37'),
  rule('complaint.resolve_second', 'remote_complex', 70, 'calendar', '2012-07-01', null, 'Luật Khiếu nại 2011, Điều 37'),
  // Denunciation: initial handling 07 working days, 10 when it must be checked in several places; transfer 05.
  rule('denunciation.accept', 'normal', 7, 'working', '2019-01-01', null, 'Luật Tố cáo 2018, Điều 24'),
  rule('denunciation.accept', 'remote', 7, 'working', '2019-01-01', null, 'Luật Tố cáo 2018, Điều 24'),
  rule('denunciation.accept', 'complex', 10, 'working', '2019-01-01', null, 'Luật Tố cáo 2018, Điều 24'),
  rule('denunciation.accept', 'remote_complex', 10, 'working', '2019-01-01', null, 'Luật Tố cáo 2018, Điều 24'),
  ...allVariants('denunciation.transfer', 5, 'working', '2019-01-01', null, 'Luật Tố cáo 2018, Điều 24'),
  // Resolve: 30 days, each extension in writing adds at most 30 (one when complex, two when very complex).
  ...allVariants('denunciation.resolve', 30, 'calendar', '2019-01-01', null, 'Luật Tố cáo 2018, Điều 30'),
  // Kiến nghị, phản ánh received: answered within 10 working days.
  ...allVariants('recommendation.answer', 10, 'working', '2014-07-01', null, 'Luật Tiếp công dân 2013, Điều 28'),
  // Mediation of a land dispute at the commune.
  ...allVariants('land_dispute.mediate', 45, 'calendar', '2014-07-01', '2024-07-31', 'Luật Đất đai 2013, Điều 202'),
  ...allVariants('land_dispute.mediate', 30, 'calendar', '2024-08-01', null, 'Luật Đất đai 2024, Điều 235'),
];

/** Each procedure and variant has at most one rule in force on any day. */
export function ruleTableProblems(rules: readonly DeadlineRule[]): string[] {
  const problems: string[] = [];
  const groups = new Map<string, DeadlineRule[]>();
  for (const r of rules) groups.set(`${r.procedure}/${r.variant}`, [...(groups.get(`${r.procedure}/${r.variant}`) ?? []), r]);
  for (const [key, group] of groups) {
    const ordered = [...group].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 0; i < ordered.length; i++) {
      const r = ordered[i]!;
      if (r.validTo !== null && r.validTo < r.validFrom) problems.push(`${key}: hết hiệu lực trước khi có hiệu lực.`);
      const next = ordered[i + 1];
      if (next && (r.validTo === null || r.validTo >= next.validFrom)) problems.push(`${key}: hai quy định cùng có hiệu lực từ ${next.validFrom}.`);
    }
  }
  return problems;
}

export function ruleOn(rules: readonly DeadlineRule[], procedure: DeadlineRule['procedure'], variant: Variant, day: string): DeadlineRule | null {
  return rules.find((r) => r.procedure === procedure && r.variant === variant && r.validFrom <= day && (r.validTo === null || day <= r.validTo)) ?? null;
}

export interface CaseTerms extends CaseFacts {
  competence: Competence;
  secondInstance: boolean;
  complex: boolean;
  remote: boolean;
  /** Written extensions of a denunciation's resolution (each at most 30 days). */
  extensions: number;
}

export interface DeadlineStep {
  step: Step;
  /** The day the count starts from: null while the step before is not done. */
  from: string | null;
  due: string | null;
  done: boolean;
  rule: DeadlineRule | null;
  extensionDays: number;
}

/** Which rule's day governs a step: the day its count starts (default), or today. */
export type RulesOn = 'start' | 'today';

const variantOf = (c: CaseTerms): Variant => (c.remote ? (c.complex ? 'remote_complex' : 'remote') : c.complex ? 'complex' : 'normal');

function stepsOf(c: CaseTerms): { step: Step; procedure: DeadlineRule['procedure']; from: string | null; done: boolean }[] {
  const closed = c.closedOn !== null;
  if (c.competence !== 'within') {
    return c.kind === 'denunciation' && c.competence === 'transferred' ? [{ step: 'transfer', procedure: 'denunciation.transfer', from: c.receivedOn, done: closed }] : [];
  }
  switch (c.kind) {
    case 'complaint':
      return [
        { step: 'accept', procedure: 'complaint.accept', from: c.receivedOn, done: c.acceptedOn !== null || closed },
        { step: 'resolve', procedure: c.secondInstance ? 'complaint.resolve_second' : 'complaint.resolve', from: c.acceptedOn, done: closed },
      ];
    case 'denunciation':
      return [
        { step: 'accept', procedure: 'denunciation.accept', from: c.receivedOn, done: c.acceptedOn !== null || closed },
        { step: 'resolve', procedure: 'denunciation.resolve', from: c.acceptedOn, done: closed },
      ];
    case 'recommendation': return [{ step: 'answer', procedure: 'recommendation.answer', from: c.receivedOn, done: closed }];
    case 'land_dispute': return [{ step: 'mediate', procedure: 'land_dispute.mediate', from: c.receivedOn, done: closed }];
  }
}

export function caseDeadlines(c: CaseTerms, rules: readonly DeadlineRule[], calendar: WorkCalendar, rulesOn: RulesOn, today: string): DeadlineStep[] {
  return stepsOf(c).map(({ step, procedure, from, done }) => {
    if (!from) return { step, from, due: null, done, rule: null, extensionDays: 0 };
    const r = ruleOn(rules, procedure, variantOf(c), rulesOn === 'today' ? today : from);
    if (!r) return { step, from, due: null, done, rule: null, extensionDays: 0 };
    const extensionDays = procedure === 'denunciation.resolve' ? Math.min(c.extensions, 2) * 30 : 0;
    const due = r.dayKind === 'working' ? workingDaysAfter(calendar, from, r.days) : calendarDaysAfter(calendar, from, r.days + extensionDays);
    return { step, from, due, done, rule: r, extensionDays };
  });
}

/** The step to act on now: the first not done. */
export const currentStep = (steps: readonly DeadlineStep[]) => steps.find((s) => !s.done) ?? null;

/** Overdue: the current step's last day has passed. */
export const isOverdue = (steps: readonly DeadlineStep[], today: string) => {
  const step = currentStep(steps);
  return step?.due != null && step.due < today;
};

export const stepLabels: Record<Step, string> = {
  accept: 'Thụ lý',
  resolve: 'Giải quyết',
  answer: 'Trả lời kiến nghị, phản ánh',
  mediate: 'Hòa giải tại cơ sở',
  transfer: 'Chuyển đơn',
};
