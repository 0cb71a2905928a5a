import { describe, expect, it } from 'vitest';
import { fillPeriod, namesPeriod } from './period-text.js';

const halfYear = { report: '6 tháng đầu năm 2025', next: '6 tháng cuối năm 2025', within: '6 tháng đầu năm' };

describe('a template’s text naming the period', () => {
  it('writes the request’s period, and the next one for the phương hướng part', () => {
    expect(fillPeriod('Kết quả thực hiện công tác Dân vận chính quyền {kỳ báo cáo} và phương hướng, nhiệm vụ {kỳ tới}', halfYear))
      .toBe('Kết quả thực hiện công tác Dân vận chính quyền 6 tháng đầu năm 2025 và phương hướng, nhiệm vụ 6 tháng cuối năm 2025');
    expect(fillPeriod('Trong {kỳ}, UBND xã tổ chức các hội nghị.', halfYear)).toBe('Trong 6 tháng đầu năm, UBND xã tổ chức các hội nghị.');
  });

  it('writes it in capitals in a heading in capitals', () => {
    expect(fillPeriod('PHƯƠNG HƯỚNG, NHIỆM VỤ {kỳ tới}', halfYear)).toBe('PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025');
    expect(fillPeriod('Nhiệm vụ {kỳ tới}', halfYear)).toBe('Nhiệm vụ 6 tháng cuối năm 2025');
  });

  it('leaves "..." for the writer when the report has no request, and other braces alone', () => {
    expect(fillPeriod('Kết quả ... {kỳ báo cáo} và phương hướng, nhiệm vụ {kỳ tới}', null)).toBe('Kết quả ... ... và phương hướng, nhiệm vụ ...');
    expect(fillPeriod('Năm {năm}', halfYear)).toBe('Năm {năm}');
    expect(namesPeriod('Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”')).toBe(false);
    expect(namesPeriod('quý {kỳ báo cáo}')).toBe(true);
  });
});
