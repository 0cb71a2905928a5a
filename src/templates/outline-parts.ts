/**
 * The sections a report on công tác Dân vận chính quyền has whatever its period, worded as the seeds word
 * them (seed 003's items 1-7, seed 002's III.2, seed 004's 2.1-2.9), for the 6-month, yearly, tổng kết and
 * chuyên đề outlines. Each takes its number and the column its figure table counts ("Trong 6 tháng",
 * "Cả giai đoạn"). Draft sentences say "Trong {kỳ}", which the first draft fills from the request's period
 * ("Trong 6 tháng đầu năm", "Trong 05 năm"), never a literal "Trong quý".
 */
import { drafted, s, type Section } from './outline-helpers.js';

export interface Column {
  key: string;
  label: string;
}

const counted = (c: Column) => [{ key: c.key, label: c.label, period: 'report' as const }];

export const leadership = (label: string, guidance: string, what = 'công tác dân vận chính quyền') =>
  drafted(s('lanh-dao', label, 'Công tác lãnh đạo, chỉ đạo', guidance),
    `Trong {kỳ}, {cơ quan} đã ban hành các văn bản lãnh đạo, chỉ đạo, triển khai thực hiện ${what}{văn bản}.`);

export const outreach = (label: string, c: Column, title = 'Công tác tuyên truyền, phổ biến Chỉ thị và các văn bản liên quan đến công tác dân vận chính quyền') =>
  drafted(s('tuyen-truyen', label, title,
    'Hình thức tuyên truyền (truyền thanh, trang thông tin điện tử, hội nghị, họp thôn), nội dung Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, số cuộc và số lượt người tham dự.', [], [{
      key: 'tuyen-truyen', title: 'Tuyên truyền, phổ biến', rowHeader: 'Nội dung', columns: counted(c),
      rows: [
        { key: 'cuoc', label: 'Cuộc, đợt tuyên truyền (cuộc)', indicator: 'outreach.sessions' },
        { key: 'luot', label: 'Lượt người tham dự', indicator: 'outreach.participants' },
      ],
    }]), 'Trong {kỳ}, {cơ quan} tổ chức {outreach.sessions} cuộc tuyên truyền, phổ biến với {outreach.participants} lượt người tham dự.');

export const emulation = (label: string, c: Column, title = 'Chỉ đạo các phong trào thi đua yêu nước, nhất là phong trào thi đua “Dân vận khéo” trên lĩnh vực dân vận chính quyền gắn với việc đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh') =>
  drafted(s('dan-van-kheo', label, title,
    'Kết quả vận động Nhân dân trong phát triển kinh tế - xã hội, văn hóa, giáo dục, an sinh xã hội; từng mô hình “Dân vận khéo”: tên, tổ chức thực hiện, lĩnh vực, việc duy trì, nhân rộng.', [], [{
      key: 'mo-hinh', title: 'Mô hình “Dân vận khéo”', rowHeader: 'Nội dung', columns: counted(c),
      rows: [{ key: 'so-mo-hinh', label: 'Số mô hình “Dân vận khéo” (mô hình)', indicator: 'models.count' }],
    }]), 'Trong {kỳ}, trên địa bàn triển khai thực hiện {models.count} mô hình “Dân vận khéo”.');

