/**
 * Registry records taken from the seeds, so that the seed reports' counts come out of the registries.
 * The seeds give each model's name, organisation and year (seed 000) or only its name (seed 004,
 * "Từ năm 2021 đến nay triển khai thực hiện 16 mô hình"); the field each is filed under is our reading of
 * its name, so every record is marked "dữ liệu minh họa".
 */
import type { ModelInput } from '../registries/models/schema.js';
import type { OutreachInput } from '../registries/outreach/schema.js';
import type { ReceptionInput } from '../registries/reception/schema.js';
import type { TrainingInput } from '../registries/trainings/schema.js';
import type { InspectionInput } from '../registries/inspections/schema.js';
import type { AwardInput } from '../registries/awards/schema.js';
import type { OfficerInput } from '../registries/officers/schema.js';

type SeedModel = Omit<ModelInput, 'unitCode' | 'level' | 'status' | 'stoppedYear' | 'description' | 'results' | 'recognition' | 'ownerDetail' | 'village'>
  & Partial<Pick<ModelInput, 'ownerDetail' | 'village'>>;

/** Seed 000 (UBND xã Trà Tây, 2023): the nine models "Từ năm 2020 đến nay". */
export const seed000Models: SeedModel[] = [
  { name: 'Trồng cây xanh dọc tuyến đường tại thôn Tây', owner: 'women', ownerDetail: 'Chi hội Phụ nữ thôn Tây', village: 'Thôn Tây', field: 'culture_society', startYear: 2020 },
  { name: 'Gây quỹ quyên góp ủng hộ trẻ em nghèo vượt khó', owner: 'ubnd', field: 'culture_society', startYear: 2021 },
  { name: 'Khu dân cư thực hiện văn minh trong tang lễ và báo hiếu', owner: 'trade_union', field: 'culture_society', startYear: 2021 },
  { name: 'Nồi cháo tình thương', owner: 'women', field: 'culture_society', startYear: 2022 },
  { name: 'Phụ nữ thôn Đam giỏi việc nước, đảm việc nhà', owner: 'women', village: 'Thôn Đam', field: 'political_system', startYear: 2021 },
  { name: 'Các hộ dân trong thôn trồng cây xanh dọc tuyến đường vào thôn, bảo vệ môi trường xanh - sạch - đẹp', owner: 'other', ownerDetail: 'Nhân dân thôn Tre', village: 'Thôn Tre', field: 'culture_society', startYear: 2023 },
  { name: 'Tuyên truyền vận động thanh niên bảo tồn, phát huy bản sắc văn hóa người Co trên địa bàn xã', owner: 'ubnd', field: 'culture_society', startYear: 2023 },
  { name: 'Hướng dẫn các thủ tục hành chính cho người dân qua màn hình điện tử tại cơ quan', owner: 'ubnd', field: 'political_system', startYear: 2023 },
  { name: 'Trả kết quả tại nhà đối với lĩnh vực hộ tịch', owner: 'one_stop', field: 'political_system', startYear: 2023 },
];

/** Seed 004 (UBND phường Nguyễn Nghiêm, sơ kết 2021-2023): the sixteen models, all from 2021 on. */
export const seed004Models: SeedModel[] = ([
  ['Tư vấn hỗ trợ nông dân chăn nuôi bò sinh sản và bò thịt với năng suất cao thông qua xây dựng Tổ hợp tác', 'farmers', 'economy'],
  ['Thực hiện nếp sống văn hóa trong việc tang, lễ', 'ubnd', 'culture_society'],
  ['Tự giác thực hiện Thông điệp 5K và các quy định trong phòng chống dịch Covid-19', 'ubnd', 'culture_society'],
  ['Cựu chiến binh gương mẫu chấp hành và vận động Nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang', 'veterans', 'culture_society'],
  ['Thanh niên với văn hóa giao thông', 'youth', 'culture_society'],
  ['Camera an ninh', 'ubnd', 'defence_security'],
  ['Tuyến đường tự quản xanh - sạch - đẹp', 'women', 'culture_society'],
  ['Toàn dân tham gia bảo vệ an ninh Tổ quốc, lên án tố giác tội phạm', 'mttq', 'defence_security'],
  ['Tư vấn hỗ trợ nông dân xây dựng thương hiệu và quảng bá sản phẩm hàng nông sản', 'farmers', 'economy'],
  ['Tạo quỹ tình thương phụ nữ từ thu gom ve chai', 'women', 'culture_society'],
  ['Phường điển hình về đảm bảo trật tự đô thị', 'ubnd', 'defence_security'],
  ['Camera an ninh trường học', 'youth', 'defence_security'],
  ['Nhà ở hộ gia đình có 2 lối thoát nạn trong phòng cháy chữa cháy', 'ubnd', 'defence_security'],
  ['Hỗ trợ Điểm dịch vụ công trực tuyến theo Đề án 06/CP', 'one_stop', 'political_system'],
  ['Tổ liên gia toàn phường phòng cháy, chữa cháy', 'ubnd', 'defence_security'],
  ['Điểm chữa cháy công cộng', 'ubnd', 'defence_security'],
] as const).map(([name, owner, field]) => ({ name, owner, field, startYear: 2021 }));

