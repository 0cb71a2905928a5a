/**
 * Replays the four seed reports through the same services a user calls: the request sent on its date,
 * the draft created, the seed's content saved, then submitted and accepted on the dates given, so the
 * demo has the history, versions and audit rows a real report would have.
 */
import { makeContext } from '../core/context.js';
import type { Db } from '../core/db/connection.js';
import { systemActor, type Actor } from '../core/access/rules.js';
import { walkSections, type FigureOverrides, type OutlineSection } from '../content/content-schema.js';
import { boundCells, reportPeriodOf, withColumnYears } from '../reports/figure-rules.js';
import { isIndicator } from '../indicators/service.js';
import { reportContent } from '../content/meta-schema.js';
import { createReport, saveReport } from '../reports/report-service.js';
import { actOnReport } from '../reports/report-workflow.js';
import { createRequest } from '../requests/service.js';
import { findUnitByCode } from '../units/service.js';
import { builtinTemplateIds, currentOutline } from '../templates/service.js';
import { seedReports, type SeedReport } from './seed-reports/index.js';

/** The loader acts as an administrator placed in the unit concerned (a report is written by its unit). */
const actorIn = (unitId: number): Actor => ({ ...systemActor, unitId });
const at = (iso: string) => () => new Date(iso);

async function templateSections(tx: Db, templateId: number): Promise<Map<string, OutlineSection>> {
  return new Map([...walkSections(await currentOutline(tx, templateId))].map(({ section }) => [section.key, section]));
}

/**
 * The seed's text in the template's sections, with the template's guidance, figure tables and the seed's
 * figures as the seed writes them. A report written before the registries prints what it printed: each
 * figure the registries would fill keeps the seed's value, marked as the original's, and the seeds have no
 * tables, so none is placed in the document (the figures stay the report's, for the level above).
 */
async function seedContent(tx: Db, seed: SeedReport, templateId: number) {
  const outline = await templateSections(tx, templateId);
  const content = reportContent.parse(seed.content);
  for (const { section } of walkSections(content.sections)) {
    section.figureTables = structuredClone(outline.get(section.key)?.figureTables ?? []).map((table) => ({ ...table, placed: false }));
    section.guidance = outline.get(section.key)?.guidance ?? '';
  }
  const period = seed.request ? reportPeriodOf(seed.request.periodStart, seed.request.periodEnd) : null;
  withColumnYears(content.sections, period);
  const figureOverrides: FigureOverrides = {};
  for (const cell of boundCells(content.sections, period, isIndicator)) {
    const value = seed.figures[cell.table]?.[cell.row]?.[cell.column];
    if (value !== undefined) ((figureOverrides[cell.table] ??= {})[cell.row] ??= {})[cell.column] = originalFigure;
  }
  return { ...content, figures: seed.figures, figureOverrides, figureTexts: seed.figureTexts };
}

const originalFigure = 'Số liệu của báo cáo gốc, viết trước khi có sổ theo dõi.';

export async function loadSeedReports(tx: Db): Promise<void> {
  const templates = await builtinTemplateIds(tx);
  const codes = seedReports.flatMap((s) => [s.unitCode, ...(s.request ? [s.request.issuingUnitCode] : [])]);
  const unitIds = new Map(await Promise.all(codes.map(async (code) => [code, (await findUnitByCode(tx, code))!.id] as const)));
  for (const seed of seedReports) {
    const templateId = templates.get(seed.templateKey)!;
    const unitId = unitIds.get(seed.unitCode)!;
    let requestId: number | null = null;
    let requesterId: number | null = null;
    let writtenAt: string;
    if (seed.request) {
      const { basis, issuingUnitCode, ...fields } = seed.request;
      requesterId = unitIds.get(issuingUnitCode)!;
      requestId = await createRequest(makeContext(tx, actorIn(requesterId), null, at(`${fields.requestDate}T08:00:00+07:00`)), {
        ...fields, issuingUnitCode, templateId, basisDocument: basis,
        note: `Dữ liệu minh họa dựng từ báo cáo thật (seed ${seed.seed}); các trường tự đặt: ${seed.illustrative.join(', ')}.`,
      });
      writtenAt = `${fields.requestDate}T15:00:00+07:00`;
    } else {
      writtenAt = `${seed.basisDocument!.issuedOn}T15:00:00+07:00`;
    }
    const unitCtx = makeContext(tx, actorIn(unitId), null, at(writtenAt));
    const draft = await createReport(unitCtx, requestId ? { requestId } : { templateId, unitCode: seed.unitCode, basisDocument: seed.basisDocument });
    const saved = await saveReport(unitCtx, draft.id, { baseVersion: draft.version, content: await seedContent(tx, seed, templateId), reason: 'save' });
    for (const step of seed.steps) {
      const actor = actorIn(step.actor === 'unit' ? unitId : requesterId!);
      await actOnReport(makeContext(tx, actor, null, at(step.at)), draft.id, { action: step.action, baseVersion: saved.version, comment: '' });
    }
  }
}
