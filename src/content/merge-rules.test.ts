import { describe, expect, it } from 'vitest';
import { reportContent, type ReportContent } from './meta-schema.js';
import { defaultChoice, mergeContents, resolveConflicts } from './merge-rules.js';

const paragraph = (text: string) => ({ type: 'paragraph' as const, marker: null, content: [{ type: 'text' as const, text }] });

const base: ReportContent = reportContent.parse({
  meta: { issuingBody: 'ỦY BAN NHÂN DÂN XÃ TRÀ TÂY', place: 'Trà Tây', date: { year: 2023, month: 6 }, subject: 'Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”', signer: { title: 'CHỦ TỊCH' } },
  sections: [
    {
      key: 'dac-diem', label: 'I.', title: 'ĐẶC ĐIỂM TÌNH HÌNH', blocks: [paragraph('Toàn xã có 729 hộ/2.971 khẩu.')],
      figureTables: [{ key: 'ho-dan', title: 'Hộ gia đình', columns: [{ key: 'y2023', label: 'Năm 2023' }], rows: [{ key: 'tong', label: 'Tổng số hộ' }, { key: 'ngheo', label: 'Hộ nghèo' }] }],
    },
    { key: 'ket-qua', label: 'II.', title: 'KẾT QUẢ ĐẠT ĐƯỢC', blocks: [paragraph('Tổ chức 06 đợt tuyên truyền.')] },
  ],
  figures: { 'ho-dan': { tong: { y2023: 729 }, ngheo: { y2023: 405 } } },
});

const edit = (content: ReportContent, change: (c: ReportContent) => void): ReportContent => {
  const copy = structuredClone(content);
  change(copy);
  return copy;
};

describe('merging two saves of one report', () => {
  it('keeps a figure’s written form with its figure, and drops one the other side’s value made stale', () => {
    const mine = edit(base, (c) => { c.figureTexts = { 'ho-dan': { tong: { y2023: 'hơn 729' }, ngheo: { y2023: 'khoảng 405' } } }; });
    const theirs = edit(base, (c) => { c.figures['ho-dan']!.ngheo!.y2023 = 410; });
    const { merged, conflicts } = mergeContents(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.figureTexts).toEqual({ 'ho-dan': { tong: { y2023: 'hơn 729' } } });
  });

  it('combines changes to different parts without asking', () => {
    const mine = edit(base, (c) => {
      c.meta.number = '39';
      c.sections[0]!.blocks.push(paragraph('Hộ nghèo 405 hộ, chiếm 55,55%.'));
    });
    const theirs = edit(base, (c) => {
      c.sections[1]!.blocks = [paragraph('Tổ chức 06 đợt tuyên truyền với khoảng 250 lượt người tham gia.')];
      c.figures['ho-dan']!.ngheo!.y2023 = 406;
    });
    const { merged, conflicts } = mergeContents(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.meta.number).toBe('39');
    expect(merged.sections[0]!.blocks).toHaveLength(2);
    expect(merged.sections[1]!.blocks[0]).toEqual(paragraph('Tổ chức 06 đợt tuyên truyền với khoảng 250 lượt người tham gia.'));
    expect(merged.figures['ho-dan']).toEqual({ tong: { y2023: 729 }, ngheo: { y2023: 406 } });
  });

  it('reports a part both changed differently, and keeps theirs until the person chooses', () => {
    const mine = edit(base, (c) => { c.sections[0]!.blocks = [paragraph('Toàn xã có 730 hộ.')]; c.meta.subject = 'Sơ kết (bản của tôi)'; });
    const theirs = edit(base, (c) => { c.sections[0]!.blocks = [paragraph('Toàn xã có 731 hộ.')]; c.figures['ho-dan']!.tong!.y2023 = 731; });
    const { merged, conflicts } = mergeContents(base, mine, theirs);
    expect(conflicts.map((c) => c.label)).toEqual(['Mục I. ĐẶC ĐIỂM TÌNH HÌNH']);
    expect(merged.sections[0]!.blocks).toEqual([paragraph('Toàn xã có 731 hộ.')]);
    expect(merged.meta.subject).toBe('Sơ kết (bản của tôi)');

    const kept = resolveConflicts(merged, conflicts, ['mine']);
    expect(kept.sections[0]!.blocks).toEqual([paragraph('Toàn xã có 730 hộ.')]);
    expect(kept.figures['ho-dan']!.tong!.y2023).toBe(731);
    expect(resolveConflicts(merged, conflicts, ['theirs']).sections[0]!.blocks).toEqual([paragraph('Toàn xã có 731 hộ.')]);
  });

  it('keeps both versions of a section when asked, by default: a quick click drops no one’s sentence', () => {
    const mine = edit(base, (c) => { c.sections[0]!.blocks = [paragraph('Toàn xã có 730 hộ.'), paragraph('Đoạn chung.')]; });
    const theirs = edit(base, (c) => { c.sections[0]!.blocks = [paragraph('Toàn xã có 731 hộ.'), paragraph('Đoạn chung.')]; });
    const { merged, conflicts } = mergeContents(base, mine, theirs);
    expect(conflicts.map(defaultChoice)).toEqual(['both']);
    const both = resolveConflicts(merged, conflicts, conflicts.map(defaultChoice));
    expect(both.sections[0]!.blocks).toEqual([paragraph('Toàn xã có 730 hộ.'), paragraph('Đoạn chung.'), paragraph('Toàn xã có 731 hộ.')]);
  });

  it('treats the same change on both sides as agreement', () => {
    const both = edit(base, (c) => { c.meta.number = '39'; });
    expect(mergeContents(base, both, both).conflicts).toEqual([]);
  });

  it('sees the same content built in another key order as unchanged (server and browser order keys differently)', () => {
    const theirs = edit(base, (c) => { c.meta.signer = Object.fromEntries(Object.entries(c.meta.signer).reverse()) as typeof c.meta.signer; });
    const mine = edit(base, (c) => { c.meta.signer.name = 'Hồ Văn Long'; });
    const { merged, conflicts } = mergeContents(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.meta.signer.name).toBe('Hồ Văn Long');
  });

  it('keeps the written form of a figure whose side the person chose', () => {
    const mine = edit(base, (c) => { c.figures['ho-dan']!.ngheo!.y2023 = 400; c.figureTexts = { 'ho-dan': { ngheo: { y2023: 'hơn 400' } } }; });
    const theirs = edit(base, (c) => { c.figures['ho-dan']!.ngheo!.y2023 = 410; c.figureTexts = { 'ho-dan': { ngheo: { y2023: 'khoảng 410' } } }; });
    const { merged, conflicts } = mergeContents(base, mine, theirs);
    expect(resolveConflicts(merged, conflicts, ['mine']).figureTexts?.['ho-dan']?.ngheo).toEqual({ y2023: 'hơn 400' });
    expect(resolveConflicts(merged, conflicts, ['theirs']).figureTexts?.['ho-dan']?.ngheo).toEqual({ y2023: 'khoảng 410' });
  });

  it('names a figure cell both changed', () => {
    const mine = edit(base, (c) => { c.figures['ho-dan']!.ngheo!.y2023 = 400; });
    const theirs = edit(base, (c) => { c.figures['ho-dan']!.ngheo!.y2023 = 410; });
    const { conflicts } = mergeContents(base, mine, theirs);
    expect(conflicts).toEqual([{ path: { part: 'figure', table: 'ho-dan', row: 'ngheo', column: 'y2023' }, label: 'Số liệu "Hộ gia đình": Hộ nghèo / Năm 2023', mine: 400, theirs: 410 }]);
  });
});
