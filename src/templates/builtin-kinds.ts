/**
 * Outlines for the report kinds the seeds have no report of: 6 tháng, năm, tổng kết and chuyên đề on công
 * tác Dân vận chính quyền of a UBND cấp xã. Their parts are the seeds' (outline-parts.ts) in the order
 * provinces' guidance asks for: I. kết quả thực hiện, II. tồn tại, hạn chế và nguyên nhân, III. phương hướng,
 * nhiệm vụ kỳ tới, IV. đề xuất, kiến nghị. Subjects, closings and headings name the period by placeholder
 * ("{kỳ báo cáo}", "{kỳ tới}"), filled from the request when the first draft is made.
 */
import { s, yearsBack, type Input, type Section } from './outline-helpers.js';
import {
  coordination, democracy, directions, discipline, emulation, inspection, leadership, numbered, outreach, proposals, reception, reform,
  shortcomings, training, type Column,
} from './outline-parts.js';

const leadershipGuidance = 'Các văn bản UBND xã ban hành để triển khai công tác dân vận chính quyền trong kỳ (số, ngày, trích yếu); việc quán triệt đến các cơ quan, đơn vị; phân công cán bộ phụ trách công tác dân vận.';

/** Kết quả thực hiện of a periodic report: seed 003's items, with the figures a longer period carries. */
const periodicResults = (c: Column, extra: ((label: string) => Section)[] = []) => numbered(
  (l) => leadership(l, leadershipGuidance), (l) => outreach(l, c), (l) => emulation(l, c), (l) => reform(l, c), discipline,
  (l) => democracy(l, c), (l) => reception(l, c), (l) => training(l, c), ...extra, coordination,
);

const periodic = (c: Column, extra: ((label: string) => Section)[] = []) => [
  s('ket-qua', 'I.', 'KẾT QUẢ THỰC HIỆN', '', periodicResults(c, extra)),
  shortcomings('II.'),
  directions('III.'),
  proposals('IV.'),
];

/** Báo cáo 6 tháng (Nghị định 09/2019/NĐ-CP, Điều 12: số liệu từ 15/12 năm trước đến 14/6). */
const halfYear: Input = {
  title: 'Báo cáo kết quả thực hiện công tác Dân vận chính quyền 6 tháng',
  reportKind: 'half_year',
  description: 'Đề cương báo cáo 6 tháng của UBND cấp xã về công tác Dân vận chính quyền và phương hướng, nhiệm vụ 6 tháng tiếp theo (theo các mục của báo cáo quý I năm 2025 của UBND xã Trà Tân).',
  subject: 'Kết quả thực hiện công tác Dân vận chính quyền {kỳ báo cáo} và phương hướng, nhiệm vụ {kỳ tới}',
  closing: 'Trên đây là báo cáo kết quả thực hiện công tác dân vận chính quyền {kỳ báo cáo} và phương hướng, nhiệm vụ {kỳ tới} của UBND xã./.',
  outline: periodic({ key: 'sau-thang', label: 'Trong 6 tháng' }),
};

/** Báo cáo năm (Điều 12: số liệu từ 15/12 năm trước đến 14/12), with the year's evaluation (seed 002's scores). */
const yearly: Input = {
  title: 'Báo cáo kết quả thực hiện công tác Dân vận chính quyền năm',
  reportKind: 'year',
  description: 'Đề cương báo cáo năm của UBND cấp xã về công tác Dân vận chính quyền, kết quả tự đánh giá, xếp loại và phương hướng, nhiệm vụ năm tiếp theo.',
  subject: 'Kết quả thực hiện công tác Dân vận chính quyền {kỳ báo cáo} và phương hướng, nhiệm vụ {kỳ tới}',
  closing: 'Trên đây là báo cáo kết quả thực hiện công tác dân vận chính quyền {kỳ báo cáo} và phương hướng, nhiệm vụ {kỳ tới} của UBND xã./.',
  outline: periodic({ key: 'nam', label: 'Trong năm' }, [
    (l) => s('xep-loai', l, 'Kết quả tự đánh giá, xếp loại công tác dân vận chính quyền',
      'Cách tổ chức tự đánh giá theo tiêu chí của tỉnh; điểm tự chấm, các nội dung bị trừ điểm và lý do; mức xếp loại.', [], [{
        key: 'xep-loai', title: 'Kết quả đánh giá, xếp loại công tác dân vận chính quyền', rowHeader: 'Nội dung',
        columns: yearsBack(1, 0).map((c) => ({ ...c, decimals: 2 })),
        rows: [
          { key: 'diem', label: 'Điểm đánh giá (trên 100 điểm)', indicator: 'evaluation.score', total: 'none' },
          { key: 'hang', label: 'Hạng trong các đơn vị cùng cấp', indicator: 'evaluation.rank', decimals: 0, total: 'none' },
        ],
      }]),
  ]),
};

const stage: Column = { key: 'giai-doan', label: 'Cả giai đoạn' };