/**
 * Seed 002 (UBND huyện Tháp Mười), footnote 4: the district received 2.384 dossiers online in 2022, 50,43%
 * of all, and 3.447 in 2023, 82,82%. The totals are not printed: 4.727 and 4.162 are the totals those
 * rates give (2.384 / 4.727 = 50,43%; 3.447 / 4.162 = 82,82%). Footnote 3 gives the yearly evaluation
 * (95,5; 96, hạng 7; 97,05, hạng 5) and footnote 5 the PAR Index and SIPAS ranks of 2021 and 2022.
 */
export const seed002Figures = {
  unitCode: '87.TM',
  values: [
    { indicator: 'procedure.dossiers', period: '2022', value: 4727, note: 'Dữ liệu minh họa: tính ngược từ tỷ lệ 50,43% (Báo cáo của UBND huyện Tháp Mười)' },
    { indicator: 'procedure.online', period: '2022', value: 2384, note: 'Báo cáo của UBND huyện Tháp Mười, chú thích 4' },
    { indicator: 'procedure.dossiers', period: '2023', value: 4162, note: 'Dữ liệu minh họa: tính ngược từ tỷ lệ 82,82% (Báo cáo của UBND huyện Tháp Mười)' },
    { indicator: 'procedure.online', period: '2023', value: 3447, note: 'Báo cáo của UBND huyện Tháp Mười, chú thích 4' },
    ...([['2021', 95.5, null], ['2022', 96, 7], ['2023', 97.05, 5]] as const).flatMap(([period, score, rank]) => [
      { indicator: 'evaluation.score', period, value: score, note: 'Báo cáo của UBND huyện Tháp Mười, chú thích 3' },
      ...(rank ? [{ indicator: 'evaluation.rank', period, value: rank, note: 'Báo cáo của UBND huyện Tháp Mười, chú thích 3' }] : []),
    ]),
    ...([['2021', 6, 1], ['2022', 4, 3]] as const).flatMap(([period, par, sipas]) => [
      { indicator: 'procedure.par_index_rank', period, value: par, note: 'Báo cáo của UBND huyện Tháp Mười, chú thích 5' },
      { indicator: 'procedure.sipas_rank', period, value: sipas, note: 'Báo cáo của UBND huyện Tháp Mười, chú thích 5' },
    ]),
  ],
};

type SeedOutreach = Pick<OutreachInput, 'heldOn' | 'topic' | 'form' | 'participants' | 'estimated'> & Partial<Pick<OutreachInput, 'village' | 'organiser'>>;

/**
 * Seed 000: "Trong giai đoạn 2020 – 2022 tổ chức 06 đợt tuyên truyền về “Dân vận khéo” ... tại các thôn với
 * khoảng 250 lượt người tham gia". The dates, villages and each round's count are invented; they add up to
 * the seed's figures.
 */
export const seed000Outreach: SeedOutreach[] = ([
  ['2020-06-18', 'Thôn Tây', 45], ['2020-11-12', 'Thôn Đam', 40], ['2021-05-20', 'Thôn Tre', 38],
  ['2021-10-14', 'Thôn Tây', 42], ['2022-04-21', 'Thôn Đam', 44], ['2022-09-15', 'Thôn Tre', 41],
] as const).map(([heldOn, village, participants]) => ({
  heldOn, village, participants, estimated: true, form: 'village_meeting', topic: 'Tuyên truyền phong trào thi đua "Dân vận khéo" trên các lĩnh vực',
}));

/**
 * Seed 004: "Trong 3 năm qua địa phương đã tổ chức 12 lượt tuyên truyền phổ biến giáo dục pháp luật cho
 * người dân tại UBND phường và các TDP với hơn 570 lượt người tham dự". Dates and counts are invented (575 in all).
 */
export const seed004Outreach: SeedOutreach[] = Array.from({ length: 12 }, (_, i) => ({
  heldOn: `${2021 + Math.floor(i / 4)}-${String(2 + (i % 4) * 3).padStart(2, '0')}-15`,
  topic: 'Tuyên truyền, phổ biến, giáo dục pháp luật cho Nhân dân',
  form: i % 3 === 0 ? 'conference' as const : 'village_meeting' as const,
  village: i % 3 === 0 ? null : `Tổ dân phố ${1 + (i % 6)}`,
  participants: i < 11 ? 48 : 47,
  estimated: false,
}));

/**
 * Seed 004: "Tổng số lượt tiếp công dân định kỳ là 07 lượt (năm 2021: 3 lượt; năm 2022: 02 lượt; năm 2023: 02
 * lượt); Đột xuất: không có", and the yearly dialogue of the ward's chairman. Dates and citizens are invented.
 */
