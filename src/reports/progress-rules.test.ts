import { describe, expect, it } from 'vitest';
import { deadlineText, isOverdue, recipientStatus, reminderTargets, requestProgress } from './progress-rules.js';

// Vietnam is UTC+7: 16:59 UTC on the 15th is 23:59 on the 15th there, 17:00 UTC is already the 16th.
const at = (iso: string) => new Date(iso);

describe('recipient status against the deadline', () => {
  it('tells on-time from late by the day in Vietnam', () => {
    expect(recipientStatus({ status: 'submitted', firstSubmittedAt: at('2023-06-15T16:59:00Z') }, '2023-06-15')).toBe('submitted_on_time');
    expect(recipientStatus({ status: 'submitted', firstSubmittedAt: at('2023-06-15T17:00:00Z') }, '2023-06-15')).toBe('submitted_late');
  });

  it('names every state a recipient can be in', () => {
    expect(recipientStatus(null, '2023-06-15')).toBe('not_started');
    expect(recipientStatus({ status: 'draft', firstSubmittedAt: null }, '2023-06-15')).toBe('drafting');
    expect(recipientStatus({ status: 'returned', firstSubmittedAt: at('2023-06-10T03:00:00Z') }, '2023-06-15')).toBe('returned');
    expect(recipientStatus({ status: 'accepted', firstSubmittedAt: at('2023-06-10T03:00:00Z') }, '2023-06-15')).toBe('accepted');
  });
});

describe('request progress (completeness and timeliness)', () => {
  const deadline = '2023-06-15';
  const rows = [
    { status: 'accepted' as const, firstSubmittedAt: at('2023-06-14T02:00:00Z') }, // on time
    { status: 'submitted' as const, firstSubmittedAt: at('2023-06-20T02:00:00Z') }, // late
    { status: 'returned' as const, firstSubmittedAt: at('2023-06-12T02:00:00Z') }, // on time, but sent back
    { status: 'draft' as const, firstSubmittedAt: null },
    null, // not started
  ];

  it('before the deadline nobody without a report is late yet', () => {
    expect(requestProgress(rows.slice(0, 1).concat([null]), deadline, '2023-06-10')).toEqual({
      expected: 2, received: 1, onTime: 1, completeness: 50, timeliness: 50, accepted: 1, late: 0, overdue: 0,
    });
  });

  it('after the deadline counts the late ones: the late submission, the returned, the draft and the silent unit', () => {
    expect(requestProgress(rows, deadline, '2023-06-21')).toEqual({
      expected: 5, received: 2, onTime: 1, completeness: 40, timeliness: 20, accepted: 1, late: 4, overdue: 3,
    });
  });

  it('reminds only the units still owing after the deadline, not the one that sent late', () => {
    expect(rows.map((r) => isOverdue(r, deadline, '2023-06-15'))).toEqual([false, false, false, false, false]);
    expect(rows.map((r) => isOverdue(r, deadline, '2023-06-16'))).toEqual([false, false, true, true, true]);
  });

  it('leaves out of a reminder a unit that has ended (merged away): nobody there can write', () => {
    const recipients = [{ unit: 'Trà Tân', answer: null, unitEnded: null }, { unit: 'Trà Tây', answer: null, unitEnded: '2025-07-01' }];
    expect(reminderTargets(recipients, '2025-04-04', '2025-04-16').map((r) => r.unit)).toEqual(['Trà Tân', 'Trà Tây']);
    expect(reminderTargets(recipients, '2025-04-04', '2025-07-01').map((r) => r.unit)).toEqual(['Trà Tân']);
  });

  it('has no percentage when nothing is expected', () => {
    expect(requestProgress([], deadline, '2023-06-21').completeness).toBeNull();
  });
});

describe('days left', () => {
  it('reads the way a notice should', () => {
    expect(deadlineText('2023-06-15', '2023-06-10')).toBe('Còn 5 ngày');
    expect(deadlineText('2023-06-15', '2023-06-15')).toBe('Hạn nộp hôm nay');
    expect(deadlineText('2023-06-15', '2023-06-18')).toBe('Quá hạn 3 ngày');
  });
});
