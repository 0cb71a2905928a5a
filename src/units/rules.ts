/**
 * Pure rules of the administrative hierarchy. No I/O: the service loads the state, these decide.
 *
 * Levels: Hiến pháp 2013 Điều 110 (tỉnh > huyện > xã) and, from 01/07/2025, Luật Tổ chức chính quyền
 * địa phương 2025 Điều 2 (two levels: tỉnh > xã, the district level ended). Thôn and tổ dân phố are
 * self-managed communities inside a xã/phường (Thông tư 04/2012/TT-BNV, amended by 14/2018/TT-BNV).
 * Validity is half-open, [validFrom, validTo): a unit dissolved on 01/07/2025 has validTo 2025-07-01 and is
 * not valid on that day.
 */
import { formatDate } from '../core/vi-format.js';
import type { CodeOf } from '../core/error-codes.js';

export const unitLevels = ['province', 'district', 'commune', 'village'] as const;
export type UnitLevel = (typeof unitLevels)[number];

export const levelLabels: Record<UnitLevel, string> = {
  province: 'cấp tỉnh',
  district: 'cấp huyện',
  commune: 'cấp xã',
  village: 'thôn, tổ dân phố',
};

/** The names a unit of each level may carry (Tỉnh / Thành phố trực thuộc trung ương, Huyện / Thị xã ...). */
export const typeNamesByLevel: Record<UnitLevel, readonly string[]> = {
  province: ['Tỉnh', 'Thành phố'],
  district: ['Huyện', 'Thị xã', 'Thành phố', 'Quận'],
  commune: ['Xã', 'Phường', 'Thị trấn', 'Đặc khu'],
  village: ['Thôn', 'Tổ dân phố', 'Ấp', 'Bản', 'Buôn', 'Làng', 'Khu phố'],
};

const allowedParentLevels: Record<UnitLevel, readonly (UnitLevel | null)[]> = {
  province: [null],
  district: ['province'],
  // A commune sits under a district before 01/07/2025 and directly under the province after.
  commune: ['district', 'province'],
  village: ['commune'],
};

export function canBeChildOf(child: UnitLevel, parent: UnitLevel | null): boolean {
  return allowedParentLevels[child].includes(parent);
}

export interface Period {
  validFrom: string;
  validTo: string | null;
}

export function isValidOn(period: Period, date: string): boolean {
  return period.validFrom <= date && (period.validTo === null || period.validTo > date);
}

/** Two half-open periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return (a.validTo === null || b.validFrom < a.validTo) && (b.validTo === null || a.validFrom < b.validTo);
}

export interface UnitState {
  code: string;
  name: string;
  level: UnitLevel;
  validFrom: string;
  validTo: string | null;
  /** Start of the unit's latest version: history is only ever appended after it. */
  lastChange: string;
}

/** A refusal of the hierarchy rules: a conflict with the current state (409). */
export type Problem = { code: CodeOf<'conflict'>; message: string };

const label = (u: Pick<UnitState, 'name' | 'code'>) => `${u.name} (mã ${u.code})`;

/** The unit must exist on the date. */
export function checkValidOn(unit: UnitState, date: string): Problem | null {
  if (isValidOn(unit, date)) return null;
  if (unit.validTo !== null && unit.validTo <= date) {
    return {
      code: 'UNIT_ENDED',
      message: `${label(unit)} đã hết hiệu lực từ ngày ${formatDate(unit.validTo)}, không thể thực hiện thao tác vào ngày ${formatDate(date)}.`,
    };
  }
  return {
    code: 'UNIT_NOT_YET_VALID',
    message: `${label(unit)} chỉ có hiệu lực từ ngày ${formatDate(unit.validFrom)}, chưa tồn tại vào ngày ${formatDate(date)}.`,
  };
}

/** A change is appended after the unit's latest change; inserting into the past would overlap versions. */
export function checkAppendable(unit: UnitState, date: string): Problem | null {
  const validity = checkValidOn(unit, date);
  if (validity) return validity;
  if (date <= unit.lastChange) {
    return {
      code: 'DATE_BEFORE_LAST_CHANGE',
      message: `Ngày hiệu lực ${formatDate(date)} phải sau lần thay đổi gần nhất của ${label(unit)}, ngày ${formatDate(unit.lastChange)}.`,
    };
  }
  return null;
}

export function checkParent(child: { level: UnitLevel; name: string }, parent: UnitState | null): Problem | null {
  if (canBeChildOf(child.level, parent?.level ?? null)) return null;
  if (!parent) {
    return { code: 'PARENT_REQUIRED', message: `Đơn vị ${levelLabels[child.level]} "${child.name}" phải thuộc một đơn vị cấp trên.` };
  }
  return {
    code: 'INVALID_PARENT_LEVEL',
    message: `Không thể đặt ${child.name} (${levelLabels[child.level]}) trực thuộc ${label(parent)} (${levelLabels[parent.level]}).`,
  };
}

/** Moving a unit under itself or under one of its own descendants would make a cycle. */
export function checkNoCycle(unitCode: string, newParentCode: string, descendantCodes: ReadonlySet<string>): Problem | null {
  if (unitCode === newParentCode || descendantCodes.has(newParentCode)) {
    return { code: 'CYCLE', message: 'Không thể chuyển một đơn vị vào chính nó hoặc vào đơn vị trực thuộc nó.' };
  }
  return null;
}

/** Units merged together, or split apart, stay on one level. */
export function checkSameLevel(units: readonly Pick<UnitState, 'level' | 'name' | 'code'>[]): Problem | null {
  const first = units[0];
  const other = units.find((u) => u.level !== first?.level);
  if (!first || !other) return null;
  return {
    code: 'LEVEL_MISMATCH',
    message: `Các đơn vị phải cùng cấp: ${label(first)} là ${levelLabels[first.level]}, ${label(other)} là ${levelLabels[other.level]}.`,
  };
}

export interface TreeRow {
  code: string;
  parentCode: string | null;
}

export type TreeNode<T extends TreeRow> = T & { children: TreeNode<T>[] };

/** Builds the forest of units valid on one date; a unit whose parent is not in the list becomes a root. */
export function buildTree<T extends TreeRow>(rows: readonly T[], compare: (a: T, b: T) => number): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  for (const row of rows) nodes.set(row.code, { ...row, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TreeNode<T>[]) => {
    list.sort(compare);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}
