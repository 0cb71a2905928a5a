/**
 * Petitions (đơn thư) as the law counts them: a letter (đơn) is what a citizen hands in; a case (vụ việc) is
 * the matter handled, and several letters can be one case ("22 đơn/21 vụ"; Thông tư 05/2021/TT-TTCP, Điều
 * 14.1: a denunciation with the same content is handled once). The resolution rate is counted on cases.
 */
import { formatDate } from '../../core/vi-format.js';

export const petitionKinds = ['complaint', 'denunciation', 'recommendation', 'land_dispute'] as const;
export type PetitionKind = (typeof petitionKinds)[number];
export const petitionKindLabels: Record<PetitionKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  recommendation: 'Kiến nghị, phản ánh',
  land_dispute: 'Tranh chấp đất đai',
};

export const letterChannels = ['in_person', 'reception', 'post', 'transferred', 'online'] as const;
export type LetterChannel = (typeof letterChannels)[number];
export const letterChannelLabels: Record<LetterChannel, string> = {
  in_person: 'Nộp trực tiếp',
  reception: 'Qua tiếp công dân',
  post: 'Qua bưu chính',
  transferred: 'Cơ quan khác chuyển đến',
  online: 'Qua cổng thông tin, thư điện tử',
};

/** Thuộc thẩm quyền (handled here), chuyển (sent to the competent body), lưu đơn (filed: anonymous, duplicate, no grounds). */
export const competences = ['within', 'transferred', 'filed'] as const;
export type Competence = (typeof competences)[number];
export const competenceLabels: Record<Competence, string> = {
  within: 'Thuộc thẩm quyền',
  transferred: 'Chuyển cơ quan có thẩm quyền',
  filed: 'Lưu đơn',
};

export const mediationOutcomes = ['success', 'failure'] as const;
export type MediationOutcome = (typeof mediationOutcomes)[number];
export const mediationLabels: Record<MediationOutcome, string> = { success: 'Hòa giải thành', failure: 'Hòa giải không thành' };

/**
 * The identity of a person who denounces is kept secret (Luật Tố cáo 2018, Điều 47-48): only the officer
 * handling the case, the unit's managers and administrators see it.
 */
export const protectsSender = (kind: PetitionKind) => kind === 'denunciation';
export const protectedSenderLabel = 'Người tố cáo (thông tin được giữ bí mật)';
/** What the audit log keeps, or shows, in place of a protected sender. */
export const auditedSecret = 'Thông tin người tố cáo được giữ bí mật';

/** A case is handled (counts as resolved) once it is closed: answered, resolved, mediated, transferred or filed. */
export const isResolvedBy = (closedOn: string | null, periodEnd: string) => closedOn !== null && closedOn <= periodEnd;

export interface CaseFacts {
  kind: PetitionKind;
  receivedOn: string;
  acceptedOn: string | null;
  closedOn: string | null;
  mediation: MediationOutcome | null;
}

export type PetitionProblem = { code: 'PETITION_DATE_ORDER' | 'PETITION_MEDIATION_NOT_LAND' | 'PETITION_DATE_IN_FUTURE'; field: string; message: string };


/** What a case's dates and outcome must satisfy, against its earliest letter. */
export function caseProblems(c: CaseFacts, today: string): PetitionProblem[] {
  const problems: PetitionProblem[] = [];
  if (c.acceptedOn && c.acceptedOn < c.receivedOn) problems.push({ code: 'PETITION_DATE_ORDER', field: 'acceptedOn', message: `Ngày thụ lý ${formatDate(c.acceptedOn)} trước ngày nhận đơn đầu tiên ${formatDate(c.receivedOn)}.` });
  if (c.closedOn && c.closedOn < c.receivedOn) problems.push({ code: 'PETITION_DATE_ORDER', field: 'closedOn', message: `Ngày kết thúc ${formatDate(c.closedOn)} trước ngày nhận đơn đầu tiên ${formatDate(c.receivedOn)}: vụ việc không thể xong trước khi nhận đơn.` });
  if (c.closedOn && c.acceptedOn && c.closedOn < c.acceptedOn) problems.push({ code: 'PETITION_DATE_ORDER', field: 'closedOn', message: `Ngày kết thúc ${formatDate(c.closedOn)} trước ngày thụ lý ${formatDate(c.acceptedOn)}.` });
  for (const [field, day, what] of [['acceptedOn', c.acceptedOn, 'thụ lý'], ['closedOn', c.closedOn, 'kết thúc']] as const) {
    if (day && day > today) problems.push({ code: 'PETITION_DATE_IN_FUTURE', field, message: `Ngày ${what} ${formatDate(day)} chưa đến.` });
  }
  if (c.mediation && c.kind !== 'land_dispute') problems.push({ code: 'PETITION_MEDIATION_NOT_LAND', field: 'mediation', message: 'Chỉ vụ tranh chấp đất đai mới ghi kết quả hòa giải tại cơ sở.' });
  return problems;
}
