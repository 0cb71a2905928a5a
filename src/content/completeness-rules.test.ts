import { describe, expect, it } from 'vitest';
import { hasPlaceholder, unfinishedParts } from './completeness-rules.js';
import { reportContent } from './meta-schema.js';

describe('blanks left to fill', () => {
  it('finds the outline’s and the draft sentence’s "..." but not the "..." of prose', () => {
    for (const blank of ['quý ... năm ...', 'Trên đây là báo cáo quý ..., nhiệm vụ', 'Tiếp nhận ... hồ sơ', '…', ' ... ', 'Số … lượt']) {
      expect(hasPlaceholder(blank), blank).toBe(true);
    }
    // Each from a seed report: "and so on", as real reports write it.
    for (const prose of [
      'cuộc vận động “05 không 03 sạch” ...; cuộc vận động', 'dịch vụ công trực tuyến... góp phần',
      'đường dây nóng phản ánh, ... Qua đó', 'kỷ cương hành … Tăng cường vai trò', 'trên địa bàn phường, ... được thực hiện',
    ]) expect(hasPlaceholder(prose), prose).toBe(false);
  });
});

describe('where a part is', () => {
  const section = (label: string, title: string, children: unknown[] = [], blocks: unknown[] = []) =>
    ({ key: `k${Math.random().toString(36).slice(2)}`, label, title, style: 'heading', guidance: '', draft: '', figureTables: [], children, blocks });
  const content = (sections: unknown[]) => reportContent.parse({
    meta: { parentBody: '', issuingBody: 'ỦY BAN NHÂN DÂN XÃ TRÀ TÂN', number: '', symbol: 'BC-UBND', place: 'Trà Tân', date: { year: 2025 }, subject: 'Báo cáo', recipients: [], signer: {} },
    sections,
  });
  const written = [{ type: 'paragraph', marker: null, content: [{ type: 'text', text: 'Đã viết.' }] }];

  it('places a numbered section under its Roman part and shortens a long title', () => {
    const long = 'Đánh giá kết quả công tác lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền trong việc tổ chức phát động, triển khai Phong trào thi đua.';
    const parts = unfinishedParts(content([
      section('I.', 'ĐẶC ĐIỂM TÌNH HÌNH', [section('1.', 'Thuận lợi'), section('2.', 'Khó khăn', [], written)]),
      section('II.', 'KẾT QUẢ', [section('1.', long), section('2.5.', 'Công khai'), section('-', 'Tiếp công dân quý ...', [], written)]),
    ]));
    expect(parts.map((p) => p.where)).toEqual([
      'Mục I.1. Thuận lợi',
      'Mục II.1. Đánh giá kết quả công tác lãnh đạo, chỉ đạo của cấp ủy Đảng, chính…',
      'Mục 2.5. Công khai',
      'Mục Tiếp công dân quý ...',
    ]);
    expect(parts.map((p) => p.problem)).toEqual(['empty', 'empty', 'empty', 'placeholder']);
  });
});
