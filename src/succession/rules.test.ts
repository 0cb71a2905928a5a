import { describe, expect, it } from 'vitest';
import type { UnitState } from '../units/rules.js';
import { checkHandOver } from './rules.js';

const unit = (code: string, name: string, validFrom: string, validTo: string | null): UnitState =>
  ({ code, name, level: 'commune', validFrom, validTo, lastChange: validFrom });
const all = { accounts: true, requests: true, drafts: true };
const traTay = unit('51.TB.TT', 'Xã Trà Tây', '2000-01-01', '2025-07-01');
const tayTraBong = unit('51.TTB', 'Xã Tây Trà Bồng', '2025-07-01', null);

describe('handing an ended unit over to its successor', () => {
  it('is allowed from the day the unit ended, to a unit that exists that day', () => {
    expect(checkHandOver(traTay, tayTraBong, '2025-07-01', all)).toBeNull();
    expect(checkHandOver(traTay, tayTraBong, '2026-12-02', { accounts: true, requests: false, drafts: false })).toBeNull();
  });

  it('is refused before the unit ends, to itself, to an ended unit, or with nothing chosen', () => {
    expect(checkHandOver(traTay, tayTraBong, '2025-06-30', all)).toMatchObject({ code: 'HAND_OVER_UNIT_ACTIVE', message: expect.stringContaining('01/07/2025') });
    expect(checkHandOver(tayTraBong, traTay, '2026-12-02', all)?.code).toBe('HAND_OVER_UNIT_ACTIVE');
    expect(checkHandOver(traTay, traTay, '2026-12-02', all)?.code).toBe('HAND_OVER_TO_ITSELF');
    const traTan = unit('51.TB.TN', 'Xã Trà Tân', '2000-01-01', '2025-07-01');
    expect(checkHandOver(traTay, traTan, '2026-12-02', all)).toMatchObject({ code: 'HAND_OVER_TARGET_INVALID', message: expect.stringContaining('đã hết hiệu lực') });
    expect(checkHandOver(traTay, tayTraBong, '2026-12-02', { accounts: false, requests: false, drafts: false })?.code).toBe('NOTHING_TO_CHANGE');
  });
});
