import { describe, expect, it } from 'vitest';
import { walkSections } from '../content/content-schema.js';
import { builtinTemplates } from './builtin-templates.js';
import { reportKinds, templateInput } from './schema.js';
import { checkBindings } from './service.js';

describe('built-in templates (the four seeds’ outlines and one for each other kind)', () => {
  const parsed = builtinTemplates.map((t) => ({ key: t.key, template: templateInput.parse(t.input) }));
  const byKey = (key: string) => parsed.find((p) => p.key === key)!.template;

  it('all parse, with unique keys, the seeds’ four first', () => {
    expect(parsed.map((p) => p.key)).toEqual([
      'dvcq-quy', 'dan-van-kheo-so-ket-3-nam', 'so-ket-ke-hoach-dang-3-nam', 'so-ket-chi-thi-08-3-nam',
      'dvcq-6-thang', 'dvcq-nam', 'dvcq-tong-ket', 'dvcq-chuyen-de',
    ]);
  });

  it('gives every report kind an outline', () => {
    expect(reportKinds.filter((kind) => !parsed.some((p) => p.template.reportKind === kind))).toEqual([]);
  });

  it('the 6-month, yearly, tổng kết and chuyên đề outlines: results, shortcomings, the next period’s tasks, proposals', () => {
    for (const key of ['dvcq-6-thang', 'dvcq-nam', 'dvcq-tong-ket', 'dvcq-chuyen-de']) {
      expect(byKey(key).outline.map((s) => `${s.label} ${s.title}`).filter((t) => !t.startsWith('II.'))).toEqual([
        'I. KẾT QUẢ THỰC HIỆN', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ {kỳ tới}', 'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      ]);
    }
    expect(byKey('dvcq-6-thang').outline[1]!.children.map((s) => s.title)).toEqual(['Tồn tại, hạn chế', 'Nguyên nhân']);
    expect(byKey('dvcq-tong-ket').outline[1]!.title).toBe('TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM');
    // Seed 003's items, and the figures a longer period carries.
    expect(byKey('dvcq-nam').outline[0]!.children.map((s) => s.key)).toEqual([
      'lanh-dao', 'tuyen-truyen', 'dan-van-kheo', 'cai-cach', 'ky-luat', 'dan-chu', 'tiep-dan', 'tap-huan', 'xep-loai', 'phoi-hop',
    ]);
  });

  it('names the period by placeholder, never "quý ... năm ..." or a literal "Trong quý"', () => {
    for (const { key, template } of parsed) {
      const sentences = [...walkSections(template.outline)].map(({ section }) => section.draft).filter(Boolean);
      expect([template.subject, template.closing].join(' ')).not.toMatch(/quý \.\.\./);
      expect({ key, literal: sentences.filter((d) => /^Trong (quý|năm|kỳ)[ ,]/u.test(d)) }).toEqual({ key, literal: [] });
    }
    expect(byKey('dvcq-quy').subject).toBe('Kết quả triển khai, thực hiện công tác Dân vận chính quyền {kỳ báo cáo} và phương hướng nhiệm vụ {kỳ tới}');
    expect(byKey('dvcq-6-thang').subject).toBe('Kết quả thực hiện công tác Dân vận chính quyền {kỳ báo cáo} và phương hướng, nhiệm vụ {kỳ tới}');
  });

  it('the Directive 08 outline carries the province’s required items 2.1 to 2.9 under two parts', () => {
    const chiThi = parsed.find((p) => p.key === 'so-ket-chi-thi-08-3-nam')!.template;
    expect(chiThi.outline.map((s) => [s.label, s.style])).toEqual([['Phần thứ nhất', 'part'], ['Phần thứ hai', 'part']]);
    const labels = [...walkSections(chiThi.outline)].map(({ section }) => section.label);
    expect(labels.filter((l) => l.startsWith('2.') && l.length === 4)).toEqual(['2.1.', '2.2.', '2.3.', '2.4.', '2.5.', '2.6.', '2.7.', '2.8.', '2.9.', '2.1.', '2.2.']);
  });

  it('the quarterly outline is seed 003’s: I with items 1-7, then II', () => {
    const quarterly = parsed[0]!.template;
    expect(quarterly.reportKind).toBe('quarter');
    expect(quarterly.outline.map((s) => `${s.label} ${s.title}`)).toEqual(['I. KẾT QUẢ THỰC HIỆN', 'II. MỘT SỐ NỘI DUNG NHIỆM VỤ TRONG THỜI GIAN ĐẾN']);
    expect(quarterly.outline[0]!.children.map((s) => s.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.']);
  });

  it('binds every figure row to an indicator the engine has, by a part it is broken down by', () => {
    for (const { template } of parsed) expect(() => checkBindings(template)).not.toThrow();
    const [first] = parsed;
    const broken = structuredClone(first!.template);
    const table = [...walkSections(broken.outline)].flatMap(({ section }) => section.figureTables)[0]!;
    table.rows[0] = { ...table.rows[0]!, indicator: 'inspections.thematic' };
    table.rows[1] = { ...table.rows[1]!, indicator: 'reception.sessions', disaggregation: 'kind:weekly' };
    expect(() => checkBindings(broken)).toThrow(/"inspections.thematic" không có trong danh mục chỉ tiêu.*không chia theo "kind:weekly" \(có: kind:regular, kind:periodic/);
  });

  it('does not total rates, scores or ranks in the compiled annex', () => {
    const rows = parsed.flatMap((p) => [...walkSections(p.template.outline)].flatMap(({ section }) => section.figureTables.flatMap((t) => t.rows)));
    for (const row of rows) {
      const isRate = /%|điểm|Hạng/i.test(row.label);
      expect({ label: row.label, total: row.total }).toEqual({ label: row.label, total: isRate ? 'none' : 'sum' });
    }
  });
});
