/**
 * The built-in outlines (đề cương): the four real reports in the seeds, as the outline a request pins, and
 * one for each report kind the seeds have none of (builtin-kinds.ts).
 * Titles are the seeds' own; guidance says what the unit writes there, in the seeds' words. Figure
 * tables carry the numbers the seeds report, each row named by the indicator that will fill it.
 */
import { kindTemplates } from './builtin-kinds.js';
import { drafted, s, whole, years, yearsBack, type Input, type Table } from './outline-helpers.js';

/** Báo cáo quý về công tác Dân vận chính quyền (seed 003, UBND xã Trà Tân, quý I năm 2025). */
const quarterly: Input = {
  title: 'Báo cáo kết quả thực hiện công tác Dân vận chính quyền quý',
  reportKind: 'quarter',
  description: 'Đề cương báo cáo quý của UBND cấp xã về công tác Dân vận chính quyền và phương hướng quý tiếp theo (theo báo cáo quý I năm 2025 của UBND xã Trà Tân).',
  // Filled from the request's period: "... quý I năm 2025 và phương hướng nhiệm vụ quý II năm 2025" (content/period-text.ts).
  subject: 'Kết quả triển khai, thực hiện công tác Dân vận chính quyền {kỳ báo cáo} và phương hướng nhiệm vụ {kỳ tới}',
  closing: 'Trên đây là báo cáo kết quả thực hiện nhiệm vụ công tác dân vận chính quyền {kỳ báo cáo}, nhiệm vụ {kỳ tới} của UBND xã./.',
  outline: [
    s('ket-qua', 'I.', 'KẾT QUẢ THỰC HIỆN', '', [
      drafted(s('lanh-dao', '1.', 'Công tác lãnh chỉ đạo', 'Các văn bản UBND xã ban hành để triển khai công tác dân vận chính quyền trong kỳ (số, ngày, trích yếu); việc quán triệt đến các cơ quan, đơn vị.'),
        'Trong {kỳ}, {cơ quan} đã ban hành các văn bản lãnh đạo, chỉ đạo, triển khai thực hiện công tác dân vận chính quyền{văn bản}.'),
      drafted(s('tuyen-truyen', '2.', 'Công tác tuyên truyền, phổ biến Chỉ thị và các văn bản liên quan đến công tác dân vận chính quyền',
        'Hình thức tuyên truyền (truyền thanh, trang thông tin điện tử, hội nghị), nội dung Chỉ thị số 33/CT-TTg, số cuộc và số lượt người tham dự.', [], [{
          key: 'tuyen-truyen-quy', title: 'Tuyên truyền trong quý', rowHeader: 'Nội dung',
          columns: whole('quy', 'Trong quý'),
          rows: [
            { key: 'cuoc', label: 'Cuộc, đợt tuyên truyền (cuộc)', indicator: 'outreach.sessions' },
            { key: 'luot', label: 'Lượt người tham dự', indicator: 'outreach.participants' },
          ],
        }]), 'Trong {kỳ}, {cơ quan} tổ chức {outreach.sessions} cuộc tuyên truyền, phổ biến với {outreach.participants} lượt người tham dự.'),
      s('thi-dua', '3.', 'Chỉ đạo các phong trào thi đua yêu nước, nhất là phong trào thi đua “Dân vận khéo” trên lĩnh vực dân vận chính quyền gắn với việc đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và việc thể chế hóa các chủ trương của Đảng, Nhà nước, văn bản triển khai công tác dân vận',
        'Kết quả vận động Nhân dân trong phát triển kinh tế - xã hội, văn hóa, giáo dục, an sinh xã hội; thực hiện dân chủ ở cơ sở; các mô hình “Dân vận khéo”.'),
      s('cai-cach', '4.', 'Tiếp tục tổ chức triển khai thực hiện có hiệu quả Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành chương trình tổng thể cải cách hành chính (CCHC) nhà nước giai đoạn 2021 – 2030',
        'Cơ chế một cửa, một cửa liên thông; công khai thủ tục hành chính; số hồ sơ tiếp nhận, giải quyết đúng hạn, trực tuyến.'),
      s('ky-luat', '5.', 'Nâng cao kỷ luật, kỷ cương hành chính, đạo đức công vụ của đội ngũ cán bộ, công chức',
        'Văn bản chỉ đạo về kỷ luật, kỷ cương; tự kiểm tra tại bộ phận tiếp nhận và trả kết quả; trường hợp vi phạm (nếu có).'),
      drafted(s('tiep-dan', '6.', 'Công tác tiếp dân, giải quyết đơn thư khiếu nại, tố cáo',
        'Lịch tiếp công dân của lãnh đạo; số lượt tiếp, số đơn và số vụ việc tiếp nhận, đã giải quyết, hòa giải thành.', [], [{
          key: 'tiep-dan-quy', title: 'Tiếp công dân và xử lý đơn thư trong quý', rowHeader: 'Nội dung',
          columns: whole('quy', 'Trong quý'),
          rows: [
            { key: 'dinh-ky', label: 'Tiếp công dân định kỳ (lượt)', indicator: 'reception.sessions', disaggregation: 'kind:periodic' },
            { key: 'dot-xuat', label: 'Tiếp công dân đột xuất (lượt)', indicator: 'reception.sessions', disaggregation: 'kind:unscheduled' },
            { key: 'don', label: 'Đơn tiếp nhận (đơn)', indicator: 'petition.letters' },
            { key: 'vu', label: 'Vụ việc (vụ)', indicator: 'petition.cases' },
            { key: 'da-giai-quyet', label: 'Vụ việc đã giải quyết (vụ)', indicator: 'petition.cases_resolved' },
            { key: 'ty-le', label: 'Tỷ lệ giải quyết (%)', indicator: 'petition.resolution_rate', decimals: 1, total: 'none' },
          ],
        }]), 'Trong {kỳ}, {cơ quan} tiếp công dân định kỳ {reception.sessions|kind:periodic} lượt, đột xuất {reception.sessions|kind:unscheduled} lượt; tiếp nhận {petition.letters} đơn với {petition.cases} vụ việc, đã giải quyết {petition.cases_resolved} vụ việc, đạt tỷ lệ {petition.resolution_rate}.'),
      s('phoi-hop', '7.', 'Công tác phối hợp, tạo điều kiện để Mặt trận tổ quốc, các tổ chức chính trị - xã hội tham gia giám sát, phản biện xã hội, xây dựng chính quyền vững mạnh',
        'Thực hiện Quyết định số 217-QĐ/TW và 218-QĐ/TW; kết quả phối hợp giữa chính quyền với Mặt trận và các đoàn thể.'),
    ]),
    s('nhiem-vu', 'II.', 'MỘT SỐ NỘI DUNG NHIỆM VỤ TRONG THỜI GIAN ĐẾN', 'Các nhiệm vụ trọng tâm của quý tiếp theo, đánh số 1, 2, 3...'),
  ],
};

