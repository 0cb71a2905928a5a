import type { Context } from '../core/context.js';
import { enterFigure } from '../indicators/service.js';
import { createModel, markModelsIllustrative } from '../registries/models/service.js';
import { seed000Models, seed002Figures, seed004Models } from './registry-data.js';

/** The seeds' registry facts, entered through the services a user calls (so they are checked and audited). */
export async function loadDemoRegistries(ctx: Context): Promise<void> {
  const ids: number[] = [];
  for (const [unitCode, models] of [['51.TB.TT', seed000Models], ['51.DP.TT', seed004Models]] as const) {
    for (const m of models) {
      const created = await createModel(ctx, { unitCode, level: 'commune', status: 'maintained', stoppedYear: null, description: null, results: null, recognition: null, ownerDetail: null, village: null, ...m });
      ids.push(created.id);
    }
  }
  await markModelsIllustrative(ctx, ids);
  for (const v of seed002Figures.values) {
    await enterFigure(ctx, seed002Figures.unitCode, v.indicator, v.period, { value: v.value, note: v.note });
  }
}
