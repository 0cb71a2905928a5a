import type { Context } from '../core/context.js';
import type { Db } from '../core/db/connection.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../core/errors.js';
import { recordAudit } from '../core/audit/writer.js';
import { canOperateUnits } from '../core/access/rules.js';
import {
  checkAppendable, checkNoCycle, checkParent, checkSameLevel, checkValidOn, levelLabels, typeNamesByLevel,
  type Problem, type UnitLevel,
} from './rules.js';
import type { UnitOperation } from './schema.js';
import * as store from './store.js';

type Op<T extends UnitOperation['type']> = Extract<UnitOperation, { type: T }>;
type State = Awaited<ReturnType<typeof store.stateOf>>;

/** Refusals of the hierarchy rules are conflicts with the current state: 409, nothing written. */
const refuse = (p: Problem | null) => {
  if (p) throw conflict(p.code, p.message);
};

async function load(tx: Db, code: string, date: string): Promise<State> {
  const unit = await store.findUnit(tx, code);
  if (!unit) throw notFound('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã "${code}".`);
  return store.stateOf(tx, unit, date);
}

async function loadParent(tx: Db, code: string | null, date: string): Promise<State | null> {
  if (code === null) return null;
  const parent = await load(tx, code, date);
  refuse(checkValidOn(parent, date));
  return parent;
}

function checkTypeName(level: UnitLevel, typeName: string) {
  if (!typeNamesByLevel[level].includes(typeName)) {
    throw invalid('INVALID_TYPE_NAME', `Loại "${typeName}" không dùng cho ${levelLabels[level]}; chọn một trong: ${typeNamesByLevel[level].join(', ')}.`, [{ field: 'typeName', message: 'Loại đơn vị không hợp lệ' }]);
  }
}

async function requireNewCode(tx: Db, code: string) {
  if (await store.findUnit(tx, code)) throw conflict('UNIT_CODE_TAKEN', `Mã đơn vị "${code}" đã được dùng.`);
}

async function createUnit(tx: Db, op: { code: string; name: string; typeName: string; level: UnitLevel; parentCode: string | null }, date: string, eventId: number) {
  checkTypeName(op.level, op.typeName);
  await requireNewCode(tx, op.code);
  const parent = await loadParent(tx, op.parentCode, date);
  refuse(checkParent({ level: op.level, name: op.name }, parent));
  const unit = await store.insertUnit(tx, { code: op.code, level: op.level, validFrom: date });
  await store.appendVersion(tx, unit.id, { name: op.name, typeName: op.typeName, parentId: parent?.id ?? null }, date, eventId);
  return unit;
}

/** Moves each child valid on `date` under `newParent`, checking levels and history order for each. */
async function reparentChildren(tx: Db, from: State, resolveTarget: (childCode: string) => State, date: string, eventId: number) {
  for (const child of await store.childrenOn(tx, from.id, date)) {
    const state = await store.stateOf(tx, child, date);
    const target = resolveTarget(child.code);
    refuse(checkAppendable(state, date));
    refuse(checkParent(state, target));
    await store.appendVersion(tx, child.id, { name: state.name, typeName: state.typeName, parentId: target.id }, date, eventId);
    await store.linkEvent(tx, eventId, child.id, 'subject');
  }
}

/** What an operation ended, and the unit that takes over from them (merge target, dissolution's new parent). */
export interface OperationOutcome {
  eventId: number;
  ended: number[];
  successorId: number | null;
}
type Performed = { touched: number[]; ended: number[]; successorId: number | null };
const touchedOnly = (touched: number[]): Performed => ({ touched, ended: [], successorId: null });

/** `after` runs in the same transaction, so what follows the operation lands or fails with it. */
export async function applyUnitOperation(ctx: Context, op: UnitOperation, after?: (tx: Context, outcome: OperationOutcome) => Promise<void>) {
  if (!canOperateUnits(ctx.actor)) throw forbidden('Chỉ quản trị hệ thống mới được thay đổi đơn vị hành chính.', 'UNIT_OPERATION_FORBIDDEN');
  const date = op.effectiveDate;
  return ctx.transaction(async (txCtx) => {
    const { db: tx, ...source } = txCtx;
    await store.lockHierarchy(tx);
    const event = await store.insertEvent(tx, { type: op.type, effectiveDate: date, legalBasis: op.legalBasis, note: op.note, createdBy: ctx.actor.id });
    const { touched, ended, successorId } = await perform(tx, op, date, event.id);
    const record = { event: { id: event.id, type: op.type, effectiveDate: date, legalBasis: op.legalBasis, note: op.note ?? null }, operation: op };
    for (const unitId of touched) {
      await recordAudit(tx, source, { unitId, entity: 'unit', entityId: unitId, action: `unit.${op.type}`, after: record });
    }
    if (after) await after(txCtx, { eventId: event.id, ended, successorId });
    return { eventId: event.id };
  });
}

/** The ids of the units the event is about (for the audit log), and what it ended. */
async function perform(tx: Db, op: UnitOperation, date: string, eventId: number): Promise<Performed> {
  switch (op.type) {
    case 'create': {
      const unit = await createUnit(tx, { ...op.unit, level: op.unit.kind, parentCode: op.parentCode }, date, eventId);
      await store.linkEvent(tx, eventId, unit.id, 'subject');
      return touchedOnly([unit.id]);
    }
    case 'rename': return touchedOnly(await rename(tx, op, date, eventId));
    case 'move': return touchedOnly(await move(tx, op, date, eventId));
    case 'merge': return merge(tx, op, date, eventId);
    case 'split': return touchedOnly(await split(tx, op, date, eventId));
    case 'dissolve': return dissolve(tx, op, date, eventId);
  }
}

async function rename(tx: Db, op: Op<'rename'>, date: string, eventId: number) {
  const unit = await load(tx, op.code, date);
  refuse(checkAppendable(unit, date));
  const typeName = op.typeName ?? unit.typeName;
  checkTypeName(unit.level, typeName);
  if (op.name === unit.name && typeName === unit.typeName) {
    throw invalid('NOTHING_TO_CHANGE', `Tên mới trùng với tên hiện tại của ${unit.name}.`, [{ field: 'name', message: 'Tên mới trùng tên hiện tại' }]);
  }
  await store.appendVersion(tx, unit.id, { name: op.name, typeName, parentId: unit.parentId }, date, eventId);
  await store.linkEvent(tx, eventId, unit.id, 'subject');
  return [unit.id];
}

async function move(tx: Db, op: Op<'move'>, date: string, eventId: number) {
  const unit = await load(tx, op.code, date);
  refuse(checkAppendable(unit, date));
  const parent = (await loadParent(tx, op.parentCode, date))!;
  refuse(checkNoCycle(unit.code, parent.code, await store.descendantCodesOn(tx, unit.id, date)));
  refuse(checkParent(unit, parent));
  if (parent.id === unit.parentId) {
    throw invalid('NOTHING_TO_CHANGE', `${unit.name} đã trực thuộc ${parent.name}.`, [{ field: 'parentCode', message: 'Đơn vị đã trực thuộc đơn vị này' }]);
  }
  await store.appendVersion(tx, unit.id, { name: unit.name, typeName: unit.typeName, parentId: parent.id }, date, eventId);
  await store.linkEvent(tx, eventId, unit.id, 'subject');
  return [unit.id];
}

async function merge(tx: Db, op: Op<'merge'>, date: string, eventId: number) {
  const codes = [...new Set(op.sourceCodes)];
  if (codes.length !== op.sourceCodes.length) throw invalid('DUPLICATE_SOURCES', 'Danh sách đơn vị sáp nhập có mã bị lặp.', [{ field: 'sourceCodes', message: 'Mã bị lặp' }]);
  const sources: State[] = [];
  for (const code of codes) {
    const s = await load(tx, code, date);
    refuse(checkAppendable(s, date));
    sources.push(s);
  }
  let target: State;
  if ('existingCode' in op.target) {
    if (codes.includes(op.target.existingCode)) {
      throw invalid('TARGET_IS_SOURCE', 'Đơn vị nhận sáp nhập không được nằm trong danh sách đơn vị bị sáp nhập.', [{ field: 'target.existingCode', message: 'Trùng đơn vị bị sáp nhập' }]);
    }
    target = await load(tx, op.target.existingCode, date);
    refuse(checkValidOn(target, date));
  } else {
    if (codes.length < 2) throw invalid('MERGE_NEEDS_TWO', 'Sáp nhập thành đơn vị mới cần ít nhất hai đơn vị.', [{ field: 'sourceCodes', message: 'Cần ít nhất hai đơn vị' }]);
    const level = sources[0]!.level;
    const created = await createUnit(tx, { ...op.target.newUnit, level }, date, eventId);
    target = await store.stateOf(tx, created, date);
  }
  refuse(checkSameLevel([...sources, target]));
  await store.linkEvent(tx, eventId, target.id, 'target');
  for (const s of sources) {
    await reparentChildren(tx, s, () => target, date, eventId);
    await store.endUnit(tx, s.id, date);
    await store.linkEvent(tx, eventId, s.id, 'source');
  }
  return { touched: [target.id, ...sources.map((s) => s.id)], ended: sources.map((s) => s.id), successorId: target.id };
}

async function split(tx: Db, op: Op<'split'>, date: string, eventId: number) {
  const source = await load(tx, op.code, date);
  refuse(checkAppendable(source, date));
  const targets = new Map<string, State>();
  for (const t of op.targets) {
    if (targets.has(t.code)) throw invalid('DUPLICATE_TARGETS', `Mã đơn vị mới "${t.code}" bị lặp.`, [{ field: 'targets', message: 'Mã bị lặp' }]);
    const created = await createUnit(tx, { ...t, level: source.level }, date, eventId);
    targets.set(t.code, await store.stateOf(tx, created, date));
    await store.linkEvent(tx, eventId, created.id, 'target');
  }
  const children = await store.childrenOn(tx, source.id, date);
  const unassigned = children.filter((c) => !targets.has(op.childAssignments[c.code] ?? ''));
  if (unassigned.length) {
    throw invalid('CHILDREN_UNASSIGNED', `Cần chỉ rõ đơn vị mới cho các đơn vị trực thuộc: ${unassigned.map((c) => c.code).join(', ')}.`, [{ field: 'childAssignments', message: 'Thiếu phân bổ đơn vị trực thuộc' }]);
  }
  await reparentChildren(tx, source, (code) => targets.get(op.childAssignments[code]!)!, date, eventId);
  await store.endUnit(tx, source.id, date);
  await store.linkEvent(tx, eventId, source.id, 'source');
  return [source.id, ...[...targets.values()].map((t) => t.id)];
}

async function dissolve(tx: Db, op: Op<'dissolve'>, date: string, eventId: number): Promise<Performed> {
  const unit = await load(tx, op.code, date);
  refuse(checkAppendable(unit, date));
  const children = await store.childrenOn(tx, unit.id, date);
  const toCode = op.childrenTo ?? (unit.parentId ? (await store.findUnitById(tx, unit.parentId))!.code : null);
  if (children.length) {
    if (!toCode) {
      throw new AppError('invalid', 'CHILDREN_TARGET_REQUIRED', `${unit.name} còn ${children.length} đơn vị trực thuộc: cần chọn đơn vị tiếp nhận.`, [{ field: 'childrenTo', message: 'Cần đơn vị tiếp nhận' }]);
    }
    const newParent = (await loadParent(tx, toCode, date))!;
    if (newParent.id === unit.id) throw invalid('CHILDREN_TARGET_IS_SELF', 'Đơn vị tiếp nhận không được là chính đơn vị bị giải thể.', [{ field: 'childrenTo', message: 'Không hợp lệ' }]);
    await reparentChildren(tx, unit, () => newParent, date, eventId);
  }
  await store.endUnit(tx, unit.id, date);
  await store.linkEvent(tx, eventId, unit.id, 'subject');
  const successor = toCode ? await store.findUnit(tx, toCode) : null;
  return { touched: [unit.id], ended: [unit.id], successorId: successor?.id ?? null };
}
