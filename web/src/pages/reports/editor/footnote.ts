import { Node, mergeAttributes } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as DocNode } from '@tiptap/pm/model';
import { Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

/**
 * A footnote: an inline atom carrying its text, shown as its number (a CSS counter over the whole
 * report) and the text in the tooltip. Clicking it opens the footnote dialog (RichTextEditor).
 */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return { text: { default: '' } };
  },
  parseHTML() {
    return [{ tag: 'sup[data-footnote]', getAttrs: (el) => ({ text: (el as HTMLElement).getAttribute('title') ?? '' }) }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes, { 'data-footnote': '', class: 'footnote-ref', title: String(node.attrs.text), role: 'button', 'aria-label': `Chú thích: ${String(node.attrs.text)}` })];
  },
  renderText({ node }) {
    return `[${String(node.attrs.text)}]`;
  },
});

/** The footnotes of a document in reading order, each with the position it starts at. */
export function footnotesIn(doc: DocNode): { pos: number; text: string }[] {
  const found: { pos: number; text: string }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'footnote') found.push({ pos, text: String(node.attrs.text) });
    return !node.isLeaf;
  });
  return found;
}

/** The nearest place at or before pos (else after it) where text, and so a footnote, may stand. */
function textPosNear(doc: DocNode, pos: number): number | null {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  if ($pos.parent.inlineContent) return $pos.pos;
  return (Selection.findFrom($pos, -1, true) ?? Selection.findFrom($pos, 1, true))?.head ?? null;
}

/**
 * Inserts a footnote at pos, which is never a range: selected words stay, the footnote goes after them
 * (as in Word). Its own undo step; the caret ends up after it.
 */
export function insertFootnote(state: EditorState, pos: number, text: string): Transaction | null {
  const at = textPosNear(state.doc, pos);
  if (at === null) return null;
  const node = state.schema.nodes.footnote!.create({ text });
  const tr = state.tr.insert(at, node);
  tr.setSelection(TextSelection.create(tr.doc, at + node.nodeSize));
  return closeHistory(tr).scrollIntoView();
}

/**
 * Gives the footnote starting at pos a new text, or removes it when the text is empty: that node and
 * nothing around it, as one undo step. Null when pos no longer holds the footnote that had `original`.
 */
export function changeFootnote(state: EditorState, pos: number, original: string, text: string): Transaction | null {
  const node = pos >= 0 && pos < state.doc.content.size ? state.doc.nodeAt(pos) : null;
  if (node?.type.name !== 'footnote' || String(node.attrs.text) !== original) return null;
  const tr = state.tr;
  if (text) tr.setNodeMarkup(pos, undefined, { ...node.attrs, text });
  else tr.delete(pos, pos + node.nodeSize);
  tr.setSelection(TextSelection.create(tr.doc, text ? pos + node.nodeSize : pos));
  return closeHistory(tr);
}
