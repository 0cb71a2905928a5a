import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../templates/builtin-templates.js';
import { templateKindWarning, templatesForKind } from './template-rules.js';

const builtins = builtinTemplates.map(({ key, input }) => ({ key, title: input.title, reportKind: input.reportKind }));

describe('the outline a request pins', () => {
  it('offers a six-month request the six-month outline first, not the quarterly', () => {
    const { matching, others } = templatesForKind(builtins, 'half_year');
    expect(matching.map((t) => t.key)).toEqual(['dvcq-6-thang']);
    expect(others[0]!.key).toBe('dvcq-quy');
    expect(templatesForKind(builtins, 'review').matching.map((t) => t.key)).toEqual(['dan-van-kheo-so-ket-3-nam', 'so-ket-ke-hoach-dang-3-nam', 'so-ket-chi-thi-08-3-nam']);
  });

  it('warns when the outline is of another kind, naming both', () => {
    const quarterly = builtins.find((t) => t.key === 'dvcq-quy')!;
    expect(templateKindWarning('quarter', quarterly)).toBeNull();
    expect(templateKindWarning('half_year', quarterly)).toEqual({
      code: 'TEMPLATE_KIND_MISMATCH',
      message: 'Đề cương “Báo cáo kết quả thực hiện công tác Dân vận chính quyền quý” là đề cương báo cáo quý, còn yêu cầu là báo cáo 6 tháng: các mục và câu gợi ý của đề cương có thể không khớp kỳ báo cáo. Nên chọn đề cương báo cáo 6 tháng.',
    });
  });
});
