import type { Context } from '../core/context.js';
import { enterFigure } from '../indicators/service.js';
import { createModel, markModelIllustrative } from '../registries/models/service.js';
import { createOutreach, markOutreachIllustrative } from '../registries/outreach/service.js';
import { createReception, markReceptionIllustrative } from '../registries/reception/service.js';
import { createLetter, getCase, markPetitionsIllustrative, updateCase, type PetitionSettings } from '../registries/petitions/service.js';
import { seed004Petitions } from './petition-data.js';
import { createTraining, markTrainingsIllustrative } from '../registries/trainings/service.js';
import { createInspection, markInspectionsIllustrative } from '../registries/inspections/service.js';
import { createAward, markAwardsIllustrative } from '../registries/awards/service.js';
import { createOfficer } from '../registries/officers/service.js';
import { seed000Awards, seed000Models, seed000Outreach, seed002Figures, seed004Inspections, seed004Models, seed004Officers, seed004Outreach, seed004Receptions, seed004Trainings } from './registry-data.js';

/** The seeds' registry facts, entered through the services a user calls (so they are checked and audited). */
export async function loadDemoRegistries(ctx: Context): Promise<void> {
  const ids: number[] = [];
  for (const [unitCode, models] of [['51.TB.TT', seed000Models], ['51.DP.TT', seed004Models]] as const) {
    for (const m of models) {
      const created = await createModel(ctx, { unitCode, level: 'commune', status: 'maintained', stoppedYear: null, description: null, results: null, recognition: null, ownerDetail: null, village: null, ...m });
      ids.push(created.id);
    }
  }
  await markModelIllustrative(ctx, ids);
  const rounds: number[] = [];
  for (const [unitCode, sessions] of [['51.TB.TT', seed000Outreach], ['51.DP.TT', seed004Outreach]] as const) {
    for (const s of sessions) rounds.push((await createOutreach(ctx, { unitCode, organiser: 'ubnd', village: null, notes: null, ...s })).id);
  }
  await markOutreachIllustrative(ctx, rounds);
  const receptions: number[] = [];
  for (const r of seed004Receptions) receptions.push((await createReception(ctx, { unitCode: '51.DP.TT', host: null, notes: null, ...r })).id);
  await markReceptionIllustrative(ctx, receptions);
  const courses: number[] = [];
  for (const c of seed004Trainings) courses.push((await createTraining(ctx, { unitCode: '51.DP.TT', place: null, notes: null, ...c })).id);
  await markTrainingsIllustrative(ctx, courses);
  const inspected: number[] = [];
  for (const i of seed004Inspections) inspected.push((await createInspection(ctx, { unitCode: '51.DP.TT', findings: null, followUp: null, ...i })).id);
  await markInspectionsIllustrative(ctx, inspected);
  const decisions: number[] = [];
  for (const a of seed000Awards) decisions.push((await createAward(ctx, { unitCode: '51.TB.TT', ...a })).id);
  await markAwardsIllustrative(ctx, decisions);
  for (const o of seed004Officers) await createOfficer(ctx, { unitCode: '51.DP.TT', ...o });
  await loadSeedPetitions(ctx);
  for (const v of seed002Figures.values) {
    await enterFigure(ctx, seed002Figures.unitCode, v.indicator, v.period, { value: v.value, note: v.note });
  }
}

/** Seed 004's letters of 2022 and 2023, each case handled as the report counts it. */
async function loadSeedPetitions(ctx: Context): Promise<void> {
  const settings: PetitionSettings = { rulesOn: 'start' };
  const ids: number[] = [];
  for (const letters of Object.values(seed004Petitions)) {
    const caseIds: number[] = [];
    for (const l of letters) {
      const created = await createLetter(ctx, {
        unitCode: '51.DP.TT', receivedOn: l.receivedOn, channel: 'in_person', kind: l.kind, field: l.field, summary: l.summary,
        senderName: l.senderName, senderAddress: null, senderContact: null, senderCount: 1, caseId: l.sameCaseAs === undefined ? null : caseIds[l.sameCaseAs]!,
      }, settings);
      caseIds.push(created.caseId);
      ids.push(created.id);
    }
    for (const [i, l] of letters.entries()) {
      if (l.sameCaseAs !== undefined || !l.closedOn) continue;
      const kase = await getCase(ctx, caseIds[i]!, settings);
      await updateCase(ctx, kase.id, {
        version: kase.version, title: kase.title, kind: kase.kind, field: kase.field, competence: 'within', secondInstance: false, complex: false,
        remote: false, crowd: false, prolonged: false, extensions: 0, handler: null, acceptedOn: null, mediation: l.mediation, outcome: l.outcome, closedOn: l.closedOn,
      }, settings);
    }
  }
  await markPetitionsIllustrative(ctx, ids);
}
