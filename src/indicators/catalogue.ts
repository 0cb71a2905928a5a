/**
 * The indicators (chỉ tiêu) danvan computes or records: stable codes that templates, roll-ups and other
 * systems rely on, as DHIS2's data elements are. An indicator's values come from a registry (counted from
 * its records, never typed), from entry per period (figures that are reported, not recorded case by case,
 * such as the one-stop shop's dossier counts), or from a ratio of two others, recomputed and never summed.
 */
import { modelFieldLabels, modelFields, modelOwnerLabels, modelOwners, modelStatusLabels, modelStatuses } from '../registries/models/rules.js';
import { outreachFormLabels, outreachForms } from '../registries/outreach/rules.js';
import { receptionKindLabels, receptionKinds } from '../registries/reception/rules.js';
import { petitionKindLabels, petitionKinds } from '../registries/petitions/rules.js';
import { trainingHostLabels, trainingHosts } from '../registries/trainings/rules.js';
import { profileFields } from '../units/profile-rules.js';
import { disclosureFormLabels, disclosureForms, disclosureGroupLabels, disclosureGroups } from '../registries/disclosures/rules.js';
import { inspectionKindLabels, inspectionKinds, inspectorLabels, inspectors } from '../registries/inspections/rules.js';

export type Aggregation = 'sum' | 'last' | 'max' | 'none';

export interface Disaggregation {
  code: string;
  name: string;
  options: { code: string; name: string }[];
}

export type IndicatorSource =
  | { kind: 'registry'; registry: 'models' | 'outreach' | 'reception' | 'petitions' | 'trainings' | 'inspections' | 'awards' | 'disclosures' | 'voterPetitions' | 'officers'; measure: string }
  | { kind: 'entry' }
  | { kind: 'ratio'; numerator: string; denominator: string };

export interface IndicatorDefinition {
  code: string;
  name: string;
  /** "mô hình", "hồ sơ", "%" */
  unitOfMeasure: string;
  valueType: 'count' | 'number' | 'percent';
  decimals: number;
  /** Over a longer period: a count of sessions sums, a stock of running models does not. */
  overTime: Aggregation;
  /** Over the units below (the roll-up): a rate is recomputed from its parts, never summed. */
  overUnits: Aggregation;
  disaggregations: Disaggregation[];
  source: IndicatorSource;
  /** How it is counted, for the user who clicks through. */
  description: string;
  /** Entered as part of a form that owns the values (the yearly profile), not one by one. */
  dataSet?: 'profile';
}

const options = <K extends string>(codes: readonly K[], labels: Record<K, string>) => codes.map((code) => ({ code, name: labels[code] }));

const awardNames = {
  decisions: ['Số quyết định khen thưởng', 'quyết định', 'Các quyết định khen thưởng'],
  individuals: ['Số cá nhân được khen thưởng', 'cá nhân', 'Số cá nhân được khen của các quyết định'],
  collectives: ['Số tập thể được khen thưởng', 'tập thể', 'Số tập thể được khen của các quyết định'],
  households: ['Số hộ gia đình được khen thưởng', 'hộ', 'Số hộ gia đình được khen của các quyết định'],
} as const;

const petitionsByKind: Disaggregation = { code: 'kind', name: 'Loại đơn', options: options(petitionKinds, petitionKindLabels) };

