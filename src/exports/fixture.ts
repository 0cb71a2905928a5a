/** A report shaped like seed 000 (Trà Tây, 39/BC-UBND), and a draft shaped like seed 002, for the writers' tests. */
import { reportContent } from '../reports/meta-schema.js';
import type { OfficialDocument } from './model.js';

const text = (t: string, marks?: ('bold' | 'italic' | 'underline')[]) => ({ type: 'text' as const, text: t, ...(marks ? { marks } : {}) });
const footnote = (t: string) => ({ type: 'footnote' as const, content: [text(t)] });

export const traTay: OfficialDocument = {
  draft: false,
  annexes: [],
  content: reportContent.parse({
    meta: {
      parentBody: 'UBND HUYỆN TRÀ BỒNG', issuingBody: 'ỦY BAN NHÂN DÂN XÃ TRÀ TÂY', number: '39', symbol: 'BC-UBND', place: 'Trà Tây',
      date: { year: 2023, month: 6, day: 14 },
      subject: 'Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước',
      basis: [text('Thực hiện Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng về việc sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính Nhà nước, Ủy ban nhân dân xã Trà Tây báo cáo kết quả thực hiện như sau:')],
      closing: [text('Trên đây là báo cáo kết quả thực hiện sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”. UBND xã Trà Tây kính báo./.')],
      recipients: ['Cơ quan Tổ chức - Nội vụ huyện', 'TT Đảng ủy; TT HĐND xã', 'CT, PCT UBND xã', 'Lưu: VT, NV'],
      signer: { title: 'CHỦ TỊCH', name: 'Hồ Văn Long' },
    },
    sections: [
      {
        key: 'dac-diem', label: 'I.', title: 'ĐẶC ĐIỂM TÌNH HÌNH',
        blocks: [
          { type: 'paragraph', marker: '-', content: [text('Dân số, dân tộc: Toàn xã có 729 hộ/2.971 khẩu. Tỷ lệ hộ nghèo, cận nghèo cao: Hộ nghèo 405 hộ, chiếm 55,55%.')] },
          { type: 'paragraph', content: [text('Xã có '), text('<script>alert(1)</script> & "7 thôn"', ['bold']), text(' và 7 khu dân cư.')] },
        ],
        figureTables: [{
          key: 'dac-diem', title: 'Đất đai, dân số và hộ nghèo', columns: [{ key: 'so-lieu', label: 'Số liệu', decimals: 2 }],
          rows: [{ key: 'dien-tich', label: 'Diện tích tự nhiên (ha)' }, { key: 'ho', label: 'Số hộ (hộ)' }, { key: 'khau', label: 'Số khẩu (người)' }, { key: 'ngheo', label: 'Hộ nghèo (hộ)' }],
        }],
        children: [{ key: 'thuan-loi', label: '1.', title: 'Thuận lợi', blocks: [{ type: 'paragraph', content: [text('Được sự lãnh đạo, chỉ đạo của cấp ủy Đảng.')] }] }],
      },
      {
        key: 'trien-khai', label: 'II.', title: 'CÔNG TÁC TRIỂN KHAI THỰC HIỆN PHONG TRÀO THI ĐUA',
        blocks: [
          { type: 'paragraph', content: [text('UBND xã chủ động xây dựng chương trình, kế hoạch và tổ chức thực hiện công tác dân vận gắn với thực hiện nhiệm vụ chuyên môn'), footnote('Kế hoạch số 17/KH-UBND ngày 02/4/2020 của UBND xã Trà Tây về phát động phong trào thi đua “Dân vận khéo”.'), text('.')] },
          { type: 'paragraph', marker: '+', content: [text('Xây dựng Kế hoạch phát động phong trào thi đua hằng năm'), footnote('Quyết định số 05/QĐ-UBND ngày 05/02/2021 về Ban hành Kế hoạch hành động.'), text('.')] },
          { type: 'table', headerRows: 1, rows: [[{ content: [text('Năm')] }, { content: [text('Đợt tuyên truyền')] }], [{ content: [text('2020 – 2022')] }, { content: [text('06 đợt, khoảng 250 lượt người')] }]] },
        ],
      },
    ],
    figures: { 'dac-diem': { 'dien-tich': { 'so-lieu': 6957.81 }, ho: { 'so-lieu': 729 }, khau: { 'so-lieu': 2971 }, ngheo: { 'so-lieu': 405 } } },
  }),
};

export const thapMuoiDraft: OfficialDocument = {
  draft: true,
  annexes: [{ title: 'PHỤ LỤC', subtitle: 'Hồ sơ trực tuyến của các đơn vị (kèm theo Báo cáo số /BC-UBND)', columns: ['Đơn vị', 'Nội dung', 'Năm 2022', 'Năm 2023'], rows: [['Xã Trường Xuân', 'Hồ sơ (hồ sơ)', '1.204', '1.530'], ['Tổng cộng', 'Hồ sơ (hồ sơ)', '1.204', '1.530']] }],
  content: reportContent.parse({
    meta: {
      parentBody: 'UBND TỈNH ĐỒNG THÁP', issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI', number: '', place: 'Tháp Mười', date: { year: 2024, month: 2, day: null },
      subject: 'Sơ kết 03 năm thực hiện Kế hoạch số 53-KH/HU ngày 26/01/2022 Ban Chấp hành Đảng bộ huyện khóa X',
      addressees: ['Ban Dân vận Huyện ủy'],
      recipients: ['Ban Dân vận Huyện ủy', 'Lưu: VT, NCVN'],
      signer: { collective: 'ỦY BAN NHÂN DÂN', authority: 'KT', headTitle: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Hiệp' },
    },
    sections: [{ key: 'phan-1', label: 'Phần thứ nhất', title: 'ĐÁNH GIÁ KẾT QUẢ', style: 'part', blocks: [{ type: 'paragraph', content: [text('Năm 2022 cấp huyện tiếp nhận 2.384 hồ sơ, đạt 50,43%.')] }] }],
  }),
};
