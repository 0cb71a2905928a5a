import { describe, expect, it } from 'vitest';
import { daysRun, disclosureWarnings } from './rules.js';

describe('disclosure time limits (Luật Thực hiện dân chủ ở cơ sở 2022)', () => {
  it('warns when published after the 5th working day of the decision (Điều 12.3)', () => {
    const late = disclosureWarnings({ form: 'website', decidedOn: '2026-02-12', publishedOn: '2026-02-27', endsOn: null, publishDueOn: '2026-02-26' });
    expect(late).toEqual(['Công khai ngày 27/02/2026, quá 5 ngày làm việc kể từ ngày ban hành 12/02/2026 (hạn 26/02/2026, Điều 12.3 Luật Thực hiện dân chủ ở cơ sở).']);
    expect(disclosureWarnings({ form: 'website', decidedOn: '2026-02-12', publishedOn: '2026-02-26', endsOn: null, publishDueOn: '2026-02-26' })).toEqual([]);
  });

  it('warns when a posting ran under 30 consecutive days or a broadcast under 3, both ends counted; an open one is not judged', () => {
    expect(daysRun('2026-03-01', '2026-03-30')).toBe(30);
    expect(disclosureWarnings({ form: 'posting', decidedOn: null, publishedOn: '2026-03-01', endsOn: '2026-03-30', publishDueOn: null })).toEqual([]);
    expect(disclosureWarnings({ form: 'posting', decidedOn: null, publishedOn: '2026-03-01', endsOn: '2026-03-20', publishDueOn: null }))
      .toEqual(['Niêm yết tại trụ sở 20 ngày, ít hơn 30 ngày liên tục theo Điều 13.2 Luật Thực hiện dân chủ ở cơ sở (đến ít nhất ngày 30/03/2026).']);
    expect(disclosureWarnings({ form: 'loudspeaker', decidedOn: null, publishedOn: '2026-03-01', endsOn: '2026-03-02', publishDueOn: null })[0]).toContain('ít hơn 3 ngày liên tục theo Điều 13.3');
    expect(disclosureWarnings({ form: 'posting', decidedOn: null, publishedOn: '2026-03-01', endsOn: null, publishDueOn: null })).toEqual([]);
  });
});
