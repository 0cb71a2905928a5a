import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { consistentTexts, figureTexts, isPlaced, reportSection, textRun } from './content-schema.js';
import { reportContent, type ReportContentInput } from './meta-schema.js';

describe('report content schema', () => {
  it('stores text composed (NFC): a report pasted decomposed from a PDF saves as typed (seed 004)', () => {
    const typed: ReportContentInput = {
      meta: {
        parentBody: 'UBND THỊ XÃ ĐỨC PHỔ', issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG NGUYỄN NGHIÊM', place: 'Phường Nguyễn Nghiêm', date: { year: 2024, month: 5 },
        subject: 'Sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU', signer: { title: 'CHỦ TỊCH', name: 'Đỗ Ngọc Thìn' },
        basis: [{ type: 'text', text: 'Căn cứ Công văn số 424/PNV ngày 17/4/2024 của Phòng Nội vụ thị xã Đức Phổ' }],
      },
      sections: [{ key: 'dac-diem', label: 'I.', title: 'ĐẶC ĐIỂM, TÌNH HÌNH:', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Phường Nguyễn Nghiêm là trung tâm kinh tế' }] }] }],
    };
    const decomposed = JSON.parse(JSON.stringify(typed).normalize('NFD')) as ReportContentInput;
    expect(JSON.stringify(decomposed)).not.toBe(JSON.stringify(typed));
    const saved = reportContent.parse(decomposed);
    expect(saved).toEqual(reportContent.parse(typed));
    expect(saved.meta.issuingBody).toBe('ỦY BAN NHÂN DÂN PHƯỜNG NGUYỄN NGHIÊM');
    expect(JSON.stringify(saved)).toBe(JSON.stringify(saved).normalize('NFC'));
  });

  it('turns characters a Word file cannot hold into breaks or spaces', () => {
    expect(textRun.parse({ type: 'text', text: 'dòng 1\u000bdòng 2\r\nx\u0007y' }).text).toBe('dòng 1\ndòng 2\nx y');
  });

  it('refuses markup nodes and unknown marks: rich text is a closed tree, never HTML', () => {
    const bad = reportSection.safeParse({ key: 'a', label: 'I.', title: 'T', blocks: [{ type: 'html', html: '<script>x</script>' }] });
    expect(bad.success).toBe(false);
    expect(textRun.safeParse({ type: 'text', text: 'x', marks: ['script'] }).success).toBe(false);
    expect(textRun.safeParse({ type: 'text', text: 'x', onclick: 'alert(1)' }).success).toBe(false);
  });

  it('keeps a table rectangular', () => {
    const row = (n: number) => Array.from({ length: n }, () => ({ content: [{ type: 'text', text: 'ô' }] }));
    const bad = reportSection.safeParse({ key: 'a', label: 'I.', title: 'T', blocks: [{ type: 'table', rows: [row(2), row(3)] }] });
    expect(bad.success ? null : bad.error.issues[0]!.message).toBe('Các dòng của bảng phải có cùng số cột');
  });

  const content: ReportContentInput = {
    meta: { issuingBody: 'ỦY BAN NHÂN DÂN XÃ TRÀ TÂY', place: 'Trà Tây', date: { year: 2023, month: 6, day: 14 }, subject: 'Sơ kết', signer: { title: 'CHỦ TỊCH', name: 'Hồ Văn Long' } },
    sections: [{ key: 'dac-diem', label: 'I.', title: 'ĐẶC ĐIỂM TÌNH HÌNH' }],
    figures: { 'dac-diem': { 'san-xuat': { 'so-lieu': 715.1 } } },
  };

  it('reads content stored before figures kept their written form, and answers it as stored', () => {
    const stored = reportContent.parse(content);
    expect(stored.figureTexts).toBeUndefined();
    // The API encodes every answer through the schema: stored content without the field still encodes.
    expect(z.safeEncode(reportContent, stored).success).toBe(true);
    expect(reportContent.parse({ ...content, figureTexts: { 'dac-diem': { 'san-xuat': { 'so-lieu': '715,10' } } } }).figureTexts).toEqual({ 'dac-diem': { 'san-xuat': { 'so-lieu': '715,10' } } });
  });

  it('keeps only written forms that are figures, and those that still describe their cell', () => {
    expect(figureTexts.safeParse({ t: { r: { c: 'hơn 256' } } }).success).toBe(true);
    const bad = figureTexts.safeParse({ t: { r: { c: '256 cuộc' } } });
    expect(bad.success ? null : bad.error.issues[0]!.message).toBe('Số liệu viết dạng "715,10" hoặc "hơn 256" (hơn, khoảng, trên, gần, dưới)');
    expect(consistentTexts({ t: { a: { c: '715,10' }, b: { c: 'hơn 256' }, d: { c: '5' } } }, { t: { a: { c: 715.1 }, b: { c: 300 }, d: { c: null } } })).toEqual({ t: { a: { c: '715,10' } } });
  });

  it('prints a figure table where the writer placed it; unset, once a figure is typed in it', () => {
    const figures = { filled: { r: { c: 1 } }, blank: { r: { c: null } } };
    expect([isPlaced({ key: 'filled' }, figures), isPlaced({ key: 'blank' }, figures), isPlaced({ key: 'none' }, figures)]).toEqual([true, false, false]);
    expect([isPlaced({ key: 'filled', placed: false }, figures), isPlaced({ key: 'none', placed: true }, figures)]).toEqual([false, true]);
  });
});
