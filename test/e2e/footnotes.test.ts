/**
 * Footnotes in the report editor, in a real browser: inserted with the toolbar at the start, in the
 * middle and at the end of a paragraph, edited, removed (by clearing the text, as the dialog says, and
 * with its button), the removal undone; only the footnote concerned changes, the words around it and
 * the next paragraph stay; the section's footnotes are listed under it and open from the list; what the server stored after a reload is exactly that. The toolbar of a
 * box never clicked adds at the end of its text.
 */
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { walkSections, type Inline } from '../../src/content/content-schema.js';
import { sectionHeading } from '../../src/content/content-text.js';
import type { ReportOut } from '../../src/reports/schema.js';
import { demoStage, newDraft, shot } from './browser.js';

const stage = demoStage();
const pageErrors = stage.errors;
const loggedIn = stage.signIn;

/** The editor's paragraphs as text, each footnote written as [its text], so one string says it all. */
const written = (body: Locator) => body.evaluate((el) =>
  [...el.querySelectorAll(':scope > p')].map((p) => [...p.childNodes].map((n) => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    const e = n as HTMLElement;
    return e.matches('sup[data-footnote]') ? `[${e.getAttribute('title') ?? ''}]` : e.tagName === 'BR' ? '' : (e.textContent ?? '');
  }).join('')).join('\n'));

/** The paragraph's text before the caret (footnotes have none): where a new footnote will go. */
const beforeCaret = (page: Page) => page.evaluate(() => {
  const sel = window.getSelection();
  const at = sel?.anchorNode;
  const p = (at?.nodeType === Node.TEXT_NODE ? at.parentElement : (at as Element | null | undefined))?.closest('p');
  if (!sel || !at || !p) return null;
  const range = document.createRange();
  range.setStart(p, 0);
  range.setEnd(at, sel.anchorOffset);
  return range.toString();
});

/** antd animates the dialog in and out: act on it only once it stands still. */
const settled = (dialog: Locator) => expect.poll(() => dialog.getAttribute('class')).not.toMatch(/ant-zoom/);

/** Clicks a footnote near one edge: a click on either half must open the same footnote. */
async function openFootnote(body: Locator, index: number, side: 'left' | 'right') {
  const sup = body.locator('sup[data-footnote]').nth(index);
  const box = (await sup.boundingBox())!;
  await sup.click({ position: { x: side === 'left' ? 1 : box.width - 1, y: box.height / 2 } });
}

const first = 'Ban hành kế hoạch tuyên truyền đến toàn dân.';
const second = 'Đoạn thứ hai giữ nguyên.';

