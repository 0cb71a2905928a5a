import type { Context } from '../core/context.js';
import { enterFigure } from '../indicators/service.js';
import { createModel, markModelIllustrative } from '../registries/models/service.js';
import { createOutreach, markOutreachIllustrative } from '../registries/outreach/service.js';
import { createReception, markReceptionIllustrative } from '../registries/reception/service.js';
import { seed000Models, seed000Outreach, seed002Figures, seed004Models, seed004Outreach, seed004Receptions } from './registry-data.js';

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
  for (const v of seed002Figures.values) {
    await enterFigure(ctx, seed002Figures.unitCode, v.indicator, v.period, { value: v.value, note: v.note });
  }
}
