/** The petitions registry (sổ tiếp nhận, xử lý đơn thư): letters, the cases they make, their deadlines. */
import type { Context } from '../../core/context.js';
import { getCase as caseDetail, type PetitionSettings } from './case-service.js';
import { caseLetters } from './letter-service.js';

export { listCases, updateCase, similarCases, refreshDeadlines, caseHandlers, type PetitionSettings } from './case-service.js';
export { listLetters, getLetter, createLetter, updateLetter, deleteLetter, markPetitionsIllustrative } from './letter-service.js';

export const getCase = (ctx: Context, id: number, settings: PetitionSettings) => caseDetail(ctx, id, settings, caseLetters);

export { currentRuleTable, saveRuleTable, rulesInput } from './rule-table.js';
export { letterSheets } from './letter-sheets.js';