/** Sơ kết 03 năm Phong trào thi đua "Dân vận khéo" (seed 000, UBND xã Trà Tây, Báo cáo số 39/BC-UBND). */
const danVanKheo: Input = {
  title: 'Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước',
  reportKind: 'review',
  description: 'Đề cương sơ kết phong trào thi đua “Dân vận khéo” của UBND cấp xã (theo Báo cáo số 39/BC-UBND ngày 14/6/2023 của UBND xã Trà Tây).',
  subject: 'Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước',
  closing: 'Trên đây là báo cáo kết quả thực hiện sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”. UBND xã kính báo./.',
  outline: [
    s('dac-diem', 'I.', 'ĐẶC ĐIỂM TÌNH HÌNH', 'Vị trí, diện tích tự nhiên và diện tích rừng, địa hình; dân số, dân tộc, hộ nghèo, cận nghèo; số thôn; số cán bộ, công chức.', [
      s('thuan-loi', '1.', 'Thuận lợi'),
      s('kho-khan', '2.', 'Khó khăn'),
    ], [{
      key: 'dac-diem', title: 'Đất đai, dân số và hộ nghèo', rowHeader: 'Chỉ tiêu',
      columns: [{ key: 'so-lieu', label: 'Số liệu', decimals: 2 }],
      rows: [
        { key: 'dien-tich', label: 'Diện tích tự nhiên (ha)', indicator: 'profile.natural_area_ha' },
        { key: 'rung', label: 'Diện tích rừng (ha)', indicator: 'profile.forest_area_ha' },
        { key: 'phong-ho', label: 'Trong đó rừng phòng hộ (ha)', indicator: 'profile.protective_forest_ha' },
        { key: 'san-xuat', label: 'Trong đó rừng sản xuất (ha)', indicator: 'profile.production_forest_ha' },
        { key: 'ho', label: 'Số hộ (hộ)', indicator: 'profile.households' },
        { key: 'khau', label: 'Số khẩu (người)', indicator: 'profile.population' },
        { key: 'ngheo', label: 'Hộ nghèo (hộ)', indicator: 'profile.poor_households' },
        { key: 'can-ngheo', label: 'Hộ cận nghèo (hộ)', indicator: 'profile.near_poor_households' },
        { key: 'khong-ngheo', label: 'Hộ không nghèo (hộ)', indicator: 'profile.other_households' },
      ],
    }]),
    s('trien-khai', 'II.', 'CÔNG TÁC TRIỂN KHAI THỰC HIỆN PHONG TRÀO THI ĐUA', '', [
      drafted(s('lanh-dao', '1.', 'Công tác lãnh đạo, chỉ đạo, phát động Phong trào thi đua', 'Các văn bản của cấp trên được triển khai; kế hoạch, chương trình UBND xã ban hành (liệt kê ở chú thích).'),
        '{cơ quan} đã ban hành các kế hoạch, văn bản triển khai thực hiện Phong trào thi đua “Dân vận khéo”{văn bản}.'),
      drafted(s('tuyen-truyen', '2.', 'Công tác tuyên truyền, phổ biến, quán triệt và tổ chức thực hiện phong trào thi đua “Dân vận khéo”.',
        'Hình thức tuyên truyền, số đợt và số lượt người tham gia; hoạt động phối hợp của Mặt trận Tổ quốc và các hội đoàn thể.', [], [{
          key: 'tuyen-truyen', title: 'Tuyên truyền về “Dân vận khéo”', rowHeader: 'Nội dung',
          columns: whole('giai-doan', 'Cả giai đoạn'),
          rows: [
            { key: 'dot', label: 'Đợt tuyên truyền (đợt)', indicator: 'outreach.sessions' },
            { key: 'luot', label: 'Lượt người tham gia', indicator: 'outreach.participants' },
          ],
        }]), 'Trong giai đoạn, {cơ quan} tổ chức {outreach.sessions} đợt tuyên truyền về “Dân vận khéo” với {outreach.participants} lượt người tham gia.'),
    ]),
    s('ket-qua', 'III.', 'KẾT QUẢ ĐẠT ĐƯỢC', '', [
      s('danh-gia-lanh-dao', '1.', 'Đánh giá kết quả công tác lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền trong việc tổ chức phát động, triển khai Phong trào thi đua; công tác tuyên truyền, xây dựng kế hoạch, hướng dẫn kiểm tra và tổ chức thực hiện Phong trào thi đua.'),
      s('noi-dung-thi-dua', '2.', 'Đánh giá kết quả thực hiện Phong trào theo từng nội dung thi đua tại Kế hoạch số 70/KH-UBND ngày 04/6/2020 của Chủ tịch UBND tỉnh, trong đó tập trung đánh giá các giải pháp, mô hình, cách làm sáng tạo, góp phần thực hiện hiệu quả Phong trào thi đua ở các cơ quan, đơn vị, địa phương.'),
      drafted(s('mo-hinh', '3.', 'Những mô hình, điển hình trong phong trào thi đua " Dân vận khéo" của cơ quan (đặc biệt mô hình " Dân vận khéo" trong thực thi nhiệm vụ liên quan đến người dân, doanh nghiệp của cơ quan, đơn vị, địa phương, đã được triển khai thực hiện có hiệu quả trong thực tế và có thể nhân rộng).',
        'Liệt kê từng mô hình: tên, cơ quan chủ trì, năm xây dựng.', [], [{
          key: 'mo-hinh', title: 'Mô hình “Dân vận khéo”', rowHeader: 'Nội dung',
          columns: whole('giai-doan', 'Cả giai đoạn'),
          rows: [{ key: 'so-mo-hinh', label: 'Số mô hình “Dân vận khéo” (mô hình)', indicator: 'models.count' }],
        }]), 'Trong giai đoạn, trên địa bàn triển khai thực hiện {models.count} mô hình “Dân vận khéo”.'),
      s('tac-dong', '4.', 'Đánh giá tác động, hiệu quả của Phong trào thi đua đối với việc thực hiện nhiệm vụ chính trị của các cơ quan, đơn vị, địa phương, gắn với việc đẩy mạnh “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” và các phong trào thi đua, các cuộc vận động đang được triển khai thực hiện.'),
      drafted(s('khen-thuong', '5.', 'Kết quả biểu dương, tôn vinh, khen thưởng Phong trào thi đua', 'Quyết định khen thưởng (số, ngày), số tập thể, cá nhân, hộ gia đình được khen.', [], [{
        key: 'khen-thuong', title: 'Khen thưởng', rowHeader: 'Nội dung',
        columns: whole('giai-doan', 'Cả giai đoạn'),
        rows: [
          { key: 'quyet-dinh', label: 'Quyết định khen thưởng (quyết định)', indicator: 'award.decisions' },
          { key: 'ho', label: 'Hộ gia đình được khen thưởng (hộ)', indicator: 'award.households' },
        ],
      }]), '{cơ quan} ban hành {award.decisions} quyết định khen thưởng {award.individuals} cá nhân, {award.collectives} tập thể và {award.households} hộ gia đình có thành tích trong Phong trào thi đua.'),
    ]),
    s('danh-gia', 'IV.', 'ĐÁNH GIÁ CHUNG, ĐỀ XUẤT, KIẾN NGHỊ', '', [
      s('dat-duoc', '1.', 'Kết quả đạt được'),
      s('han-che', '2.', 'Tồn tại, hạn chế'),
      s('nguyen-nhan', '3.', 'Một số nguyên nhân tồn tại, hạn chế'),
      s('bai-hoc', '4.', 'Bài học kinh nghiệm'),
    ]),
  ],
};

