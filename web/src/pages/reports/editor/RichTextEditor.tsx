/**
 * The editor of one section's text: paragraphs, "-" and "+" items, bold/italic/underline, footnotes
 * and simple tables, nothing else (what the official document can print). Uncontrolled: it reports
 * each change as blocks; a new `revision` loads `value` when it differs (a merge, a restore).
 */
import { useEffect, useRef, useState } from 'react';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { App, Button, Space, Tooltip, Typography } from 'antd';
import {
  BoldOutlined, DeleteColumnOutlined, DeleteOutlined, DeleteRowOutlined, InsertRowBelowOutlined, InsertRowRightOutlined,
  ItalicOutlined, RedoOutlined, TableOutlined, UnderlineOutlined, UndoOutlined,
} from '@ant-design/icons';
import type { Block } from '../../../../../src/content/content-schema.js';
import { blocksToDoc, docToBlocks, type PmNode } from './convert.js';
import { changeFootnote, Footnote, footnotesIn, insertFootnote } from './footnote.js';
import { FootnoteDialog, type FootnoteDraft } from './FootnoteDialog.js';
import { useTrackedPosition } from './useTrackedPosition.js';

interface Props {
  value: Block[];
  onChange: (blocks: Block[]) => void;
  readOnly?: boolean;
  /** Footnotes before this section, so numbering runs through the whole report. */
  footnoteOffset: number;
  label: string;
  /** Bumped when the content was replaced from outside. */
  revision?: number;
}

export function RichTextEditor({ value, onChange, readOnly = false, footnoteOffset, label, revision = 0 }: Props) {
  const { message } = App.useApp();
  const [footnote, setFootnote] = useState<FootnoteDraft | null>(null);
  // Until the user has been in this editor its selection is only the default one, at the start.
  const visited = useRef(false);
  const editor = useEditor({
    editable: !readOnly,
    extensions: [
      StarterKit.configure({
        heading: false, bulletList: false, orderedList: false, listItem: false, listKeymap: false, blockquote: false,
        codeBlock: false, code: false, strike: false, horizontalRule: false, link: false,
      }),
      TableKit.configure({ table: { resizable: false } }),
      Footnote,
    ],
    content: blocksToDoc(value),
    editorProps: {
      attributes: { class: 'report-editor-body', 'aria-label': label, role: 'textbox', 'aria-multiline': 'true' },
      // The second argument is where the click landed (before or after the footnote, by which half
      // was hit); the node itself starts at nodePos.
      handleClickOn: (view, _pos, node, nodePos) => {
        if (node.type.name !== 'footnote' || readOnly) return false;
        openExisting(nodePos, String(node.attrs.text), view.state.doc);
        return true;
      },
    },
    onFocus: () => { visited.current = true; },
    onUpdate: ({ editor: e }) => onChange(docToBlocks(e.getJSON() as PmNode)),
  });

  // A merge or a restore replaced the content from outside: take it in place, and only where it differs
  // from what this editor holds, so the box being typed in keeps its focus and the keys pressed meanwhile.
  const applied = useRef(revision);
  useEffect(() => {
    if (!editor || applied.current === revision) return;
    applied.current = revision;
    const incoming = blocksToDoc(value);
    if (JSON.stringify(incoming) !== JSON.stringify(blocksToDoc(docToBlocks(editor.getJSON() as PmNode)))) {
      editor.commands.setContent(incoming, { emitUpdate: false });
    }
  }, [editor, revision, value]);

  // Where the dialog acts: the clicked footnote's start, or where a new one goes; a position kept
  // right until the dialog applies, never a node or a selection captured when it opened.
  const target = useTrackedPosition(editor);

  const openExisting = (pos: number, text: string, doc: Parameters<typeof target.track>[1]) => {
    target.track(pos, doc, true);
    setFootnote({ editing: true, original: text, text });
  };

  const openNew = () => {
    if (!editor) return;
    const { doc, selection } = editor.state;
    // The editor keeps its selection when it loses focus: that is where the user was.
    target.track(visited.current ? selection.to : doc.content.size, doc, false);
    setFootnote({ editing: false, original: '', text: '' });
  };

  const close = () => {
    setFootnote(null);
    target.take();
    editor?.view.focus();
  };

  // Empty text: removes the footnote being edited; adds nothing.
  const apply = (text: string) => {
    const pos = target.take();
    if (editor && footnote && (text || footnote.editing)) {
      const tr = pos === null ? null
        : footnote.editing ? changeFootnote(editor.state, pos, footnote.original, text) : insertFootnote(editor.state, pos, text);
      if (tr) editor.view.dispatch(tr);
      else void message.warning('Chú thích này vừa bị xóa hoặc thay đổi; chưa lưu gì, hãy mở lại chú thích.');
    }
    close();
  };

  return (
    <div className="report-editor" style={{ counterReset: `footnote ${footnoteOffset}` }}>
      {readOnly || !editor ? null : <Toolbar editor={editor} onFootnote={openNew} />}
      <EditorContent editor={editor} />
      {editor ? <FootnoteList editor={editor} offset={footnoteOffset} onOpen={readOnly ? null : (pos, text) => openExisting(pos, text, editor.state.doc)} /> : null}
      <FootnoteDialog
        draft={footnote} onCancel={close} onSave={() => apply(footnote?.text.trim() ?? '')} onRemove={() => apply('')}
        onText={(text) => setFootnote((f) => (f ? { ...f, text } : f))}
      />
    </div>
  );
}

