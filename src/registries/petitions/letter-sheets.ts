/**
 * The letters registry as a spreadsheet. An import line is a letter, opening its own case or joining the
 * case whose number it gives; it is checked as the form checks it. An export never carries a denouncer's
 * identity, nor anyone's address or contact: lists do not, and a file leaves the system.
 */
import type { Context } from '../../core/context.js';
import { readableUnit } from '../../units/service.js';
import { checkUnitStood } from '../kit/crud.js';
import { inScope, today, writableUnit } from '../kit/records.js';
import { registrySheets } from '../kit/sheets.js';
import type { PetitionSettings } from './case-service.js';
import { checkReceived, createLetter, joinableCase } from './letter-service.js';
import { letterChannelLabels, petitionKindLabels } from './rules.js';
import { letterInput, type LetterInput, type LetterQuery } from './schema.js';
import * as store from './store.js';
import { petitionLetters as letters } from './tables.js';

type Unit = { id: number; code: string; validFrom: string; validTo: string | null };

export const letterSheets = (settings: PetitionSettings) => registrySheets<LetterInput, Omit<LetterQuery, 'page' | 'pageSize'>>({
  title: 'Sổ đơn thư',
  columns: [
    { header: 'Ngày nhận đơn', field: 'receivedOn', kind: 'day', required: true },
    { header: 'Nguồn đơn', field: 'channel', kind: 'choice', choices: letterChannelLabels, required: true },
    { header: 'Loại đơn', field: 'kind', kind: 'choice', choices: petitionKindLabels, required: true },
    { header: 'Lĩnh vực', field: 'field', kind: 'text' },
    { header: 'Nội dung tóm tắt', field: 'summary', kind: 'text', required: true },
    { header: 'Họ tên người đứng đơn', field: 'senderName', kind: 'text' },
    { header: 'Địa chỉ', field: 'senderAddress', kind: 'text' },
    { header: 'Số điện thoại, thư điện tử', field: 'senderContact', kind: 'text' },
    { header: 'Số người đứng đơn', field: 'senderCount', kind: 'count' },
    { header: 'Vụ việc số', field: 'caseId', kind: 'count' },
  ],
  schema: letterInput,
  crud: {
    async checkNew(tx: Context, input: LetterInput, units: Map<string, Promise<Unit>>) {
      checkReceived(tx, input.receivedOn);
      if (!units.has(input.unitCode)) units.set(input.unitCode, writableUnit(tx, input.unitCode, 'sổ đơn thư'));
      const unit = await units.get(input.unitCode)!;
      checkUnitStood(unit, input.receivedOn);
      if (input.caseId !== null) await joinableCase(tx, input.caseId, unit.id);
      return unit.id;
    },
    // A letter moves its case's counts and deadlines: each is written as the form writes it.
    async insertMany(tx: Context, records: readonly { input: LetterInput }[]) {
      const ids: number[] = [];
      for (const { input } of records) ids.push((await createLetter(tx, input, settings)).id);
      return ids;
    },
  },
  rows: async (tx, query, limit) => {
    const scope = await tx.scope();
    const unitId = query.unitCode ? (await readableUnit(tx, query.unitCode)).id : undefined;
    const { items } = await store.searchLetters(tx.db, { inScope: inScope(scope, letters.unitId), unitId, q: query.q, kind: query.kind, caseId: query.caseId, from: query.from, to: query.to }, 1, limit, today(tx));
    return items.map((row) => ({ ...row, senderName: row.openSenderName, senderAddress: null, senderContact: null }));
  },
});
