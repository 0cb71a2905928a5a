// Citations as real text writes them (issue 12, part 3): bare numbers with an issuer, blanks around the
// serial's separator, a letter after the serial, line breaks, laws cited by name, issuers in full, and a
// kind word that contradicts the symbol. The examples are made up in the style of the seed reports.
import { describe, expect, it } from 'vitest';
import { KNOWN_LAWS, findDocumentReferences, knownLawNumber, parseDocNumber, type DocumentReference } from './references.js';

const one = (text: string): DocumentReference => {
  const refs = findDocumentReferences(text);
  expect(refs, `expected exactly one reference in ${JSON.stringify(text)}`).toHaveLength(1);
  return refs[0]!;
};

describe('a bare number identified by its date or issuer', () => {
  it('reads kind, number, issuer and a date written after the issuer', () => {
    const text = 'Quyết định số 2150 của Ban Thường vụ Tỉnh ủy ban hành ngày 12/3/2019 về việc kiện toàn';
    expect(one(text)).toMatchObject({
      kind: 'Quyết định', number: '2150', serial: 2150, family: null, kindCode: null,
      issuer: 'Ban Thường vụ Tỉnh ủy', date: '2019-03-12',
      text: 'Quyết định số 2150 của Ban Thường vụ Tỉnh ủy ban hành ngày 12/3/2019', start: 0,
    });
  });

  it.each([
    ['Nghị quyết số 15 ngày 02/3/2021 của Đảng ủy xã', '15', '2021-03-02', 'Đảng ủy xã'],
    ['Kế hoạch phối hợp số 3 của Ban Dân vận Huyện ủy', '3', null, 'Ban Dân vận Huyện ủy'],
    ['Chỉ thị số 08 của Ban Thường vụ Tỉnh ủy', '08', null, 'Ban Thường vụ Tỉnh ủy'],
    ['Thông báo số 7 của UBND xã được ký ngày 9/1/2024', '7', '2024-01-09', 'UBND xã'],
  ])('%j', (text, number, date, issuer) => {
    expect(one(text)).toMatchObject({ number, date, issuer });
  });

  it('needs "số" and a date or an issuer: a short name, a year or a clause is not a citation', () => {
    for (const text of [
      'thực hiện Chỉ thị 08 và Chỉ thị số 08',
      'Kế hoạch 2024 của UBND xã',
      'Kế hoạch số 1 của mình',
      'Kế hoạch số 01 ngày 18 tháng 01',
      'Kế hoạch số 3\n\nngày 15/3/2024',
      'QĐ số 12 của UBND huyện',
      'Kế hoạch dân số 2150 của xã; một số 12 của UBND',
    ]) expect(findDocumentReferences(text), text).toEqual([]);
  });

  it('does not take a date after a comma for the document’s', () => {
    const r = one('Quyết định số 2150 của Ban Thường vụ Tỉnh ủy, ngày 12/3/2019 xã tổ chức');
    expect(r).toMatchObject({ number: '2150', date: null, text: 'Quyết định số 2150' });
    expect(one('Kế hoạch số 12/KH-UBND của UBND huyện, ngày 15/3/2024 xã đã tổ chức').date).toBeNull();
  });

  it('attaches a date written after the issuer to a full symbol too', () => {
    expect(one('Quyết định số 311-QĐ/TU của Ban Thường vụ Tỉnh ủy ban hành ngày 12/3/2019')).toMatchObject({
      number: '311-QĐ/TU', date: '2019-03-12', issuer: 'Ban Thường vụ Tỉnh ủy',
    });
  });
});

describe('blanks around the serial’s separator and a letter after the serial', () => {
  it.each([
    ['Nghị quyết số 15 - NQ/ĐU ngày 2/3/2021', '15-NQ/ĐU', 'Nghị quyết'],
    ['Kế hoạch số 42 -KH/ĐU', '42-KH/ĐU', 'Kế hoạch'],
    ['Kế hoạch số 42 – KH/ĐU', '42-KH/ĐU', 'Kế hoạch'],
    ['Số: 125 /BC-UBND', '125/BC-UBND', 'Báo cáo'],
    ['Công văn số 1444 /UBND-NV', '1444/UBND-NV', 'Công văn'],
    ['Quyết định số 37b/QĐ-UBND ngày 5/4/2023', '37b/QĐ-UBND', 'Quyết định'],
    ['Quyết định số 12A/QĐ-UBND', '12A/QĐ-UBND', 'Quyết định'],
    ['Kế hoạch số 42 - KH/ĐU'.normalize('NFD'), '42-KH/ĐU', 'Kế hoạch'],
  ])('%j', (text, number, kind) => {
    expect(one(text)).toMatchObject({ number, kind });
  });

  it('parses the same forms on their own, and the letter keeps the serial numeric', () => {
    expect(parseDocNumber('15 - NQ/ĐU')?.number).toBe('15-NQ/ĐU');
    expect(parseDocNumber('Số: 125 /BC-UBND')?.number).toBe('125/BC-UBND');
    expect(parseDocNumber('37b/QĐ-UBND')).toMatchObject({ number: '37b/QĐ-UBND', serial: 37, kindCode: 'QĐ' });
  });

  it('wants a kind word or a known kind code before accepting blanks: addresses and ranges are not symbols', () => {
    for (const text of [
      'năm 2024 có 15 - 20 hộ', 'Tổ 42 - khu phố 3', 'Tổ 42 - KP3', 'khu dân cư 12 - ABC/XY', 'có 12 /UBND xã',
      'giai đoạn 2021 - 2025', 'Thông điệp 5K, 14h30', 'lớp 5a/b',
    ]) expect(findDocumentReferences(text), text).toEqual([]);
  });
});