export const reform = (label: string, c: Column) =>
  drafted(s('cai-cach', label, 'Tiếp tục tổ chức triển khai thực hiện có hiệu quả Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành chương trình tổng thể cải cách hành chính (CCHC) nhà nước giai đoạn 2021 – 2030',
    'Cơ chế một cửa, một cửa liên thông; công khai thủ tục hành chính; số hồ sơ tiếp nhận, trực tuyến, giải quyết đúng hạn; thái độ phục vụ của cán bộ, công chức.', [], [{
      key: 'thu-tuc', title: 'Hồ sơ thủ tục hành chính', rowHeader: 'Nội dung', columns: counted(c),
      rows: [
        { key: 'tiep-nhan', label: 'Hồ sơ tiếp nhận (hồ sơ)', indicator: 'procedure.dossiers' },
        { key: 'truc-tuyen', label: 'Trong đó tiếp nhận trực tuyến (hồ sơ)', indicator: 'procedure.online' },
        { key: 'dung-han', label: 'Giải quyết đúng hạn (hồ sơ)', indicator: 'procedure.on_time' },
        { key: 'ty-le-truc-tuyen', label: 'Tỷ lệ hồ sơ trực tuyến (%)', indicator: 'procedure.online_rate', decimals: 2, total: 'none' },
        { key: 'ty-le-dung-han', label: 'Tỷ lệ giải quyết đúng hạn (%)', indicator: 'procedure.on_time_rate', decimals: 2, total: 'none' },
      ],
    }]), 'Trong {kỳ}, Bộ phận tiếp nhận và trả kết quả của {cơ quan} tiếp nhận {procedure.dossiers} hồ sơ thủ tục hành chính, trong đó {procedure.online} hồ sơ trực tuyến, đạt tỷ lệ {procedure.online_rate}; giải quyết đúng hạn {procedure.on_time} hồ sơ, đạt tỷ lệ {procedure.on_time_rate}.');

export const discipline = (label: string) =>
  s('ky-luat', label, 'Nâng cao kỷ luật, kỷ cương hành chính, đạo đức công vụ của đội ngũ cán bộ, công chức',
    'Văn bản chỉ đạo về kỷ luật, kỷ cương; văn hóa công sở; tự kiểm tra tại bộ phận tiếp nhận và trả kết quả; trường hợp vi phạm (nếu có).');

/** Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 (hiệu lực từ 01/7/2023). */
export const democracy = (label: string, c: Column) =>
  drafted(s('dan-chu', label, 'Thực hiện dân chủ ở cơ sở; cụ thể hóa phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”',
    'Nội dung công khai để Nhân dân biết; nội dung Nhân dân bàn và quyết định, tham gia ý kiến, kiểm tra, giám sát (Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15); hình thức công khai.', [], [{
      key: 'cong-khai', title: 'Công khai thông tin', rowHeader: 'Nội dung', columns: counted(c),
      rows: [
        { key: 'noi-dung', label: 'Nội dung đã công khai (nội dung)', indicator: 'disclosure.items' },
        { key: 'cham', label: 'Trong đó công khai chậm (nội dung)', indicator: 'disclosure.late' },
      ],
    }]), 'Trong {kỳ}, {cơ quan} thực hiện công khai {disclosure.items} nội dung theo quy định của Luật Thực hiện dân chủ ở cơ sở.');

export const reception = (label: string, c: Column) =>
  drafted(s('tiep-dan', label, 'Công tác tiếp dân, giải quyết đơn thư khiếu nại, tố cáo',
    'Lịch tiếp công dân của lãnh đạo; số lượt tiếp định kỳ, đột xuất; số đơn và số vụ việc tiếp nhận theo loại, đã giải quyết, hòa giải thành; đối thoại với Nhân dân.', [], [{
      key: 'tiep-dan', title: 'Tiếp công dân và xử lý đơn thư', rowHeader: 'Nội dung', columns: counted(c),
      rows: [
        { key: 'dinh-ky', label: 'Tiếp công dân định kỳ (lượt)', indicator: 'reception.sessions', disaggregation: 'kind:periodic' },
        { key: 'dot-xuat', label: 'Tiếp công dân đột xuất (lượt)', indicator: 'reception.sessions', disaggregation: 'kind:unscheduled' },
        { key: 'don', label: 'Đơn tiếp nhận (đơn)', indicator: 'petition.letters' },
        { key: 'vu', label: 'Vụ việc (vụ)', indicator: 'petition.cases' },
        { key: 'hoa-giai-thanh', label: 'Hòa giải thành (vụ)', indicator: 'petition.mediated_success' },
        { key: 'da-giai-quyet', label: 'Vụ việc đã giải quyết (vụ)', indicator: 'petition.cases_resolved' },
        { key: 'ty-le', label: 'Tỷ lệ giải quyết (%)', indicator: 'petition.resolution_rate', decimals: 1, total: 'none' },
      ],
    }]), 'Trong {kỳ}, {cơ quan} tiếp công dân định kỳ {reception.sessions|kind:periodic} lượt, đột xuất {reception.sessions|kind:unscheduled} lượt; tiếp nhận {petition.letters} đơn với {petition.cases} vụ việc, đã giải quyết {petition.cases_resolved} vụ việc, đạt tỷ lệ {petition.resolution_rate}.');

