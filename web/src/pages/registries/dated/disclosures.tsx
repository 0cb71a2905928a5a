/**
 * Sổ công khai (Luật Thực hiện dân chủ ở cơ sở 2022): what was made public, how, where and for how long;
 * a time limit of the law that was missed (published late, posted too short) is flagged in the list and the drawer.
 */
import { Tag } from 'antd';
import { disclosureFormLabels, disclosureForms, disclosureGroupLabels, disclosureGroups, type DisclosureGroup } from '../../../../../src/registries/disclosures/rules.js';
import { disclosureInput, type DisclosureOut } from '../../../../../src/registries/disclosures/schema.js';
import { formatDate } from '../../../format.js';
import { choices } from '../choices.js';
import { datedRegistry } from './config.js';
import { dayRange, multiline } from './show.js';

const groupColor: Record<DisclosureGroup, string> = { inform: 'blue', decide: 'purple', consult: 'cyan', supervise: 'geekblue' };
const GroupTag = ({ r }: { r: DisclosureOut }) => <Tag color={groupColor[r.group]}>{r.groupName}</Tag>;
/** "27/02/2026 - 28/03/2026", or from the day it began when it has no end. */
const period = (r: DisclosureOut) => (r.endsOn ? dayRange(r.publishedOn, r.endsOn) : `Từ ${formatDate(r.publishedOn)}`);

export const disclosureRegistry = datedRegistry<DisclosureOut, typeof disclosureInput>({
  key: 'disclosures', title: 'Sổ công khai (dân chủ ở cơ sở)', api: '/api/v1/registries/disclosures', noun: 'nội dung công khai', createLabel: 'Ghi nội dung công khai',
  searchPlaceholder: 'Tìm nội dung, văn bản, địa điểm (không dấu)',
  name: (r) => r.title,
  summary: (r) => [period(r), r.formName, r.place].filter(Boolean).join(' · '),
  tag: (r) => <GroupTag r={r} />,
  warnings: { of: (r) => r.warnings, label: 'Chưa đúng thời hạn luật định' },
  columns: [
    { title: 'Thời gian công khai', width: 130, render: (r) => period(r) },
    { title: 'Nội dung công khai', link: true, render: (r) => r.title },
    { title: 'Nhóm nội dung', width: 150, render: (r) => <GroupTag r={r} /> },
    { title: 'Hình thức', width: 180, render: (r) => r.formName },
    { title: 'Địa điểm', width: 160, render: (r) => r.place },
  ],
  filters: [
    { param: 'group', label: 'Nhóm nội dung', placeholder: 'Mọi nhóm nội dung', options: choices(disclosureGroups, disclosureGroupLabels), width: 230 },
    { param: 'form', label: 'Hình thức', placeholder: 'Mọi hình thức', options: choices(disclosureForms, disclosureFormLabels), width: 230 },
  ],
  fields: [
    { name: 'title', label: 'Nội dung công khai', kind: 'textarea', required: true, placeholder: 'Ví dụ: Dự toán ngân sách xã năm 2026' },
    { name: 'group', label: 'Nhóm nội dung', kind: 'select', required: true, span: 12, options: choices(disclosureGroups, disclosureGroupLabels), placeholder: 'Nhân dân biết, bàn và quyết định...' },
    { name: 'form', label: 'Hình thức công khai', kind: 'select', required: true, span: 12, options: choices(disclosureForms, disclosureFormLabels), placeholder: 'Niêm yết, truyền thanh...' },
    { name: 'basis', label: 'Văn bản được công khai', kind: 'text', span: 16, placeholder: 'Ví dụ: Nghị quyết số 12/NQ-HĐND' },
    { name: 'decidedOn', label: 'Ngày ban hành', kind: 'date', span: 8, extra: 'Công khai chậm nhất 5 ngày làm việc sau ngày này' },
    { name: 'publishedOn', label: 'Ngày bắt đầu công khai', kind: 'date', required: true, span: 12 },
    { name: 'endsOn', label: 'Ngày kết thúc công khai', kind: 'date', span: 12, extra: 'Niêm yết ít nhất 30 ngày, truyền thanh ít nhất 3 ngày liên tục' },
    { name: 'place', label: 'Địa điểm', kind: 'text', placeholder: 'Ví dụ: Bảng tin trụ sở UBND xã, nhà văn hóa thôn' },
    { name: 'notes', label: 'Ghi chú', kind: 'textarea' },
  ],
  details: [
    { label: 'Nội dung', render: (r) => multiline(r.title) },
    { label: 'Nhóm nội dung', render: (r) => r.groupName },
    { label: 'Hình thức', render: (r) => r.formName },
    { label: 'Văn bản', render: (r) => r.basis },
    { label: 'Ngày ban hành', render: (r) => formatDate(r.decidedOn) },
    { label: 'Hạn công khai', render: (r) => (r.publishDueOn ? `${formatDate(r.publishDueOn)} (5 ngày làm việc)` : null) },
    { label: 'Thời gian công khai', render: (r) => period(r) },
    { label: 'Địa điểm', render: (r) => r.place },
    { label: 'Ghi chú', render: (r) => multiline(r.notes) },
  ],
  schema: disclosureInput,
  defaults: (today) => ({ publishedOn: today }),
  illustrativeNote: 'nội dung theo báo cáo mẫu; ngày và hình thức công khai là giả định.',
});
