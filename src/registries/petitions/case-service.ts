/**
 * Cases (vụ việc): how each is handled, its statutory deadlines, and the duplicates a new letter may be.
 * A case is opened by its first letter (letter-service.ts) and follows its letters: its first day, its
 * words, its removal with the last of them.
 */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { isAdmin } from '../../core/access/rules.js';
import { isOwnUnit, ownersOf } from '../../core/access/scope.js';
import { recordAudit } from '../../core/audit/writer.js';
import { errorOf, invalid } from '../../core/errors.js';
import { addDays, formatDate } from '../../core/vi-format.js';
import { activeAccount, activeAccountsOf } from '../../accounts/service.js';
import { yearsBetween } from '../../calendar/rules.js';
import { loadCalendar } from '../../calendar/service.js';
import { readableUnit } from '../../units/service.js';
import { canCreate, deletion, edited, editableRecord, inScope, presentMeta, readableRecord, searchKey, today } from '../kit/records.js';
import { caseDeadlines, currentStep, stepLabels, type CaseTerms, type DeadlineStep, type RulesOn, type Step } from './deadlines.js';
import { currentRules } from './rule-table.js';
import { caseProblems, competenceLabels, letterChannelLabels, petitionKindLabels, protectsSender, type LetterChannel, type PetitionKind } from './rules.js';
import type { CaseDetailOut, CaseOut, CaseQuery, CaseUpdate, SimilarOut } from './schema.js';
import * as store from './store.js';
import { petitionCases as cases } from './tables.js';

export interface PetitionSettings {
  rulesOn: RulesOn;
}

const label = (id: number) => `vụ việc số ${id}`;

const termsOf = (row: store.CaseRow): CaseTerms => ({
  kind: row.kind as PetitionKind, receivedOn: row.receivedOn, acceptedOn: row.acceptedOn, closedOn: row.closedOn,
  mediation: row.mediation as CaseTerms['mediation'], competence: row.competence as CaseTerms['competence'],
  secondInstance: row.secondInstance, complex: row.complex, remote: row.remote, extensions: row.extensions,
});

/** The calendar years a case's counts can reach (the longest count is 70 days, or 90 with extensions). */
const yearsOf = (t: CaseTerms) => yearsBetween(t.receivedOn, addDays(t.acceptedOn ?? t.receivedOn, 160));

async function deadlinesOf(ctx: Context, terms: CaseTerms, settings: PetitionSettings) {
  const calendar = await loadCalendar(ctx.db, yearsOf(terms));
  const steps = caseDeadlines(terms, await currentRules(ctx.db), calendar, settings.rulesOn, today(ctx));
  // Only a count that runs through a year with no calendar may be wrong.
  const crossed = new Set(steps.flatMap((s) => (s.from && s.due && s.rule?.dayKind === 'working' ? yearsBetween(s.from, s.due) : [])));
  return { steps, unknownYears: [...calendar.unknownYears].filter((y) => crossed.has(y)) };
}

/** The stored current step, so the list finds overdue cases by index. */
const dueColumns = (steps: DeadlineStep[]) => {
  const step = currentStep(steps);
  return { dueOn: step?.due ?? null, dueStep: step?.step ?? null };
};

export function presentCase(row: store.CaseRow, scope: Scope, ctx: Context): CaseOut {
  const kind = row.kind as PetitionKind;
  const competence = row.competence as CaseOut['competence'];
  const open = row.closedOn === null;
  return {
    ...presentMeta(row, ctx, scope), title: row.title, kind, kindName: petitionKindLabels[kind], field: row.field, competence,
    competenceName: competenceLabels[competence], secondInstance: row.secondInstance, complex: row.complex, remote: row.remote,
    crowd: row.crowd, prolonged: row.prolonged, extensions: row.extensions,
    handler: row.handlerUsername ? { username: row.handlerUsername, fullName: row.handlerName ?? row.handlerUsername } : null,
    receivedOn: row.receivedOn, acceptedOn: row.acceptedOn, mediation: row.mediation as CaseOut['mediation'], outcome: row.outcome,
    closedOn: row.closedOn, letterCount: row.letterCount, status: open ? 'open' : 'closed',
    dueOn: open ? row.dueOn : null, dueStepName: open && row.dueStep ? stepLabels[row.dueStep as Step] : null,
    overdue: open && row.dueOn !== null && row.dueOn < today(ctx),
  };
}

