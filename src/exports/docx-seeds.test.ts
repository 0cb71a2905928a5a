/**
 * The four seed reports' .docx read back as XML, for what a records clerk checks against Nghị định
 * 30/2020/NĐ-CP, Phụ lục I: the header row, the issuing body's lines, document numbers kept whole, headings
 * as the writer set them, the subject's lines and rule, the signature kept with Nơi nhận, named styles and
 * the file's properties.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { walkSections } from '../content/content-schema.js';
import { seedDocument, seedIds, type SeedId } from '../testing/seed-documents.js';
import { measure } from './docx/measure.js';
import { subjectLineWidth } from './docx/title.js';
import { all, cells, formatOf, gridOf, paragraph, paragraphs, read, ruleLength, rules, runOf, styleOf, tables, textOf, texts } from './docx-xml.js';

let docs: Record<SeedId, Awaited<ReturnType<typeof read>>>;
beforeAll(async () => {
  docs = Object.fromEntries(await Promise.all(seedIds.map(async (id) => [id, await read(seedDocument(id))] as const))) as typeof docs;
});

const rows = (table: string) => all(table, /<w:tr[ >][\s\S]*?<\/w:tr>/);
const size = (run: string) => Number(/<w:sz w:val="(\d+)"\/>/.exec(run)![1]);

describe('header', () => {
  it('puts "Số:" and the place and date on one row of their own, below the bodies, in every seed', () => {
    for (const id of seedIds) {
      const header = cells(tables(docs[id].document)[0]!);
      expect(header, id).toHaveLength(2);
      expect(header[1]![0]![0], id).toMatch(/^Số: /);
      expect(header[1]![1]![0], id).toMatch(/, ngày .* tháng .* năm \d{4}$/);
    }
  });

  it('breaks the issuing body only between the committee and the unit’s own name, each line fitting its column', () => {
    const expected: Record<SeedId, string[]> = {
      '000': ['UBND HUYỆN TRÀ BỒNG', 'ỦY BAN NHÂN DÂN\nXÃ TRÀ TÂY'],
      '002': ['UBND TỈNH ĐỒNG THÁP', 'ỦY BAN NHÂN DÂN\nHUYỆN THÁP MƯỜI'],
      '003': ['UBND HUYỆN TRÀ BỒNG', 'ỦY BAN NHÂN DÂN\nXÃ TRÀ TÂN'],
      '004': ['UBND THỊ XÃ ĐỨC PHỔ', 'ỦY BAN NHÂN DÂN\nPHƯỜNG NGUYỄN NGHIÊM'],
    };
    for (const id of seedIds) {
      const header = tables(docs[id].document)[0]!;
      const [left, right] = gridOf(header);
      expect(left! + right!, id).toBe(9355);
      expect(cells(header)[0]![0]!.slice(0, 2), id).toEqual(expected[id]);
      // Each line with room beside it: neither Word nor LibreOffice wraps it again.
      const [parentRun, ...issuingRuns] = all(rows(header)[0]!, /<w:r>[\s\S]*?<\/w:r>/).filter((r) => textOf(r).trim());
      for (const run of [parentRun!, ...issuingRuns.slice(0, 2)]) {
        expect(measure(textOf(run).trim(), size(run), run.includes('<w:b/>')) + 200, `${id} ${textOf(run)}`).toBeLessThanOrEqual(left!);
      }
      const dateRun = runOf(header, cells(header)[1]![1]![0]!);
      expect(measure(cells(header)[1]![1]![0]!, size(dateRun), false) + 200, id).toBeLessThanOrEqual(right!);
    }
  });

  it('keeps the decree’s sizes where the names fit, and takes the smaller sizes it allows for Phường Nguyễn Nghiêm', () => {
    expect(size(runOf(docs['000'].document, 'XÃ TRÀ TÂY'))).toBe(26);
    expect(size(runOf(docs['000'].document, 'Trà Tây, ngày 14 tháng 6 năm 2023'))).toBe(28);
    // Cơ quan ban hành 12-13 pt, địa danh and date 13-14 pt (Phụ lục I).
    expect(size(runOf(docs['004'].document, 'PHƯỜNG NGUYỄN NGHIÊM'))).toBe(24);
    expect(size(runOf(docs['004'].document, 'Phường Nguyễn Nghiêm, ngày       tháng 5 năm 2024'))).toBe(26);
  });

  it('writes the place of a ward named after a person in full (seed 004; Phụ lục I, II.4.a)', () => {
    expect(cells(tables(docs['004'].document)[0]!)[1]![1]).toEqual(['Phường Nguyễn Nghiêm, ngày       tháng 5 năm 2024']);
  });
});

describe('document numbers', () => {
  it('holds every number and symbol together: its hyphens are Word’s non-breaking hyphen, in the text, the header and the footnotes', () => {
    const numbers = /\b\d+[a-z]?-[A-ZĐ]+\/[A-ZĐ-]+/gu;
    let seen = 0;
    for (const id of seedIds) {
      for (const xml of [docs[id].document, docs[id].footnotes]) {
        const printed = texts(xml).flatMap((t) => t.match(numbers) ?? []);
        seen += printed.length;
        // Printed as "53-KH/HU", but no text node carries the hyphen a line may break after.
        for (const n of printed) expect(xml, `${id} ${n}`).not.toContain(n.split('-')[0] + '-' + n.split('-')[1]);
      }
      expect(docs[id].document, id).toContain('/BC</w:t><w:noBreakHyphen/><w:t xml:space="preserve">UBND</w:t>');
    }
    expect(seen).toBeGreaterThan(20);
    expect(texts(docs['002'].document).join('\n')).toContain('Kế hoạch số 53-KH/HU ngày 26/01/2022');
  });
});

describe('headings', () => {
  it('sets seed 004’s 1.1-2.9 bold and upright, as the seed sets them, under its "Phần thứ nhất"', () => {
    const numbered = [...walkSections(seedDocument('004').content.sections)].map(({ section }) => section).filter((s) => /^[12]\.\d\.$/.test(s.label));
    expect(numbered.map((s) => s.label)).toEqual(['1.1.', '1.2.', '1.3.', '2.1.', '2.2.', '2.3.', '2.4.', '2.5.', '2.6.', '2.7.', '2.8.', '2.9.', '2.1.', '2.2.']);
    for (const s of numbered.slice(0, 12)) {
      const f = formatOf(docs['004'], `${s.label} ${s.title}`);
      expect({ bold: f.bold, italic: f.italic, style: f.style }, s.label).toEqual({ bold: true, italic: false, style: 'ReportHeadingSub' });
    }
    expect(formatOf(docs['004'], 'II. KẾT QUẢ 3 NĂM THỰC HIỆN CHỈ THỊ 08:').bold).toBe(true);
    expect(formatOf(docs['004'], '1. Công tác lãnh đạo, chỉ đạo, triển khai thực hiện:').italic).toBe(false);
  });

  it('runs seed 003’s "1. Công tác lãnh chỉ đạo:" into its text, one paragraph, the heading bold', () => {
    const list = texts(docs['003'].document);
    const runIn = list.find((t) => t.startsWith('1. Công tác lãnh chỉ đạo: Căn cứ văn bản của UBND tỉnh'));
    expect(runIn).toBeDefined();
    expect(list).not.toContain('1. Công tác lãnh chỉ đạo');
    for (const start of ['2. Công tác tuyên truyền', '5. Nâng cao kỷ luật', '6. Công tác tiếp dân', '7. Công tác phối hợp']) {
      expect(list.filter((t) => t.startsWith(start)), start).toHaveLength(1);
      expect(list.find((t) => t.startsWith(start)), start).toMatch(/^[^:]+: \S/);
    }
    const lead = formatOf(docs['003'], '1. Công tác lãnh chỉ đạo: ');
    expect({ bold: lead.bold, style: lead.style }).toEqual({ bold: true, style: 'ReportBody' });
    const text = all(lead.paragraph, /<w:r>[\s\S]*?<\/w:r>/)[1]!;
    expect(textOf(text)).toMatch(/^Căn cứ văn bản/);
    expect(text).not.toContain('<w:b/>');
    // A heading the seed sets on its own line stays on its own.
    expect(list).toContain('4. Tiếp tục tổ chức triển khai thực hiện có hiệu quả Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành chương trình tổng thể cải cách hành chính (CCHC) nhà nước giai đoạn 2021 – 2030.');
  });
});

describe('subject', () => {
  it('keeps the writer’s line breaks (seed 004: three lines, seed 003: two) and rules 1/3-1/2 of the longest', () => {
    const lines: Record<string, string[]> = {
      '004': ['Sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU ngày 25/5/2021', 'của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận', 'của cơ quan Nhà nước các cấp'],
      '003': ['Kết quả triển khai, thực hiện công tác Dân vận chính quyền quý I', 'và phương hướng nhiệm vụ quý II năm 2025'],
    };
    for (const [id, expected] of Object.entries(lines) as [SeedId, string[]][]) {
      const subject = paragraph(docs[id].document, expected.join('\n'));
      expect(styleOf(subject)).toBe('ReportSubject');
      const list = paragraphs(docs[id].document);
      const rule = rules(list[list.indexOf(subject) + 1]!)[0]!;
      const longest = Math.max(...expected.map((l) => measure(l, 28, true)));
      expect(subjectLineWidth(expected.join('\n'))).toBe(longest);
      expect(ruleLength(rule, 9355), id).toBeGreaterThanOrEqual(longest / 3);
      expect(ruleLength(rule, 9355), id).toBeLessThanOrEqual(longest / 2);
    }
  });
});

describe('signature', () => {
  it('keeps the closing, Nơi nhận and the signature together: on one page, in a row that cannot split', () => {
    for (const id of seedIds) {
      const { document } = docs[id];
      const table = tables(document).at(-1)!;
      expect(rows(table), id).toHaveLength(1);
      expect(rows(table)[0], id).toContain('<w:cantSplit/>');
      expect(cells(table)[0]![0]![0], id).toBe('Nơi nhận:');
      // The paragraphs between the closing and the table keep with what follows them.
      const before = paragraphs(document.slice(0, document.indexOf(table)));
      const closing = before.findLastIndex((p) => textOf(p).trim().endsWith('./.'));
      expect(closing, id).toBeGreaterThan(0);
      for (const p of before.slice(closing)) expect(p, id).toContain('<w:keepNext/>');
    }
  });

  it('leaves six empty lines, about 34 mm, to sign and stamp', () => {
    const signature = cells(tables(docs['004'].document).at(-1)!)[0]![1]!;
    expect(signature).toEqual(['CHỦ TỊCH', '', '', '', '', '', '', 'Đỗ Ngọc Thìn']);
  });
});

describe('styles and properties', () => {
  it('names its paragraph styles in Vietnamese, as Word lists them', () => {
    const names = all(docs['000'].styles, /<w:style w:type="paragraph" w:styleId="(?:Report\w+|FootnoteText)"><w:name w:val="[^"]+"\/>/)
      .map((s) => /<w:name w:val="([^"]+)"/.exec(s)![1]);
    expect(names).toEqual(['Nội dung văn bản', 'Phần', 'Đề mục I.', 'Đề mục 1.', 'Đề mục 1.1.', 'Đề mục 1.1.1.', 'Đề mục a)', 'Đề mục -', 'Tên loại văn bản', 'Trích yếu', 'footnote text']);
    // Every body paragraph of seed 004 is in a named style.
    const unstyled = paragraphs(docs['004'].document.slice(docs['004'].document.indexOf('BÁO CÁO'), docs['004'].document.indexOf('Nơi nhận')))
      .filter((p) => textOf(p).length > 40 && !styleOf(p));
    expect(unstyled.map(textOf)).toEqual([]);
  });

  it('sets the title, author and company in File > Properties', () => {
    expect(docs['004'].core).toContain('<dc:title>Sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU ngày 25/5/2021 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận của cơ quan Nhà nước các cấp</dc:title>');
    expect(docs['004'].core).toContain('<dc:creator>ỦY BAN NHÂN DÂN PHƯỜNG NGUYỄN NGHIÊM</dc:creator>');
    expect(docs['002'].app).toContain('<Company>ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI</Company>');
  });
});