export const indicators: IndicatorDefinition[] = [
  {
    code: 'models.count', name: 'Số mô hình "Dân vận khéo"', unitOfMeasure: 'mô hình', valueType: 'count', decimals: 0,
    overTime: 'last', overUnits: 'sum',
    disaggregations: [
      { code: 'field', name: 'Lĩnh vực', options: options(modelFields, modelFieldLabels) },
      { code: 'owner', name: 'Tổ chức thực hiện', options: options(modelOwners, modelOwnerLabels) },
      { code: 'status', name: 'Tình trạng', options: options(modelStatuses, modelStatusLabels) },
    ],
    source: { kind: 'registry', registry: 'models', measure: 'active' },
    description: 'Mô hình trong sổ mô hình của đơn vị đã bắt đầu trước khi hết kỳ và chưa dừng trước khi vào kỳ (mô hình đã xóa không tính).',
  },
  {
    code: 'outreach.sessions', name: 'Số đợt tuyên truyền, phổ biến', unitOfMeasure: 'đợt', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum',
    disaggregations: [{ code: 'form', name: 'Hình thức', options: options(outreachForms, outreachFormLabels) }],
    source: { kind: 'registry', registry: 'outreach', measure: 'sessions' },
    description: 'Các đợt tuyên truyền trong sổ tuyên truyền của đơn vị có ngày tổ chức trong kỳ.',
  },
  {
    code: 'outreach.participants', name: 'Số lượt người dự tuyên truyền', unitOfMeasure: 'lượt người', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [],
    source: { kind: 'registry', registry: 'outreach', measure: 'participants' },
    description: 'Tổng lượt người của các đợt trong kỳ; là số ước ("khoảng") khi có đợt chỉ ước số người hoặc không đếm.',
  },
  {
    code: 'reception.sessions', name: 'Số lượt tiếp công dân', unitOfMeasure: 'lượt', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum',
    disaggregations: [{ code: 'kind', name: 'Hình thức', options: options(receptionKinds.filter((k) => k !== 'dialogue'), receptionKindLabels) }],
    source: { kind: 'registry', registry: 'reception', measure: 'sessions' },
    description: 'Các buổi tiếp công dân (thường xuyên, định kỳ, đột xuất, lưu động) trong kỳ; không tính đối thoại.',
  },
  {
    code: 'reception.citizens', name: 'Số lượt công dân được tiếp', unitOfMeasure: 'lượt người', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [],
    source: { kind: 'registry', registry: 'reception', measure: 'citizens' },
    description: 'Tổng lượt công dân của các buổi tiếp công dân trong kỳ.',
  },
  {
    code: 'reception.dialogues', name: 'Số cuộc đối thoại với Nhân dân', unitOfMeasure: 'cuộc', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [],
    source: { kind: 'registry', registry: 'reception', measure: 'dialogues' },
    description: 'Các cuộc đối thoại giữa người đứng đầu và Nhân dân trong kỳ (Luật Thực hiện dân chủ ở cơ sở, Điều 32).',
  },
  {
    code: 'petition.letters', name: 'Số đơn thư tiếp nhận', unitOfMeasure: 'đơn', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [petitionsByKind],
    source: { kind: 'registry', registry: 'petitions', measure: 'letters' },
    description: 'Các đơn trong sổ đơn thư của đơn vị có ngày nhận trong kỳ (nhiều đơn có thể cùng một vụ việc).',
  },
  {
    code: 'petition.cases', name: 'Số vụ việc', unitOfMeasure: 'vụ', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [petitionsByKind],
    source: { kind: 'registry', registry: 'petitions', measure: 'cases' },
    description: 'Các vụ việc có đơn đầu tiên nhận trong kỳ.',
  },
  {
    code: 'petition.cases_resolved', name: 'Số vụ việc đã giải quyết xong', unitOfMeasure: 'vụ', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [petitionsByKind],
    source: { kind: 'registry', registry: 'petitions', measure: 'resolved' },
    description: 'Vụ việc của kỳ đã kết thúc (trả lời, giải quyết, hòa giải, chuyển hoặc lưu đơn) đến ngày cuối kỳ.',
  },
  {
    code: 'petition.resolution_rate', name: 'Tỷ lệ giải quyết đơn thư', unitOfMeasure: '%', valueType: 'percent', decimals: 1,
    overTime: 'none', overUnits: 'none', disaggregations: [], source: { kind: 'ratio', numerator: 'petition.cases_resolved', denominator: 'petition.cases' },
    description: 'Vụ việc đã giải quyết trên tổng số vụ việc, tính trên vụ việc chứ không trên đơn (seed 004, năm 2023: (8 + 12) / 21 = 95,2%).',
  },
  {
    code: 'petition.mediated', name: 'Số vụ tranh chấp đất đai đã hòa giải', unitOfMeasure: 'vụ', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [], source: { kind: 'registry', registry: 'petitions', measure: 'mediated' },
    description: 'Vụ tranh chấp đất đai của kỳ đã hòa giải tại cơ sở (thành hoặc không thành) đến ngày cuối kỳ.',
  },
  {
    code: 'petition.mediated_success', name: 'Số vụ hòa giải thành', unitOfMeasure: 'vụ', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [], source: { kind: 'registry', registry: 'petitions', measure: 'mediatedSuccess' },
    description: 'Vụ tranh chấp đất đai của kỳ hòa giải thành.',
  },
  {
    code: 'petition.crowd_cases', name: 'Số vụ việc đông người', unitOfMeasure: 'vụ', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [], source: { kind: 'registry', registry: 'petitions', measure: 'crowd' },
    description: 'Vụ việc của kỳ được đánh dấu đông người.',
  },
  {
    code: 'training.classes', name: 'Số lớp tập huấn, bồi dưỡng', unitOfMeasure: 'lớp', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum',
    disaggregations: [{ code: 'host', name: 'Nơi tổ chức', options: options(trainingHosts, trainingHostLabels) }],
    source: { kind: 'registry', registry: 'trainings', measure: 'classes' },
    description: 'Số lớp của các khóa tập huấn, bồi dưỡng trong sổ tập huấn có ngày bắt đầu trong kỳ, do đơn vị tổ chức hoặc cấp trên tổ chức mà đơn vị cử người dự.',
  },
  {
    code: 'training.participants', name: 'Số lượt cán bộ dự tập huấn, bồi dưỡng', unitOfMeasure: 'lượt người', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum',
    disaggregations: [{ code: 'host', name: 'Nơi tổ chức', options: options(trainingHosts, trainingHostLabels) }],
    source: { kind: 'registry', registry: 'trainings', measure: 'participants' },
    description: 'Tổng số người của đơn vị dự các khóa tập huấn, bồi dưỡng bắt đầu trong kỳ.',
  },
  {
    code: 'inspection.sessions', name: 'Số cuộc kiểm tra, giám sát', unitOfMeasure: 'cuộc', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum',
    disaggregations: [
      { code: 'kind', name: 'Loại', options: options(inspectionKinds, inspectionKindLabels) },
      { code: 'inspector', name: 'Cơ quan kiểm tra, giám sát', options: options(inspectors, inspectorLabels) },
    ],
    source: { kind: 'registry', registry: 'inspections', measure: 'sessions' },
    description: 'Các cuộc kiểm tra, giám sát đối với UBND trong sổ kiểm tra, giám sát có ngày trong kỳ (seed 004: giám sát chuyên đề 06 cuộc, thường xuyên 9 cuộc).',
  },
  ...(['decisions', 'individuals', 'collectives', 'households'] as const).map((measure): IndicatorDefinition => ({
    code: `award.${measure}`, name: awardNames[measure][0], unitOfMeasure: awardNames[measure][1], valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [], source: { kind: 'registry', registry: 'awards', measure },
    description: `${awardNames[measure][2]} trong sổ khen thưởng, theo ngày quyết định trong kỳ (quyết định đã xóa khỏi sổ không tính).`,
  })),
  {
    code: 'disclosure.items', name: 'Số nội dung công khai', unitOfMeasure: 'nội dung', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum',
    disaggregations: [
      { code: 'group', name: 'Nhóm nội dung', options: options(disclosureGroups, disclosureGroupLabels) },
      { code: 'form', name: 'Hình thức', options: options(disclosureForms, disclosureFormLabels) },
    ],
    source: { kind: 'registry', registry: 'disclosures', measure: 'items' },
    description: 'Các nội dung công khai trong sổ công khai bắt đầu công khai trong kỳ (Luật Thực hiện dân chủ ở cơ sở 2022).',
  },
  {
    code: 'disclosure.late', name: 'Số nội dung công khai chậm', unitOfMeasure: 'nội dung', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [], source: { kind: 'registry', registry: 'disclosures', measure: 'late' },
    description: 'Nội dung công khai của kỳ bắt đầu sau 5 ngày làm việc kể từ ngày ban hành (Điều 12.3).',
  },
  {
    code: 'voter.petitions', name: 'Số kiến nghị cử tri tiếp nhận', unitOfMeasure: 'kiến nghị', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [], source: { kind: 'registry', registry: 'voterPetitions', measure: 'received' },
    description: 'Kiến nghị cử tri trong sổ kiến nghị cử tri có ngày tiếp nhận trong kỳ.',
  },
  {
    code: 'voter.answered', name: 'Số kiến nghị cử tri đã trả lời', unitOfMeasure: 'kiến nghị', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [], source: { kind: 'registry', registry: 'voterPetitions', measure: 'answered' },
    description: 'Kiến nghị cử tri của kỳ đã được trả lời đến ngày cuối kỳ.',
  },
  {
    code: 'voter.answer_rate', name: 'Tỷ lệ kiến nghị cử tri đã trả lời', unitOfMeasure: '%', valueType: 'percent', decimals: 1,
    overTime: 'none', overUnits: 'none', disaggregations: [], source: { kind: 'ratio', numerator: 'voter.answered', denominator: 'voter.petitions' },
    description: 'Kiến nghị đã trả lời trên tổng số kiến nghị của kỳ.',
  },
  {
    code: 'officer.in_charge', name: 'Số cán bộ phụ trách công tác dân vận', unitOfMeasure: 'người', valueType: 'count', decimals: 0,
    overTime: 'last', overUnits: 'sum', disaggregations: [], source: { kind: 'registry', registry: 'officers', measure: 'inCharge' },
    description: 'Cán bộ được phân công phụ trách công tác dân vận chính quyền còn phụ trách vào ngày cuối kỳ.',
  },
  {
    code: 'procedure.dossiers', name: 'Số hồ sơ thủ tục hành chính tiếp nhận', unitOfMeasure: 'hồ sơ', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [], source: { kind: 'entry' },
    description: 'Hồ sơ Bộ phận Một cửa tiếp nhận trong kỳ, nhập theo kỳ từ hệ thống giải quyết thủ tục hành chính.',
  },
  {
    code: 'procedure.online', name: 'Số hồ sơ tiếp nhận trực tuyến', unitOfMeasure: 'hồ sơ', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [], source: { kind: 'entry' },
    description: 'Hồ sơ nộp qua dịch vụ công trực tuyến trong kỳ.',
  },
  {
    code: 'procedure.on_time', name: 'Số hồ sơ giải quyết đúng hạn', unitOfMeasure: 'hồ sơ', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [], source: { kind: 'entry' },
    description: 'Hồ sơ trả kết quả đúng hoặc trước hạn trong kỳ.',
  },
  {
    code: 'procedure.late', name: 'Số hồ sơ giải quyết quá hạn', unitOfMeasure: 'hồ sơ', valueType: 'count', decimals: 0,
    overTime: 'sum', overUnits: 'sum', disaggregations: [], source: { kind: 'entry' },
    description: 'Hồ sơ trả kết quả sau hạn trong kỳ.',
  },
  {
    code: 'procedure.online_rate', name: 'Tỷ lệ hồ sơ trực tuyến', unitOfMeasure: '%', valueType: 'percent', decimals: 2,
    overTime: 'none', overUnits: 'none', disaggregations: [], source: { kind: 'ratio', numerator: 'procedure.online', denominator: 'procedure.dossiers' },
    description: 'Hồ sơ trực tuyến trên tổng hồ sơ tiếp nhận (seed 002: 2.384 hồ sơ = 50,43%).',
  },
  {
    code: 'procedure.on_time_rate', name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', unitOfMeasure: '%', valueType: 'percent', decimals: 2,
    overTime: 'none', overUnits: 'none', disaggregations: [], source: { kind: 'ratio', numerator: 'procedure.on_time', denominator: 'procedure.dossiers' },
    description: 'Hồ sơ giải quyết đúng hạn trên tổng hồ sơ tiếp nhận.',
  },
  {
    code: 'procedure.par_index_rank', name: 'Hạng Chỉ số cải cách hành chính (PAR Index)', unitOfMeasure: 'hạng', valueType: 'count', decimals: 0,
    overTime: 'none', overUnits: 'none', disaggregations: [], source: { kind: 'entry' },
    description: 'Hạng của đơn vị trong các đơn vị cùng cấp của tỉnh, nhập theo năm khi tỉnh công bố (seed 002: năm 2021 hạng 6, năm 2022 hạng 4).',
  },
  {
    code: 'procedure.sipas_rank', name: 'Hạng Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)', unitOfMeasure: 'hạng', valueType: 'count', decimals: 0,
    overTime: 'none', overUnits: 'none', disaggregations: [], source: { kind: 'entry' },
    description: 'Hạng của đơn vị, nhập theo năm khi tỉnh công bố.',
  },
  {
    code: 'evaluation.score', name: 'Điểm đánh giá công tác dân vận chính quyền', unitOfMeasure: 'điểm', valueType: 'number', decimals: 2,
    overTime: 'none', overUnits: 'none', disaggregations: [], source: { kind: 'entry' },
    description: 'Điểm trên thang 100 của kỳ đánh giá hằng năm, nhập theo năm khi có kết quả (seed 002: 95,5; 96; 97,05).',
  },
  {
    code: 'evaluation.rank', name: 'Hạng đánh giá công tác dân vận chính quyền', unitOfMeasure: 'hạng', valueType: 'count', decimals: 0,
    overTime: 'none', overUnits: 'none', disaggregations: [], source: { kind: 'entry' },
    description: 'Hạng trong các đơn vị cùng cấp của tỉnh theo kết quả đánh giá hằng năm.',
  },
  ...profileIndicators(),
  {
    code: 'profile.poor_rate', name: 'Tỷ lệ hộ nghèo', unitOfMeasure: '%', valueType: 'percent', decimals: 2,
    overTime: 'none', overUnits: 'none', disaggregations: [], source: { kind: 'ratio', numerator: 'profile.poor_households', denominator: 'profile.households' },
    description: 'Hộ nghèo trên tổng số hộ theo chuẩn nghèo đa chiều (seed 000: 405 / 729 hộ = 55,56%).',
  },
  {
    code: 'profile.near_poor_rate', name: 'Tỷ lệ hộ cận nghèo', unitOfMeasure: '%', valueType: 'percent', decimals: 2,
    overTime: 'none', overUnits: 'none', disaggregations: [], source: { kind: 'ratio', numerator: 'profile.near_poor_households', denominator: 'profile.households' },
    description: 'Hộ cận nghèo trên tổng số hộ.',
  },
];

