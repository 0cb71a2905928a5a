/** Sổ tập huấn, bồi dưỡng: the courses a unit held or sent its officials to, their classes and participants. */
import { trainingHostLabels, trainingHosts } from '../../../../../src/registries/trainings/rules.js';
import { trainingInput, type TrainingOut } from '../../../../../src/registries/trainings/schema.js';
import { choices } from '../choices.js';
import { datedRegistry } from './config.js';
import { dayRange, multiline, number } from './show.js';

export const trainingRegistry = datedRegistry<TrainingOut, typeof trainingInput>({
  key: 'trainings', title: 'Sổ tập huấn, bồi dưỡng', api: '/api/v1/registries/trainings', noun: 'khóa tập huấn', createLabel: 'Ghi khóa tập huấn',
  searchPlaceholder: 'Tìm nội dung, cơ quan (gõ không dấu)',
  name: (r) => r.title,
  summary: (r) => [dayRange(r.startsOn, r.endsOn), r.organiser, `${number(r.classes)} lớp, ${number(r.participants)} người dự`].filter(Boolean).join(' · '),
  columns: [
    { title: 'Thời gian', width: 130, render: (r) => dayRange(r.startsOn, r.endsOn) },
    { title: 'Nội dung tập huấn, bồi dưỡng', link: true, render: (r) => r.title },
    { title: 'Cơ quan tổ chức', width: 200, render: (r) => r.organiser ?? r.hostName },
    { title: 'Số lớp', width: 80, render: (r) => number(r.classes) },
    { title: 'Người dự', width: 100, render: (r) => number(r.participants) },
  ],
  filters: [{ param: 'host', label: 'Nơi tổ chức', placeholder: 'Mọi nơi tổ chức', options: choices(trainingHosts, trainingHostLabels), width: 270 }],
  fields: [
    { name: 'host', label: 'Nơi tổ chức', kind: 'select', required: true, span: 12, options: choices(trainingHosts, trainingHostLabels) },
    { name: 'title', label: 'Nội dung tập huấn, bồi dưỡng', kind: 'textarea', required: true, placeholder: 'Ví dụ: Bồi dưỡng nghiệp vụ công tác dân vận chính quyền' },
    { name: 'startsOn', label: 'Ngày bắt đầu', kind: 'date', required: true, span: 8 },
    { name: 'endsOn', label: 'Ngày kết thúc', kind: 'date', span: 8 },
    { name: 'classes', label: 'Số lớp', kind: 'count', required: true, span: 8, min: 1 },
    { name: 'organiser', label: 'Cơ quan tổ chức', kind: 'text', span: 16, placeholder: 'Ví dụ: Ban Dân vận Tỉnh ủy' },
    { name: 'participants', label: 'Số người dự', kind: 'count', span: 8, extra: 'Cán bộ của đơn vị dự lớp' },
    { name: 'place', label: 'Địa điểm', kind: 'text' },
    { name: 'notes', label: 'Ghi chú', kind: 'textarea' },
  ],
  details: [
    { label: 'Thời gian', render: (r) => dayRange(r.startsOn, r.endsOn) },
    { label: 'Nội dung', render: (r) => multiline(r.title) },
    { label: 'Nơi tổ chức', render: (r) => r.hostName },
    { label: 'Cơ quan tổ chức', render: (r) => r.organiser },
    { label: 'Số lớp', render: (r) => number(r.classes) },
    { label: 'Số người của đơn vị dự', render: (r) => number(r.participants) },
    { label: 'Địa điểm', render: (r) => r.place },
    { label: 'Ghi chú', render: (r) => multiline(r.notes) },
  ],
  schema: trainingInput,
  defaults: (today) => ({ startsOn: today, host: 'higher', classes: 1 }),
  illustrativeNote: 'số lớp và số cán bộ dự theo báo cáo mẫu; ngày, nội dung và cơ quan tổ chức là giả định.',
});
