/** Sổ tuyên truyền, phổ biến: each round of outreach, its form and how many people it reached. */
import { organisationLabels, organisations } from '../../../../../src/registries/kit/organisations.js';
import { outreachFormLabels, outreachForms } from '../../../../../src/registries/outreach/rules.js';
import { outreachInput, type OutreachOut } from '../../../../../src/registries/outreach/schema.js';
import { formatDate } from '../../../format.js';
import { choices } from '../choices.js';
import { datedRegistry } from './config.js';
import { multiline, number } from './show.js';

const people = (r: OutreachOut) => (r.participants === null ? '' : `${r.estimated ? 'khoảng ' : ''}${number(r.participants)} lượt người`);

export const outreachRegistry = datedRegistry<OutreachOut, typeof outreachInput>({
  key: 'outreach', title: 'Sổ tuyên truyền, phổ biến', api: '/api/v1/registries/outreach', noun: 'đợt tuyên truyền', createLabel: 'Ghi đợt tuyên truyền',
  searchPlaceholder: 'Tìm nội dung, thôn (gõ không dấu được)',
  name: (r) => r.topic,
  summary: (r) => [formatDate(r.heldOn), r.formName, r.village, people(r)].filter(Boolean).join(' · '),
  columns: [
    { title: 'Ngày', width: 110, render: (r) => formatDate(r.heldOn) },
    { title: 'Nội dung tuyên truyền', link: true, render: (r) => r.topic },
    { title: 'Hình thức', width: 170, render: (r) => r.formName },
    { title: 'Thôn, tổ dân phố', width: 150, render: (r) => r.village },
    { title: 'Lượt người', width: 120, render: (r) => people(r).replace(' lượt người', '') },
  ],
  filters: [{ param: 'form', label: 'Hình thức', placeholder: 'Mọi hình thức', options: choices(outreachForms, outreachFormLabels), width: 210 }],
  fields: [
    { name: 'heldOn', label: 'Ngày tổ chức', kind: 'date', required: true, span: 6 },
    { name: 'form', label: 'Hình thức', kind: 'select', required: true, span: 6, options: choices(outreachForms, outreachFormLabels), placeholder: 'Hội nghị, họp thôn...' },
    { name: 'topic', label: 'Nội dung tuyên truyền', kind: 'textarea', required: true, placeholder: 'Ví dụ: Phổ biến Luật Thực hiện dân chủ ở cơ sở' },
    { name: 'organiser', label: 'Tổ chức thực hiện', kind: 'select', span: 12, options: choices(organisations, organisationLabels) },
    { name: 'village', label: 'Thôn, tổ dân phố', kind: 'text', span: 12 },
    { name: 'participants', label: 'Số lượt người', kind: 'count', span: 8 },
    { name: 'estimated', label: 'Số lượt người là ước tính', kind: 'boolean', span: 8 },
    { name: 'notes', label: 'Ghi chú', kind: 'textarea' },
  ],
  details: [
    { label: 'Ngày tổ chức', render: (r) => formatDate(r.heldOn) },
    { label: 'Nội dung', render: (r) => multiline(r.topic) },
    { label: 'Hình thức', render: (r) => r.formName },
    { label: 'Tổ chức thực hiện', render: (r) => r.organiserName },
    { label: 'Thôn, tổ dân phố', render: (r) => r.village },
    { label: 'Số lượt người', render: (r) => people(r) || 'Chưa ghi' },
    { label: 'Ghi chú', render: (r) => multiline(r.notes) },
  ],
  schema: outreachInput,
  defaults: (today) => ({ heldOn: today, organiser: 'ubnd', estimated: false }),
  illustrativeNote: 'số đợt và số lượt người theo báo cáo mẫu; ngày, hình thức và thôn là giả định.',
});
