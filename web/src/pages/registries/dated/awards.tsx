/** Sổ khen thưởng: each decision that commends individuals, collectives or households, registered in the document registry as it is recorded. */
import { Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { awardFormLabels, awardForms, type AwardForm } from '../../../../../src/registries/awards/rules.js';
import { awardInput, type AwardOut } from '../../../../../src/registries/awards/schema.js';
import type { ModelOut, ModelPage } from '../../../../../src/registries/models/schema.js';
import { api } from '../../../api.js';
import { formatDate } from '../../../format.js';
import { choices } from '../choices.js';
import { datedRegistry } from './config.js';
import { multiline, number } from './show.js';

const formColor: Record<AwardForm, string> = { certificate: 'blue', merit: 'gold', other: 'default' };
const FormTag = ({ r }: { r: AwardOut }) => <Tag color={formColor[r.form]}>{r.formName}</Tag>;

/** "2 hộ gia đình", "5 cá nhân, 1 tập thể". */
const commended = (r: AwardOut) => [
  r.individuals ? `${number(r.individuals)} cá nhân` : '', r.collectives ? `${number(r.collectives)} tập thể` : '', r.households ? `${number(r.households)} hộ gia đình` : '',
].filter(Boolean).join(', ');

/** The decision as registered in the document registry. */
const Decision = ({ r }: { r: AwardOut }) => <Link to={`/documents?id=${r.documentId}`}>{r.decisionNumber}</Link>;

/** The linked "Dân vận khéo" model by its name, opening it in its registry. */
function ModelLink({ id }: { id: number }) {
  const model = useQuery({ queryKey: ['model', id], queryFn: () => api.get<ModelOut>(`/api/v1/registries/models/${id}`) });
  return <Link to={`/registries/models?id=${id}`}>{model.data?.name ?? `Mô hình số ${id}`}</Link>;
}

/** The unit's models, to link a decision to the one it commends. */
const unitModels = (unitCode: unknown) => ({
  key: ['models', 'choices', unitCode],
  load: async () => (typeof unitCode === 'string' ? (await api.get<ModelPage>('/api/v1/registries/models', { unitCode, pageSize: 100 })).items.map((m) => ({ value: m.id, label: m.name })) : []),
});

export const awardRegistry = datedRegistry<AwardOut, typeof awardInput>({
  key: 'awards', title: 'Sổ khen thưởng', api: '/api/v1/registries/awards', noun: 'quyết định khen thưởng', createLabel: 'Ghi quyết định khen thưởng',
  searchPlaceholder: 'Tìm số quyết định, người được khen (không dấu)',
  name: (r) => r.decisionNumber,
  summary: (r) => [formatDate(r.decidedOn), commended(r), r.reason].filter(Boolean).join(' · '),
  tag: (r) => <FormTag r={r} />,
  columns: [
    { title: 'Ngày', width: 110, render: (r) => formatDate(r.decidedOn) },
    { title: 'Số quyết định', width: 150, link: true, render: (r) => r.decisionNumber },
    { title: 'Hình thức', width: 130, render: (r) => <FormTag r={r} /> },
    { title: 'Thành tích được khen thưởng', render: (r) => r.reason },
    { title: 'Được khen thưởng', width: 200, render: (r) => commended(r) },
  ],
  filters: [{ param: 'form', label: 'Hình thức', placeholder: 'Mọi hình thức', options: choices(awardForms, awardFormLabels), width: 180 }],
  fields: [
    { name: 'decisionNumber', label: 'Số, ký hiệu quyết định', kind: 'text', required: true, span: 12, placeholder: 'Ví dụ: 197/QĐ-UBND' },
    { name: 'decidedOn', label: 'Ngày quyết định', kind: 'date', required: true, span: 6 },
    { name: 'form', label: 'Hình thức', kind: 'select', required: true, span: 6, options: choices(awardForms, awardFormLabels) },
    { name: 'issuer', label: 'Cơ quan ban hành', kind: 'text', span: 12, placeholder: 'Để trống: UBND của đơn vị' },
    { name: 'individuals', label: 'Số cá nhân', kind: 'count', span: 8 },
    { name: 'collectives', label: 'Số tập thể', kind: 'count', span: 8, clearsErrorOf: 'individuals' },
    { name: 'households', label: 'Số hộ gia đình', kind: 'count', span: 8, clearsErrorOf: 'individuals' },
    { name: 'recipients', label: 'Danh sách được khen thưởng', kind: 'textarea', placeholder: 'Họ tên cá nhân, tên tập thể, hộ gia đình và nơi ở' },
    { name: 'reason', label: 'Thành tích được khen thưởng', kind: 'textarea', required: true, placeholder: 'Ví dụ: Hiến đất xây dựng đường giao thông nông thôn' },
    { name: 'movement', label: 'Phong trào thi đua', kind: 'text', span: 12 },
    { name: 'modelId', label: 'Mô hình "Dân vận khéo"', kind: 'select', span: 12, optionsFor: (v) => unitModels(v.unitCode), placeholder: 'Mô hình của đơn vị được khen' },
  ],
  details: [
    { label: 'Số quyết định', render: (r) => <Decision r={r} /> },
    { label: 'Ngày quyết định', render: (r) => formatDate(r.decidedOn) },
    { label: 'Hình thức', render: (r) => r.formName },
    { label: 'Được khen thưởng', render: (r) => commended(r) },
    { label: 'Danh sách', render: (r) => multiline(r.recipients) },
    { label: 'Thành tích', render: (r) => multiline(r.reason) },
    { label: 'Phong trào thi đua', render: (r) => r.movement },
    { label: 'Mô hình "Dân vận khéo"', render: (r) => (r.modelId === null ? null : <ModelLink id={r.modelId} />) },
  ],
  schema: awardInput,
  defaults: (today) => ({ decidedOn: today, form: 'certificate', individuals: 0, collectives: 0, households: 0 }),
  illustrativeNote: 'số, ngày quyết định và 02 hộ gia đình theo báo cáo mẫu; hình thức Giấy khen là giả định.',
});