export const training = (label: string, c: Column) =>
  drafted(s('tap-huan', label, 'Tập huấn, bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ, công chức', 'Số lớp tổ chức hoặc cử cán bộ tham dự, số người tham dự.', [], [{
    key: 'tap-huan', title: 'Tập huấn, bồi dưỡng', rowHeader: 'Nội dung', columns: counted(c),
    rows: [
      { key: 'lop', label: 'Lớp tập huấn, bồi dưỡng (lớp)', indicator: 'training.classes' },
      { key: 'nguoi', label: 'Cán bộ, công chức tham dự (người)', indicator: 'training.participants' },
    ],
  }]), 'Trong {kỳ}, {cơ quan} cử cán bộ, công chức tham gia {training.classes} lớp tập huấn, bồi dưỡng nghiệp vụ công tác dân vận chính quyền, với {training.participants} lượt người tham dự.');

export const inspection = (label: string, c: Column) =>
  drafted(s('kiem-tra', label, 'Công tác kiểm tra, giám sát', 'Số cuộc giám sát chuyên đề, kiểm tra thường xuyên; cơ quan kiểm tra, giám sát; lĩnh vực; kết quả khắc phục sau kiểm tra.', [], [{
    key: 'giam-sat', title: 'Kiểm tra, giám sát', rowHeader: 'Nội dung', columns: counted(c),
    rows: [
      { key: 'chuyen-de', label: 'Giám sát chuyên đề (cuộc)', indicator: 'inspection.sessions', disaggregation: 'kind:thematic' },
      { key: 'thuong-xuyen', label: 'Kiểm tra, giám sát thường xuyên (cuộc)', indicator: 'inspection.sessions', disaggregation: 'kind:regular' },
    ],
  }]), 'Trong {kỳ}, {cơ quan} được giám sát chuyên đề {inspection.sessions|kind:thematic} cuộc và kiểm tra, giám sát thường xuyên {inspection.sessions|kind:regular} cuộc.');

export const coordination = (label: string) =>
  s('phoi-hop', label, 'Công tác phối hợp, tạo điều kiện để Mặt trận Tổ quốc, các tổ chức chính trị - xã hội tham gia giám sát, phản biện xã hội, xây dựng chính quyền vững mạnh',
    'Thực hiện Quyết định số 217-QĐ/TW và 218-QĐ/TW; quy chế phối hợp giữa chính quyền với Mặt trận và các đoàn thể; trả lời kiến nghị của cử tri.');

/** II: what fell short and why (seed 002's "Hạn chế", seed 004's "Hạn chế, nguyên nhân"); a review adds its lessons. */
export function shortcomings(label: string, { lessons = false } = {}): Section {
  return s('ton-tai', label, lessons ? 'TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM' : 'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', '', [
    s('han-che', '1.', 'Tồn tại, hạn chế'),
    s('nguyen-nhan', '2.', 'Nguyên nhân', 'Nguyên nhân khách quan và nguyên nhân chủ quan.'),
    ...(lessons ? [s('bai-hoc', '3.', 'Bài học kinh nghiệm')] : []),
  ]);
}

/** III: the next period's tasks, named from the request ("PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"). */
export const directions = (label: string) =>
  s('phuong-huong', label, 'PHƯƠNG HƯỚNG, NHIỆM VỤ {kỳ tới}',
    'Các nhiệm vụ trọng tâm, đánh số 1, 2, 3...: tiếp tục quán triệt Chỉ thị số 33/CT-TTg; phong trào thi đua “Dân vận khéo”; cải cách hành chính; tiếp công dân, giải quyết đơn thư; phối hợp với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội.');

export const proposals = (label: string) => s('kien-nghi', label, 'ĐỀ XUẤT, KIẾN NGHỊ', 'Đề xuất, kiến nghị với cấp trên (nếu có).');

/** Numbers a list of section builders 1., 2., 3. ... in order. */
export const numbered = (...parts: ((label: string) => Section)[]) => parts.map((part, i) => part(`${i + 1}.`));