describe('citations broken across lines (text copied from a PDF or a web page)', () => {
  it.each([
    ['Công văn số 12/UBND ngày 18 tháng\n01 năm 2024', '12/UBND', '2024-01-18'],
    ['Kế hoạch số\n42/KH-UBND', '42/KH-UBND', null],
    ['Kế hoạch\nsố 42/KH-UBND ngày\n18/01/2024', '42/KH-UBND', '2024-01-18'],
    ['Quyết\nđịnh số 12/QĐ-UBND', '12/QĐ-UBND', null],
    ['Kế hoạch số 42/KH-\nUBND ngày 3/3/2024', '42/KH-UBND', '2024-03-03'],
  ])('%j', (text, number, date) => {
    expect(one(text)).toMatchObject({ number, date, text, start: 0 });
  });

  it('carries an issuer over a line break only where the name clearly goes on', () => {
    expect(one('Công văn số 12/UBND của Ban Thường vụ\nTỉnh ủy về việc').issuer).toBe('Ban Thường vụ Tỉnh ủy');
    expect(one('Công văn số 12/UBND của UBND\nhuyện Trà Bồng').issuer).toBe('UBND huyện Trà Bồng');
    expect(one('Công văn số 12/UBND của\nUBND huyện').issuer).toBe('UBND huyện');
    expect(one('Công văn số 12/UBND của UBND huyện\nNăm 2023, xã đã').issuer).toBe('UBND huyện');
  });

  it('does not join across a blank line, nor read a date without a kind word', () => {
    expect(findDocumentReferences('ngày 18 tháng\n01 năm 2024; ngày 18 tháng 01')).toEqual([]);
    expect(one('Kế hoạch số 42/KH-UBND\n\nngày 18 tháng 01 năm 2024').date).toBeNull();
  });
});

describe('laws cited by name and date', () => {
  it('reads the name, the date, the issuer, and the number from the table', () => {
    expect(one('căn cứ Luật Đất đai ngày 18/01/2024 của Quốc hội;')).toMatchObject({
      kind: 'Luật', name: 'Luật Đất đai', date: '2024-01-18', issuer: 'Quốc hội', text: 'Luật Đất đai ngày 18/01/2024',
      number: '31/2024/QH15', serial: 31, year: 2024, issuerCode: 'QH15', family: 'state', kindCode: null,
    });
  });

  it.each([
    ['Luật Tố cáo năm 2018', 'Luật Tố cáo', '25/2018/QH14', null],
    ['Luật Khiếu nại 2011', 'Luật Khiếu nại', '02/2011/QH13', null],
    ['Luật Tiếp công dân ngày 25 tháng 11 năm 2013', 'Luật Tiếp công dân', '42/2013/QH13', '2013-11-25'],
    ['Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022', 'Luật Thực hiện dân chủ ở cơ sở', '10/2022/QH15', '2022-11-10'],
    ['Luật Phòng, chống tham nhũng năm 2018', 'Luật Phòng, chống tham nhũng', '36/2018/QH14', null],
    ['Luật Đất đai năm 2013', 'Luật Đất đai', '45/2013/QH13', null],
    ['Bộ luật Lao động năm 2019', 'Bộ luật Lao động', null, null],
    ['Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn năm 2007', 'Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn', null, null],
    ['Luật Đất đai năm 2024'.normalize('NFD'), 'Luật Đất đai', '31/2024/QH15', null],
  ])('%j', (text, name, number, date) => {
    expect(one(text)).toMatchObject({ name, number, date, text });
  });

  it('keeps a law cited with its number as before, now with its name', () => {
    expect(one('Luật Tiếp công dân số 42/2013/QH13')).toMatchObject({ number: '42/2013/QH13', name: 'Luật Tiếp công dân' });
  });

  it('separates laws in a list and stops a name at a comma before a capital', () => {
    const refs = findDocumentReferences('Luật Khiếu nại năm 2011, Luật Tố cáo năm 2018 và Luật Tiếp công dân năm 2013');
    expect(refs.map((r) => r.number)).toEqual(['02/2011/QH13', '25/2018/QH14', '42/2013/QH13']);
    expect(one('Luật Thực hiện dân chủ ở cơ sở, Nghị định 59/2023/NĐ-CP ngày 14/8/2023').number).toBe('59/2023/NĐ-CP');
  });

  it('needs a date or a year, capitals, and a plain name', () => {
    for (const text of [
      'Luật Thực hiện dân chủ cơ sở', 'Luật Đất đai ngày càng hoàn thiện', 'tuyên truyền pháp luật Đất đai năm 2024',
      'Luật sư năm 2024', 'Luật Đất đai 2021-2025', 'Luật Đất đai có hiệu lực từ ngày 01/8/2024',
    ]) expect(findDocumentReferences(text), text).toEqual([]);
  });

  it('has a table whose numbers parse and match the year of adoption', () => {
    for (const law of KNOWN_LAWS) {
      const p = parseDocNumber(law.number);
      expect(p?.year, law.number).toBe(Number(law.adopted.slice(0, 4)));
      expect(knownLawNumber(law.name, p!.year!)).toBe(law.number);
    }
    expect(knownLawNumber('Luật Đất đai', 2030)).toBeNull();
    expect(knownLawNumber('Luật Thực hiện dân chủ cơ sở', 2022)).toBe('10/2022/QH15');
  });
});

