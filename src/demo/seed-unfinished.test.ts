// The submission warning (content/completeness-rules.ts) on the seed reports and the built-in outlines.
import { describe, expect, it } from 'vitest';
import { reportContent } from '../content/meta-schema.js';
import { unfinishedParts, unfinishedWarning, writableSectionCount } from '../content/completeness-rules.js';
import { builtinTemplates } from '../templates/builtin-templates.js';
import { seedReports } from './seed-reports/index.js';

describe('the warning before submitting', () => {
  it('finds nothing to warn about in the four seed reports as they were sent', () => {
    for (const seed of seedReports) {
      expect(unfinishedParts(reportContent.parse(seed.content)), seed.seed).toEqual([]);
    }
  });

  const seed = reportContent.parse(seedReports.find((s) => s.seed === '003')!.content);

  it('names each section with nothing written and each blank left, in document order', () => {
    const content = structuredClone(seed);
    content.meta.subject = 'Kết quả công tác Dân vận chính quyền quý ... năm 2025';
    const [first] = content.sections.flatMap(function leaves(s): typeof content.sections { return s.children.length ? s.children.flatMap(leaves) : [s]; });
    first!.blocks = [];
    const parts = unfinishedParts(content);
    expect(parts[0]).toEqual({ where: 'Trích yếu', problem: 'placeholder' });
    expect(parts[1]).toMatchObject({ problem: 'empty' });
    expect(parts[1]!.where).toContain(first!.title);
    const warning = unfinishedWarning(parts, writableSectionCount(content.sections))!;
    expect(warning.title).toBe('Báo cáo còn phần chưa hoàn thành:');
    expect(warning.lines).toEqual([`${parts[1]!.where}: chưa viết nội dung`, 'Trích yếu: còn chỗ "..." chưa điền']);
  });

  it('says the report is empty when a new draft of an outline has nothing written', () => {
    const outline = builtinTemplates.find((t) => t.key === 'dvcq-quy')!.input;
    const toSection = (o: typeof outline.outline[number]): Record<string, unknown> => ({ ...o, children: (o.children ?? []).map(toSection) });
    const content = reportContent.parse({ ...seed, sections: outline.outline.map(toSection) });
    const warning = unfinishedWarning(unfinishedParts(content), writableSectionCount(content.sections));
    expect(warning?.title).toBe('Báo cáo chưa có nội dung: chưa mục nào được viết.');
    expect(unfinishedWarning([], 3)).toBeNull();
  });
});
