/**
 * The four seed reports as demo data: each one's content (converted from the seed text, verbatim,
 * footnotes at their markers), the figures it states, the request it answers and where it stands.
 * Dates and deadlines the seeds do not give are invented and named in `illustrative`.
 */
import type { FigureTexts, FigureValues } from '../../content/content-schema.js';
import type { ReportContentInput } from '../../content/meta-schema.js';
import type { ReportKind } from '../../templates/schema.js';
import seed000 from './000.json' with { type: 'json' };
import seed002 from './002.json' with { type: 'json' };
import seed003 from './003.json' with { type: 'json' };
import seed004 from './004.json' with { type: 'json' };

export interface SeedDocument {
  kind: 'Công văn' | 'Kế hoạch';
  numberText: string;
  issuedOn: string;
  issuer: string;
  summary: string;
}

export interface SeedRequest {
  issuingUnitCode: string;
  subject: string;
  reportKind: ReportKind;
  periodStart: string;
  periodEnd: string;
  cutoffDate: string;
  requestDate: string;
  deadline: string;
  recipientCodes: string[];
  basis: SeedDocument;
}

export interface SeedReport {
  seed: '000' | '002' | '003' | '004';
  unitCode: string;
  templateKey: string;
  request: SeedRequest | null;
  /** The document a report answers when no request in danvan asked for it (a Party body's dispatch). */
  basisDocument: SeedDocument | null;
  content: ReportContentInput;
  figures: FigureValues;
  /** The figures whose written form says more than their number: its decimals ("715,10") or its qualifier ("hơn 256"). */
  figureTexts: FigureTexts;
  /** The workflow steps replayed, with their dates (Vietnam time). */
  steps: { action: 'submit' | 'accept'; at: string; actor: 'unit' | 'requester' }[];
  /** Fields invented for the demo. */
  illustrative: string[];
}

const y = (values: Record<string, number | null>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [`y${k}`, v]));
/** The years before the one the report's period ends in (seed 004's period ends in 2024: 2021 is nam-3). */
const back = (endYear: number, values: Record<string, number | null>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [`nam-${endYear - Number(k)}`, v]));

