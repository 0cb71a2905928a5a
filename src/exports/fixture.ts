/**
 * Reports for the writers' tests, from the seeds: seed 000 (Trà Tây, 39/BC-UBND, signed by the chairman),
 * and a draft shaped like seed 002 (Tháp Mười: number and day left blank, TM./KT. signature, an annex).
 */
import { reportContent, type ReportContentInput } from '../content/meta-schema.js';
import type { OfficialDocument } from './model.js';

type Mark = 'bold' | 'italic' | 'underline';
const text = (t: string, ...marks: Mark[]) => ({ type: 'text' as const, text: t, ...(marks.length ? { marks } : {}) });
const footnote = (t: string) => ({ type: 'footnote' as const, content: [text(t)] });
const para = (marker: '-' | '+' | null, ...content: ReturnType<typeof text | typeof footnote>[]) => ({ type: 'paragraph' as const, marker, content });

export const FOOTNOTE_1 = 'Kế hoạch số 17/KH-UBND ngày 02/4/2020 của UBND xã Trà Tây về phát động phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước năm 2020.';
export const FOOTNOTE_2 = 'Quyết định số 05/QĐ-UBND ngày 05/02/2021 về Ban hành Kế hoạch hành động thực hiện Nghị quyết của Hội đồng nhân dân xã về nhiệm vụ phát triển kinh tế - xã hội năm 2021.';
/** What a user might paste: markup and XML's special characters, to come out as text. */
export const TYPED_MARKUP = '<script>alert("x")</script> & <w:t>7 thôn</w:t>';

const traTayContent: ReportContentInput = {
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
      key: 'dac-diem', label: 'I.', title: 'ĐẶC ĐIỂM TÌNH HÌNH', guidance: 'Nêu đặc điểm địa bàn, dân số, dân tộc.',
      blocks: [
        para('-', text('Xã Trà Tây là một xã miền núi nằm ở phía Tây – Nam và cách trung tâm huyện 43 km, cách trung tâm tỉnh Quảng Ngãi khoảng 100 km về phía Tây - Bắc, với tổng diện tích tự nhiên 6.957,81 ha.')),
        para('-', text('Dân số, dân tộc: Toàn xã có 729 hộ/2.971 khẩu. Tỷ lệ hộ nghèo, cận nghèo cao: Hộ nghèo 405 hộ, chiếm 55,55%.')),
        para(null, text('Dân cư sống thưa thớt trên địa bàn '), text(TYPED_MARKUP, 'bold'), text(' và 7 khu dân cư.')),
      ],
      figureTables: [{
        key: 'dan-so', title: 'Đất đai, dân số và hộ nghèo',
        columns: [{ key: 'so-luong', label: 'Số lượng', decimals: 2 }, { key: 'ty-le', label: 'Tỷ lệ', unit: '%', decimals: 2 }],
        rows: [{ key: 'dien-tich', label: 'Diện tích tự nhiên (ha)' }, { key: 'ho', label: 'Số hộ (hộ)' }, { key: 'khau', label: 'Số khẩu (người)' }, { key: 'ngheo', label: 'Hộ nghèo (hộ)' }],
      }],
      children: [
        { key: 'thuan-loi', label: '1.', title: 'Thuận lợi', blocks: [para(null, text('Được sự lãnh đạo, chỉ đạo của cấp ủy Đảng và sự nỗ lực, cố gắng của Chính quyền xã, công tác dân vận trên địa bàn xã đã đạt được nhiều kết quả quan trọng.'))] },
        { key: 'kho-khan', label: '2.', title: 'Khó khăn', blocks: [para(null, text('Công tác tuyên truyền, vận động chưa sâu rộng, thường xuyên; việc xây dựng các mô hình dân vận khéo còn chung chung.'))] },
      ],
    },
    {
      key: 'trien-khai', label: 'II.', title: 'CÔNG TÁC TRIỂN KHAI THỰC HIỆN PHONG TRÀO THI ĐUA',
      children: [
        {
          key: 'lanh-dao', label: '1.', title: 'Công tác lãnh đạo, chỉ đạo, phát động Phong trào thi đua',
          blocks: [para(null, text('UBND xã chủ động xây dựng chương trình, kế hoạch và tổ chức thực hiện công tác dân vận gắn với thực hiện nhiệm vụ chuyên môn'), footnote(FOOTNOTE_1), text('. Qua đó đã nâng cao nhận thức của đội ngũ cán bộ, công chức về vị trí, vai trò của công tác '), text('“Dân vận Chính quyền”', 'italic'), text('.'))],
        },
        {
          key: 'tuyen-truyen', label: '2.', title: 'Công tác tuyên truyền, phổ biến, quán triệt và tổ chức thực hiện phong trào thi đua “Dân vận khéo”',
          blocks: [
            para(null, text('Trong giai đoạn 2020 – 2022 tổ chức '), text('06 đợt tuyên truyền', 'underline'), text(' về “Dân vận khéo” với khoảng 250 lượt người tham gia:')),
            { type: 'table', headerRows: 1, rows: [[{ content: [text('Năm')] }, { content: [text('Đợt tuyên truyền')] }], [{ content: [text('2020 – 2022')] }, { content: [text('06 đợt\nkhoảng 250 lượt người')] }]] },
          ],
          children: [{
            key: 'phoi-hop', label: '-', title: 'Hoạt động phối hợp của Mặt trận tổ quốc và các hội đoàn thể',
            blocks: [para('+', text('Xây dựng Kế hoạch Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của xã hằng năm'), footnote(FOOTNOTE_2), text('.'))],
            children: [{ key: 'hieu-hoc', label: 'a)', title: 'Xây dựng “gia đình hiếu học”' }],
          }],
        },
      ],
    },
  ],
  figures: { 'dan-so': { 'dien-tich': { 'so-luong': 6957.81 }, ho: { 'so-luong': 729 }, khau: { 'so-luong': 2971 }, ngheo: { 'so-luong': 405, 'ty-le': 55.55 } } },
};