/** The section's footnotes under its text, numbered as the document numbers them; each opens to be changed. */
function FootnoteList({ editor, offset, onOpen }: { editor: Editor; offset: number; onOpen: ((pos: number, text: string) => void) | null }) {
  const notes = useEditorState({ editor, selector: ({ editor: e }) => (e ? footnotesIn(e.state.doc) : []) });
  if (!notes.length) return null;
  return (
    <section className="section-footnotes" aria-label="Chú thích của mục này" style={{ padding: '4px 12px 8px' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>Chú thích của mục này</Typography.Text>
      <ol start={offset + 1} style={{ margin: '2px 0 0', paddingInlineStart: 24, fontSize: 13 }}>
        {notes.map((n) => (
          <li key={n.pos}>
            {onOpen ? (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(n.pos, n.text)}>
                {n.text}
              </Button>
            ) : n.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Toolbar({ editor, onFootnote }: { editor: Editor; onFootnote: () => void }) {
  const inTable = editor.isActive('table');
  const tool = (title: string, icon: React.ReactNode, run: () => void, active = false) => (
    <Tooltip title={title} key={title}>
      <Button size="small" type={active ? 'primary' : 'text'} icon={icon} aria-label={title} onMouseDown={(e) => e.preventDefault()} onClick={run} />
    </Tooltip>
  );
  const text = (label: string, title: string, shown: string, run: () => void) => (
    <Tooltip title={title} key={label}>
      <Button size="small" type="text" aria-label={label} onMouseDown={(e) => e.preventDefault()} onClick={run}>{shown}</Button>
    </Tooltip>
  );
  const prefix = (marker: string) => () => {
    const { $from } = editor.state.selection;
    editor.chain().focus().insertContentAt($from.start(), `${marker} `).run();
  };
  return (
    <Space size={2} wrap className="report-editor-toolbar" role="toolbar" aria-label="Định dạng">
      {tool('Hoàn tác (Ctrl+Z)', <UndoOutlined />, () => editor.chain().focus().undo().run())}
      {tool('Làm lại (Ctrl+Y)', <RedoOutlined />, () => editor.chain().focus().redo().run())}
      {tool('In đậm (Ctrl+B)', <BoldOutlined />, () => editor.chain().focus().toggleBold().run(), editor.isActive('bold'))}
      {tool('In nghiêng (Ctrl+I)', <ItalicOutlined />, () => editor.chain().focus().toggleItalic().run(), editor.isActive('italic'))}
      {tool('Gạch chân (Ctrl+U)', <UnderlineOutlined />, () => editor.chain().focus().toggleUnderline().run(), editor.isActive('underline'))}
      {text('Thêm gạch đầu dòng -', 'Đầu đoạn thành một ý "- ..." như văn bản hành chính viết', '-', prefix('-'))}
      {text('Thêm ý nhỏ +', 'Đầu đoạn thành một ý nhỏ "+ ..." dưới ý "-"', '+', prefix('+'))}
      {text('Thêm chú thích cuối trang', 'Chú thích cuối trang tại chỗ con trỏ; số chú thích tự đánh theo cả báo cáo', 'Chú thích¹', onFootnote)}
      {tool('Chèn bảng', <TableOutlined />, () => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
      {inTable ? (
        <>
          {tool('Thêm dòng', <InsertRowBelowOutlined />, () => editor.chain().focus().addRowAfter().run())}
          {tool('Thêm cột', <InsertRowRightOutlined />, () => editor.chain().focus().addColumnAfter().run())}
          {tool('Xóa dòng', <DeleteRowOutlined />, () => editor.chain().focus().deleteRow().run())}
          {tool('Xóa cột', <DeleteColumnOutlined />, () => editor.chain().focus().deleteColumn().run())}
          {tool('Xóa bảng', <DeleteOutlined />, () => editor.chain().focus().deleteTable().run())}
        </>
      ) : null}
    </Space>
  );
}
