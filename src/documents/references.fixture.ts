// Every document reference in the four seed reports (/work/shared/seeds), established by reading each
// report line by line (cross-checked with grep for every digit run next to "/" or a dash). Order is the
// order of appearance; `line` is the 1-based line in the seed, `text` the exact span expected.
//
// Deliberately NOT references (see the grammar notes in references.ts):
// - 002 line 3 "Số: /BC-UBND": a blank number in an unsigned draft, no serial.
// - 004 "Chỉ thị 08" / "CHỈ THỊ 08" / "Chỉ thị số 08" (lines 15, 19, 21, 25, 27, 35, 51, 183, 199): short
//   names of Chỉ thị số 08-CT/TU, which is cited in full elsewhere; no symbol.
// - Kind words without a number ("Kế hoạch của Huyện ủy", "Luật Thực hiện dân chủ cơ sở", "Quy chế dân chủ").
// - Figures, ratios, dates, ranges: 6957,81; 729 hộ/2.971 khẩu; 95,5/100; 19 đơn/19 vụ; 6/6 TDP; 27/2;
//   2021-2025; 2021 – 2030; Covid-19; CT-XH; HĐND&UBND.

import type { DocumentKind } from './kinds.js';

export interface ExpectedReference {
  line: number;
  number: string;
  kind: DocumentKind | null;
  date: string | null;
  issuer: string | null;
  text: string;
}

