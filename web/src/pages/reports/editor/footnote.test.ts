import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { history, undo } from '@tiptap/pm/history';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { blocksToDoc, docToBlocks, type PmNode } from './convert.js';
import { changeFootnote, Footnote, insertFootnote } from './footnote.js';

const schema = getSchema([StarterKit.configure({ link: false }), Footnote]);
const note = (text: string) => ({ type: 'footnote' as const, content: [{ type: 'text' as const, text }] });

/** "Đầu¹ giữa² cuối³" then a second paragraph: positions 1, 6 and 12 hold the footnotes. */
function start() {
  const doc = schema.nodeFromJSON(blocksToDoc([
    { type: 'paragraph', marker: null, content: [note('Một'), { type: 'text', text: 'Đầu ' }, note('Hai'), { type: 'text', text: ' cuối' }, note('Ba')] },
    { type: 'paragraph', marker: null, content: [{ type: 'text', text: 'Đoạn sau.' }] },
  ]));
  return EditorState.create({ doc, plugins: [history()] });
}
const written = (state: EditorState) => docToBlocks(state.doc.toJSON() as PmNode);
const apply = (state: EditorState, tr: Transaction | null) => state.apply(tr!);

describe('footnote changes', () => {
  it('finds the footnotes where the test expects them', () => {
    const s = start();
    expect([1, 6, 12].map((p) => s.doc.nodeAt(p)?.attrs.text)).toEqual(['Một', 'Hai', 'Ba']);
  });

  it('changes or removes exactly the footnote at its position, at the start, middle and end', () => {
    const s = start();
    const edited = apply(s, changeFootnote(s, 12, 'Ba', 'Ba mới'));
    expect(written(edited)[0]).toEqual({ type: 'paragraph', marker: null, content: [note('Một'), { type: 'text', text: 'Đầu ' }, note('Hai'), { type: 'text', text: ' cuối' }, note('Ba mới')] });
    const removed = apply(edited, changeFootnote(edited, 6, 'Hai', ''));
    expect(written(removed)).toEqual([
      { type: 'paragraph', marker: null, content: [note('Một'), { type: 'text', text: 'Đầu  cuối' }, note('Ba mới')] },
      { type: 'paragraph', marker: null, content: [{ type: 'text', text: 'Đoạn sau.' }] },
    ]);
    const first = apply(removed, changeFootnote(removed, 1, 'Một', ''));
    expect(written(first)).toEqual([
      { type: 'paragraph', marker: null, content: [{ type: 'text', text: 'Đầu  cuối' }, note('Ba mới')] },
      { type: 'paragraph', marker: null, content: [{ type: 'text', text: 'Đoạn sau.' }] },
    ]);
  });

  it('refuses a position that no longer holds that footnote instead of touching the text', () => {
    const s = start();
    // After the footnote (where a click on its right half lands), at the paragraph's end, or another footnote.
    expect(changeFootnote(s, 7, 'Hai', '')).toBeNull();
    expect(changeFootnote(s, 13, 'Ba', 'x')).toBeNull();
    expect(changeFootnote(s, 1, 'Hai', '')).toBeNull();
  });

  it('undoes a removal in one step, the text around it intact', () => {
    const s = start();
    const removed = apply(s, changeFootnote(s, 6, 'Hai', ''));
    let back: EditorState | null = null;
    undo(removed, (tr) => { back = removed.apply(tr); });
    expect(back!.doc.eq(s.doc)).toBe(true);
  });

  it('inserts after a selection without replacing the selected words', () => {
    const s = start();
    const selected = s.apply(s.tr.setSelection(TextSelection.create(s.doc, 2, 5)));
    const next = apply(selected, insertFootnote(selected, selected.selection.to, 'Mới'));
    expect(written(next)[0]).toEqual({ type: 'paragraph', marker: null, content: [
      note('Một'), { type: 'text', text: 'Đầu' }, note('Mới'), { type: 'text', text: ' ' }, note('Hai'), { type: 'text', text: ' cuối' }, note('Ba'),
    ] });
    expect(next.selection.from).toBe(6);
    // Outside any paragraph (the document's end): the end of the last paragraph.
    const end = apply(s, insertFootnote(s, s.doc.content.size, 'Cuối'));
    expect(written(end)[1]).toEqual({ type: 'paragraph', marker: null, content: [{ type: 'text', text: 'Đoạn sau.' }, note('Cuối')] });
  });
});
