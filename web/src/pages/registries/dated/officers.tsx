/** Cán bộ phụ trách công tác dân vận: who the unit assigned to dân vận work, by which decision, from when to when. */
import { Tag } from 'antd';
import { Link } from 'react-router';
import { officerInput, type OfficerOut } from '../../../../../src/registries/officers/schema.js';
import { todayIso } from '../../../../../src/core/vi-format.js';
import { formatDate } from '../../../format.js';
import { datedRegistry } from './config.js';
import { multiline } from './show.js';

const Current = ({ r }: { r: OfficerOut }) => (r.current ? <Tag color="green">Đang phụ trách</Tag> : null);
/** "16/02/2024 - nay", or to the day it ended. */
const term = (r: OfficerOut) => `${formatDate(r.fromOn)} - ${r.toOn ? formatDate(r.toOn) : 'nay'}`;
/** In charge today, ended, or yet to begin (a deleted assignment says so in its own alert). */
const status = (r: OfficerOut) => {
  if (r.deleted) return null;
  if (r.current) return <Current r={r} />;
  return r.toOn && r.toOn < todayIso() ? 'Đã thôi phụ trách' : 'Chưa đến ngày bắt đầu phụ trách';
};
/** The decision, opened in the document registry when it is registered there. */
const decision = (r: OfficerOut) => (r.decisionNumber && r.documentId !== null ? <Link to={`/documents?id=${r.documentId}`}>{r.decisionNumber}</Link> : r.decisionNumber);

export const officerRegistry = datedRegistry<OfficerOut, typeof officerInput>({
  key: 'officers', title: 'Cán bộ phụ trách công tác dân vận', api: '/api/v1/registries/officers', noun: 'phân công cán bộ phụ trách', createLabel: 'Ghi phân công cán bộ',
  searchPlaceholder: 'Tìm họ tên, chức vụ, số quyết định (không dấu)',
  name: (r) => r.fullName,
  summary: (r) => [r.position, term(r), r.decisionNumber ? `Quyết định số ${r.decisionNumber}` : ''].filter(Boolean).join(' · '),
  tag: (r) => <Current r={r} />,
  columns: [
    { title: 'Họ và tên', width: 200, link: true, render: (r) => r.fullName },
    { title: 'Chức vụ', width: 200, render: (r) => r.position },
    { title: 'Nhiệm vụ được phân công', render: (r) => r.duties },
    { title: 'Quyết định', width: 140, render: (r) => r.decisionNumber },
    { title: 'Thời gian phụ trách', width: 190, render: (r) => <>{term(r)} <Current r={r} /></> },
  ],
  filters: [],
  fields: [
    { name: 'fullName', label: 'Họ và tên', kind: 'text', required: true, span: 12 },
    { name: 'position', label: 'Chức vụ', kind: 'text', span: 12, placeholder: 'Ví dụ: Chủ tịch UBND xã' },
    { name: 'duties', label: 'Nhiệm vụ được phân công', kind: 'textarea', placeholder: 'Ví dụ: Phụ trách công tác dân vận chính quyền' },
    { name: 'decisionNumber', label: 'Số, ký hiệu quyết định phân công', kind: 'text', span: 12, placeholder: 'Ví dụ: 59/QĐ-UBND' },
    { name: 'decidedOn', label: 'Ngày quyết định', kind: 'date', span: 12, extra: 'Để trống: ngày bắt đầu phụ trách' },
    { name: 'fromOn', label: 'Ngày bắt đầu phụ trách', kind: 'date', required: true, span: 12 },
    { name: 'toOn', label: 'Ngày thôi phụ trách', kind: 'date', span: 12 },
  ],
  details: [
    { label: 'Họ và tên', render: (r) => r.fullName },
    { label: 'Chức vụ', render: (r) => r.position },
    { label: 'Nhiệm vụ', render: (r) => multiline(r.duties) },
    { label: 'Quyết định phân công', render: decision },
    { label: 'Thời gian phụ trách', render: (r) => term(r) },
    { label: 'Tình trạng', render: status },
  ],
  schema: officerInput,
  defaults: (today) => ({ fromOn: today }),
  illustrativeNote: 'họ tên, chức vụ và quyết định theo báo cáo mẫu.',
});