/**
 * Whether the caller may read who denounced in this case (Luật Tố cáo 2018, Điều 47-48): the officer
 * handling it, a manager of the unit itself (not of a unit above) and administrators.
 */
export async function mayReadIdentity(ctx: Context, row: { unitId: number; handlerId: number | null }): Promise<boolean> {
  if (isAdmin(ctx.actor)) return true;
  if (ctx.actor.id !== null && row.handlerId === ctx.actor.id) return true;
  return ctx.actor.roles.includes('manager') && ctx.actor.unitId !== null && isOwnUnit(ctx.db, ctx.actor.unitId, row.unitId, today(ctx));
}

export async function listCases(ctx: Context, query: CaseQuery) {
  const scope = await ctx.scope();
  const unitId = query.unitCode ? (await readableUnit(ctx, query.unitCode)).id : undefined;
  const { items, total } = await store.searchCases(ctx.db, { inScope: inScope(scope, cases.unitId), unitId, q: query.q, kind: query.kind, status: query.status, from: query.from, to: query.to }, query.page, query.pageSize, today(ctx));
  return { total, page: query.page, pageSize: query.pageSize, items: items.map((row) => presentCase(row, scope, ctx)), canCreate: canCreate(ctx, scope) };
}

const rulesOnText: Record<RulesOn, string> = {
  start: 'Thời hạn tính theo quy định có hiệu lực vào ngày bắt đầu tính (cài đặt DANVAN_PETITION_RULES_ON=start).',
  today: 'Thời hạn tính theo quy định đang có hiệu lực hôm nay (cài đặt DANVAN_PETITION_RULES_ON=today).',
};

export async function getCase(ctx: Context, id: number, settings: PetitionSettings, presentLetters: (ctx: Context, caseId: number, identity: boolean) => Promise<CaseDetailOut['letters']>): Promise<CaseDetailOut> {
  const row = await readableRecord(ctx, await store.findCase(ctx.db, id, today(ctx)), label(id));
  const { steps, unknownYears } = await deadlinesOf(ctx, termsOf(row), settings);
  return {
    ...presentCase(row, await ctx.scope(), ctx),
    letters: await presentLetters(ctx, id, await mayReadIdentity(ctx, row)),
    deadlines: steps.map((s) => ({
      step: s.step, stepName: stepLabels[s.step], from: s.from, due: s.due, done: s.done, days: s.rule?.days ?? null,
      dayKind: s.rule?.dayKind ?? null, extensionDays: s.extensionDays, source: s.rule?.source ?? null,
    })),
    rulesOn: settings.rulesOn, rulesOnText: rulesOnText[settings.rulesOn],
    calendarWarning: unknownYears.length ? `Chưa có lịch nghỉ lễ, Tết năm ${unknownYears.join(', ')}: thời hạn tính theo ngày làm việc chỉ trừ thứ Bảy, Chủ nhật. Quản trị hệ thống nhập lịch năm đó để tính đúng.` : null,
  };
}

function refuse(problems: { code: string; field: string; message: string }[]) {
  if (problems.length) throw errorOf(problems[0]!.code as 'PETITION_DATE_ORDER', problems.map((p) => p.message).join(' '), problems.map(({ field, message }) => ({ field, message })));
}

