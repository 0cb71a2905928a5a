import { describe, expect, it } from 'vitest';
import { basisSentence, formatDocNumber, formatPlaceDate, recipientLines, signatureLines } from './document-rules.js';

const signer = (s: Partial<Parameters<typeof signatureLines>[0]>) => ({ collective: '', authority: 'direct' as const, headTitle: '', title: '', name: '', ...s });

describe('Nghị định 30/2020/NĐ-CP, Phụ lục I', () => {
  it('writes the number with a leading zero below 10, and a blank to fill in by hand', () => {
    expect(formatDocNumber('39', 'BC-UBND')).toBe('Số: 39/BC-UBND');
    expect(formatDocNumber('5', 'BC-UBND')).toBe('Số: 05/BC-UBND');
    expect(formatDocNumber('', 'BC-UBND')).toBe('Số:       /BC-UBND');
  });

  it('pads a day below 10 and the months 1 and 2 only', () => {
    expect(formatPlaceDate('Trà Tây', { year: 2023, month: 6, day: 14 })).toBe('Trà Tây, ngày 14 tháng 6 năm 2023');
    expect(formatPlaceDate('Hà Nội', { year: 2020, month: 1, day: 5 })).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(formatPlaceDate('Hà Nội', { year: 2021, month: 2, day: 5 })).toBe('Hà Nội, ngày 05 tháng 02 năm 2021');
    expect(formatPlaceDate('Hà Nội', { year: 2019, month: 12, day: 29 })).toBe('Hà Nội, ngày 29 tháng 12 năm 2019');
  });

  it('leaves the day blank on a report still to be signed (seed 002)', () => {
    expect(formatPlaceDate('Tháp Mười', { year: 2024, month: 2, day: null })).toBe(`Tháp Mười, ngày${' '.repeat(7)}tháng 02 năm 2024`);
  });

  it('builds the signature block for each authority', () => {
    expect(signatureLines(signer({ title: 'Chủ tịch' }))).toEqual(['CHỦ TỊCH']);
    expect(signatureLines(signer({ collective: 'Ủy ban nhân dân', authority: 'KT', headTitle: 'Chủ tịch', title: 'Phó Chủ tịch' })))
      .toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signatureLines(signer({ collective: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' }))).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signatureLines(signer({ authority: 'Q', title: 'CHỦ TỊCH' }))).toEqual(['Q. CHỦ TỊCH']);
    expect(signatureLines(signer({ authority: 'TL', headTitle: 'CHỦ TỊCH', title: 'CHÁNH VĂN PHÒNG' }))).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);
  });

  it('ends every recipient with ";" and the last ("Lưu") with "."', () => {
    expect(recipientLines(['Cơ quan Tổ chức - Nội vụ huyện;', '- TT Đảng ủy; TT HĐND xã', 'Lưu: VT, NV.'])).toEqual([
      '- Cơ quan Tổ chức - Nội vụ huyện;', '- TT Đảng ủy; TT HĐND xã;', '- Lưu: VT, NV.',
    ]);
  });
});

describe('basis sentence', () => {
  it('reads like seed 000', () => {
    expect(basisSentence({
      documentKind: 'Công văn', documentNumber: '1444/UBND-NV', documentDate: '2023-05-18', documentIssuer: 'UBND huyện Trà Bồng',
      documentSummary: 'về việc sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính Nhà nước',
      reportingBody: 'Ủy ban nhân dân xã Trà Tây', reportingWhat: 'kết quả thực hiện',
    })).toBe('Thực hiện Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng về việc sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính Nhà nước, Ủy ban nhân dân xã Trà Tây báo cáo kết quả thực hiện như sau:');
  });

  it('starts from the reporting body when there is no basis document', () => {
    expect(basisSentence({ documentKind: null, documentNumber: null, documentDate: null, documentIssuer: null, documentSummary: null, reportingBody: 'ủy ban nhân dân xã Trà Tân', reportingWhat: 'kết quả quý I' }))
      .toBe('Ủy ban nhân dân xã Trà Tân báo cáo kết quả quý I như sau:');
  });
});