export const seed004Receptions: Pick<ReceptionInput, 'heldOn' | 'kind' | 'hostRole' | 'place' | 'citizens' | 'letters'>[] = [
  ...['2021-03-18', '2021-07-15', '2021-11-18', '2022-05-19', '2022-10-20', '2023-04-20', '2023-09-21'].map((heldOn, i) => ({
    heldOn, kind: 'periodic' as const, hostRole: 'Chủ tịch UBND phường', place: 'Trụ sở UBND phường', citizens: 3 + (i % 3), letters: i % 2,
  })),
  ...['2021-12-09', '2022-12-08', '2023-12-07'].map((heldOn) => ({
    heldOn, kind: 'dialogue' as const, hostRole: 'Chủ tịch UBND phường', place: 'Hội trường UBND phường', citizens: 80, letters: 0,
  })),
];

/**
 * Seed 004, 2.6: "tham gia 02 lớp tổ chức bồi dưỡng nghiệp vụ công tác dân vận chính quyền, với 02 cán bộ
 * tham gia", held by the levels above. Dates, organisers and titles are invented.
 */
export const seed004Trainings: Omit<TrainingInput, 'unitCode' | 'place' | 'notes'>[] = [
  { title: 'Bồi dưỡng nghiệp vụ công tác dân vận chính quyền năm 2022', host: 'higher', organiser: 'Ban Dân vận Thị ủy Đức Phổ', startsOn: '2022-06-14', endsOn: '2022-06-15', classes: 1, participants: 1 },
  { title: 'Tập huấn kỹ năng dân vận cho cán bộ, công chức cấp xã', host: 'higher', organiser: 'Ban Dân vận Tỉnh ủy Quảng Ngãi', startsOn: '2023-08-22', endsOn: '2023-08-23', classes: 1, participants: 1 },
];

/**
 * Seed 004, 1.3: "Trong 03 năm qua Thường trực HĐND, các Ban của HĐND đã tổ chức giám sát chuyên đề UBND
 * phường 06 cuộc và kiểm tra, giám sát thường xuyên 9 cuộc, trên các lĩnh vực như: đất đai môi trường, tài
 * chính, tiếp công dân giải quyết đơn thư, trả lời kiến nghị của cử tri". Dates and the share between the
 * standing body and the committees are invented; the fields are the seed's.
 */
const seed004Subjects = ['Quản lý đất đai, môi trường', 'Quản lý tài chính, ngân sách', 'Tiếp công dân, giải quyết đơn thư', 'Trả lời kiến nghị của cử tri'];
export const seed004Inspections: Omit<InspectionInput, 'unitCode' | 'findings' | 'followUp'>[] = [
  ...Array.from({ length: 6 }, (_, i) => ({
    heldOn: `${2021 + Math.floor(i / 2)}-${i % 2 ? '10' : '05'}-${String(12 + i).padStart(2, '0')}`, inspector: i % 2 ? 'hdnd_committee' as const : 'hdnd' as const,
    kind: 'thematic' as const, subject: seed004Subjects[i % 4]!, recommendations: null, settledOn: null,
  })),
  ...Array.from({ length: 9 }, (_, i) => ({
    heldOn: `${2021 + Math.floor(i / 3)}-${String(3 + (i % 3) * 3).padStart(2, '0')}-${String(8 + i).padStart(2, '0')}`, inspector: 'hdnd_committee' as const,
    kind: 'regular' as const, subject: seed004Subjects[(i + 1) % 4]!, recommendations: null, settledOn: null,
  })),
];

/**
 * Seed 000: "Quyết định số 197/QĐ-UBND ngày 15/12/2021 về khen thưởng gia đình tiêu biểu trong thực hiện
 * xây dựng Nông thôn mới năm 2021 để khen thưởng 02 hộ gia đình tại thôn Vàng, xã Trà Tây trong việc hiến
 * đất xây dựng công trình đường". The form (Giấy khen) is our reading.
 */
export const seed000Awards: Omit<AwardInput, 'unitCode'>[] = [{
  decidedOn: '2021-12-15', decisionNumber: '197/QĐ-UBND', issuer: 'UBND xã Trà Tây', form: 'certificate', individuals: 0, collectives: 0, households: 2,
  recipients: '02 hộ gia đình tại thôn Vàng', reason: 'Gia đình tiêu biểu hiến đất xây dựng công trình đường trong xây dựng Nông thôn mới năm 2021',
  movement: 'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh', modelId: null,
}];

/**
 * Seed 004, 2.2: "UBND phường phân công đồng chí Chủ tịch UBND phường phụ trách công tác dân vận chính
 * quyền (Quyết định số 59/QĐ-UBND ngày 16/02/2024)". The chairman's name is the report's signer.
 */
export const seed004Officers: Omit<OfficerInput, 'unitCode'>[] = [{
  fullName: 'Đỗ Ngọc Thìn', position: 'Chủ tịch UBND phường', duties: 'Phụ trách công tác dân vận chính quyền',
  decisionNumber: '59/QĐ-UBND', decidedOn: '2024-02-16', fromOn: '2024-02-16', toOn: null,
}];