describe('chú thích cuối trang trong trình soạn báo cáo', () => {
  test('thêm, sửa, xóa, hoàn tác chỉ đổi đúng chú thích đó; lưu và tải lại vẫn đúng', async () => {
    // An editor of a commune in today's tree drafts a quarterly report from its template.
    const page = await loggedIn('taytrabong');
    const reportId = await newDraft(page);

    const body = page.getByRole('textbox', { name: /^Nội dung mục 1\. Công tác lãnh chỉ đạo/ });
    const dialog = page.getByRole('dialog');
    const addFootnote = async (text: string, editor = body) => {
      await page.locator('.report-editor').filter({ has: editor }).getByRole('button', { name: 'Thêm chú thích cuối trang' }).click();
      await settled(dialog);
      await dialog.getByLabel('Nội dung chú thích').fill(text);
      await dialog.getByRole('button', { name: 'Lưu chú thích' }).click();
      await dialog.waitFor({ state: 'hidden' });
    };
    const saveFootnote = async (text: string) => {
      await dialog.getByText('Sửa chú thích').waitFor();
      await settled(dialog);
      await dialog.getByLabel('Nội dung chú thích').fill(text);
      await dialog.getByRole('button', { name: 'Lưu chú thích' }).click();
      await dialog.waitFor({ state: 'hidden' });
    };

    await body.click();
    await page.keyboard.type(first);
    await page.keyboard.press('Enter');
    await page.keyboard.type(second);

    // Start of the first paragraph, by keyboard.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
    await expect.poll(() => beforeCaret(page)).toBe('');
    await addFootnote('Chú thích đầu đoạn.');
    await expect.poll(() => written(body)).toBe(`[Chú thích đầu đoạn.]${first}\n${second}`);

    // Middle: leave the editor, come back by clicking the paragraph, then move by keyboard.
    await page.getByRole('heading', { name: /^1\. Công tác lãnh chỉ đạo/ }).click();
    await body.locator('p').first().click();
    // ProseMirror puts its own selection back into the page 20 ms after it gets the focus, if the page's
    // differs by then: keys pressed faster than any person would type would be undone.
    await page.waitForTimeout(100);
    await page.keyboard.press('End');
    for (let i = 0; i < ' tuyên truyền đến toàn dân.'.length; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => beforeCaret(page)).toBe('Ban hành kế hoạch');
    await addFootnote('Chú thích giữa đoạn.');
    // The caret is right after the new footnote.
    await page.keyboard.type(',');
    await expect.poll(() => written(body)).toBe(`[Chú thích đầu đoạn.]Ban hành kế hoạch[Chú thích giữa đoạn.], tuyên truyền đến toàn dân.\n${second}`);

    // End of the paragraph.
    await page.keyboard.press('End');
    await expect.poll(() => beforeCaret(page)).toBe('Ban hành kế hoạch, tuyên truyền đến toàn dân.');
    await addFootnote('Chú thích cuối đoạn.');
    const all = `[Chú thích đầu đoạn.]Ban hành kế hoạch[Chú thích giữa đoạn.], tuyên truyền đến toàn dân.[Chú thích cuối đoạn.]\n${second}`;
    await expect.poll(() => written(body)).toBe(all);

    // Edit the footnote at the end: only its text changes.
    await openFootnote(body, 2, 'right');
    expect(await dialog.getByLabel('Nội dung chú thích').inputValue()).toBe('Chú thích cuối đoạn.');
    await saveFootnote('Quyết định số 12/QĐ-UBND ngày 05/01/2025.');
    const edited = all.replace('Chú thích cuối đoạn.', 'Quyết định số 12/QĐ-UBND ngày 05/01/2025.');
    await expect.poll(() => written(body)).toBe(edited);

    // Under the text, the section's footnotes in their order; each opens from there too.
    const list = page.locator('.report-editor').filter({ has: body }).getByRole('region', { name: 'Chú thích của mục này' });
    await expect.poll(() => list.getByRole('listitem').allInnerTexts()).toEqual(['Chú thích đầu đoạn.', 'Chú thích giữa đoạn.', 'Quyết định số 12/QĐ-UBND ngày 05/01/2025.']);

    // Remove the middle one (opened from the list) by clearing its text and saving, as the dialog says; then undo.
    await list.getByRole('button', { name: 'Chú thích giữa đoạn.' }).click();
    await dialog.getByText('Xóa hết nội dung rồi lưu để bỏ chú thích.').waitFor();
    await saveFootnote('');
    await expect.poll(() => written(body)).toBe(edited.replace('[Chú thích giữa đoạn.]', ''));
    await page.keyboard.press('Control+z');
    await expect.poll(() => written(body)).toBe(edited);
    // The same with the toolbar's buttons, for those who do not know the keys.
    const toolbar = page.locator('.report-editor').filter({ has: body }).getByRole('toolbar', { name: 'Định dạng' });
    await toolbar.getByRole('button', { name: 'Làm lại (Ctrl+Y)' }).click();
    await expect.poll(() => written(body)).toBe(edited.replace('[Chú thích giữa đoạn.]', ''));
    await toolbar.getByRole('button', { name: 'Hoàn tác (Ctrl+Z)' }).click();
    await expect.poll(() => written(body)).toBe(edited);

    // Remove the first one with the dialog's button.
    await openFootnote(body, 0, 'left');
    await settled(dialog);
    expect(await dialog.getByLabel('Nội dung chú thích').inputValue()).toBe('Chú thích đầu đoạn.');
    await dialog.getByRole('button', { name: 'Xóa chú thích' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const final = edited.replace('[Chú thích đầu đoạn.]', '');
    await expect.poll(() => written(body)).toBe(final);
    await expect.poll(() => list.getByRole('listitem').allInnerTexts()).toEqual(['Chú thích giữa đoạn.', 'Quyết định số 12/QĐ-UBND ngày 05/01/2025.']);

    // The basis paragraph, never clicked: its toolbar adds the footnote at the end of its text, not the start.
    const basis = page.getByRole('textbox', { name: 'Đoạn mở đầu (căn cứ)' });
    const basisText = await written(basis);
    expect(basisText).toMatch(/^Ủy ban nhân dân .+ như sau:$/);
    await addFootnote('Chú thích căn cứ.', basis);
    await expect.poll(() => written(basis)).toBe(`${basisText}[Chú thích căn cứ.]`);

    const save = page.locator('.report-bar').getByRole('button', { name: /Lưu$/ });
    if (await save.isEnabled()) await save.click();
    await page.getByText(/^Đã lưu lúc/).waitFor();
    await page.reload();
    await body.waitFor({ timeout: 30_000 });
    await expect.poll(() => written(body)).toBe(final);
    expect(await written(basis)).toBe(`${basisText}[Chú thích căn cứ.]`);

    const stored = await (await page.request.get(`${stage.server.url}/api/v1/reports/${reportId}`)).json() as ReportOut;
    const section = [...walkSections(stored.content.sections)].map((w) => w.section).find((s) => sectionHeading(s).startsWith('1. Công tác lãnh chỉ đạo'));
    const note = (text: string): Inline => ({ type: 'footnote', content: [{ type: 'text', text }] });
    expect(section?.blocks).toEqual([
      { type: 'paragraph', marker: null, content: [
        { type: 'text', text: 'Ban hành kế hoạch' }, note('Chú thích giữa đoạn.'),
        { type: 'text', text: ', tuyên truyền đến toàn dân.' }, note('Quyết định số 12/QĐ-UBND ngày 05/01/2025.'),
      ] },
      { type: 'paragraph', marker: null, content: [{ type: 'text', text: second }] },
    ]);
    expect(stored.content.meta.basis.at(-1)).toEqual(note('Chú thích căn cứ.'));
    await body.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('report-footnotes') });
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });
});