/** Who may be put in charge of a case: the active accounts of the unit that has it today. */
export async function caseHandlers(ctx: Context, id: number) {
  return ctx.transaction(async (tx) => {
    const row = await readableRecord(tx, await store.findCase(tx.db, id, today(tx)), label(id));
    return activeAccountsOf(tx.db, await ownersOf(tx.db, row.unitId, today(tx)));
  });
}

/** The officer handling a case: an active account of the case's unit itself (the level above never handles, so never reads, it). */
async function handlerOf(ctx: Context, username: string | null, unitId: number): Promise<number | null> {
  if (!username) return null;
  const account = await activeAccount(ctx.db, username);
  if (!account || account.unitId === null || !await isOwnUnit(ctx.db, account.unitId, unitId, today(ctx))) {
    const message = `Người xử lý "${username}" không phải tài khoản đang hoạt động của đơn vị có vụ việc.`;
    throw invalid('PETITION_HANDLER_INVALID', message, [{ field: 'handler', message }]);
  }
  return account.id;
}

const auditView = (c: Pick<store.CaseRow, 'title' | 'kind' | 'competence' | 'acceptedOn' | 'mediation' | 'outcome' | 'closedOn' | 'handlerId' | 'complex' | 'remote' | 'extensions'>) => ({
  title: c.title, kind: c.kind, competence: c.competence, acceptedOn: c.acceptedOn, mediation: c.mediation, outcome: c.outcome,
  closedOn: c.closedOn, handlerId: c.handlerId, complex: c.complex, remote: c.remote, extensions: c.extensions,
});

export async function updateCase(ctx: Context, id: number, input: CaseUpdate, settings: PetitionSettings): Promise<CaseOut> {
  return ctx.transaction(async (tx) => {
    const before = await editableRecord(tx, await store.findCase(tx.db, id, today(tx), { lock: true }), input.version, label(id));
    const terms: CaseTerms = { ...termsOf(before), ...input, receivedOn: before.receivedOn };
    refuse(caseProblems(terms, today(tx)));
    const handlerId = await handlerOf(tx, input.handler, before.unitId);
    const { steps } = await deadlinesOf(tx, terms, settings);
    const values = {
      title: input.title, kind: input.kind, field: input.field, competence: input.competence, secondInstance: input.secondInstance,
      complex: input.complex, remote: input.remote, crowd: input.crowd, prolonged: input.prolonged, extensions: input.extensions,
      handlerId, acceptedOn: input.acceptedOn, mediation: input.mediation, outcome: input.outcome, closedOn: input.closedOn,
    };
    // A case that becomes a denunciation takes its letters' senders out of their search words.
    if (protectsSender(input.kind) && !protectsSender(before.kind as PetitionKind)) {
      for (const l of await store.lettersOfCase(tx.db, id, today(tx))) {
        await store.updateLetter(tx.db, l.id, { searchText: letterSearch({ ...l, kind: l.kind as PetitionKind, channel: l.channel as LetterChannel }, input.kind, null) });
      }
    }
    const { words } = await store.caseLetterFacts(tx.db, id);
    await store.updateCase(tx.db, id, { ...values, ...dueColumns(steps), searchText: caseSearch(input.title, input.field, input.kind, words), ...edited(cases, tx.actor.id) });
    await recordAudit(tx.db, tx, { unitId: before.unitId, entity: 'petition_case', entityId: id, action: input.closedOn && !before.closedOn ? 'petition_case.close' : 'petition_case.update', before: auditView(before), after: auditView(values) });
    return presentCase((await store.findCase(tx.db, id, today(tx)))!, await tx.scope(), tx);
  });
}

/** A letter's search words: never a denouncer's name (neither search nor its matches may reveal them). */
export const letterSearch = (l: { summary: string; field: string | null; kind: PetitionKind; channel: LetterChannel }, caseKind: PetitionKind, senderName: string | null) =>
  searchKey(l.summary, l.field, petitionKindLabels[l.kind], letterChannelLabels[l.channel], protectsSender(l.kind) || protectsSender(caseKind) ? null : senderName);

