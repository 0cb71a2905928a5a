/**
 * When a unit may hand its accounts and open work to another. Access follows today's tree: a unit that has
 * ended keeps nothing, so its accounts read but cannot write until they belong to a unit that exists
 * (issue 10 §2.4). The hand-over is only offered once the unit has ended, never ahead of its end date.
 */
import type { HandOverChoice } from '../units/schema.js';
import { checkValidOn, type UnitState } from '../units/rules.js';
import type { CodeOf } from '../core/error-codes.js';

export type HandOverProblem = { code: CodeOf<'conflict'> | CodeOf<'invalid'>; message: string };
import { formatDate } from '../core/vi-format.js';

export function checkHandOver(from: UnitState, to: UnitState, today: string, choice: HandOverChoice): HandOverProblem | null {
  if (from.validTo === null || from.validTo > today) {
    const until = from.validTo ? ` (hết hiệu lực từ ngày ${formatDate(from.validTo)})` : '';
    return {
      code: 'HAND_OVER_UNIT_ACTIVE',
      message: `${from.name} vẫn còn hiệu lực${until}: chỉ bàn giao tài khoản và công việc khi đơn vị đã hết hiệu lực.`,
    };
  }
  if (to.code === from.code) return { code: 'HAND_OVER_TO_ITSELF', message: 'Đơn vị nhận bàn giao phải khác đơn vị đã hết hiệu lực.' };
  const target = checkValidOn(to, today);
  if (target) return { code: 'HAND_OVER_TARGET_INVALID', message: `Không bàn giao được cho đơn vị này: ${target.message}` };
  if (!choice.accounts && !choice.requests && !choice.drafts) {
    return { code: 'NOTHING_TO_CHANGE', message: 'Chọn ít nhất một thứ để bàn giao: tài khoản, yêu cầu báo cáo đang mở hoặc dự thảo.' };
  }
  return null;
}