export const SEED_REFERENCES: Readonly<Record<string, readonly ExpectedReference[]>> = {
  '000_5451492b04ecc796.txt': [
    // The report's own number (header "Số: 39/BC-UBND"): returned like any reference.
    { line: 3, number: '39/BC-UBND', kind: 'Báo cáo', date: null, issuer: null, text: '39/BC-UBND' },
    { line: 11, number: '1444/UBND-NV', kind: 'Công văn', date: '2023-05-18', issuer: 'UBND huyện Trà Bồng', text: 'Công văn số 1444/UBND-NV ngày 18/5/2023' },
    { line: 35, number: '31-KH/TU', kind: 'Kế hoạch', date: '2021-03-16', issuer: 'Ban Thường vụ Tỉnh ủy', text: 'Kế hoạch số 31-KH/TU ngày 16/3/2021' },
    { line: 35, number: '14-KH/HU', kind: 'Kế hoạch', date: '2021-04-16', issuer: null, text: 'Kế hoạch số 14-KH/HU ngày 16/4/2021' },
    { line: 35, number: '70/KH-UBND', kind: 'Kế hoạch', date: '2020-06-04', issuer: 'UBND tỉnh', text: 'Kế hoạch số 70/KH-UBND ngày 04/6/2020' },
    { line: 43, number: '62-KL/TW', kind: 'Kết luận', date: '2009-12-08', issuer: 'Bộ Chính trị', text: 'Kết luận số 62-KL/TW ngày 8/12/2009' },
    { line: 45, number: '17/KH-UBND', kind: 'Kế hoạch', date: '2020-04-02', issuer: 'UBND xã Trà Tây', text: 'Kế hoạch số 17/KH-UBND ngày 02/4/2020' },
    { line: 45, number: '11/KH-UBND', kind: 'Kế hoạch', date: '2021-04-02', issuer: 'UBND xã Trà Tây', text: 'Kế hoạch số 11/KH-UBND ngày 2/4/2021' },
    { line: 45, number: '17/KH-UBND', kind: 'Kế hoạch', date: '2021-04-20', issuer: null, text: 'Kế hoạch số 17/KH - UBND ngày 20/4/2021' },
    { line: 45, number: '111/BC-UBND', kind: 'Báo cáo', date: '2021-12-15', issuer: null, text: 'Báo cáo số 111/BC-UBND ngày 15/12/2021' },
    { line: 45, number: '30/KH-UBND', kind: 'Kế hoạch', date: '2022-09-13', issuer: null, text: 'Kế hoạch số 30/KH-UBND ngày 13/9/2022' },
    { line: 45, number: '11/KH-UBND', kind: 'Kế hoạch', date: '2022-04-13', issuer: 'UBND xã Trà Tây', text: 'Kế hoạch số 11/KH-UBND ngày 13/4/2022' },
    { line: 45, number: '106-KH/ĐU', kind: 'Kế hoạch', date: '2023-02-28', issuer: null, text: 'Kế hoạch số 106-KH/ĐU ngày 28/ 02/ 2023' },
    { line: 45, number: '13/KH-UBND', kind: 'Kế hoạch', date: '2023-03-09', issuer: 'UBND xã Trà Tây', text: 'Kế hoạch số 13/KH-UBND ngày 9/3/2023' },
    { line: 59, number: '70/KH-UBND', kind: 'Kế hoạch', date: '2020-06-04', issuer: 'Chủ tịch UBND tỉnh', text: 'Kế hoạch số 70/KH-UBND ngày 04/6/2020' },
    { line: 95, number: '05/QĐ-UBND', kind: 'Quyết định', date: '2021-02-05', issuer: null, text: 'Quyết định số 05/QĐ-UBND ngày 05/02/2021' },
    { line: 95, number: '16/QĐ-UBND', kind: 'Quyết định', date: '2022-01-21', issuer: null, text: 'Quyết định số 16/QĐ-UBND ngày 21/01/2022' },
    { line: 95, number: '07/QĐ-UBND', kind: 'Quyết định', date: '2023-01-11', issuer: null, text: 'Quyết định số 07/QĐ-UBND ngày 11/01/2023' },
    { line: 109, number: '197/QĐ-UBND', kind: 'Quyết định', date: '2021-12-15', issuer: null, text: 'Quyết định số 197/QĐ-UBND ngày 15/12/2021' },
  ],
  '002_161ebe69bc6a6787.txt': [
    // "ngày 26/01/2022 Ban Chấp hành ...": no "của", so no issuer (the title is garbled).
    { line: 9, number: '53-KH/HU', kind: 'Kế hoạch', date: '2022-01-26', issuer: null, text: 'Kế hoạch số 53-KH/HU ngày 26/01/2022' },
    { line: 9, number: '01-NQ/TU', kind: 'Nghị quyết', date: null, issuer: 'Ban Chấp hành Đảng bộ tỉnh khoá XI', text: 'Nghị quyết số 01-NQ/TU' },
    { line: 11, number: '113-CV/BDVHU', kind: 'Công văn', date: '2024-01-09', issuer: 'Ban Dân vận Huyện uỷ', text: 'Công văn 113-CV/BDVHU ngày 09 tháng 01 năm 2024' },
    { line: 11, number: '53-KH/HU', kind: 'Kế hoạch', date: null, issuer: 'Ban Chấp hành Đảng bộ huyện khóa X', text: 'Kế hoạch số 53-KH/HU' },
    { line: 19, number: '01-NQ/TU', kind: 'Nghị quyết', date: null, issuer: 'Ban Chấp hành Đảng bộ tỉnh khoá XI', text: 'Nghị quyết số 01-NQ/TU' },
    { line: 21, number: '53-KH/HU', kind: 'Kế hoạch', date: null, issuer: null, text: 'KẾ HOẠCH SỐ 53-KH/HU' },
    { line: 23, number: '53-KH/HU', kind: 'Kế hoạch', date: null, issuer: null, text: 'Kế hoạch số 53-KH/HU' },
    { line: 25, number: '53-KH/HU', kind: 'Kế hoạch', date: '2022-01-26', issuer: 'Ban Thường vụ Huyện ủy', text: 'Kế hoạch số 53-KH/HU ngày 26 tháng 01 năm 2022' },
    // "của Ban Bí thư Ban Chấp hành Đảng bộ huyện khóa X thực hiện ...": the second "Ban ..." belongs to
    // Kế hoạch 53 (copied title), so the issuer stops at "Ban Bí thư".
    { line: 25, number: '43-KL/TW', kind: 'Kết luận', date: null, issuer: 'Ban Bí thư', text: 'Kết luận số 43-KL/TW' },
    { line: 25, number: '01-NQ/TU', kind: 'Nghị quyết', date: null, issuer: 'Ban Chấp hành Đảng bộ tỉnh khóa XI', text: 'Nghị quyết số 01-NQ/TU' },
    { line: 33, number: '14-KH/BDVHU-UBND', kind: 'Kế hoạch', date: '2022-03-22', issuer: null, text: 'Kế hoạch số 14-KH/BDVHU-UBND ngày 22/3/2022' },
    { line: 33, number: '25-CTr/BDVHU-UBND', kind: 'Chương trình', date: '2021-03-26', issuer: null, text: 'Chương trình số 25-CTr/BDVHU-UBND ngày 26/3/2021' },
    { line: 33, number: '763/KH-UBND', kind: 'Kế hoạch', date: '2022-02-18', issuer: 'UBND huyện', text: 'Kế hoạch số 763/KH-UBND ngày 18/02/2022' },
    { line: 33, number: '2777/KH-UBND', kind: 'Kế hoạch', date: '2022-05-23', issuer: null, text: 'Kế hoạch số 2777/KH-UBND ngày 23/5/2022' },
    { line: 33, number: '505/UBND-NV', kind: 'Công văn', date: '2022-01-25', issuer: null, text: 'Công văn số 505/UBND-NV ngày 25/01/2022' },
    { line: 33, number: '33/CT-TTg', kind: 'Chỉ thị', date: null, issuer: 'Thủ tướng Chính phủ', text: 'Chỉ thị số 33/CT-TTg' },
    { line: 33, number: '18-KH/BDVHU-UBND', kind: 'Kế hoạch', date: '2023-04-24', issuer: null, text: 'Kế hoạch số 18-KH/BDVHU-UBND ngày 24/4/2023' },
    { line: 33, number: '3089/KH-UBND', kind: 'Kế hoạch', date: '2023-04-28', issuer: null, text: 'Kế hoạch số 3089/KH-UBND ngày 28/4/2023' },
    { line: 33, number: '8110/UBND-NV', kind: 'Công văn', date: '2023-11-23', issuer: 'UBND huyện', text: 'Công văn số 8110/UBND-NV ngày 23 tháng 11 năm 2023' },
    { line: 33, number: '33/CT-TTg', kind: 'Chỉ thị', date: null, issuer: 'Thủ tướng Chính phủ', text: 'Chỉ thị số 33/CT-TTg' },
    { line: 33, number: '311-QĐ/TU', kind: 'Quyết định', date: null, issuer: 'Ban Thường vụ Tỉnh ủy', text: 'Quyết định số 311-QĐ/TU' },
    { line: 45, number: '311-QĐ/TU', kind: 'Quyết định', date: null, issuer: 'Ban Thường vụ Tỉnh ủy', text: 'Quyết định số 311-QĐ/TU' },
    { line: 45, number: '5027/QĐ-UBND', kind: 'Quyết định', date: '2022-08-23', issuer: null, text: 'Quyết định số 5027/QĐ-UBND ngày 23 tháng 8 năm 2022' },
    { line: 51, number: '04/2015/NĐ-CP', kind: 'Nghị định', date: null, issuer: null, text: 'Nghị định 04/2015/NĐ-CP' },
    // Written without the legislature number (UBTVQH11): kept as written.
    { line: 51, number: '34/2007/PL-UBTVQH', kind: 'Pháp lệnh', date: null, issuer: 'Ủy ban Thường vụ Quốc hội', text: 'Pháp lệnh 34/2007/PL-UBTVQH' },
    { line: 51, number: '59/2023/NĐ-CP', kind: 'Nghị định', date: '2023-08-14', issuer: 'Chính phủ', text: 'Nghị định 59/2023/NĐ-CP ngày 14/8/2023' },
    { line: 71, number: '217-QĐ/TW', kind: 'Quyết định', date: null, issuer: null, text: 'Quyết định số 217-QĐ/TW' },
    { line: 73, number: '18-CT/TW', kind: 'Chỉ thị', date: null, issuer: null, text: 'Chỉ thị số 18-CT/TW' },
    { line: 73, number: '25-NQ/TW', kind: 'Nghị quyết', date: null, issuer: null, text: 'Nghị quyết số 25-NQ/TW' },
    { line: 75, number: '162/2017/NĐ-CP', kind: 'Nghị định', date: null, issuer: null, text: 'Nghị định 162/2017/NĐ-CP' },
    { line: 75, number: '20/KH-UBND', kind: 'Kế hoạch', date: '2020-02-18', issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp', text: 'Kế hoạch số 20/KH-UBND ngày 18 tháng 02 năm 2020' },
    { line: 75, number: '18-CT/TW', kind: 'Chỉ thị', date: null, issuer: 'Bộ Chính trị khóa XII', text: 'Chỉ thị số 18-CT/TW' },
    { line: 75, number: '25-NQ/TW', kind: 'Nghị quyết', date: null, issuer: 'Ban Chấp hành Trung ương khóa IX', text: 'Nghị quyết số 25-NQ/TW' },
    { line: 81, number: '53-KH/HU', kind: 'Kế hoạch', date: '2022-01-26', issuer: 'Ban Chấp hành Đảng bộ huyện khóa X', text: 'Kế hoạch số 53-KH-HU ngày 26/01/2022' },
    { line: 81, number: '01-NQ/TU', kind: 'Nghị quyết', date: '2021-09-27', issuer: 'Ban Chấp hành Đảng bộ tỉnh khoá XI', text: 'Nghị quyết số 01-NQ/TU ngày 27/9/2021' },
    { line: 99, number: '53-KH/HU', kind: 'Kế hoạch', date: '2022-01-26', issuer: 'Ban Chấp hành Đảng bộ huyện khóa X', text: 'Kế hoạch số 53-KH/HU ngày 26/01/2022' },
    { line: 99, number: '01-NQ/TU', kind: 'Nghị quyết', date: '2021-09-27', issuer: 'Ban Chấp hành Đảng bộ tỉnh khóa XI', text: 'Nghị quyết số 01-NQ/TU ngày 27/9/2021' },
    { line: 99, number: '122-KH/HU', kind: 'Kế hoạch', date: '2019-04-03', issuer: 'Ban Thường vụ Huyện ủy', text: 'Kế hoạch số 122-KH/HU ngày 03/4/2019' },
    { line: 99, number: '43-KL/TW', kind: 'Kết luận', date: null, issuer: 'Ban Bí thư Trung ương Đảng', text: 'Kết luận số 43-KL/TW' },
    { line: 99, number: '25-NQ/TW', kind: 'Nghị quyết', date: null, issuer: 'Ban Chấp hành Trung ương Đảng khóa XI', text: 'Nghị quyết số 25-NQ/TW' },
    { line: 103, number: '13/CT-TTg', kind: 'Chỉ thị', date: '2015-06-10', issuer: 'Thủ tướng Chính phủ', text: 'Chỉ thị số 13/CT-TTg ngày 10/6/2015' },
    { line: 105, number: '59/2023/NĐ-CP', kind: 'Nghị định', date: '2023-08-14', issuer: 'Chính phủ', text: 'Nghị định 59/2023/NĐ-CP ngày 14/8/2023' },
    { line: 107, number: '26/CT-TTg', kind: 'Chỉ thị', date: '2016-09-05', issuer: 'Thủ tướng Chính phủ', text: 'Chỉ thị số 26/CT-TTg ngày 05/9/2016' },
    { line: 115, number: '53-KH/HU', kind: 'Kế hoạch', date: '2022-01-26', issuer: null, text: 'Kế hoạch số 53-KH/HU ngày 26/01/2022' },
    { line: 115, number: '01-NQ/TU', kind: 'Nghị quyết', date: null, issuer: 'Ban Chấp hành Đảng bộ tỉnh khoá XI', text: 'Nghị quyết số 01-NQ/TU' },
  ],
  '003_c252d92ac2102484.txt': [
    { line: 4, number: '42/KH-UBND', kind: 'Kế hoạch', date: '2025-03-21', issuer: 'UBND huyện Trà Bồng', text: 'Kế hoạch số 42/KH-UBND ngày 21/3/2025' },
    { line: 6, number: '44/KH-UBND', kind: 'Kế hoạch', date: '2025-02-27', issuer: null, text: 'Kế hoạch số 44/KH-UBND ngày 27/02/2025' },
    { line: 7, number: '33/CT-TTg', kind: 'Chỉ thị', date: '2021-11-26', issuer: 'Thủ tướng Chính phủ', text: 'Chỉ thị số 33/CT-TTg ngày 26/11/2021' },
    { line: 13, number: '34/2007/PL-UBTVQH11', kind: 'Pháp lệnh', date: null, issuer: null, text: 'Pháp lệnh số 34/2007/PL-UBTVQH 11' },
    { line: 15, number: '76/NQ-CP', kind: 'Nghị quyết', date: '2021-07-15', issuer: 'Chính phủ', text: 'Nghị quyết số 76/NQ-CP ngày 15/7/2021' },
    // State dispatch whose symbol has only the issuer code; kind from the word "Công văn".
    { line: 17, number: '50/UBND', kind: 'Công văn', date: '2024-03-06', issuer: 'UBND xã', text: 'Công văn số 50/UBND ngày 06/3/2024' },
    // "217-QĐ/TW và ... 218-QĐ/TW, ngày 12/12/2013 của Bộ chính trị": date and issuer go to the nearer one.
    { line: 20, number: '217-QĐ/TW', kind: 'Quyết định', date: null, issuer: null, text: 'Quyết định số 217-QĐ/TW' },
    { line: 20, number: '218-QĐ/TW', kind: 'Quyết định', date: '2013-12-12', issuer: 'Bộ chính trị khóa XI', text: 'Quyết định số 218-QĐ/TW, ngày 12/12/2013' },
    { line: 22, number: '33/CT-TTg', kind: 'Chỉ thị', date: '2021-11-26', issuer: 'Thủ tướng Chính phủ', text: 'Chỉ thị số 33/CT-TTg ngày 26/11/2021' },
    { line: 25, number: '76/NQ-CP', kind: 'Nghị quyết', date: '2021-07-15', issuer: 'Chính phủ', text: 'Nghị quyết số 76/NQ-CP ngày 15/7/2021' },
  ],
  '004_f2ac96f50fffd093.txt': [
    { line: 5, number: '08-CT/TU', kind: 'Chỉ thị', date: '2021-05-25', issuer: 'Ban Thường vụ Tỉnh ủy', text: 'Chỉ thị số 08-CT/TU ngày 25/5/2021' },
    { line: 11, number: '424/PNV', kind: 'Công văn', date: '2024-04-17', issuer: 'Phòng Nội vụ thị xã Đức Phổ', text: 'Công văn số 424/PNV ngày 17/4/2024' },
    { line: 11, number: '08-CT/TU', kind: 'Chỉ thị', date: '2021-05-25', issuer: 'Ban Thường vụ Tỉnh ủy', text: 'Chỉ thị số 08-CT/TU ngày 25/5/2021' },
    { line: 19, number: '08-CT/TU', kind: 'Chỉ thị', date: '2021-05-25', issuer: 'Ban Thường vụ Tỉnh ủy', text: 'Chỉ thị số 08-CT/TU ngày 25/5/2021' },
    { line: 27, number: '08-CT/TU', kind: 'Chỉ thị', date: '2021-05-25', issuer: 'Ban Thường vụ Tỉnh ủy', text: 'Chỉ thị số 08-CT/TU, ngày 25/5/2021' },
    { line: 29, number: '08-CT/TU', kind: 'Chỉ thị', date: '2021-05-25', issuer: 'Ban Thường vụ Tỉnh ủy', text: 'Chỉ thị số 08-CT/TU, ngày 25/5/2021' },
    // "/" after the serial makes it the state family even though the issuer is a joint Party-state code.
    { line: 41, number: '01/KH/BDVĐU-UBND', kind: 'Kế hoạch', date: '2021-03-18', issuer: null, text: 'Kế hoạch số 01/KH/BDVĐU-UBND ngày 18/3/2021' },
    { line: 41, number: '17/KH-UBND', kind: 'Kế hoạch', date: '2021-04-12', issuer: null, text: 'Kế hoạch số 17/KH-UBND ngày 12/4/2021' },
    { line: 41, number: '18/KH-UBND', kind: 'Kế hoạch', date: '2021-04-12', issuer: null, text: 'Kế hoạch số 18/KH-UBND ngày 12/4/2021' },
    { line: 41, number: '15-KH/ĐU', kind: 'Kế hoạch', date: '2021-04-13', issuer: null, text: 'Kế hoạch số 15-KH/ĐU ngày 13/4/2021' },
    { line: 43, number: '189-CV/ĐU', kind: 'Công văn', date: '2022-02-16', issuer: null, text: 'Công văn số 189-CV/ĐU ngày 16/02/2022' },
    // "Kế hoạch phối hợp số ...": a qualifier between kind word and "số"; en dash normalised.
    { line: 45, number: '01-KH/KDVĐU-UBND', kind: 'Kế hoạch', date: '2022-03-01', issuer: null, text: 'Kế hoạch phối hợp số 01-KH/KDVĐU–UBND ngày 01/3/2022' },
    { line: 45, number: '27/KH-UBND', kind: 'Kế hoạch', date: '2022-04-05', issuer: null, text: 'Kế hoạch số 27/KH-UBND ngày 05/4/2022' },
    { line: 45, number: '26/KH-UBND', kind: 'Kế hoạch', date: '2022-04-05', issuer: null, text: 'Kế hoạch số 26/KH-UBND ngày 05/4/2022' },
    { line: 47, number: '02/KH/KDV-UBND', kind: 'Kế hoạch', date: '2023-01-10', issuer: null, text: 'Kế hoạch số 02/KH/KDV–UBND ngày 10/01/2023' },
    { line: 47, number: '309-CV/ĐU', kind: 'Công văn', date: null, issuer: null, text: 'Công văn số 309-CV-ĐU' },
    { line: 47, number: '24/KH-UBND', kind: 'Kế hoạch', date: '2023-03-17', issuer: null, text: 'Kế hoạch số 24/KH –UBND ngày 17/3/2023' },
    { line: 47, number: '25/KH-UBND', kind: 'Kế hoạch', date: '2023-03-17', issuer: null, text: 'Kế hoạch số 25/KH-UBND ngày 17/3/2023' },
    { line: 49, number: '03/KH/KDV-UBND', kind: 'Kế hoạch', date: '2024-02-18', issuer: null, text: 'Kế hoạch số 03/KH/KDV–UBND ngày 18/02/2024' },
    { line: 49, number: '445-CV/ĐU', kind: 'Công văn', date: null, issuer: null, text: 'Công văn số 445-CV-ĐU' },
    { line: 49, number: '33/KH-UBND', kind: 'Kế hoạch', date: '2024-03-19', issuer: null, text: 'Kế hoạch số 33/KH –UBND ngày 19/3/2024' },
    { line: 49, number: '34/KH-UBND', kind: 'Kế hoạch', date: '2024-03-19', issuer: null, text: 'Kế hoạch số 34/KH-UBND ngày 19/3/2024' },
    { line: 81, number: '396-QĐ/TU', kind: 'Quyết định', date: '2021-10-19', issuer: 'Ban Thường vụ Tỉnh ủy', text: 'Quyết định số 396-QĐ/TU, ngày 19/10/2021' },
    { line: 83, number: '59/QĐ-UBND', kind: 'Quyết định', date: '2024-02-16', issuer: null, text: 'Quyết định số 59/QĐ-UBND ngày 16/02/2024' },
    { line: 95, number: '01/2016/TT-BNV', kind: 'Thông tư', date: '2016-01-13', issuer: 'Bộ Nội Vụ', text: 'Thông tư 01/2016/TT-BNV ngày 13/01/2016' },
    // "Đề án 06/CP": informal citation of the Government's Đề án 06; a symbol (issuer code CP), so included.
    { line: 123, number: '06/CP', kind: 'Đề án', date: null, issuer: null, text: 'Đề án 06/CP' },
    { line: 141, number: '436/QĐ-UBND', kind: 'Quyết định', date: '2019-06-11', issuer: 'Ủy ban nhân dân tỉnh', text: 'Quyết định số 436/QĐ-UBND, ngày 11/6/2019' },
    { line: 141, number: '1211/QĐ-UBND', kind: 'Quyết định', date: '2022-11-02', issuer: null, text: 'Quyết định số 1211/QĐ-UBND ngày 02/11/2022' },
    { line: 157, number: '4233-CV/TU', kind: 'Công văn', date: '2020-02-26', issuer: 'Ban Thường vụ Tỉnh ủy', text: 'Công văn số 4233-CV/TU ngày 26/02/2020' },
    { line: 157, number: '160-TB/TW', kind: 'Thông báo', date: '2020-01-15', issuer: 'Bộ Chính trị', text: 'Thông báo số 160-TB/TW ngày 15/01/2020' },
    { line: 161, number: '217-QĐ/TW', kind: 'Quyết định', date: null, issuer: null, text: 'quyết định số 217-QĐ/TW' },
    { line: 161, number: '218-QĐ/TW', kind: 'Quyết định', date: null, issuer: null, text: 'Quyết định số 218-QĐ/TW' },
    { line: 215, number: '08-CT/TU', kind: 'Chỉ thị', date: '2021-05-25', issuer: 'Ban Thường vụ Tỉnh ủy', text: 'Chỉ thị số 08-CT/TU ngày 25/5/2021' },
  ],
};