/** Sơ kết 03 năm thực hiện kế hoạch của cấp ủy về công tác dân vận (seed 002, UBND huyện Tháp Mười). */
const partyPlan: Input = {
  title: 'Sơ kết 03 năm thực hiện kế hoạch của cấp ủy về tăng cường, đổi mới công tác dân vận',
  reportKind: 'review',
  description: 'Đề cương sơ kết việc thực hiện kế hoạch của Ban Chấp hành Đảng bộ về công tác dân vận (theo báo cáo sơ kết 03 năm thực hiện Kế hoạch số 53-KH/HU của UBND huyện Tháp Mười).',
  subject: 'Sơ kết 03 năm thực hiện Kế hoạch số ... của Ban Chấp hành Đảng bộ ... về tiếp tục tăng cường và đổi mới sự lãnh đạo của các cấp uỷ, tổ chức đảng đối với công tác Dân vận',
  closing: 'Trên đây là Báo cáo sơ kết 03 năm thực hiện Kế hoạch số ... của Ủy ban nhân dân./.',
  outline: [
    s('dac-diem', 'I.', 'ĐẶC ĐIỂM TÌNH HÌNH', 'Thuận lợi, khó khăn, thách thức trong thời gian thực hiện.'),
    s('trien-khai', 'II.', 'TÌNH HÌNH TRIỂN KHAI, THỰC HIỆN KẾ HOẠCH', '', [
      s('lanh-dao', '1.', 'Công tác lãnh đạo, chỉ đạo tổ chức quán triệt, thực hiện Kế hoạch', 'Việc học tập, quán triệt; các văn bản cụ thể hóa (liệt kê ở chú thích); số cuộc tuyên truyền, quán triệt.', [], [{
        key: 'quan-triet', title: 'Tuyên truyền, quán triệt', rowHeader: 'Nội dung',
        columns: whole('giai-doan', 'Cả giai đoạn'),
        rows: [{ key: 'cuoc', label: 'Cuộc triển khai, quán triệt (cuộc)', indicator: 'outreach.sessions' }],
      }]),
      s('chuyen-bien', '2.', 'Đánh giá sự chuyển biến nhận thức và hành động của các cấp uỷ, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội'),
    ]),
    s('ket-qua', 'III.', 'KẾT QUẢ THỰC HIỆN', '', [
      s('nhan-thuc', '1.', 'Nâng cao nhận thức và thống nhất hành động của các cơ quan, đơn vị, cán bộ, đảng viên về vai trò, vị trí công tác dân vận trong tình hình mới'),
      s('chat-luong', '2.', 'Nâng cao chất lượng công tác dân vận chính quyền',
        'Phân công phụ trách công tác dân vận; thực hiện dân chủ ở cơ sở; kết quả đánh giá, xếp loại dân vận chính quyền hằng năm; tiếp công dân, giải quyết khiếu nại, tố cáo; cải cách hành chính (hồ sơ trực tuyến, PAR Index, SIPAS); phối hợp với Mặt trận; công tác tôn giáo.', [], [
          {
            key: 'xep-loai', title: 'Kết quả đánh giá, xếp loại công tác dân vận chính quyền', rowHeader: 'Nội dung',
            columns: years(2021, 2022, 2023).map((c) => ({ ...c, decimals: 2 })),
            rows: [
              { key: 'diem', label: 'Điểm đánh giá (trên 100 điểm)', indicator: 'evaluation.score', total: 'none' },
              { key: 'hang', label: 'Hạng trong các huyện, thành phố', indicator: 'evaluation.rank', total: 'none' },
            ],
          },
          {
            key: 'thu-tuc', title: 'Hồ sơ thủ tục hành chính trực tuyến', rowHeader: 'Nội dung',
            columns: years(2022, 2023).map((c) => ({ ...c, decimals: 2 })),
            rows: [
              { key: 'huyen', label: 'Cấp huyện tiếp nhận (hồ sơ)', indicator: 'procedure.online' },
              { key: 'huyen-ty-le', label: 'Cấp huyện: tỷ lệ so với tổng số hồ sơ (%)', indicator: 'procedure.online_rate', total: 'none' },
              { key: 'xa', label: 'Cấp xã tiếp nhận (hồ sơ)' },
              { key: 'xa-ty-le', label: 'Cấp xã: tỷ lệ so với tổng số hồ sơ (%)', total: 'none' },
            ],
          },
          {
            key: 'chi-so', title: 'Chỉ số cải cách hành chính và sự hài lòng', rowHeader: 'Chỉ số',
            columns: years(2021, 2022, 2023),
            rows: [
              { key: 'par', label: 'Hạng Chỉ số cải cách hành chính (PAR Index)', indicator: 'procedure.par_index_rank', total: 'none' },
              { key: 'sipas', label: 'Hạng Chỉ số hài lòng (SIPAS)', indicator: 'procedure.sipas_rank', total: 'none' },
            ],
          },
        ]),
    ]),
    s('danh-gia', 'IV.', 'ĐÁNH GIÁ CHUNG', '', [
      s('uu-diem', '1.', 'Ưu điểm'),
      s('han-che', '2.', 'Hạn chế'),
      s('kien-nghi', '3.', 'Đề xuất, kiến nghị'),
    ]),
    s('phuong-huong', 'V.', 'PHƯƠNG HƯỚNG, NHIỆM VỤ', 'Các nhiệm vụ, giải pháp thời gian tới, đánh số 1, 2, 3...'),
  ],
};

