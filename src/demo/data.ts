import type { UnitOperation } from '../units/schema.js';
import type { ProfileInput } from '../units/profile-schema.js';
import type { Role } from '../core/access/rules.js';

/**
 * Demo data. Names, profiles and the 01/07/2025 reform come from the seeds and the laws cited; what is
 * invented is marked: `illustrative` units and notes saying "dữ liệu minh họa". Province codes are the
 * official ones (Quyết định 124/2004/QĐ-TTg); lower-level codes are illustrative.
 */
const baseline = '2020-01-01';
const baselineBasis = 'Hiện trạng đơn vị hành chính khi đưa vào hệ thống (dữ liệu minh họa: ngày thành lập thực tế sớm hơn)';
const reform = '2025-07-01';

const create = (code: string, name: string, typeName: string, kind: 'province' | 'district' | 'commune' | 'village', parentCode: string | null, date = baseline, legalBasis = baselineBasis): UnitOperation => ({
  type: 'create', effectiveDate: date, legalBasis, parentCode, unit: { code, name, typeName, kind },
});

export const demoOperations: UnitOperation[] = [
  create('51', 'Quảng Ngãi', 'Tỉnh', 'province', null),
  create('62', 'Kon Tum', 'Tỉnh', 'province', null),
  create('87', 'Đồng Tháp', 'Tỉnh', 'province', null),
  create('82', 'Tiền Giang', 'Tỉnh', 'province', null),
  create('51.TB', 'Trà Bồng', 'Huyện', 'district', '51'),
  create('51.TB.TT', 'Trà Tây', 'Xã', 'commune', '51.TB'),
  create('51.TB.TN', 'Trà Tân', 'Xã', 'commune', '51.TB'),
  create('51.DP', 'Đức Phổ', 'Huyện', 'district', '51'),
  create('51.DP.TT', 'Đức Phổ', 'Thị trấn', 'commune', '51.DP'),
  create('87.TM', 'Tháp Mười', 'Huyện', 'district', '87'),
  // Đức Phổ became a thị xã and its thị trấn a phường (dữ liệu minh họa: kiểm tra ngày hiệu lực).
  { type: 'rename', code: '51.DP', name: 'Đức Phổ', typeName: 'Thị xã', effectiveDate: '2020-04-01', legalBasis: 'Nghị quyết số 867/NQ-UBTVQH14 ngày 10/01/2020 của Ủy ban Thường vụ Quốc hội' },
  { type: 'rename', code: '51.DP.TT', name: 'Nguyễn Nghiêm', typeName: 'Phường', effectiveDate: '2020-04-01', legalBasis: 'Nghị quyết số 867/NQ-UBTVQH14 ngày 10/01/2020 của Ủy ban Thường vụ Quốc hội' },
  ...[1, 2, 3, 4, 5, 6].map((n) => create(`51.DP.NN.${n}`, `${n}`, 'Tổ dân phố', 'village', '51.DP.TT', '2020-04-01', 'Dữ liệu minh họa: phường có 6 tổ dân phố (Báo cáo sơ kết Chỉ thị 08-CT/TU của UBND phường Nguyễn Nghiêm, 2024)')),
  // 01/07/2025: provinces merged, communes rearranged, the district level ended.
  { type: 'merge', sourceCodes: ['62'], target: { existingCode: '51' }, effectiveDate: reform, legalBasis: 'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh' },
  { type: 'merge', sourceCodes: ['82'], target: { existingCode: '87' }, effectiveDate: reform, legalBasis: 'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh' },
  {
    type: 'merge', sourceCodes: ['51.TB.TT', '51.TB.TN'], effectiveDate: reform,
    target: { newUnit: { code: '51.TTB', name: 'Tây Trà Bồng', typeName: 'Xã', parentCode: '51' } },
    legalBasis: 'Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội',
    note: 'Dữ liệu minh họa: tên và thành phần xã mới cần đối chiếu với Nghị quyết 1677/NQ-UBTVQH15.',
  },
  ...['51.TB', '51.DP', '87.TM'].map((code): UnitOperation => ({
    type: 'dissolve', code, effectiveDate: reform,
    legalBasis: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (kết thúc hoạt động của đơn vị hành chính cấp huyện từ 01/7/2025)',
  })),
];

/** Units invented for the demo: the UI marks them "dữ liệu minh họa". */
export const illustrativeCodes = ['51.TTB', ...[1, 2, 3, 4, 5, 6].map((n) => `51.DP.NN.${n}`)];

export const demoProfiles: { unitCode: string; year: number; input: ProfileInput }[] = [
  {
    unitCode: '51.TB.TT', year: 2023,
    input: {
      figures: {
        naturalAreaHa: 6957.81, forestAreaHa: 3647.59, protectiveForestHa: 2932.49, productionForestHa: 715.1,
        population: 2971, households: 729, poorHouseholds: 405, nearPoorHouseholds: 130, otherHouseholds: 194,
        villages: 7, residentialAreas: 7, cadres: 11, civilServants: 17,
      },
      notes: 'Xã miền núi, cách trung tâm huyện 43 km; đa phần là dân tộc Co (98%). 17 công chức gồm 01 Công an chính quy tăng cường.',
      source: 'Báo cáo số 39/BC-UBND ngày 14/6/2023 của UBND xã Trà Tây',
    },
  },
  {
    unitCode: '51.DP.TT', year: 2024,
    input: {
      figures: { naturalAreaHa: 561.7, population: 11000, households: 2450, villages: 6, partyCells: 11, partyMembers: 503 },
      notes: 'Trung tâm kinh tế - chính trị, văn hóa - xã hội của thị xã Đức Phổ.',
      source: 'Báo cáo sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU của UBND phường Nguyễn Nghiêm (2024)',
    },
  },
];

export const demoPassword = 'demo1234';

export const demoUsers: { username: string; fullName: string; unitCode: string; roles: Role[] }[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', unitCode: '51', roles: ['admin'] },
  { username: 'trabong', fullName: 'Lãnh đạo Phòng Nội vụ huyện Trà Bồng', unitCode: '51.TB', roles: ['manager'] },
  { username: 'tratay', fullName: 'Công chức Văn phòng - Thống kê xã Trà Tây', unitCode: '51.TB.TT', roles: ['editor'] },
  { username: 'lanhdaotratay', fullName: 'Lãnh đạo UBND xã Trà Tây', unitCode: '51.TB.TT', roles: ['manager'] },
  { username: 'tratan', fullName: 'Công chức Văn phòng - Thống kê xã Trà Tân', unitCode: '51.TB.TN', roles: ['editor'] },
  { username: 'nguyennghiem', fullName: 'Lãnh đạo UBND phường Nguyễn Nghiêm', unitCode: '51.DP.TT', roles: ['manager'] },
  { username: 'viewer', fullName: 'Người xem cấp tỉnh Quảng Ngãi', unitCode: '51', roles: ['viewer'] },
  // Today's two-level tree (from 01/07/2025): the province and the commune that succeeded Trà Tây and Trà Tân.
  { username: 'quangngai', fullName: 'Lãnh đạo Sở Nội vụ tỉnh Quảng Ngãi', unitCode: '51', roles: ['manager'] },
  { username: 'taytrabong', fullName: 'Công chức Văn phòng - Thống kê xã Tây Trà Bồng', unitCode: '51.TTB', roles: ['editor'] },
  { username: 'lanhdaotaytrabong', fullName: 'Lãnh đạo UBND xã Tây Trà Bồng', unitCode: '51.TTB', roles: ['manager'] },
];
