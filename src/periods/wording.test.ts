import { describe, expect, it } from 'vitest';
import { periodWording } from './wording.js';

describe('the wording of a request’s period', () => {
  it('a quarter and the next (seed 003: quý I, phương hướng quý II năm 2025); the fourth is followed by the next year’s first', () => {
    expect(periodWording('2025-01-01', '2025-03-31')).toEqual({ report: 'quý I năm 2025', next: 'quý II năm 2025', within: 'quý I' });
    expect(periodWording('2026-10-01', '2026-12-31')).toEqual({ report: 'quý IV năm 2026', next: 'quý I năm 2027', within: 'quý IV' });
  });

  it('six months: "6 tháng đầu năm", then "6 tháng cuối năm" of the same year, then the next year’s first', () => {
    expect(periodWording('2025-01-01', '2025-06-30')).toEqual({ report: '6 tháng đầu năm 2025', next: '6 tháng cuối năm 2025', within: '6 tháng đầu năm' });
    expect(periodWording('2025-07-01', '2025-12-31')).toEqual({ report: '6 tháng cuối năm 2025', next: '6 tháng đầu năm 2026', within: '6 tháng cuối năm' });
  });

  it('a year plans for the next year', () => {
    expect(periodWording('2025-01-01', '2025-12-31')).toEqual({ report: 'năm 2025', next: 'năm 2026', within: 'năm' });
  });

  it('a month, December followed by January', () => {
    expect(periodWording('2025-05-01', '2025-05-31')).toEqual({ report: 'tháng 5 năm 2025', next: 'tháng 6 năm 2025', within: 'tháng 5' });
    expect(periodWording('2025-12-01', '2025-12-31').next).toBe('tháng 1 năm 2026');
  });

  it('a range of years names its years and counts them in two digits; what follows is "thời gian tới"', () => {
    expect(periodWording('2021-01-01', '2023-12-31')).toEqual({ report: 'giai đoạn 2021 - 2023', next: 'thời gian tới', within: '03 năm' });
    expect(periodWording('2021-01-01', '2030-12-31').within).toBe('10 năm');
  });

  it('nine months from January: "9 tháng đầu năm", then the last three', () => {
    expect(periodWording('2025-01-01', '2025-09-30')).toEqual({ report: '9 tháng đầu năm 2025', next: '3 tháng cuối năm 2025', within: '9 tháng đầu năm' });
  });

  it('any other span by its days (seed 000’s review, 4 June 2020 to 31 May 2023), "trong kỳ báo cáo"', () => {
    expect(periodWording('2020-06-04', '2023-05-31')).toEqual({ report: 'từ ngày 04/06/2020 đến ngày 31/05/2023', next: 'thời gian tới', within: 'kỳ báo cáo' });
    expect(periodWording('2025-01-01', '2025-09-29').within).toBe('kỳ báo cáo');
  });
});
