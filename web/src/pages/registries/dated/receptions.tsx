/** Sổ tiếp công dân, đối thoại: each reception day (thường xuyên, định kỳ, đột xuất, lưu động) and each dialogue with the people. */
import { Tag } from 'antd';
import { receptionKindLabels, receptionKinds } from '../../../../../src/registries/reception/rules.js';
import { receptionInput, type ReceptionOut } from '../../../../../src/registries/reception/schema.js';
import { formatDate } from '../../../format.js';
import { choices } from '../choices.js';
import { datedRegistry } from './config.js';
import { multiline, number, person } from './show.js';

const name = (r: ReceptionOut) => `${r.kind === 'dialogue' ? 'Đối thoại với Nhân dân' : `Tiếp công dân ${r.kindName.toLowerCase()}`} ngày ${formatDate(r.heldOn)}`;

export const receptionRegistry = datedRegistry<ReceptionOut, typeof receptionInput>({
  key: 'receptions', title: 'Sổ tiếp công dân, đối thoại', api: '/api/v1/registries/receptions', noun: 'buổi tiếp công dân, đối thoại', createLabel: 'Ghi buổi tiếp công dân',
  searchPlaceholder: 'Tìm người chủ trì, nơi tiếp (không dấu)',
  name,
  summary: (r) => [person(r.hostRole, r.host), r.place, `${number(r.citizens)} lượt công dân, ${number(r.letters)} đơn`].filter(Boolean).join(' · '),
  tag: (r) => <Tag color={r.kind === 'dialogue' ? 'purple' : 'blue'}>{r.kindName}</Tag>,
  columns: [
    { title: 'Ngày', width: 110, link: true, render: (r) => formatDate(r.heldOn) },
    { title: 'Hình thức', width: 190, render: (r) => <Tag color={r.kind === 'dialogue' ? 'purple' : 'blue'}>{r.kindName}</Tag> },
    { title: 'Người chủ trì', render: (r) => person(r.hostRole, r.host) },
    { title: 'Địa điểm', width: 200, render: (r) => r.place },
    { title: 'Lượt công dân', width: 130, render: (r) => number(r.citizens) },
    { title: 'Số đơn', width: 90, render: (r) => number(r.letters) },
  ],
  filters: [{ param: 'kind', label: 'Hình thức', placeholder: 'Mọi hình thức', options: choices(receptionKinds, receptionKindLabels), width: 220 }],
  fields: [
    { name: 'heldOn', label: 'Ngày tiếp', kind: 'date', required: true, span: 6 },
    { name: 'kind', label: 'Hình thức', kind: 'select', required: true, span: 6, options: choices(receptionKinds, receptionKindLabels), placeholder: 'Định kỳ, đột xuất...' },
    { name: 'host', label: 'Người chủ trì', kind: 'text', span: 12, placeholder: 'Họ tên' },
    { name: 'hostRole', label: 'Chức vụ', kind: 'text', span: 12, placeholder: 'Ví dụ: Chủ tịch UBND phường' },
    { name: 'place', label: 'Địa điểm', kind: 'text', span: 8 },
    { name: 'citizens', label: 'Số lượt công dân', kind: 'count', span: 8 },
    { name: 'letters', label: 'Số đơn nhận', kind: 'count', span: 8 },
    { name: 'notes', label: 'Ghi chú', kind: 'textarea', placeholder: 'Nội dung công dân nêu, việc giao xử lý...' },
  ],
  details: [
    { label: 'Ngày', render: (r) => formatDate(r.heldOn) },
    { label: 'Hình thức', render: (r) => r.kindName },
    { label: 'Người chủ trì', render: (r) => r.host },
    { label: 'Chức vụ', render: (r) => r.hostRole },
    { label: 'Địa điểm', render: (r) => r.place },
    { label: 'Số lượt công dân', render: (r) => number(r.citizens) },
    { label: 'Số đơn nhận', render: (r) => number(r.letters) },
    { label: 'Ghi chú', render: (r) => multiline(r.notes) },
  ],
  schema: receptionInput,
  defaults: (today) => ({ heldOn: today, citizens: 0, letters: 0 }),
  illustrativeNote: 'số buổi tiếp định kỳ theo báo cáo mẫu; ngày, địa điểm, số lượt công dân và các cuộc đối thoại là giả định.',
});