/**
 * "Đặc điểm tình hình": stocks entered once a year on the profile form. Over a longer period the latest
 * year counts (a three-year review shows the last year's households), and units sum (a district's area).
 */
function profileIndicators(): IndicatorDefinition[] {
  return profileFields.map((f) => ({
    code: f.code, name: f.label, unitOfMeasure: f.unit, valueType: f.decimals ? 'number' : 'count', decimals: f.decimals,
    overTime: 'last', overUnits: 'sum', disaggregations: [], source: { kind: 'entry' }, dataSet: 'profile',
    description: `Nhập hằng năm ở trang Đặc điểm tình hình (nhóm "${f.group}"); trong một kỳ dài hơn một năm lấy số của năm gần nhất trong kỳ.`,
  }));
}

export const indicatorByCode: ReadonlyMap<string, IndicatorDefinition> = new Map(indicators.map((i) => [i.code, i]));

export interface ValidationRule {
  code: string;
  left: string;
  operator: '<=' | '=';
  right: string;
  severity: 'error' | 'warning';
  message: string;
}

/** Checks between indicators of one unit and period (a registry cannot break them; entered figures can). */
export const validationRules: ValidationRule[] = [
  { code: 'procedure.online_within_dossiers', left: 'procedure.online', operator: '<=', right: 'procedure.dossiers', severity: 'error', message: 'Số hồ sơ trực tuyến không được lớn hơn tổng số hồ sơ tiếp nhận.' },
  { code: 'petition.resolved_within_cases', left: 'petition.cases_resolved', operator: '<=', right: 'petition.cases', severity: 'error', message: 'Số vụ việc đã giải quyết không được lớn hơn tổng số vụ việc.' },
  { code: 'petition.cases_within_letters', left: 'petition.cases', operator: '<=', right: 'petition.letters', severity: 'error', message: 'Số vụ việc không được lớn hơn số đơn: mỗi vụ việc có ít nhất một đơn.' },
  { code: 'petition.success_within_mediated', left: 'petition.mediated_success', operator: '<=', right: 'petition.mediated', severity: 'error', message: 'Số vụ hòa giải thành không được lớn hơn số vụ đã hòa giải.' },
  { code: 'profile.forest_within_area', left: 'profile.forest_area_ha', operator: '<=', right: 'profile.natural_area_ha', severity: 'warning', message: 'Diện tích rừng lớn hơn diện tích tự nhiên.' },
  { code: 'profile.households_within_population', left: 'profile.households', operator: '<=', right: 'profile.population', severity: 'warning', message: 'Tổng số hộ lớn hơn dân số.' },
  { code: 'disclosure.late_within_items', left: 'disclosure.late', operator: '<=', right: 'disclosure.items', severity: 'error', message: 'Số nội dung công khai chậm không được lớn hơn số nội dung công khai.' },
  { code: 'voter.answered_within_received', left: 'voter.answered', operator: '<=', right: 'voter.petitions', severity: 'error', message: 'Số kiến nghị cử tri đã trả lời không được lớn hơn số kiến nghị tiếp nhận.' },
  { code: 'procedure.late_within_dossiers', left: 'procedure.late', operator: '<=', right: 'procedure.dossiers', severity: 'error', message: 'Số hồ sơ giải quyết quá hạn không được lớn hơn tổng số hồ sơ tiếp nhận.' },
  { code: 'procedure.on_time_within_dossiers', left: 'procedure.on_time', operator: '<=', right: 'procedure.dossiers', severity: 'error', message: 'Số hồ sơ giải quyết đúng hạn không được lớn hơn tổng số hồ sơ tiếp nhận.' },
];
