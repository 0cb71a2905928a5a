/**
 * Registry records taken from the seeds, so that the seed reports' counts come out of the registries.
 * The seeds give each model's name, organisation and year (seed 000) or only its name (seed 004,
 * "Từ năm 2021 đến nay triển khai thực hiện 16 mô hình"); the field each is filed under is our reading of
 * its name, so every record is marked "dữ liệu minh họa".
 */
import type { ModelInput } from '../registries/models/schema.js';

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
 * rates give (2.384 / 4.727 = 50,43%; 3.447 / 4.162 = 82,82%).
 */
export const seed002Figures = {
  unitCode: '87.TM',
  values: [
    { indicator: 'procedure.dossiers', period: '2022', value: 4727, note: 'Dữ liệu minh họa: tính ngược từ tỷ lệ 50,43% (Báo cáo của UBND huyện Tháp Mười)' },
    { indicator: 'procedure.online', period: '2022', value: 2384, note: 'Báo cáo của UBND huyện Tháp Mười, chú thích 4' },
    { indicator: 'procedure.dossiers', period: '2023', value: 4162, note: 'Dữ liệu minh họa: tính ngược từ tỷ lệ 82,82% (Báo cáo của UBND huyện Tháp Mười)' },
    { indicator: 'procedure.online', period: '2023', value: 3447, note: 'Báo cáo của UBND huyện Tháp Mười, chú thích 4' },
  ],
};
