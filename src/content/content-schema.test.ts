import { describe, expect, it } from 'vitest';
import { reportSection, textRun } from './content-schema.js';

describe('report content schema', () => {
  it('turns characters a Word file cannot hold into breaks or spaces', () => {
    expect(textRun.parse({ type: 'text', text: 'dòng 1\u000bdòng 2\r\nx\u0007y' }).text).toBe('dòng 1\ndòng 2\nx y');
  });

  it('refuses markup nodes and unknown marks: rich text is a closed tree, never HTML', () => {
    const bad = reportSection.safeParse({ key: 'a', label: 'I.', title: 'T', blocks: [{ type: 'html', html: '<script>x</script>' }] });
    expect(bad.success).toBe(false);
    expect(textRun.safeParse({ type: 'text', text: 'x', marks: ['script'] }).success).toBe(false);
    expect(textRun.safeParse({ type: 'text', text: 'x', onclick: 'alert(1)' }).success).toBe(false);
  });

  it('keeps a table rectangular', () => {
    const row = (n: number) => Array.from({ length: n }, () => ({ content: [{ type: 'text', text: 'ô' }] }));
    const bad = reportSection.safeParse({ key: 'a', label: 'I.', title: 'T', blocks: [{ type: 'table', rows: [row(2), row(3)] }] });
    expect(bad.success ? null : bad.error.issues[0]!.message).toBe('Các dòng của bảng phải có cùng số cột');
  });
});
