/** Sổ kiến nghị cử tri: what voters asked at meetings with their deputies and the council's sessions, and the answer given. */
import { Tag } from 'antd';
import { voterCompetenceLabels, voterCompetences, voterForumLabels, voterForums } from '../../../../../src/registries/voter-petitions/rules.js';
import { voterPetitionInput, type VoterPetitionOut } from '../../../../../src/registries/voter-petitions/schema.js';
import { formatDate } from '../../../format.js';
import { choices } from '../choices.js';
import { datedRegistry } from './config.js';
import { multiline } from './show.js';

const Answered = ({ r }: { r: VoterPetitionOut }) => (r.answered ? <Tag color="green">Đã trả lời</Tag> : <Tag color="orange">Chưa trả lời</Tag>);

export const voterPetitionRegistry = datedRegistry<VoterPetitionOut, typeof voterPetitionInput>({
  key: 'voter-petitions', title: 'Sổ kiến nghị cử tri', api: '/api/v1/registries/voter-petitions', noun: 'kiến nghị cử tri', createLabel: 'Ghi kiến nghị cử tri',
  searchPlaceholder: 'Tìm nội dung, lĩnh vực, thôn (không dấu)',
  name: (r) => r.content,
  summary: (r) => [formatDate(r.receivedOn), r.forumName, r.village, r.answeredOn ? `trả lời ngày ${formatDate(r.answeredOn)}` : ''].filter(Boolean).join(' · '),
  tag: (r) => <Answered r={r} />,
  columns: [
    { title: 'Ngày tiếp nhận', width: 120, render: (r) => formatDate(r.receivedOn) },
    { title: 'Nội dung kiến nghị', link: true, render: (r) => r.content },
    { title: 'Nơi kiến nghị', width: 220, render: (r) => r.forumName },
    { title: 'Lĩnh vực', width: 140, render: (r) => r.field },
    { title: 'Trả lời', width: 130, render: (r) => <Answered r={r} /> },
  ],
  filters: [
    { param: 'forum', label: 'Nơi kiến nghị', placeholder: 'Mọi nơi kiến nghị', options: choices(voterForums, voterForumLabels), width: 260 },
    { param: 'competence', label: 'Thẩm quyền', placeholder: 'Mọi thẩm quyền', options: choices(voterCompetences, voterCompetenceLabels), width: 240 },
  ],
  fields: [
    { name: 'receivedOn', label: 'Ngày tiếp nhận', kind: 'date', required: true, span: 6 },
    { name: 'forum', label: 'Nơi kiến nghị', kind: 'select', required: true, span: 18, options: choices(voterForums, voterForumLabels), placeholder: 'Tiếp xúc cử tri, kỳ họp HĐND...' },
    { name: 'content', label: 'Nội dung kiến nghị', kind: 'textarea', required: true, placeholder: 'Ví dụ: Đề nghị sửa chữa tuyến đường liên thôn' },
    { name: 'field', label: 'Lĩnh vực', kind: 'text', span: 12, placeholder: 'Ví dụ: Giao thông, đất đai' },
    { name: 'village', label: 'Thôn, tổ dân phố', kind: 'text', span: 12 },
    { name: 'competence', label: 'Thẩm quyền giải quyết', kind: 'select', required: true, span: 12, options: choices(voterCompetences, voterCompetenceLabels) },
    { name: 'answeredOn', label: 'Ngày trả lời', kind: 'date', span: 12, extra: 'Kiến nghị chuyển đi: ngày nhận được trả lời của cơ quan có thẩm quyền' },
    { name: 'answer', label: 'Nội dung trả lời', kind: 'textarea' },
  ],
  details: [
    { label: 'Ngày tiếp nhận', render: (r) => formatDate(r.receivedOn) },
    { label: 'Nơi kiến nghị', render: (r) => r.forumName },
    { label: 'Nội dung', render: (r) => multiline(r.content) },
    { label: 'Lĩnh vực', render: (r) => r.field },
    { label: 'Thôn, tổ dân phố', render: (r) => r.village },
    { label: 'Thẩm quyền', render: (r) => r.competenceName },
    { label: 'Trả lời', render: (r) => <Answered r={r} /> },
    { label: 'Ngày trả lời', render: (r) => formatDate(r.answeredOn) },
    { label: 'Nội dung trả lời', render: (r) => multiline(r.answer) },
  ],
  schema: voterPetitionInput,
  defaults: (today) => ({ receivedOn: today, competence: 'own' }),
  illustrativeNote: 'số kiến nghị theo báo cáo mẫu; ngày, nội dung và nơi kiến nghị là giả định.',
});
