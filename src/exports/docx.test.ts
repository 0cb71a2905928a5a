/** The .docx read back as XML: contents of the report and the format of Nghị định 30/2020/NĐ-CP, Phụ lục I. */
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { renderDocx } from './docx/index.js';
import { thapMuoiDraft, traTay } from './fixture.js';

async function parts(docx: Buffer) {
  const zip = await JSZip.loadAsync(docx);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)).map(read));
  return { document: await read('word/document.xml'), footnotes: await read('word/footnotes.xml'), styles: await read('word/styles.xml'), headers };
}

/** The text of the paragraphs, runs joined, tags dropped, entities kept as they are in the XML. */
const paragraphTexts = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
const runOf = (xml: string, text: string) => {
  const at = xml.indexOf(`>${text}</w:t>`);
  expect(at, `run "${text}"`).toBeGreaterThan(-1);
  return xml.slice(xml.lastIndexOf('<w:r>', at), at);
};
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

let a: Awaited<ReturnType<typeof parts>>;
let b: Awaited<ReturnType<typeof parts>>;
beforeAll(async () => {
  a = await parts(await renderDocx(traTay));
  b = await parts(await renderDocx(thapMuoiDraft));
});

describe('page and fonts', () => {
  it('is A4 portrait with margins 20/20/30/15 mm', () => {
    expect(a.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(a.document)![1]!;
    expect(margin).toContain(`w:top="${twips(20)}"`);
    expect(margin).toContain(`w:bottom="${twips(20)}"`);
    expect(margin).toContain(`w:left="${twips(30)}"`);
    expect(margin).toContain(`w:right="${twips(15)}"`);
  });

  it('sets Times New Roman 14 pt by default and on every run', () => {
    expect(a.styles).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    const fonts = [...a.document.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(20);
    expect(fonts.every((f) => f!.includes('w:ascii="Times New Roman"'))).toBe(true);
  });

  it('numbers pages at the top from page 2: a different, empty first-page header', () => {
    expect(a.document).toContain('<w:titlePg/>');
    const numbered = a.headers.filter((h) => h.includes('PAGE'));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
    expect(a.headers.some((h) => !h.includes('PAGE') && !h.includes('<w:t'))).toBe(true);
  });
});

describe('header block', () => {
  it('is a borderless two-column table with the bodies, the number, the motto and the date', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(a.document)![0];
    expect(table).toMatch(/<w:tblBorders>[\s\S]*<w:top w:val="none"/);
    expect((table.match(/<w:tc>/g) ?? []).length).toBe(2);
    expect(paragraphTexts(table)).toEqual([
      'UBND HUYỆN TRÀ BỒNG', 'ỦY BAN NHÂN DÂN XÃ TRÀ TÂY', '', 'Số: 39/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Trà Tây, ngày 14 tháng 6 năm 2023',
    ]);
  });

  it('sets each line in the decree’s size and style', () => {
    expect(runOf(a.document, 'UBND HUYỆN TRÀ BỒNG')).not.toContain('<w:b/>');
    expect(runOf(a.document, 'UBND HUYỆN TRÀ BỒNG')).toContain('<w:sz w:val="26"/>');
    expect(runOf(a.document, 'ỦY BAN NHÂN DÂN XÃ TRÀ TÂY')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(runOf(a.document, 'Số: 39/BC-UBND')).toContain('<w:sz w:val="26"/>');
    expect(runOf(a.document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(runOf(a.document, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(runOf(a.document, 'Trà Tây, ngày 14 tháng 6 năm 2023')).toMatch(/<w:i\/>[\s\S]*<w:sz w:val="28"\/>/);
  });

  it('draws the rules under the issuing body and the motto as paragraph borders', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(a.document)![0];
    expect((table.match(/<w:pBdr><w:top w:val="single"/g) ?? []).length).toBe(2);
  });
});

describe('title, body and footnotes', () => {
  it('centres BÁO CÁO and the subject in bold 14 pt', () => {
    expect(runOf(a.document, 'BÁO CÁO')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    const texts = paragraphTexts(a.document);
    expect(texts).toContain('Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước');
  });

  it('justifies the body with a 1,27 cm first-line indent and 6 pt before each paragraph', () => {
    const basis = /<w:p>(?:(?!<\/w:p>)[\s\S])*Thực hiện Công văn số 1444\/UBND-NV[\s\S]*?<\/w:p>/.exec(a.document)![0];
    expect(basis).toContain('<w:jc w:val="both"/>');
    expect(basis).toContain('w:firstLine="720"');
    expect(basis).toMatch(/<w:spacing [^>]*w:before="120"/);
  });

  it('keeps markers, figures, and user text escaped (no markup survives)', () => {
    const texts = paragraphTexts(a.document);
    expect(texts).toContain('- Dân số, dân tộc: Toàn xã có 729 hộ/2.971 khẩu. Tỷ lệ hộ nghèo, cận nghèo cao: Hộ nghèo 405 hộ, chiếm 55,55%.');
    expect(texts).toContain('Xã có &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;7 thôn&quot; và 7 khu dân cư.');
    expect(a.document).not.toContain('<script>');
    for (const figure of ['6.957,81', '729', '2.971', '405']) expect(texts).toContain(figure);
  });

  it('writes footnotes as real Word footnotes, in order, 12 pt', () => {
    expect((a.document.match(/<w:footnoteReference w:id="\d+"\/>/g) ?? []).length).toBe(2);
    expect(a.footnotes).toContain('Kế hoạch số 17/KH-UBND ngày 02/4/2020 của UBND xã Trà Tây về phát động phong trào thi đua “Dân vận khéo”.');
    expect(a.footnotes).toContain('Quyết định số 05/QĐ-UBND ngày 05/02/2021 về Ban hành Kế hoạch hành động.');
    expect(a.footnotes.indexOf('17/KH-UBND')).toBeLessThan(a.footnotes.indexOf('05/QĐ-UBND'));
    expect(runOf(a.footnotes, 'Kế hoạch số 17/KH-UBND ngày 02/4/2020 của UBND xã Trà Tây về phát động phong trào thi đua “Dân vận khéo”.')).toContain('<w:sz w:val="24"/>');
  });
});

describe('recipients and signature', () => {
  it('prints Nơi nhận bold italic 12 pt with 11 pt entries, and the signer bold 14 pt', () => {
    expect(runOf(a.document, 'Nơi nhận:')).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(runOf(a.document, '- Lưu: VT, NV.')).toContain('<w:sz w:val="22"/>');
    expect(paragraphTexts(a.document)).toEqual(expect.arrayContaining(['- Cơ quan Tổ chức - Nội vụ huyện;', '- TT Đảng ủy; TT HĐND xã;', 'CHỦ TỊCH', 'Hồ Văn Long']));
    expect(runOf(a.document, 'Hồ Văn Long')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
  });

  it('writes TM./KT. authority, a blank number and day, the draft mark, Kính gửi and the annex', () => {
    const texts = paragraphTexts(b.document);
    expect(texts).toEqual(expect.arrayContaining([
      'DỰ THẢO', 'Số:       /BC-UBND', `Tháp Mười, ngày${' '.repeat(7)}tháng 02 năm 2024`, 'Kính gửi: Ban Dân vận Huyện ủy.',
      'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Hiệp', 'Phần thứ nhất', 'ĐÁNH GIÁ KẾT QUẢ',
      'PHỤ LỤC', 'Xã Trường Xuân', '1.204', 'Tổng cộng',
    ]));
    expect(b.document).toContain('<w:br w:type="page"/>');
    expect(b.document).not.toContain('footnoteReference');
  });
});
