import { describe, expect, it } from 'vitest';
import { draftSubject, initialContent, reheaded, subjectFromRequest } from './draft-rules.js';
import { periodWording } from '../periods/wording.js';

const source = {
  unit: { name: 'Trà Tây', typeName: 'Xã' },
  parent: { name: 'Trà Bồng', typeName: 'Huyện' },
  outline: [{ key: 'dac-diem', label: 'I.', title: 'ĐẶC ĐIỂM TÌNH HÌNH', style: 'heading' as const, guidance: 'Diện tích, dân số, hộ nghèo.', draft: '', figureTables: [], children: [
    { key: 'thuan-loi', label: '1.', title: 'Thuận lợi', style: 'heading' as const, guidance: '', draft: '', figureTables: [], children: [] },
  ] }],
  subject: 'Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước',
  closing: 'Trên đây là báo cáo kết quả thực hiện./.',
  today: '2023-06-02',
  basis: { kind: 'Công văn', number: '1444/UBND-NV', issuedOn: '2023-05-18', issuer: 'UBND huyện Trà Bồng', summary: 'sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”' },
  requester: 'UBND huyện Trà Bồng',
  previous: null,
  period: null,
};

describe('the first draft of a report', () => {
  it('fills the header, the basis and the sections the way seed 000 has them', () => {
    const content = initialContent(source);
    expect(content.meta).toMatchObject({
      parentBody: 'UBND HUYỆN TRÀ BỒNG', issuingBody: 'ỦY BAN NHÂN DÂN XÃ TRÀ TÂY', number: '', symbol: 'BC-UBND', place: 'Trà Tây',
      date: { year: 2023, month: 6, day: null }, kindTitle: 'BÁO CÁO', subject: source.subject,
      recipients: ['UBND huyện Trà Bồng', 'Lưu: VT'], signer: { title: 'CHỦ TỊCH', name: '' },
    });
    expect(content.meta.basis).toEqual([{ type: 'text', text: 'Thực hiện Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng về việc sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”, Ủy ban nhân dân xã Trà Tây báo cáo kết quả thực hiện như sau:' }]);
    expect(content.sections[0]).toMatchObject({ key: 'dac-diem', blocks: [], children: [{ key: 'thuan-loi', blocks: [] }] });
  });

  it('reuses the signer and recipients of the unit’s previous report', () => {
    const previous = { signer: { collective: '', authority: 'direct' as const, headTitle: '', title: 'CHỦ TỊCH', name: 'Hồ Văn Long' }, recipients: ['Cơ quan Tổ chức - Nội vụ huyện', 'Lưu: VT, NV'] };
    const content = initialContent({ ...source, previous });
    expect(content.meta.signer.name).toBe('Hồ Văn Long');
    expect(content.meta.recipients).toEqual(previous.recipients);
  });

  it('heads a province report without a parent body', () => {
    expect(initialContent({ ...source, unit: { name: 'Quảng Ngãi', typeName: 'Tỉnh' }, parent: null }).meta)
      .toMatchObject({ parentBody: '', issuingBody: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' });
  });

  it('writes the place of a ward named after a person in full, kind word included (seed 004)', () => {
    expect(initialContent({ ...source, unit: { name: 'Nguyễn Nghiêm', typeName: 'Phường' }, parent: { name: 'Đức Phổ', typeName: 'Thị xã' } }).meta)
      .toMatchObject({ parentBody: 'UBND THỊ XÃ ĐỨC PHỔ', issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG NGUYỄN NGHIÊM', place: 'Phường Nguyễn Nghiêm' });
  });
});

describe('the subject of a report answering a request', () => {
  it('drops the leading "Báo cáo": the title line already says it', () => {
    expect(subjectFromRequest('Báo cáo kết quả thực hiện công tác Dân vận chính quyền quý I năm 2025')).toBe('Kết quả thực hiện công tác Dân vận chính quyền quý I năm 2025');
    expect(subjectFromRequest('Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”')).toBe('Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”');
  });

  it('takes a periodic outline’s subject, which names the period, and the request’s for a review', () => {
    const quarterly = 'Kết quả triển khai, thực hiện công tác Dân vận chính quyền {kỳ báo cáo} và phương hướng nhiệm vụ {kỳ tới}';
    expect(draftSubject(quarterly, 'Báo cáo công tác dân vận chính quyền quý I năm 2025')).toBe(quarterly);
    expect(draftSubject(source.subject, 'Báo cáo sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”')).toBe('Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”');
    expect(draftSubject(source.subject, null)).toBe(source.subject);
  });
});

describe('a draft naming its period', () => {
  const outline = [
    { ...source.outline[0]!, key: 'ket-qua', title: 'KẾT QUẢ THỰC HIỆN' },
    { ...source.outline[0]!, key: 'phuong-huong', label: 'II.', title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ {kỳ tới}', children: [] },
  ];
  const quarterly = {
    ...source, outline,
    subject: 'Kết quả triển khai, thực hiện công tác Dân vận chính quyền {kỳ báo cáo} và phương hướng nhiệm vụ {kỳ tới}',
    closing: 'Trên đây là báo cáo kết quả thực hiện nhiệm vụ công tác dân vận chính quyền {kỳ báo cáo}, nhiệm vụ {kỳ tới} của UBND xã./.',
  };

  it('writes seed 003’s subject and closing for a request of quý I năm 2025, and the next period in the heading', () => {
    const content = initialContent({ ...quarterly, period: periodWording('2025-01-01', '2025-03-31') });
    expect(content.meta.subject).toBe('Kết quả triển khai, thực hiện công tác Dân vận chính quyền quý I năm 2025 và phương hướng nhiệm vụ quý II năm 2025');
    expect(content.meta.closing).toEqual([{ type: 'text', text: 'Trên đây là báo cáo kết quả thực hiện nhiệm vụ công tác dân vận chính quyền quý I năm 2025, nhiệm vụ quý II năm 2025 của UBND xã./.' }]);
    expect(content.sections.map((s) => s.title)).toEqual(['KẾT QUẢ THỰC HIỆN', 'PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2025']);
  });

  it('leaves "..." for the writer in a report without request', () => {
    const content = initialContent(quarterly);
    expect(content.meta.subject).toBe('Kết quả triển khai, thực hiện công tác Dân vận chính quyền ... và phương hướng nhiệm vụ ...');
    expect(content.sections[1]!.title).toBe('PHƯƠNG HƯỚNG, NHIỆM VỤ ...');
  });
});

describe('a draft handed to the commune that took over its own', () => {
  const merged = { unit: { name: 'Tây Trà Bồng', typeName: 'Xã' }, parent: { name: 'Quảng Ngãi', typeName: 'Tỉnh' } };

  it('takes the successor’s header, place and name in the basis sentence', () => {
    const { meta } = initialContent(source);
    const after = reheaded(meta, source, merged);
    expect(after).toMatchObject({ parentBody: 'UBND TỈNH QUẢNG NGÃI', issuingBody: 'ỦY BAN NHÂN DÂN XÃ TÂY TRÀ BỒNG', place: 'Tây Trà Bồng' });
    expect(JSON.stringify(after.basis)).toContain('Ủy ban nhân dân xã Tây Trà Bồng báo cáo');
  });

  it('keeps what the writer typed there by hand', () => {
    const meta = { ...initialContent(source).meta, issuingBody: 'ỦY BAN NHÂN DÂN XÃ TRÀ TÂY (CŨ)', place: 'Trà Bồng' };
    expect(reheaded(meta, source, merged)).toMatchObject({ issuingBody: 'ỦY BAN NHÂN DÂN XÃ TRÀ TÂY (CŨ)', place: 'Trà Bồng', parentBody: 'UBND TỈNH QUẢNG NGÃI' });
  });
});
