/**
 * The present of the demo: a quarterly request from Tỉnh Quảng Ngãi to its communes, dated from the day
 * the demo is loaded, so a new user sees days left and a report to write in today's two-level tree. The
 * dispatch it cites is invented (dữ liệu minh họa); its cut-off follows Nghị định 09/2019/NĐ-CP.
 */
import { makeContext } from '../core/context.js';
import type { Db } from '../core/db/connection.js';
import { addDays, todayIso } from '../core/vi-format.js';
import { systemActor } from '../core/access/rules.js';
import { subordinateCodesOn } from '../units/service.js';
import { cutoffWindow, periodicPeriod } from '../periods/rules.js';
import { findUnitByCode } from '../units/service.js';
import { builtinTemplateIds } from '../templates/service.js';
import { createRequest } from '../requests/service.js';

const provinceCode = '51';

export async function loadLiveRequest(tx: Db, now: () => Date): Promise<void> {
  const today = todayIso(now());
  const [year, month] = today.split('-').map(Number) as [number, number];
  const quarter = Math.ceil(month / 3);
  const period = periodicPeriod('quarter', year, quarter);
  const cutoff = cutoffWindow('quarter', period).to;
  const requestDate = addDays(today, -3);
  // Two weeks from today, and never before the data are cut off.
  const deadline = [addDays(today, 14), addDays(cutoff, 5)].sort().at(-1)!;
  const province = await findUnitByCode(tx, provinceCode);
  const templateId = (await builtinTemplateIds(tx)).get('dvcq-quy');
  const communes = [...await subordinateCodesOn(tx, province!.id, today)].sort();
  const roman = ['I', 'II', 'III', 'IV'][quarter - 1];
  await createRequest(makeContext(tx, { ...systemActor, unitId: province!.id }, null, now), {
    issuingUnitCode: provinceCode,
    subject: `Báo cáo kết quả công tác dân vận chính quyền quý ${roman} năm ${year}`,
    reportKind: 'quarter', periodStart: period.start, periodEnd: period.end, cutoffDate: cutoff, requestDate, deadline,
    templateId: templateId!, recipientCodes: communes,
    basisDocument: {
      numberText: `${100 + quarter * 7}/UBND-NV`, kind: 'Công văn', issuedOn: requestDate, issuer: 'UBND tỉnh Quảng Ngãi',
      summary: `báo cáo kết quả công tác dân vận chính quyền quý ${roman} năm ${year}`,
    },
    note: 'Dữ liệu minh họa: yêu cầu đặt theo ngày nạp dữ liệu để thử luồng báo cáo trên cây đơn vị hiện nay (tỉnh - xã).',
  });
}
