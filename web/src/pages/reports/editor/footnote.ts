import { Node, mergeAttributes } from '@tiptap/core';

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