export const caseSearch = (title: string, field: string | null, kind: PetitionKind, letterWords: string[]) =>
  [searchKey(title, field, petitionKindLabels[kind]), ...letterWords].join(' ');

/**
 * After a letter of the case was added, moved or removed: the case starts with its earliest letter, is
 * found by its letters' words, and goes when it has none (audited with the reason).
 */
export async function followLetters(tx: Context, caseId: number, settings: PetitionSettings): Promise<void> {
  const row = (await store.findCase(tx.db, caseId, today(tx), { lock: true }))!;
  if (row.deletedAt) return;
  const { firstReceivedOn, words } = await store.caseLetterFacts(tx.db, caseId);
  if (!firstReceivedOn) {
    const reason = 'Không còn đơn nào thuộc vụ việc.';
    await store.updateCase(tx.db, caseId, deletion(cases, tx.actor.id, reason));
    await recordAudit(tx.db, tx, { unitId: row.unitId, entity: 'petition_case', entityId: caseId, action: 'petition_case.delete', before: auditView(row), after: { reason } });
    return;
  }
  const terms = { ...termsOf(row), receivedOn: firstReceivedOn };
  const problems = caseProblems(terms, today(tx));
  if (problems.some((p) => p.code === 'PETITION_DATE_ORDER')) {
    const message = `Vụ việc số ${caseId} đã ${row.closedOn ? `kết thúc ngày ${formatDate(row.closedOn)}` : `thụ lý ngày ${formatDate(row.acceptedOn!)}`}: đơn đầu tiên của vụ việc không thể nhận sau ngày đó.`;
    throw invalid('PETITION_DATE_ORDER', message, [{ field: 'receivedOn', message }]);
  }
  const { steps } = await deadlinesOf(tx, terms, settings);
  await store.updateCase(tx.db, caseId, { receivedOn: firstReceivedOn, searchText: caseSearch(row.title, row.field, row.kind as PetitionKind, words), ...dueColumns(steps) });
}

/** Deadlines of open cases counted across `year`, after its calendar changed (every open case, without a year: the rules changed). */
export async function refreshDeadlines(tx: Context, year: number | null, settings: PetitionSettings): Promise<void> {
  for (const row of await store.openCasesAround(tx.db, year, today(tx))) {
    const { steps } = await deadlinesOf(tx, termsOf(row), settings);
    const due = dueColumns(steps);
    if (due.dueOn !== row.dueOn || due.dueStep !== row.dueStep) await store.updateCase(tx.db, row.id, due);
  }
}

// Words too common in letters to tell two matters apart.
const commonWords = new Set(['cua', 'va', 'cac', 'cho', 'duoc', 'trong', 'nguoi', 'viec', 'don', 'ong', 'ba', 'den', 'tai', 'voi', 'khong', 'nay', 'mot', 'nhung', 'thon', 'xin', 'de', 'nghi', 'gia', 'dinh', 'ho', 'la', 've']);

/** Open or recent cases of the unit that a letter with this summary may belong to. */
export async function similarCases(ctx: Context, unitCode: string, summary: string, kind: PetitionKind | undefined): Promise<SimilarOut> {
  const words = [...new Set(searchKey(summary).split(/[^a-z0-9]+/).filter((w) => w.length >= 2 && !commonWords.has(w)))].slice(0, 12);
  if (words.length < 2) return [];
  return ctx.transaction(async (tx) => {
    const unit = await readableUnit(tx, unitCode);
    const rows = await store.similarCases(tx.db, unit.id, words, kind, today(tx));
    return rows.map((r) => ({
      id: r.id, title: r.title, kindName: petitionKindLabels[r.kind as PetitionKind], receivedOn: r.receivedOn, letterCount: r.letterCount,
      status: r.closedOn ? 'closed' as const : 'open' as const, score: Number(r.score),
    }));
  });
}
