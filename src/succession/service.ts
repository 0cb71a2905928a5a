/**
 * Succession: what happens to the people and open work of a unit that merges or is dissolved. Units,
 * accounts and reports each move their own rows; this feature decides when, to whom, and in one transaction.
 */
import type { Context } from '../core/context.js';
import { errorOf, forbidden, invalid } from '../core/errors.js';
import { addDays, todayIso } from '../core/vi-format.js';
import { canOperateUnits } from '../core/access/rules.js';
import { accountsOfUnit, moveAccounts } from '../accounts/hand-over.js';
import { handOverDrafts, handOverRequests, openWorkOf } from '../reports/hand-over.js';
import { applyUnitOperation, type OperationOutcome } from '../units/operations.js';
import { existingUnit, successorsOf, unitOn } from '../units/service.js';
import type { HandOverChoice, UnitOperation } from '../units/schema.js';
import { checkHandOver } from './rules.js';
import type { HandOverInput, HandOverPreview, HandOverResult } from './schema.js';

function requireOperator(ctx: Context) {
  if (!canOperateUnits(ctx.actor)) throw forbidden('Chỉ quản trị hệ thống mới được bàn giao tài khoản và công việc của đơn vị.', 'HAND_OVER_FORBIDDEN');
}

/** The unit as it last stood (an ended unit keeps the name it had on its last day). */
async function lastState(ctx: Context, unitId: number, validTo: string | null, today: string) {
  return unitOn(ctx.db, unitId, validTo && validTo <= today ? addDays(validTo, -1) : today);
}

export async function previewHandOver(ctx: Context, code: string): Promise<HandOverPreview> {
  requireOperator(ctx);
  return ctx.transaction(async (tx) => {
    const today = todayIso(tx.now());
    const unit = await existingUnit(tx, code);
    const state = await lastState(tx, unit.id, unit.validTo, today);
    const successors = (await successorsOf(tx.db, unit.id)).filter((s) => s.date === unit.validTo).map(({ code: c, name }) => ({ code: c, name }));
    if (!successors.length && state.parentId !== null) {
      const parent = await unitOn(tx.db, state.parentId, today);
      successors.push({ code: parent.code, name: parent.name });
    }
    return {
      unit: { code, name: state.name, validTo: unit.validTo },
      successors,
      accounts: await accountsOfUnit(tx.db, unit.id),
      ...(await openWorkOf(tx.db, unit.id, today)),
    };
  });
}

/** Moves what was chosen from `fromId` to `toId`; the caller checked the rules and holds the transaction. */
async function perform(tx: Context, fromId: number, toId: number, choice: HandOverChoice, today: string) {
  const { db, ...source } = tx;
  const accounts = choice.accounts ? await moveAccounts(tx, fromId, toId) : 0;
  const requests = choice.requests ? await handOverRequests(db, source, fromId, toId, today) : { issued: 0, received: 0 };
  const drafts = choice.drafts ? await handOverDrafts(db, source, fromId, toId, today) : { moved: 0, kept: 0 };
  return { accounts, issuedRequests: requests.issued, receivedRequests: requests.received, drafts: drafts.moved, draftsKept: drafts.kept };
}

export async function handOver(ctx: Context, code: string, input: HandOverInput): Promise<HandOverResult> {
  requireOperator(ctx);
  return ctx.transaction(async (tx) => {
    const today = todayIso(tx.now());
    const [fromRow, toRow] = [await existingUnit(tx, code), await existingUnit(tx, input.to)];
    const from = await lastState(tx, fromRow.id, fromRow.validTo, today);
    const to = await lastState(tx, toRow.id, toRow.validTo, today);
    const problem = checkHandOver(from, to, today, input);
    if (problem) throw errorOf(problem.code, problem.message);
    return { to: { code: to.code, name: to.name }, ...(await perform(tx, fromRow.id, toRow.id, input, today)) };
  });
}

/** A unit operation; a merge or dissolution that asks for it hands the ended units over in the same transaction. */
export async function applyOperation(ctx: Context, op: UnitOperation): Promise<{ eventId: number }> {
  const choice = op.type === 'merge' || op.type === 'dissolve' ? op.handOver : undefined;
  if (!choice) return applyUnitOperation(ctx, op);
  const today = todayIso(ctx.now());
  if (op.effectiveDate > today) {
    throw invalid('HAND_OVER_NOT_YET', 'Chỉ bàn giao tài khoản và công việc khi thao tác đã có hiệu lực (ngày hiệu lực không sau hôm nay). Sau ngày hiệu lực, dùng "Bàn giao" ở trang đơn vị.',
      [{ field: 'handOver', message: 'Ngày hiệu lực còn ở tương lai' }]);
  }
  return applyUnitOperation(ctx, op, async (tx, outcome: OperationOutcome) => {
    const toCode = op.type === 'dissolve' ? op.handOver?.to : undefined;
    const successorId = toCode ? (await existingUnit(tx, toCode)).id : outcome.successorId;
    if (successorId === null) throw invalid('HAND_OVER_TARGET_REQUIRED', 'Cần chọn đơn vị nhận bàn giao.', [{ field: 'handOver.to', message: 'Cần đơn vị nhận bàn giao' }]);
    const to = await unitOn(tx.db, successorId, today);
    for (const endedId of outcome.ended) {
      const from = await lastState(tx, endedId, op.effectiveDate, today);
      const problem = checkHandOver({ ...from, validTo: op.effectiveDate }, to, today, choice);
      if (problem) throw errorOf(problem.code, problem.message);
      await perform(tx, endedId, successorId, choice, today);
    }
  });
}