export const traTay: OfficialDocument = { draft: false, annexes: [], content: reportContent.parse(traTayContent) };

export const thapMuoiDraft: OfficialDocument = {
  draft: true,
  annexes: [{
    title: 'PHỤ LỤC', subtitle: 'Hồ sơ trực tuyến của các đơn vị (kèm theo Báo cáo số       /BC-UBND)',
    columns: ['Đơn vị', 'Nội dung', 'Năm 2022 (hồ sơ)', 'Năm 2023 (hồ sơ)'],
    rows: [['Xã Trường Xuân', 'Hồ sơ trực tuyến', '1.204', '1.530'], ['Xã Mỹ An', 'Hồ sơ trực tuyến', '', '987'], ['Tổng cộng', 'Hồ sơ trực tuyến', '1.204', '2.517']],
  }],
  content: reportContent.parse({
    meta: {
      parentBody: 'UBND TỈNH ĐỒNG THÁP', issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI', number: '', place: 'Tháp Mười', date: { year: 2024, month: 2, day: null },
      subject: 'Sơ kết 03 năm thực hiện Kế hoạch số 53-KH/HU ngày 26/01/2022 Ban Chấp hành Đảng bộ huyện khóa X',
      addressees: ['Ban Dân vận Huyện ủy'],
      basis: [text('Thực hiện Công văn 113-CV/BDVHU ngày 09 tháng 01 năm 2024 của Ban Dân vận Huyện uỷ, Ủy ban nhân dân huyện báo cáo công tác thực hiện như sau:')],
      recipients: ['Ban Dân vận Huyện ủy', 'UBMTTQ Việt Nam huyện', 'Lưu: VT, NCVN'],
      signer: { collective: 'ỦY BAN NHÂN DÂN', authority: 'KT', headTitle: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Hiệp' },
    },
    sections: [{
      key: 'phan-1', label: 'Phần thứ nhất', title: 'ĐÁNH GIÁ KẾT QUẢ', style: 'part',
      children: [{
        key: 'ket-qua', label: 'I.', title: 'KẾT QUẢ THỰC HIỆN',
        children: [{
          key: 'cai-cach', label: '1.', title: 'Cải cách hành chính',
          children: [{ key: 'truc-tuyen', label: '1.1.', title: 'Dịch vụ công trực tuyến', blocks: [para(null, text('Năm 2022 cấp huyện tiếp nhận 2.384 hồ sơ, đạt 50,43%.'))] }],
        }],
      }],
    }],
  }),
};
