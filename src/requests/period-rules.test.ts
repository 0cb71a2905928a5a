import { describe, expect, it } from 'vitest';
import { requestDateIssues } from './period-rules.js';

describe('request date checks', () => {
  const good = { requestDate: '2023-05-18', periodStart: '2020-06-04', periodEnd: '2023-05-31', cutoffDate: '2023-05-31', deadline: '2023-06-15' };

  it('accepts the dates of the 1444/UBND-NV request', () => {
    expect(requestDateIssues(good)).toEqual([]);
  });

  it('names each wrong field with a Vietnamese message', () => {
    expect(requestDateIssues({ ...good, deadline: '2023-05-10' }).map((i) => i.code)).toEqual(['DEADLINE_BEFORE_REQUEST', 'DEADLINE_BEFORE_CUTOFF']);
    const cutoff = requestDateIssues({ ...good, cutoffDate: '2020-01-01' });
    expect(cutoff).toEqual([{ field: 'cutoffDate', code: 'CUTOFF_BEFORE_PERIOD', message: 'Ngày chốt số liệu (01/01/2020) trước ngày bắt đầu kỳ báo cáo (04/06/2020).' }]);
    expect(requestDateIssues({ ...good, periodEnd: '2019-12-31' })[0]!.code).toBe('PERIOD_END_BEFORE_START');
  });
});
