import { describe, expect, it } from 'vitest';
import { draftPlaceholders, fillDraft } from './draft-sentences.js';

const figures = {
  'outreach.sessions': { value: 6, formatted: '6', by: { 'form:village_meeting': 5 } },
  'outreach.participants': { value: 250, formatted: 'khoảng 250', approximate: true },
  'petition.resolution_rate': { value: 95.238, formatted: '95,2%' },
  'petition.letters': { value: 1250, formatted: '1.250' },
  'procedure.dossiers': { value: null, formatted: '' },
};
const values = { figures, documents: [], body: 'UBND xã', period: { report: '6 tháng đầu năm 2025', next: '6 tháng cuối năm 2025', within: '6 tháng đầu năm' } };

describe('a draft sentence from the figures', () => {
  it('writes counts as administrative text does: two digits under ten, "khoảng" for an estimate, rates as printed', () => {
    expect(fillDraft('Trong kỳ, {cơ quan} tổ chức {outreach.sessions} đợt tuyên truyền với {outreach.participants} lượt người tham gia.', values))
      .toEqual([{ type: 'text', text: 'Trong kỳ, UBND xã tổ chức 06 đợt tuyên truyền với khoảng 250 lượt người tham gia.' }]);
    expect(fillDraft('{petition.letters} đơn, đạt {petition.resolution_rate}; họp thôn {outreach.sessions|form:village_meeting}, hội nghị {outreach.sessions|form:conference}.', values))
      .toEqual([{ type: 'text', text: '1.250 đơn, đạt 95,2%; họp thôn 05, hội nghị 00.' }]);
  });

  it('names the period the way running text does, "..." without one', () => {
    expect(fillDraft('Trong {kỳ}, {cơ quan} tổ chức {outreach.sessions} đợt tuyên truyền.', values)).toEqual([{ type: 'text', text: 'Trong 6 tháng đầu năm, UBND xã tổ chức 06 đợt tuyên truyền.' }]);
    expect(fillDraft('Trong {kỳ}, {cơ quan} tổ chức {outreach.sessions} đợt tuyên truyền.', { ...values, period: null })).toEqual([{ type: 'text', text: 'Trong ..., UBND xã tổ chức 06 đợt tuyên truyền.' }]);
  });

  it('leaves "..." where the registries have no figure, for the writer to fill', () => {
    expect(fillDraft('Tiếp nhận {procedure.dossiers} hồ sơ, {unknown.code} việc.', values)).toEqual([{ type: 'text', text: 'Tiếp nhận ... hồ sơ, ... việc.' }]);
  });

  it('puts the period’s documents in a footnote where the sentence says, and nothing when there are none', () => {
    const documents = ['Kế hoạch số 17/KH-UBND ngày 02/4/2020 của UBND xã Trà Tây về phát động phong trào thi đua', 'Kế hoạch số 11/KH-UBND ngày 2/4/2021 của UBND xã Trà Tây'];
    expect(fillDraft('{cơ quan} đã ban hành các kế hoạch{văn bản}.', { ...values, documents })).toEqual([
      { type: 'text', text: 'UBND xã đã ban hành các kế hoạch' },
      { type: 'footnote', content: [{ type: 'text', text: `${documents[0]}; ${documents[1]}.` }] },
      { type: 'text', text: '.' },
    ]);
    expect(fillDraft('{cơ quan} đã ban hành các kế hoạch{văn bản}.', values)).toEqual([{ type: 'text', text: 'UBND xã đã ban hành các kế hoạch.' }]);
  });

  it('names the indicators a sentence reads, for the template’s check', () => {
    expect(draftPlaceholders('Trong {kỳ}, {cơ quan} {outreach.sessions} {reception.sessions|kind:periodic}{văn bản} {kỳ tới}')).toEqual([
      { code: 'outreach.sessions', part: null }, { code: 'reception.sessions', part: 'kind:periodic' },
    ]);
  });
});
