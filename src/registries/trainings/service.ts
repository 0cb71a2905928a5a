/** The training registry (tập huấn, bồi dưỡng): courses counted in classes and this unit's participants, in the period they began. */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { datedRegistry } from '../kit/dated-registry.js';
import { dayOrderProblem, refuseProblems } from '../kit/problems.js';
import { presentMeta, searchKey, type RecordRow } from '../kit/records.js';
import { trainingHostLabels } from './rules.js';
import { trainingInput, type TrainingInput, type TrainingOut, type TrainingQuery } from './schema.js';
import { trainings } from './tables.js';

function present(row: RecordRow<typeof trainings>, scope: Scope, ctx: Context): TrainingOut {
  const host = row.host as TrainingOut['host'];
  return {
    ...presentMeta(row, ctx, scope), title: row.title, host, hostName: trainingHostLabels[host], organiser: row.organiser, startsOn: row.startsOn,
    endsOn: row.endsOn, classes: row.classes, participants: row.participants, place: row.place, notes: row.notes,
  };
}

const valuesOf = (i: TrainingInput) => ({
  title: i.title, host: i.host, organiser: i.organiser, startsOn: i.startsOn, endsOn: i.endsOn, classes: i.classes, participants: i.participants, place: i.place, notes: i.notes,
});
const searchOf = (i: TrainingInput) => searchKey(i.title, i.organiser, i.place, trainingHostLabels[i.host]);
const checkDays = (_: Context, i: TrainingInput) =>
  refuseProblems(dayOrderProblem({ day: i.startsOn, name: 'Ngày bắt đầu' }, { day: i.endsOn, name: 'Ngày kết thúc', field: 'endsOn' }));

export const trainingRegistry = datedRegistry<TrainingInput, RecordRow<typeof trainings>, TrainingOut, TrainingQuery>({
  table: trainings, entity: 'training', action: 'training', registry: 'sổ tập huấn', label: (id) => `khóa tập huấn số ${id}`,
  day: trainings.startsOn, coded: { host: trainings.host }, values: valuesOf, search: searchOf, present, check: checkDays, dateOf: (input) => input.startsOn,
  schema: trainingInput,
  sheet: {
    title: 'Sổ tập huấn',
    columns: [
      { header: 'Nội dung tập huấn', field: 'title', kind: 'text', required: true },
      { header: 'Nơi tổ chức', field: 'host', kind: 'choice', choices: trainingHostLabels },
      { header: 'Cơ quan tổ chức', field: 'organiser', kind: 'text' },
      { header: 'Ngày bắt đầu', field: 'startsOn', kind: 'day', required: true },
      { header: 'Ngày kết thúc', field: 'endsOn', kind: 'day' },
      { header: 'Số lớp', field: 'classes', kind: 'count' },
      { header: 'Số người dự', field: 'participants', kind: 'count' },
      { header: 'Địa điểm', field: 'place', kind: 'text' },
      { header: 'Ghi chú', field: 'notes', kind: 'text' },
    ],
  },
});
export const { list: listTrainings, get: getTraining, create: createTraining, update: updateTraining, remove: deleteTraining, markIllustrative: markTrainingsIllustrative } = trainingRegistry;
