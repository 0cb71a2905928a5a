/** Sổ kiểm tra, giám sát: each inspection of the People's Committee, who held it, and its recommendations followed to the end. */
import { Tag, Typography } from 'antd';
import { inspectionKindLabels, inspectionKinds, inspectorLabels, inspectors } from '../../../../../src/registries/inspections/rules.js';
import { inspectionInput, type InspectionOut } from '../../../../../src/registries/inspections/schema.js';
import { formatDate } from '../../../format.js';
import { choices } from '../choices.js';
import { datedRegistry, type FormValues } from './config.js';
import { multiline } from './show.js';

const followUpColor = { none: 'default', open: 'orange', done: 'green' } as const;
const FollowUp = ({ r }: { r: InspectionOut }) => <Tag color={followUpColor[r.followUpStatus]}>{r.followUpName}</Tag>;
const recommended = (v: FormValues) => typeof v.recommendations === 'string' && v.recommendations.trim() !== '';

export const inspectionRegistry = datedRegistry<InspectionOut, typeof inspectionInput>({
  key: 'inspections', title: 'Sổ kiểm tra, giám sát', api: '/api/v1/registries/inspections', noun: 'cuộc kiểm tra, giám sát', createLabel: 'Ghi cuộc kiểm tra, giám sát',
  searchPlaceholder: 'Tìm nội dung, kiến nghị (gõ không dấu)',
  name: (r) => r.subject,
  summary: (r) => [formatDate(r.heldOn), r.inspectorName, r.followUpName].join(' · '),
  tag: (r) => <Tag color={r.kind === 'thematic' ? 'blue' : 'default'}>{r.kindName}</Tag>,
  columns: [
    { title: 'Ngày', width: 110, render: (r) => formatDate(r.heldOn) },
    { title: 'Nội dung kiểm tra, giám sát', link: true, render: (r) => r.subject },
    { title: 'Cơ quan', width: 180, render: (r) => r.inspectorName },
    { title: 'Loại', width: 130, render: (r) => r.kindName },
    { title: 'Kiến nghị', width: 190, render: (r) => (r.followUpStatus === 'none' ? <Typography.Text type="secondary">Không có</Typography.Text> : <FollowUp r={r} />) },
  ],
  filters: [
    { param: 'inspector', label: 'Cơ quan kiểm tra, giám sát', placeholder: 'Mọi cơ quan', options: choices(inspectors, inspectorLabels), width: 180 },
    { param: 'kind', label: 'Loại', placeholder: 'Mọi loại', options: choices(inspectionKinds, inspectionKindLabels), width: 130 },
  ],
  fields: [
    { name: 'heldOn', label: 'Ngày kiểm tra, giám sát', kind: 'date', required: true, span: 6 },
    { name: 'kind', label: 'Loại', kind: 'select', required: true, span: 6, options: choices(inspectionKinds, inspectionKindLabels), placeholder: 'Chuyên đề...' },
    { name: 'inspector', label: 'Cơ quan kiểm tra, giám sát', kind: 'select', required: true, span: 12, options: choices(inspectors, inspectorLabels), placeholder: 'HĐND, MTTQ, cấp trên...' },
    { name: 'subject', label: 'Nội dung kiểm tra, giám sát', kind: 'textarea', required: true, placeholder: 'Ví dụ: Việc giải quyết thủ tục hành chính về đất đai' },
    { name: 'findings', label: 'Kết quả, nhận xét', kind: 'textarea' },
    { name: 'recommendations', label: 'Kiến nghị', kind: 'textarea', extra: 'Khi có kiến nghị, ghi tiếp việc thực hiện và ngày thực hiện xong.' },
    { name: 'followUp', label: 'Việc thực hiện kiến nghị', kind: 'textarea', showIf: recommended },
    { name: 'settledOn', label: 'Ngày thực hiện xong kiến nghị', kind: 'date', span: 12, showIf: recommended },
  ],
  details: [
    { label: 'Ngày', render: (r) => formatDate(r.heldOn) },
    { label: 'Cơ quan', render: (r) => r.inspectorName },
    { label: 'Loại', render: (r) => r.kindName },
    { label: 'Nội dung', render: (r) => multiline(r.subject) },
    { label: 'Kết quả, nhận xét', render: (r) => multiline(r.findings) },
    { label: 'Kiến nghị', render: (r) => multiline(r.recommendations) },
    { label: 'Việc thực hiện kiến nghị', render: (r) => multiline(r.followUp) },
    { label: 'Tình trạng kiến nghị', render: (r) => <FollowUp r={r} /> },
    { label: 'Ngày thực hiện xong', render: (r) => formatDate(r.settledOn) },
  ],
  schema: inspectionInput,
  defaults: (today) => ({ heldOn: today }),
  illustrativeNote: 'số cuộc theo báo cáo mẫu; ngày và phần của Thường trực, các Ban HĐND là giả định.',
});