export const seedReports: SeedReport[] = [
  {
    seed: '000', unitCode: '51.TB.TT', templateKey: 'dan-van-kheo-so-ket-3-nam',
    request: {
      issuingUnitCode: '51.TB', subject: 'Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính Nhà nước',
      reportKind: 'review', periodStart: '2020-06-04', periodEnd: '2023-05-31', cutoffDate: '2023-05-31', requestDate: '2023-05-18', deadline: '2023-06-15',
      recipientCodes: ['51.TB.TT', '51.TB.TN'],
      basis: { kind: 'Công văn', numberText: '1444/UBND-NV', issuedOn: '2023-05-18', issuer: 'UBND huyện Trà Bồng', summary: 'sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính Nhà nước' },
    },
    basisDocument: null,
    content: seed000 as ReportContentInput,
    figures: {
      'dac-diem': {
        'dien-tich': { 'so-lieu': 6957.81 }, rung: { 'so-lieu': 3647.59 }, 'phong-ho': { 'so-lieu': 2932.49 }, 'san-xuat': { 'so-lieu': 715.1 },
        ho: { 'so-lieu': 729 }, khau: { 'so-lieu': 2971 }, ngheo: { 'so-lieu': 405 }, 'can-ngheo': { 'so-lieu': 130 }, 'khong-ngheo': { 'so-lieu': 194 },
      },
      'tuyen-truyen': { dot: { 'giai-doan': 6 }, luot: { 'giai-doan': 250 } },
      'mo-hinh': { 'so-mo-hinh': { 'giai-doan': 9 } },
      'khen-thuong': { 'quyet-dinh': { 'giai-doan': 1 }, ho: { 'giai-doan': 2 } },
    },
    // "rừng sản xuất chiếm: 715,10 ha"; "với khoảng 250 lượt người tham gia".
    figureTexts: { 'dac-diem': { 'san-xuat': { 'so-lieu': '715,10' } }, 'tuyen-truyen': { luot: { 'giai-doan': 'khoảng 250' } } },
    steps: [{ action: 'submit', at: '2023-06-14T09:00:00+07:00', actor: 'unit' }, { action: 'accept', at: '2023-06-16T14:30:00+07:00', actor: 'requester' }],
    illustrative: ['request.periodStart', 'request.deadline', 'steps (ngày trình, ngày tiếp nhận)'],
  },
  {
    seed: '002', unitCode: '87.TM', templateKey: 'so-ket-ke-hoach-dang-3-nam', request: null,
    basisDocument: { kind: 'Công văn', numberText: '113-CV/BDVHU', issuedOn: '2024-01-09', issuer: 'Ban Dân vận Huyện uỷ Tháp Mười', summary: 'Báo cáo sơ kết 03 năm thực hiện Kế hoạch số 53-KH/HU của Ban Chấp hành Đảng bộ huyện khóa X' },
    content: seed002 as ReportContentInput,
    figures: {
      'quan-triet': { cuoc: { 'giai-doan': 256 } },
      'xep-loai': { diem: y({ 2021: 95.5, 2022: 96, 2023: 97.05 }), hang: y({ 2021: null, 2022: 7, 2023: 5 }) },
      'thu-tuc': {
        huyen: y({ 2022: 2384, 2023: 3447 }), 'huyen-ty-le': y({ 2022: 50.43, 2023: 82.82 }),
        xa: y({ 2022: 16021, 2023: 18888 }), 'xa-ty-le': y({ 2022: 34.83, 2023: 69.9 }),
      },
      'chi-so': { par: y({ 2021: 6, 2022: 4, 2023: null }), sipas: y({ 2021: 1, 2022: 3, 2023: null }) },
    },
    // "quán triệt được hơn 256 cuộc"; "cấp xã tiếp nhận 18.888 hồ sơ, đạt 69,90%".
    figureTexts: { 'quan-triet': { cuoc: { 'giai-doan': 'hơn 256' } }, 'thu-tuc': { 'xa-ty-le': { y2023: '69,90' } } },
    steps: [],
    illustrative: ['basisDocument.issuer (Ban Dân vận Huyện ủy Tháp Mười)'],
  },
  {
    seed: '003', unitCode: '51.TB.TN', templateKey: 'dvcq-quy',
    request: {
      issuingUnitCode: '51.TB', subject: 'Báo cáo kết quả thực hiện công tác Dân vận chính quyền quý I năm 2025',
      reportKind: 'quarter', periodStart: '2025-01-01', periodEnd: '2025-03-31', cutoffDate: '2025-03-14', requestDate: '2025-03-21', deadline: '2025-04-04',
      recipientCodes: ['51.TB.TT', '51.TB.TN'],
      basis: { kind: 'Kế hoạch', numberText: '42/KH-UBND', issuedOn: '2025-03-21', issuer: 'UBND huyện Trà Bồng', summary: 'thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2025' },
    },
    basisDocument: null,
    content: seed003 as ReportContentInput,
    figures: {},
    figureTexts: {},
    steps: [],
    illustrative: ['request.deadline', 'content.meta.date (tháng 3/2025)', 'content.meta.recipients', 'content.meta.signer'],
  },
  {
    seed: '004', unitCode: '51.DP.TT', templateKey: 'so-ket-chi-thi-08-3-nam',
    request: {
      issuingUnitCode: '51.DP', subject: 'Báo cáo sơ kết 3 năm thực hiện Chỉ thị số 08-CT/TU ngày 25/5/2021 của Ban Thường vụ Tỉnh ủy',
      reportKind: 'review', periodStart: '2021-05-25', periodEnd: '2024-04-30', cutoffDate: '2024-04-30', requestDate: '2024-04-17', deadline: '2024-05-10',
      recipientCodes: ['51.DP.TT'],
      basis: { kind: 'Công văn', numberText: '424/PNV', issuedOn: '2024-04-17', issuer: 'Phòng Nội vụ thị xã Đức Phổ', summary: 'báo cáo sơ kết 3 năm thực hiện Chỉ thị số 08-CT/TU ngày 25/5/2021 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác Dân vận của cơ quan Nhà nước các cấp' },
    },
    basisDocument: null,
    content: seed004 as ReportContentInput,
    figures: {
      'giam-sat': { 'chuyen-de': { 'giai-doan': 6 }, 'thuong-xuyen': { 'giai-doan': 9 } },
      'tuyen-truyen': { luot: { 'giai-doan': 12 }, nguoi: { 'giai-doan': 570 } },
      'tiep-dan': {
        'dinh-ky': back(2024, { 2021: 3, 2022: 2, 2023: 2 }), 'dot-xuat': back(2024, { 2021: 0, 2022: 0, 2023: 0 }),
        don: back(2024, { 2021: null, 2022: 19, 2023: 22 }), vu: back(2024, { 2021: null, 2022: 19, 2023: 21 }), 'dat-dai': back(2024, { 2021: null, 2022: 6, 2023: 8 }),
        'hoa-giai-thanh': back(2024, { 2021: null, 2022: 4, 2023: 5 }), 'da-giai-quyet': back(2024, { 2021: null, 2022: 19, 2023: 20 }), 'ty-le': back(2024, { 2021: null, 2022: 100, 2023: 95.2 }),
      },
      'mo-hinh': { 'so-mo-hinh': { 'giai-doan': 16 } },
      'tap-huan': { lop: { 'giai-doan': 2 }, nguoi: { 'giai-doan': 2 } },
    },
    // "12 lượt tuyên truyền ... với hơn 570 lượt người tham dự".
    figureTexts: { 'tuyen-truyen': { nguoi: { 'giai-doan': 'hơn 570' } } },
    steps: [],
    illustrative: ['request.deadline', 'request.periodEnd', 'content.meta.date (tháng 5/2024: bản gốc không ghi số và ngày)'],
  },
];
