/** The training registry (tập huấn, bồi dưỡng): courses counted in classes and this unit's participants, in the period they began. */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { datedRegistry } from '../kit/dated-registry.js';
import { dayOrderProblem, refuseProblems } from '../kit/problems.js';
import { presentMeta, searchKey, type RecordRow } from '../kit/records.js';
import { trainingHostLabels } from './rules.js';
import type { TrainingInput, TrainingOut, TrainingQuery } from './schema.js';
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

const registry = datedRegistry<TrainingInput, RecordRow<typeof trainings>, TrainingOut, TrainingQuery>({
  table: trainings, entity: 'training', action: 'training', registry: 'sổ tập huấn', label: (id) => `khóa tập huấn số ${id}`,
  day: trainings.startsOn, coded: { host: trainings.host }, values: valuesOf, search: searchOf, present, check: checkDays, dateOf: (input) => input.startsOn,
});
export const { list: listTrainings, get: getTraining, create: createTraining, update: updateTraining, remove: deleteTraining, markIllustrative: markTrainingsIllustrative } = registry;