const directive08 = (key: string, label: string, title: string, guidance = '', figureTables: Table[] = []) => s(key, label, title, guidance, [], figureTables);

/** Sơ kết 03 năm Chỉ thị 08-CT/TU: the province's required outline 2.1-2.9 (seed 004, UBND phường Nguyễn Nghiêm). */
const chiThi08: Input = {
  title: 'Sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU ngày 25/5/2021 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận của cơ quan Nhà nước các cấp',
  reportKind: 'review',
  description: 'Đề cương của tỉnh: phần thứ nhất đánh giá kết quả 03 năm (mục 2.1-2.9 bắt buộc), phần thứ hai nhiệm vụ, giải pháp và kiến nghị (theo báo cáo của UBND phường Nguyễn Nghiêm năm 2024).',
  subject: 'Sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU ngày 25/5/2021 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận của cơ quan Nhà nước các cấp',
  closing: 'Trên đây là báo cáo kết quả thực hiện Chỉ thị số 08-CT/TU ngày 25/5/2021 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác Dân vận của cơ quan Nhà nước các cấp trong 03 năm và phương hướng nhiệm vụ trong thời gian đến./.',
  outline: [
    { ...s('phan-1', 'Phần thứ nhất', 'ĐÁNH GIÁ KẾT QUẢ 03 NĂM THỰC HIỆN CHỈ THỊ 08', '', [
      s('dac-diem', 'I.', 'ĐẶC ĐIỂM, TÌNH HÌNH:', 'Vị trí, diện tích, dân số, số hộ, số tổ dân phố, chi bộ và đảng viên; bối cảnh triển khai Chỉ thị.'),
      s('ket-qua', 'II.', 'KẾT QUẢ 3 NĂM THỰC HIỆN CHỈ THỊ 08:', '', [
        s('lanh-dao', '1.', 'Công tác lãnh đạo, chỉ đạo, triển khai thực hiện:', '', [
          directive08('quan-triet', '1.1.', 'Công tác quán triệt, triển khai Chỉ thị 08 gắn với các văn bản của Đảng, Nhà nước về công tác dân vận của cấp ủy, tổ chức đảng, cơ quan nhà nước các cấp:'),
          drafted(directive08('van-ban', '1.2.', 'Việc xây dựng, ban hành các văn bản lãnh đạo, chỉ đạo của cấp ủy đảng, chính quyền để triển khai thực hiện Chỉ thị số 08:', 'Liệt kê theo từng năm các kế hoạch, công văn đã ban hành (số, ngày, trích yếu).'), '{cơ quan} đã ban hành các văn bản lãnh đạo, chỉ đạo triển khai thực hiện Chỉ thị số 08-CT/TU{văn bản}.'),
          drafted(directive08('kiem-tra', '1.3.', 'Công tác kiểm tra, giám sát việc thực hiện Chỉ thị số 08:', 'Số cuộc giám sát chuyên đề, kiểm tra thường xuyên; lĩnh vực; sơ kết, tổng kết.', [{
            key: 'giam-sat', title: 'Kiểm tra, giám sát', rowHeader: 'Nội dung',
            columns: whole('giai-doan', 'Cả giai đoạn'),
            rows: [
              { key: 'chuyen-de', label: 'Giám sát chuyên đề (cuộc)', indicator: 'inspection.sessions', disaggregation: 'kind:thematic' },
              { key: 'thuong-xuyen', label: 'Kiểm tra, giám sát thường xuyên (cuộc)', indicator: 'inspection.sessions', disaggregation: 'kind:regular' },
            ],
          }]), 'Trong 03 năm, {cơ quan} được giám sát chuyên đề {inspection.sessions|kind:thematic} cuộc và kiểm tra, giám sát thường xuyên {inspection.sessions|kind:regular} cuộc.'),
        ]),
        s('thuc-hien', '2.', 'Kết quả thực hiện:', '', [
          drafted(directive08('lanh-dao-chuyen-mon', '2.1.', 'Công tác lãnh đạo, chỉ đạo thực hiện công tác dân vận gắn với nhiệm vụ chuyên môn của từng địa phương, cơ quan, đơn vị:', 'Kết quả vận động Nhân dân chấp hành chủ trương, chính sách; tuyên truyền, phổ biến pháp luật (số lượt, số người); xây dựng đời sống văn hóa.', [{
            key: 'tuyen-truyen', title: 'Tuyên truyền, phổ biến giáo dục pháp luật', rowHeader: 'Nội dung',
            columns: whole('giai-doan', 'Cả giai đoạn'),
            rows: [
              { key: 'luot', label: 'Lượt tuyên truyền (lượt)', indicator: 'outreach.sessions' },
              { key: 'nguoi', label: 'Lượt người tham dự', indicator: 'outreach.participants' },
            ],
          }]), 'Trong 03 năm, {cơ quan} đã tổ chức {outreach.sessions} lượt tuyên truyền, phổ biến, giáo dục pháp luật cho Nhân dân với {outreach.participants} lượt người tham dự.'),
          directive08('phan-cong', '2.2.', 'Việc phân công cán bộ phụ trách công tác dân vận chính quyền (theo Quyết định số 396-QĐ/TU, ngày 19/10/2021 của Ban Thường vụ Tỉnh ủy về việc ban hành Quy chế công tác dân vận của hệ thống chính trị):'),
          drafted(directive08('tiep-dan', '2.3.', 'Kết quả thực hiện công tác tiếp dân, đối thoại, xử lý đơn thư và giải quyết khiếu nại, tố cáo, các vụ khiếu kiện đông người, phức tạp, kéo dài:', 'Số lượt tiếp công dân định kỳ, đột xuất theo năm; số đơn và số vụ việc theo loại; hòa giải thành; tỷ lệ giải quyết tính trên số vụ việc.', [{
            key: 'tiep-dan', title: 'Tiếp công dân và xử lý đơn thư', rowHeader: 'Nội dung',
            columns: yearsBack(3, 2, 1),
            rows: [
              { key: 'dinh-ky', label: 'Tiếp công dân định kỳ (lượt)', indicator: 'reception.sessions', disaggregation: 'kind:periodic' },
              { key: 'dot-xuat', label: 'Tiếp công dân đột xuất (lượt)', indicator: 'reception.sessions', disaggregation: 'kind:unscheduled' },
              { key: 'don', label: 'Đơn nhận (đơn)', indicator: 'petition.letters' },
              { key: 'vu', label: 'Vụ việc (vụ)', indicator: 'petition.cases' },
              { key: 'dat-dai', label: 'Trong đó tranh chấp đất đai (vụ)', indicator: 'petition.cases', disaggregation: 'kind:land_dispute' },
              { key: 'hoa-giai-thanh', label: 'Hòa giải thành (vụ)', indicator: 'petition.mediated_success' },
              { key: 'da-giai-quyet', label: 'Vụ việc đã giải quyết (vụ)', indicator: 'petition.cases_resolved' },
              { key: 'ty-le', label: 'Tỷ lệ giải quyết (%)', indicator: 'petition.resolution_rate', decimals: 1, total: 'none' },
            ],
          }]), 'Tổng số lượt tiếp công dân định kỳ là {reception.sessions|kind:periodic} lượt; đột xuất {reception.sessions|kind:unscheduled} lượt. {cơ quan} tiếp nhận {petition.letters} đơn với {petition.cases} vụ việc, đã giải quyết {petition.cases_resolved} vụ việc, đạt tỷ lệ {petition.resolution_rate}.'),
          directive08('thu-tuc', '2.4.', 'Kết quả thực hiện kiểm soát thủ tục hành chính, bộ phận một cửa, một cửa liên thông tại địa phương. Việc thực hiện các quy định về đạo đức công vụ, văn hóa công sở của đội ngũ cán bộ, công chức, người đứng đầu cơ quan trong giải quyết thủ tục hành chính:'),
          drafted(directive08('mo-hinh', '2.5.', 'Xây dựng, triển khai và nhân rộng các mô hình, điển hình “Dân vận khéo” trên các lĩnh vực: phát triển kinh tế; văn hóa xã hội; quốc phòng - an ninh; xây dựng hệ thống chính trị (nêu cụ thể số mô hình đã triển khai, nhân rộng):', 'Số mô hình và tên từng mô hình.', [{
            key: 'mo-hinh', title: 'Mô hình “Dân vận khéo”', rowHeader: 'Nội dung',
            columns: whole('giai-doan', 'Cả giai đoạn'),
            rows: [{ key: 'so-mo-hinh', label: 'Số mô hình đã triển khai (mô hình)', indicator: 'models.count' }],
          }]), 'Trong 03 năm, trên địa bàn triển khai thực hiện {models.count} mô hình “Dân vận khéo”.'),
          drafted(directive08('tap-huan', '2.6.', 'Tập huấn, bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ, công chức, viên chức khối cơ quan Nhà nước (số lớp tổ chức tập huấn, số người tham dự):', '', [{
            key: 'tap-huan', title: 'Tập huấn, bồi dưỡng', rowHeader: 'Nội dung',
            columns: whole('giai-doan', 'Cả giai đoạn'),
            rows: [
              { key: 'lop', label: 'Lớp tập huấn, bồi dưỡng (lớp)', indicator: 'training.classes' },
              { key: 'nguoi', label: 'Cán bộ, công chức tham dự (người)', indicator: 'training.participants' },
            ],
          }]), '{cơ quan} cử cán bộ, công chức tham gia {training.classes} lớp tập huấn, bồi dưỡng nghiệp vụ công tác dân vận chính quyền, với {training.participants} lượt người tham dự.'),
          directive08('dan-chu', '2.7.', 'Kết quả xây dựng kế hoạch thực hiện công tác dân vận chính quyền và thực hiện dân chủ ở cơ sở. Việc cụ thể hóa phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”:'),
          directive08('xep-loai', '2.8.', 'Kết quả việc triển khai thực hiện Quyết định số 436/QĐ-UBND, ngày 11/6/2019 của Ủy ban nhân dân tỉnh về Quy định tiêu chí, cách đánh giá, xếp loại công tác dân vận của cơ quan nhà nước trên địa bàn tỉnh (Nay là Quyết định số 1211/QĐ-UBND ngày 02/11/2022):', 'Cách tổ chức tự đánh giá; kết quả xếp loại từng năm.'),
          directive08('mat-tran', '2.9.', 'Vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong việc giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền. Cơ chế phối hợp thực hiện công tác dân vận giữa Ban dân vận, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội với cơ quan Nhà nước, lực lượng vũ trang cùng cấp. Phương thức hoạt động của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, các hội quần chúng. Các vấn đề liên quan trong quá trình tổ chức thực hiện:'),
        ]),
      ]),
      s('danh-gia', 'III.', 'ĐÁNH GIÁ CHUNG:', '', [
        s('uu-diem', '1.', 'Ưu điểm:'),
        s('han-che-nguyen-nhan', '2.', 'Hạn chế, nguyên nhân:', '', [
          s('han-che', '2.1.', 'Hạn chế:'),
          s('nguyen-nhan', '2.2.', 'Nguyên nhân:'),
        ]),
        s('kinh-nghiem', '3.', 'Một số kinh nghiệm:'),
      ]),
    ]), style: 'part' },
    { ...s('phan-2', 'Phần thứ hai', 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI VÀ ĐỀ XUẤT, KIẾN NGHỊ', '', [
      s('nhiem-vu', 'I.', 'NHIỆM VỤ, GIẢI PHÁP:', '', [
        s('giai-phap', '1.', 'Nhiệm vụ, giải pháp:'),
        s('kien-nghi', '2.', 'Kiến nghị, đề xuất:'),
      ]),
    ]), style: 'part' },
  ],
};

export const builtinTemplates: { key: string; input: Input }[] = [
  { key: 'dvcq-quy', input: quarterly },
  { key: 'dan-van-kheo-so-ket-3-nam', input: danVanKheo },
  { key: 'so-ket-ke-hoach-dang-3-nam', input: partyPlan },
  { key: 'so-ket-chi-thi-08-3-nam', input: chiThi08 },
  // After the seeds' four: a new database lists them in this order, the quarterly first.
  ...kindTemplates,
];