/** Báo cáo tổng kết of several years: the seeds' reviews (000, 002, 004) for the whole of công tác Dân vận chính quyền. */
const finalReview: Input = {
  title: 'Báo cáo tổng kết công tác Dân vận chính quyền giai đoạn',
  reportKind: 'final_review',
  description: 'Đề cương tổng kết công tác Dân vận chính quyền của UBND cấp xã qua một giai đoạn (05 năm, 10 năm): kết quả theo từng nội dung, điểm đánh giá từng năm (05 năm cuối giai đoạn), bài học kinh nghiệm và phương hướng thời gian tới.',
  // The request names what is reviewed ("Tổng kết 05 năm thực hiện Chỉ thị ..."): its subject is the report's.
  subject: 'Tổng kết công tác Dân vận chính quyền giai đoạn ... và phương hướng, nhiệm vụ thời gian tới',
  closing: 'Trên đây là báo cáo tổng kết công tác dân vận chính quyền {kỳ báo cáo} và phương hướng, nhiệm vụ {kỳ tới} của UBND xã./.',
  outline: [
    s('ket-qua', 'I.', 'KẾT QUẢ THỰC HIỆN', '', [
      leadership('1.', 'Việc quán triệt, triển khai các văn bản của Đảng, Nhà nước về công tác dân vận; các kế hoạch, chương trình UBND xã ban hành theo từng năm (liệt kê ở chú thích); phân công cán bộ phụ trách.'),
      outreach('2.', stage, 'Công tác tuyên truyền, phổ biến, quán triệt'),
      s('thuc-hien', '3.', 'Kết quả thực hiện các nội dung công tác dân vận chính quyền', '', [
        emulation('3.1.', stage, 'Phong trào thi đua “Dân vận khéo”; xây dựng, nhân rộng các mô hình, điển hình'),
        reform('3.2.', stage), discipline('3.3.'), democracy('3.4.', stage), reception('3.5.', stage), training('3.6.', stage), coordination('3.7.'),
      ]),
      inspection('4.', stage),
      s('xep-loai', '5.', 'Kết quả đánh giá, xếp loại công tác dân vận chính quyền hằng năm', 'Điểm và mức xếp loại từng năm; nội dung bị trừ điểm. Bảng lấy 05 năm cuối giai đoạn: xóa cột của năm ngoài giai đoạn.', [], [{
        key: 'xep-loai', title: 'Kết quả đánh giá, xếp loại công tác dân vận chính quyền', rowHeader: 'Nội dung',
        columns: yearsBack(4, 3, 2, 1, 0).map((c) => ({ ...c, decimals: 2 })),
        rows: [
          { key: 'diem', label: 'Điểm đánh giá (trên 100 điểm)', indicator: 'evaluation.score', total: 'none' },
          { key: 'hang', label: 'Hạng trong các đơn vị cùng cấp', indicator: 'evaluation.rank', decimals: 0, total: 'none' },
        ],
      }]),
    ]),
    shortcomings('II.', { lessons: true }),
    directions('III.'),
    proposals('IV.'),
  ],
};

const span: Column = { key: 'ky', label: 'Trong kỳ' };

/** Báo cáo chuyên đề: one matter the level above asks about (tiếp công dân, cải cách hành chính, ...). */
const thematic: Input = {
  title: 'Báo cáo chuyên đề về công tác Dân vận chính quyền',
  reportKind: 'thematic',
  description: 'Đề cương báo cáo chuyên đề của UBND cấp xã về một nội dung công tác Dân vận chính quyền cấp trên yêu cầu (như tiếp công dân, giải quyết đơn thư, cải cách hành chính, thực hiện dân chủ ở cơ sở).',
  // The request names the matter: its subject is the report's.
  subject: 'Kết quả thực hiện chuyên đề ... về công tác Dân vận chính quyền',
  closing: 'Trên đây là báo cáo kết quả thực hiện chuyên đề ... {kỳ báo cáo} của UBND xã./.',
  outline: [
    s('ket-qua', 'I.', 'KẾT QUẢ THỰC HIỆN', '', [
      leadership('1.', 'Các văn bản UBND xã ban hành để triển khai nội dung chuyên đề (số, ngày, trích yếu); việc quán triệt đến các cơ quan, đơn vị.', 'nội dung chuyên đề'),
      outreach('2.', span, 'Công tác tuyên truyền, quán triệt nội dung chuyên đề'),
      s('noi-dung', '3.', 'Kết quả thực hiện các nội dung của chuyên đề', 'Từng nội dung cấp trên yêu cầu báo cáo, với số liệu cụ thể; cách làm hay, mô hình hiệu quả.'),
      inspection('4.', span),
      emulation('5.', span, 'Mô hình, điển hình “Dân vận khéo” gắn với nội dung chuyên đề'),
    ]),
    shortcomings('II.'),
    directions('III.'),
    proposals('IV.'),
  ],
};

export const kindTemplates = [
  { key: 'dvcq-6-thang', input: halfYear },
  { key: 'dvcq-nam', input: yearly },
  { key: 'dvcq-tong-ket', input: finalReview },
  { key: 'dvcq-chuyen-de', input: thematic },
];
