/** The .docx read back as XML: page, header, title, body and footnotes (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
import { beforeAll, describe, expect, it } from 'vitest';
import { MOTTO, SLOGAN } from './docx/header.js';
import { measure } from './docx/measure.js';
import { all, BOLD, cells, formatOf, gridOf, ITALIC, paragraph, paragraphProperty, paragraphs, read, ruleLength, rules, runOf, styleOf, sz, tables, textOf, texts, twips } from './docx-xml.js';
import { FOOTNOTE_1, FOOTNOTE_2, thapMuoiDraft, traTay, TYPED_MARKUP } from './fixture.js';

let a: Awaited<ReturnType<typeof read>>;
let b: Awaited<ReturnType<typeof read>>;
beforeAll(async () => {
  [a, b] = await Promise.all([read(traTay), read(thapMuoiDraft)]);
});

describe('page, fonts, page numbers', () => {
  it('is A4 portrait with margins 20/20/30/15 mm', () => {
    expect(a.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(a.document).toContain(`<w:pgMar w:top="${twips(20)}" w:right="${twips(15)}" w:bottom="${twips(20)}" w:left="${twips(30)}" w:header="${twips(10)}"`);
  });

  it('sets Times New Roman, black, Vietnamese, 14 pt by default, and no run or style names another font', () => {
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(a.styles)![0];
    expect(defaults).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>');
    expect(defaults).toContain('<w:color w:val="000000"/>');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
    // Styled runs name no font: they take Times New Roman from their style or the defaults.
    const fonts = all([a.document, a.footnotes, a.defaultHeader, a.styles].join(''), /<w:rFonts [^>]*\/>/);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !/w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/.test(f))).toEqual([]);
  });

  it('numbers pages centred at the top in 14 pt from page 2: the first page has its own, empty header', () => {
    expect(a.document).toContain('<w:titlePg/>');
    expect(a.firstHeader).toMatch(/<w:hdr [^>]*><w:p\/><\/w:hdr>$/);
    const [number] = paragraphs(a.defaultHeader);
    expect(number).toContain('<w:jc w:val="center"/>');
    expect(number).toMatch(/<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    expect(number).toMatch(sz(28));
  });

  it('names the document by its subject and issuing body', () => {
    expect(a.core).toContain('<dc:title>Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước</dc:title>');
    expect(a.core).toContain('<dc:creator>ỦY BAN NHÂN DÂN XÃ TRÀ TÂY</dc:creator>');
  });
});

describe('header', () => {
  it('is a borderless table: bodies and number left, quốc hiệu, tiêu ngữ and date right, number and date on one row', () => {
    const header = tables(a.document)[0]!;
    expect(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(header)![0].match(/w:val="(\w+)"/g)).toEqual(Array(6).fill('w:val="none"'));
    expect(all(header, /<w:tcBorders>[\s\S]*?<\/w:tcBorders>/).join('')).not.toMatch(/w:val="(?!none|nil)/);
    expect(gridOf(header)).toEqual([3600, 5755]);
    expect(cells(header)).toEqual([
      [['UBND HUYỆN TRÀ BỒNG', 'ỦY BAN NHÂN DÂN\nXÃ TRÀ TÂY', ''], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '']],
      [['Số: 39/BC-UBND'], ['Trà Tây, ngày 14 tháng 6 năm 2023']],
    ]);
    expect(measure(MOTTO, 26, true)).toBeLessThan(5755);
  });

  it('sets each line in the decree’s size and style', () => {
    expect(runOf(a.document, 'UBND HUYỆN TRÀ BỒNG')).not.toMatch(BOLD);
    expect(runOf(a.document, 'UBND HUYỆN TRÀ BỒNG')).toMatch(sz(26));
    expect(runOf(a.document, 'XÃ TRÀ TÂY')).toMatch(BOLD);
    expect(runOf(a.document, 'XÃ TRÀ TÂY')).toMatch(sz(26));
    expect(runOf(a.document, 'Số: 39/BC-UBND')).not.toMatch(BOLD);
    expect(runOf(a.document, 'Số: 39/BC-UBND')).toMatch(sz(26));
    expect(runOf(a.document, MOTTO)).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(runOf(a.document, SLOGAN)).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(runOf(a.document, 'Trà Tây, ngày 14 tháng 6 năm 2023')).toMatch(/<w:i\/>[\s\S]*<w:sz w:val="28"\/>/);
  });

  it('measures lines as Word lays out Times New Roman (widths from docx’s own layout engine)', () => {
    expect(measure(MOTTO, 26, true)).toBe(5424);
    expect(measure('ỦY BAN NHÂN DÂN', 26, true)).toBe(2448);
    expect(measure('UBND HUYỆN TRÀ BỒNG', 26, false)).toBe(3098);
    expect(measure('Trường Xuân', 28, false)).toBe(Math.ceil(((611 + 333 + 542 + 529 + 500 + 500 + 250 + 722 + 500 + 444 + 500) * 28) / 100));
  });

  it('rules the issuing body 1/3-1/2 of its line and the tiêu ngữ its full length', () => {
    const [issuing, slogan] = rules(tables(a.document)[0]!);
    const issuingLine = measure('ỦY BAN NHÂN DÂN', 26, true);
    expect(ruleLength(issuing!, 3600)).toBeGreaterThanOrEqual(issuingLine / 3);
    expect(ruleLength(issuing!, 3600)).toBeLessThanOrEqual(issuingLine / 2);
    expect(Math.abs(ruleLength(slogan!, 5755) - measure(SLOGAN, 28, true))).toBeLessThanOrEqual(2);
  });

  it('leaves the number and the day blank on a draft, and marks it DỰ THẢO in a box above the header', () => {
    expect(cells(tables(b.document)[0]!)[1]).toEqual([['Số:       /BC-UBND'], ['Tháp Mười, ngày       tháng 02 năm 2024']]);
    // The blanks kept for the clerk, and the hyphen that may not end a line.
    expect(b.document).toContain('<w:t xml:space="preserve">Số:       /BC</w:t><w:noBreakHyphen/><w:t xml:space="preserve">UBND</w:t>');
    const mark = paragraphs(b.document)[0]!;
    expect(textOf(mark)).toBe('DỰ THẢO');
    expect(mark).toMatch(/<w:pBdr><w:top w:val="single"[^>]*\/><w:left w:val="single"[^>]*\/><w:bottom w:val="single"[^>]*\/><w:right w:val="single"/);
    expect(runOf(b.document, 'DỰ THẢO')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(texts(a.document)).not.toContain('DỰ THẢO');
  });
});

describe('title, body and footnotes', () => {
  it('centres BÁO CÁO and the subject in bold 14 pt by their named styles, 3/8 of the line ruled under it', () => {
    for (const text of ['BÁO CÁO', traTay.content.meta.subject]) {
      const { bold, size, paragraph: p } = formatOf(a, text);
      expect({ bold, size }).toEqual({ bold: true, size: 28 });
      expect(paragraphProperty(a, p, /<w:jc w:val="\w+"\/>/)).toBe('<w:jc w:val="center"/>');
    }
    expect(styleOf(paragraph(a.document, 'BÁO CÁO'))).toBe('ReportKind');
    expect(a.styles).toContain('<w:style w:type="paragraph" w:styleId="ReportSubject"><w:name w:val="Trích yếu"/>');
    const list = paragraphs(a.document);
    const subjectRule = list[list.indexOf(paragraph(a.document, traTay.content.meta.subject)) + 1]!;
    expect(rules(subjectRule)).toHaveLength(1);
    // The subject wraps: its longest line is nearly the full width.
    expect(Math.abs(ruleLength(subjectRule, 9355) - (9355 * 3) / 8)).toBeLessThanOrEqual(1);
  });

  it('writes "Kính gửi:" on one line for one addressee, and dashes lined up under the colon for several', async () => {
    expect(paragraph(b.document, 'Kính gửi: Ban Dân vận Huyện ủy.')).toContain('<w:jc w:val="center"/>');
    const meta = { ...traTay.content.meta, addressees: ['Ban Dân vận Huyện ủy', 'Phòng Nội vụ huyện.'] };
    const { document } = await read({ ...traTay, content: { ...traTay.content, meta } });
    const first = paragraph(document, 'Kính gửi:\t- Ban Dân vận Huyện ủy;');
    const second = paragraph(document, '- Phòng Nội vụ huyện.');
    const column = /w:left="(\d+)"/.exec(first)![1];
    expect(first).toMatch(new RegExp(`<w:tab w:val="left" w:pos="${column}"/>`));
    expect(first).toContain(`w:hanging="${measure('Kính gửi: ', 28, false)}"`);
    expect(second).toContain(`<w:ind w:left="${column}"/>`);
  });

  it('prints basis, sections and closing in order as body text: justified, indented 1,27 cm, 6 pt apart, 1,15 lines', () => {
    const list = texts(a.document);
    const starts = ['Thực hiện Công văn số 1444/UBND-NV', 'I. ĐẶC ĐIỂM TÌNH HÌNH', '- Xã Trà Tây', '- Dân số, dân tộc', 'Dân cư sống', 'Đất đai, dân số', '1. Thuận lợi', '2. Khó khăn', 'II. CÔNG TÁC', '1. Công tác lãnh đạo', 'UBND xã chủ động', '2. Công tác tuyên truyền', 'Trong giai đoạn', 'Năm', '- Hoạt động phối hợp', '+ Xây dựng Kế hoạch', 'a) Xây dựng', 'Trên đây là báo cáo'];
    const order = starts.map((start) => list.findIndex((t) => t.startsWith(start)));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    for (const start of ['Thực hiện Công văn số 1444/UBND-NV', 'Trên đây là báo cáo', '- Xã Trà Tây']) {
      const p = paragraphs(a.document).find((para) => textOf(para).startsWith(start))!;
      expect(styleOf(p)).toBe('ReportBody');
      // No direct formatting: the style carries it, so editing the style in Word changes every paragraph.
      expect(p).not.toMatch(/<w:pPr>[\s\S]*(<w:spacing|<w:ind|<w:jc)[\s\S]*<\/w:pPr>/);
      expect(p).toContain('<w:widowControl/>');
    }
    const body = /<w:style [^>]*w:styleId="ReportBody"[\s\S]*?<\/w:style>/.exec(a.styles)![0];
    expect(body).toContain('<w:name w:val="Nội dung văn bản"/>');
    expect(body).toMatch(/<w:spacing w:after="0" w:before="120" w:line="276" w:lineRule="auto"\/><w:ind w:firstLine="720"\/><w:jc w:val="both"\/>/);
    expect(body).toMatch(sz(28));
    expect(list.join('\n')).not.toContain('Nêu đặc điểm địa bàn');
  });

  it('sets headings by their number in a named style per level: I., 1., 1.1. bold; "-" bold italic; a) italic; a part centred', () => {
    const look = (doc: typeof a, text: string) => {
      const f = formatOf(doc, text);
      return { bold: f.bold, italic: f.italic, style: f.style };
    };
    expect(look(a, 'I. ĐẶC ĐIỂM TÌNH HÌNH')).toEqual({ bold: true, italic: false, style: 'ReportHeadingRoman' });
    expect(look(a, '1. Thuận lợi')).toEqual({ bold: true, italic: false, style: 'ReportHeadingNumber' });
    expect(look(a, '- Hoạt động phối hợp của Mặt trận tổ quốc và các hội đoàn thể')).toEqual({ bold: true, italic: true, style: 'ReportHeadingDash' });
    expect(look(a, 'a) Xây dựng “gia đình hiếu học”')).toEqual({ bold: false, italic: true, style: 'ReportHeadingLetter' });
    // Under a part, one level deeper than seed 000's: set as bold all the same (seed 004's 1.1-2.9).
    expect(look(b, '1.1. Dịch vụ công trực tuyến')).toEqual({ bold: true, italic: false, style: 'ReportHeadingSub' });
    for (const text of ['Phần thứ nhất', 'ĐÁNH GIÁ KẾT QUẢ']) {
      const { bold, paragraph: p } = formatOf(b, text);
      expect(bold).toBe(true);
      expect(paragraphProperty(b, p, /<w:jc w:val="\w+"\/>/)).toBe('<w:jc w:val="center"/>');
    }
    const roman = /<w:style [^>]*w:styleId="ReportHeadingRoman"[\s\S]*?<\/w:style>/.exec(a.styles)![0];
    expect(roman).toMatch(/<w:name w:val="Đề mục I."\/><w:basedOn w:val="ReportBody"\/>/);
    expect(roman).toMatch(/<w:keepNext\/><w:keepLines\/><w:outlineLvl w:val="1"\/>/);
  });

  it('keeps markers and marks, and user text as text: no markup survives', () => {
    expect(texts(a.document)).toContain('- Dân số, dân tộc: Toàn xã có 729 hộ/2.971 khẩu. Tỷ lệ hộ nghèo, cận nghèo cao: Hộ nghèo 405 hộ, chiếm 55,55%.');
    expect(texts(a.document)).toContain(`Dân cư sống thưa thớt trên địa bàn ${TYPED_MARKUP} và 7 khu dân cư.`);
    expect(a.document).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;w:t&gt;7 thôn&lt;/w:t&gt;');
    expect(a.document).not.toContain('<script>');
    expect(a.document).not.toContain('<w:t>7 thôn');
    expect(runOf(a.document, '“Dân vận Chính quyền”')).toMatch(ITALIC);
    expect(runOf(a.document, '06 đợt tuyên truyền')).toContain('<w:u w:val="single"/>');
  });

  it('writes footnotes as real Word footnotes, numbered in order, 12 pt justified', () => {
    expect(all(a.document, /<w:footnoteReference w:id="\d+"\/>/)).toEqual(['<w:footnoteReference w:id="1"/>', '<w:footnoteReference w:id="2"/>']);
    const notes = all(a.footnotes, /<w:footnote w:id="\d+">[\s\S]*?<\/w:footnote>/);
    expect(notes.map((n) => textOf(n))).toEqual([` ${FOOTNOTE_1}`, ` ${FOOTNOTE_2}`]);
    expect(notes[0]).toContain('<w:footnoteRef/>');
    expect(styleOf(notes[0]!)).toBe('FootnoteText');
    const style = /<w:style [^>]*w:styleId="FootnoteText"[\s\S]*?<\/w:style>/.exec(a.styles)![0];
    expect(style).toContain('<w:jc w:val="both"/>');
    expect(style).toMatch(sz(24));
    expect(runOf(a.footnotes, FOOTNOTE_1)).not.toMatch(/<w:sz /);
    expect(b.document).not.toContain('footnoteReference');
  });

  it('writes the separators as Word does: no note-number mark in them, named in the settings (Word repaired every file before)', () => {
    for (const [xml, kind] of [[a.footnotes, 'footnote'], [a.endnotes, 'endnote']] as const) {
      const separators = all(xml, new RegExp(`<w:${kind} w:type="(?:separator|continuationSeparator)"[\\s\\S]*?</w:${kind}>`));
      expect(separators).toHaveLength(2);
      for (const s of separators) {
        expect(s).not.toContain(`<w:${kind}Ref/>`);
        expect(s).toMatch(/<w:separator\/>|<w:continuationSeparator\/>/);
      }
    }
    expect(a.settings).toMatch(/<w:footnotePr><w:footnote w:id="-1"\/><w:footnote w:id="0"\/><\/w:footnotePr><w:endnotePr>.*<\/w:endnotePr><w:compat>/);
  });
});
