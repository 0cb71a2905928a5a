/** The voters' petitions registry (kiến nghị cử tri): each petition counted when received and when answered. */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { datedRegistry } from '../kit/dated-registry.js';
import { dayOrderProblem, refuseProblems } from '../kit/problems.js';
import { presentMeta, searchKey, type RecordRow } from '../kit/records.js';
import { isAnswered, voterCompetenceLabels, voterForumLabels } from './rules.js';
import { voterPetitionInput, type VoterPetitionInput, type VoterPetitionOut, type VoterPetitionQuery } from './schema.js';
import { voterPetitions } from './tables.js';

function present(row: RecordRow<typeof voterPetitions>, scope: Scope, ctx: Context): VoterPetitionOut {
  const forum = row.forum as VoterPetitionOut['forum'];
  const competence = row.competence as VoterPetitionOut['competence'];
  return {
    ...presentMeta(row, ctx, scope), receivedOn: row.receivedOn, forum, forumName: voterForumLabels[forum], content: row.content, field: row.field, village: row.village,
    competence, competenceName: voterCompetenceLabels[competence], answeredOn: row.answeredOn, answer: row.answer, answered: isAnswered(row),
  };
}

const valuesOf = (i: VoterPetitionInput) => ({
  receivedOn: i.receivedOn, forum: i.forum, content: i.content, field: i.field, village: i.village, competence: i.competence, answeredOn: i.answeredOn, answer: i.answer,
});
const searchOf = (i: VoterPetitionInput) => searchKey(i.content, i.field, i.village, i.answer, voterForumLabels[i.forum]);
const checkAnswer = (_: Context, i: VoterPetitionInput) => refuseProblems([
  ...dayOrderProblem({ day: i.receivedOn, name: 'Ngày tiếp nhận kiến nghị' }, { day: i.answeredOn, name: 'Ngày trả lời', field: 'answeredOn' }),
  ...(i.answeredOn && !i.answer ? [{ code: 'VOTER_ANSWER_MISSING' as const, field: 'answer', message: 'Đã có ngày trả lời thì cần nội dung trả lời.' }] : []),
]);

export const voterPetitionRegistry = datedRegistry<VoterPetitionInput, RecordRow<typeof voterPetitions>, VoterPetitionOut, VoterPetitionQuery>({
  table: voterPetitions, entity: 'voter_petition', action: 'voter_petition', registry: 'sổ kiến nghị cử tri', label: (id) => `kiến nghị cử tri số ${id}`,
  day: voterPetitions.receivedOn, coded: { forum: voterPetitions.forum, competence: voterPetitions.competence }, values: valuesOf, search: searchOf, present,
  check: checkAnswer, dateOf: (input) => input.receivedOn,
  schema: voterPetitionInput,
  sheet: {
    title: 'Sổ kiến nghị cử tri',
    columns: [
      { header: 'Ngày tiếp nhận', field: 'receivedOn', kind: 'day', required: true },
      { header: 'Nơi kiến nghị', field: 'forum', kind: 'choice', choices: voterForumLabels, required: true },
      { header: 'Nội dung kiến nghị', field: 'content', kind: 'text', required: true },
      { header: 'Lĩnh vực', field: 'field', kind: 'text' },
      { header: 'Thôn, tổ dân phố', field: 'village', kind: 'text' },
      { header: 'Thẩm quyền', field: 'competence', kind: 'choice', choices: voterCompetenceLabels },
      { header: 'Ngày trả lời', field: 'answeredOn', kind: 'day' },
      { header: 'Nội dung trả lời', field: 'answer', kind: 'text' },
    ],
  },
});
export const {
  list: listVoterPetitions, get: getVoterPetition, create: createVoterPetition, update: updateVoterPetition, remove: deleteVoterPetition,
  markIllustrative: markVoterPetitionsIllustrative,
} = voterPetitionRegistry;
