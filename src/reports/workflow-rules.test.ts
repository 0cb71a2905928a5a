import { describe, expect, it } from 'vitest';
import type { Actor, Scope } from '../core/access/rules.js';
import { allowedActions, canEdit, lockReason, nextStatus, submitIssues } from './workflow-rules.js';
import { reportContent } from '../content/meta-schema.js';

// Units: 1 Huyện Trà Bồng (requesting), 2 Xã Trà Tây (reporting), 3 Xã Trà Tân.
const actor = (unitId: number, role: Actor['roles'][number]): Actor => ({ id: unitId * 10, username: `u${unitId}${role}`, unitId, roles: [role] });
const scopeOf = (...ids: number[]): Scope => ({ all: false, rootId: ids[0]!, date: '2026-12-01', readable: new Set(ids), writable: new Set(ids) });
/** The scope of a unit that has ended: it still reads its subtree, it keeps nothing. */
const endedScopeOf = (...ids: number[]): Scope => ({ all: false, rootId: ids[0]!, date: '2026-12-01', readable: new Set(ids), writable: new Set() });
const district = { manager: actor(1, 'manager'), scope: scopeOf(1, 2, 3) };
const commune = { editor: actor(2, 'editor'), manager: actor(2, 'manager'), scope: scopeOf(2) };
const report = (status: 'draft' | 'submitted' | 'returned' | 'accepted') => ({ status, unitId: 2, requestingUnitId: 1 });

describe('report workflow', () => {
  it('walks draft -> submitted -> returned -> submitted -> accepted and nothing else', () => {
    expect(nextStatus('draft', 'submit')).toBe('submitted');
    expect(nextStatus('submitted', 'return')).toBe('returned');
    expect(nextStatus('returned', 'resubmit')).toBe('submitted');
    expect(nextStatus('submitted', 'accept')).toBe('accepted');
    expect(nextStatus('draft', 'accept')).toBeNull();
    expect(nextStatus('accepted', 'return')).toBeNull();
    expect(nextStatus('returned', 'submit')).toBeNull();
  });

  it('locks a submitted or accepted report, by reason', () => {
    expect(lockReason('submitted')).toBe('LOCKED_SUBMITTED');
    expect(lockReason('accepted')).toBe('LOCKED_ACCEPTED');
    expect(lockReason('returned')).toBeNull();
  });

  it('lets the commune editor draft but only its manager submit', () => {
    expect(canEdit(commune.editor, commune.scope, report('draft'))).toBe(true);
    expect(allowedActions(commune.editor, commune.scope, report('draft'))).toEqual([]);
    expect(allowedActions(commune.manager, commune.scope, report('draft'))).toEqual(['submit']);
    expect(allowedActions(commune.manager, commune.scope, report('returned'))).toEqual(['resubmit']);
  });

  it('lets the requesting district manager return or accept, never edit or submit', () => {
    expect(allowedActions(district.manager, district.scope, report('submitted'))).toEqual(['return', 'accept']);
    expect(allowedActions(district.manager, district.scope, report('draft'))).toEqual([]);
    expect(canEdit(district.manager, district.scope, report('draft'))).toBe(false);
  });

  it('does not let a commune manager review its own report nor a neighbour review it', () => {
    expect(allowedActions(commune.manager, commune.scope, report('submitted'))).toEqual([]);
    const neighbour = actor(3, 'manager');
    expect(allowedActions(neighbour, scopeOf(3), report('submitted'))).toEqual([]);
  });

  it('an ended unit reads but acts on nothing: neither the district above nor the commune itself', () => {
    expect(allowedActions(district.manager, endedScopeOf(1, 2, 3), report('submitted'))).toEqual([]);
    expect(canEdit(commune.editor, endedScopeOf(2), report('draft'))).toBe(false);
    expect(allowedActions(commune.manager, endedScopeOf(2), report('draft'))).toEqual([]);
  });

  it('nobody edits a locked report', () => {
    expect(canEdit(commune.editor, commune.scope, report('submitted'))).toBe(false);
    expect(canEdit(commune.editor, commune.scope, report('accepted'))).toBe(false);
    expect(canEdit(commune.editor, commune.scope, report('returned'))).toBe(true);
  });
});

describe('before submitting', () => {
  const content = reportContent.parse({
    meta: {
      issuingBody: 'ỦY BAN NHÂN DÂN XÃ TRÀ TÂY', place: 'Trà Tây', date: { year: 2023, month: 6 }, subject: 'Sơ kết',
      signer: { title: 'CHỦ TỊCH' },
    },
    sections: [],
  });

  it('lists the number, the day, the signer and the recipients that are missing', () => {
    expect(submitIssues(content).map((i) => i.field)).toEqual(['meta.number', 'meta.date', 'meta.signer.name', 'meta.recipients']);
    expect(submitIssues(content)[0]!.message).toContain('Chưa có số văn bản');
  });

  it('is satisfied by a complete report', () => {
    const complete = { ...content, meta: { ...content.meta, number: '39', date: { year: 2023, month: 6, day: 14 }, signer: { ...content.meta.signer, name: 'Hồ Văn Long' }, recipients: ['Lưu: VT, NV'] } };
    expect(submitIssues(complete)).toEqual([]);
  });
});