describe('issuers named in full', () => {
  it.each([
    ['Thông tư số 01/2024/TT-BNV của Bộ trưởng Bộ Nội vụ hướng dẫn', 'Bộ Nội vụ'],
    ['Công văn số 55/SLĐTBXH-VP của Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi về', 'Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi'],
    ['Quyết định số 5/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['Quyết định số 1/QĐ-BKHĐT của Bộ Kế hoạch và Đầu tư', 'Bộ Kế hoạch và Đầu tư'],
    ['Kế hoạch số 1/KH-SNN của Giám đốc Sở Nông nghiệp và Phát triển nông thôn về', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['Kế hoạch số 1/KH-STP của Phó Giám đốc Sở Tư pháp', 'Sở Tư pháp'],
    ['Quyết định số 1/QĐ-UBND của Phòng Văn hóa - Thông tin huyện', 'Phòng Văn hóa - Thông tin huyện'],
    ['Hướng dẫn số 3-HD/BDVTU của Trưởng ban Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy'],
  ])('%j', (text, issuer) => {
    expect(one(text).issuer).toBe(issuer);
  });

  it('stops at the next body, a verb or the subject', () => {
    expect(one('Quyết định số 1/QĐ-UBND của Sở Nội vụ và Sở Tài chính').issuer).toBe('Sở Nội vụ');
    expect(one('Quyết định số 1/QĐ-UBND của Sở Nội vụ tổ chức hội nghị').issuer).toBe('Sở Nội vụ');
    expect(one('Quyết định số 1/QĐ-UBND của Sở Y tế triển khai').issuer).toBe('Sở Y tế');
    expect(one('Kế hoạch số 1/KH-UBND của Bộ Nội vụ - Bộ Tài chính').issuer).toBe('Bộ Nội vụ');
    expect(one('Kế hoạch số 1/KH-UBND của Sở Tư pháp, Sở Nội vụ').issuer).toBe('Sở Tư pháp');
  });
});

describe('a kind word that contradicts the symbol', () => {
  it.each([
    ['Thông báo kết luận số 123-TB/TU', 'Thông báo', 'Thông báo kết luận số 123-TB/TU'],
    ['Kết luận số 12-TB/TU', 'Thông báo', 'Kết luận số 12-TB/TU'],
    ['Báo cáo số 12/KH-UBND', 'Kế hoạch', 'Báo cáo số 12/KH-UBND'],
    // codes a kind shares keep the word: Party regulations use QĐ, Thông tư/Thông tri both TT
    ['Quy định 217-QĐ/TW', 'Quy định', 'Quy định 217-QĐ/TW'],
    ['Thông tư liên tịch số 01/2016/TTLT-BNV-BTC', 'Thông tư', 'Thông tư liên tịch số 01/2016/TTLT-BNV-BTC'],
    // a code outside the vocabulary (Giấy mời) leaves the kind unknown
    ['Kế hoạch số 12/GM-UBND', null, 'Kế hoạch số 12/GM-UBND'],
  ])('%j', (text, kind, span) => {
    expect(one(text)).toMatchObject({ kind, text: span });
  });
});

describe('no false hits on figures and ordinary text with the new forms', () => {
  it.each([
    'năm 2024 có 15 - 20 hộ, chiếm 95,2%',
    'Tổ 42 - khu phố 3; Tổ 5 - thôn 2; Tổ 5',
    'ngày 18 tháng 01 tổ chức hội nghị',
    'Năm 2022 nhận 22 đơn/21 vụ; 19 đơn /19 vụ',
    'từ ngày 18/01/2024 đến ngày 20 tháng\n01 năm 2024',
    'có 2150 hộ của xã, 15 - 20 người của thôn',
    'Điều 5a, khoản 2 - điểm b',
    'số 15 - 20 của năm 2024',
  ])('%j', (text) => {
    expect(findDocumentReferences(text)).toEqual([]);
  });
});
