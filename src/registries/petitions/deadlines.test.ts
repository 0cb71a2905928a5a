import { describe, expect, it } from 'vitest';
import type { WorkCalendar } from '../../calendar/rules.js';
import { shippedCalendars } from '../../calendar/shipped.js';
import { caseDeadlines, deadlineRules, isOverdue, ruleTableProblems, type CaseTerms } from './deadlines.js';
import { caseProblems } from './rules.js';

const calendar: WorkCalendar = {
  days: new Map(Object.values(shippedCalendars).flat().map((d) => [d.date, d])),
  unknownYears: new Set(),
};
const base: CaseTerms = {
  kind: 'complaint', receivedOn: '2025-03-03', acceptedOn: null, closedOn: null, mediation: null, competence: 'within',
  secondInstance: false, complex: false, remote: false, extensions: 0,
};
const dues = (c: Partial<CaseTerms>, rulesOn: 'start' | 'today' = 'start', today = '2026-12-01') =>
  caseDeadlines({ ...base, ...c }, deadlineRules, calendar, rulesOn, today).map((s) => [s.step, s.due, s.rule?.source ?? null]);

describe('the rule table', () => {
  it('has one rule in force per procedure and case on any day', () => {
    expect(ruleTableProblems(deadlineRules)).toEqual([]);
  });

  it('refuses a rule whose validity overlaps another', () => {
    const overlapping = { ...deadlineRules.find((r) => r.procedure === 'land_dispute.mediate' && r.variant === 'normal' && r.validTo === null)!, validFrom: '2024-07-01' };
    expect(ruleTableProblems([...deadlineRules, overlapping])).toEqual([
      'land_dispute.mediate/normal: hai quy định cùng có hiệu lực từ 2024-07-01.',
      'land_dispute.mediate/normal: hai quy định cùng có hiệu lực từ 2024-08-01.',
    ]);
  });
});

describe('deadlines of a case', () => {
  it('accepts a complaint in 10 days before 01/07/2026 and 7 working days after (Luật 136/2025)', () => {
    expect(dues({ receivedOn: '2025-03-03' })[0]).toEqual(['accept', '2025-03-13', 'Luật Khiếu nại 2011, Điều 27, 36']);
    expect(dues({ receivedOn: '2026-07-06' })[0]?.[1]).toBe('2026-07-15');
  });

  it('counts a letter received before the change by the setting: the law at the start, or today’s', () => {
    // Friday 26/06/2026: 10 days end on Monday 06/07; 7 working days on Tuesday 07/07.
    expect(dues({ receivedOn: '2026-06-26' }, 'start')[0]?.[1]).toBe('2026-07-06');
    expect(dues({ receivedOn: '2026-06-26' }, 'today', '2026-07-02')[0]?.[1]).toBe('2026-07-07');
  });

  it('resolves a complaint from its acceptance: 30 days, 45 when complex, 60 when complex in a remote area', () => {
    expect(dues({ acceptedOn: '2025-03-10' })[1]).toEqual(['resolve', '2025-04-09', 'Luật Khiếu nại 2011, Điều 28']);
    expect(dues({ acceptedOn: '2025-03-10', complex: true })[1]?.[1]).toBe('2025-04-24');
    expect(dues({ acceptedOn: '2025-03-10', complex: true, remote: true })[1]?.[1]).toBe('2025-05-09');
    expect(dues({ acceptedOn: '2025-03-10', secondInstance: true })[1]?.[2]).toBe('Luật Khiếu nại 2011, Điều 37');
    expect(dues({})[1]).toEqual(['resolve', null, null]);
  });

  it('adds each written extension of a denunciation, and moves a last day off work', () => {
    // 03/03/2025 + 60 days = Friday 02/05/2025, a swapped day off: Monday 05/05.
    expect(dues({ kind: 'denunciation', acceptedOn: '2025-03-03', extensions: 1 })[1]?.[1]).toBe('2025-05-05');
    expect(dues({ kind: 'denunciation', receivedOn: '2026-02-12' })[0]).toEqual(['accept', '2026-03-02', 'Luật Tố cáo 2018, Điều 24']);
    expect(dues({ kind: 'denunciation', competence: 'transferred', receivedOn: '2026-02-12' })).toEqual([['transfer', '2026-02-26', 'Luật Tố cáo 2018, Điều 24']]);
  });

  it('mediates a land dispute in 45 days under Luật Đất đai 2013, 30 under Luật Đất đai 2024', () => {
    expect(dues({ kind: 'land_dispute', receivedOn: '2024-07-15' })).toEqual([['mediate', '2024-08-29', 'Luật Đất đai 2013, Điều 202']]);
    expect(dues({ kind: 'land_dispute', receivedOn: '2024-08-05' })).toEqual([['mediate', '2024-09-04', 'Luật Đất đai 2024, Điều 235']]);
  });

  it('answers a recommendation in 10 working days and is overdue the day after', () => {
    const steps = caseDeadlines({ ...base, kind: 'recommendation', receivedOn: '2023-01-16' }, deadlineRules, calendar, 'start', '2023-02-07');
    // Tết 2023 (20-26/01) is not worked.
    expect(steps[0]?.due).toBe('2023-02-06');
    expect(isOverdue(steps, '2023-02-06')).toBe(false);
    expect(isOverdue(steps, '2023-02-07')).toBe(true);
  });
});

describe('a case’s own facts', () => {
  it('refuses closing before the first letter, and mediation outside land disputes', () => {
    expect(caseProblems({ kind: 'recommendation', receivedOn: '2023-05-10', acceptedOn: null, closedOn: '2023-05-02', mediation: 'success' }, '2026-12-01').map((p) => p.code))
      .toEqual(['PETITION_DATE_ORDER', 'PETITION_MEDIATION_NOT_LAND']);
  });
});
