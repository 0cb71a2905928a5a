import type { Dayjs } from 'dayjs';
import type { UnitLevel } from '../../../../src/units/rules.js';
import type { UnitSummary } from '../../../../src/units/schema.js';
import { todayIso } from '../../../../src/core/vi-format.js';
import { handOverChoiceOf, type HandOverPart } from './HandOverPanel.js';
import type { OperationType } from './UnitDetail.js';

export interface NewUnitValues {
  code?: string;
  name?: string;
  typeName?: string;
  parentCode?: string | null;
}

/** Everything the operation form can hold; each operation reads its own part. */
export interface OperationValues {
  type: OperationType;
  effectiveDate?: Dayjs | null;
  legalBasis?: string;
  note?: string;
  newUnit?: NewUnitValues & { kind?: UnitLevel };
  name?: string;
  typeName?: string;
  parentCode?: string | null;
  sourceCodes?: string[];
  targetMode?: 'existing' | 'new';
  existingCode?: string;
  targets?: NewUnitValues[];
  childAssignments?: Record<string, string | undefined>;
  childrenTo?: string | null;
  /** Merge and dissolve: what the ended units pass to their successor (only when effective by today). */
  handOver?: HandOverPart[];
}

const text = (v: string | undefined | null) => (v ?? '').trim();
const newUnitBody = (u: NewUnitValues | undefined) => ({ code: text(u?.code), name: text(u?.name), typeName: text(u?.typeName) });

/** The POST /unit-operations body; validated with the shared Zod schema before sending. */
export function operationBody(v: OperationValues, unit: UnitSummary | null): Record<string, unknown> {
  const basis = {
    effectiveDate: v.effectiveDate ? v.effectiveDate.format('YYYY-MM-DD') : '',
    legalBasis: text(v.legalBasis),
    ...(text(v.note) ? { note: text(v.note) } : {}),
  };
  const code = unit?.code ?? '';
  const handOver = canHandOverNow(v) && v.handOver?.length ? { handOver: handOverChoiceOf(v.handOver) } : {};
  switch (v.type) {
    case 'create':
      return { type: 'create', ...basis, unit: { ...newUnitBody(v.newUnit), kind: v.newUnit?.kind }, parentCode: v.newUnit?.parentCode ?? null };
    case 'rename':
      return { type: 'rename', ...basis, code, name: text(v.name), ...(text(v.typeName) ? { typeName: text(v.typeName) } : {}) };
    case 'move':
      return { type: 'move', ...basis, code, parentCode: v.parentCode ?? '' };
    case 'merge':
      return {
        type: 'merge', ...basis, sourceCodes: v.sourceCodes ?? [],
        target: v.targetMode === 'new'
          ? { newUnit: { ...newUnitBody(v.newUnit), parentCode: v.newUnit?.parentCode ?? null } }
          : { existingCode: v.existingCode ?? '' },
        ...handOver,
      };
    case 'split':
      return {
        type: 'split', ...basis, code,
        targets: (v.targets ?? []).map((t) => ({ ...newUnitBody(t), parentCode: t.parentCode ?? null })),
        childAssignments: Object.fromEntries(Object.entries(v.childAssignments ?? {}).filter((e): e is [string, string] => Boolean(e[1]))),
      };
    case 'dissolve':
      return { type: 'dissolve', ...basis, code, ...(v.childrenTo ? { childrenTo: v.childrenTo } : {}), ...handOver };
  }
}

/** A hand-over goes with the operation only once it is in force; later, from the ended unit's page. */
export function canHandOverNow(v: Pick<OperationValues, 'type' | 'effectiveDate'>): boolean {
  return (v.type === 'merge' || v.type === 'dissolve') && Boolean(v.effectiveDate) && v.effectiveDate!.format('YYYY-MM-DD') <= todayIso();
}

/** The unit to show once the operation is done. */
export function focusAfter(v: OperationValues, unit: UnitSummary | null): string | null {
  if (v.type === 'create') return text(v.newUnit?.code) || null;
  if (v.type === 'merge') return v.targetMode === 'new' ? text(v.newUnit?.code) || null : v.existingCode ?? null;
  if (v.type === 'split') return text(v.targets?.[0]?.code) || null;
  return unit?.code ?? null;
}
