/**
 * The editor of one section's text: paragraphs, "-" and "+" items, bold/italic/underline, footnotes
 * and simple tables, nothing else (what the official document can print). Uncontrolled: it reports
 * each change as blocks; give it a new `key` to load other content.
 */
import { useState } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { Button, Input, Modal, Space, Tooltip } from 'antd';
import {
  BoldOutlined, DeleteColumnOutlined, DeleteOutlined, DeleteRowOutlined, InsertRowBelowOutlined, InsertRowRightOutlined,
  ItalicOutlined, TableOutlined, UnderlineOutlined,
} from '@ant-design/icons';
import type { Block } from '../../../../../src/reports/content-schema.js';
import { blocksToDoc, docToBlocks, type PmNode } from './convert.js';
import { Footnote } from './footnote.js';

interface Props {
  value: Block[];
  onChange: (blocks: Block[]) => void;
  readOnly?: boolean;
  /** Footnotes before this section, so numbering runs through the whole report. */
  footnoteOffset: number;
  label: string;
}

interface FootnoteDraft { pos: number | null; text: string }

export function RichTextEditor({ value, onChange, readOnly = false, footnoteOffset, label }: Props) {
  const [footnote, setFootnote] = useState<FootnoteDraft | null>(null);
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
      handleClickOn: (_view, pos, node) => {
        if (node.type.name !== 'footnote' || readOnly) return false;
        setFootnote({ pos, text: String(node.attrs.text) });
        return true;
      },
    },
    onUpdate: ({ editor: e }) => onChange(docToBlocks(e.getJSON() as PmNode)),
  });

  const saveFootnote = () => {
    if (!editor || !footnote) return;
    const text = footnote.text.trim();
    const chain = editor.chain().focus();
    if (footnote.pos === null) {
      if (text) chain.insertContent({ type: 'footnote', attrs: { text } }).run();
    } else if (text) {
      chain.setNodeSelection(footnote.pos).updateAttributes('footnote', { text }).run();
    } else {
      chain.setNodeSelection(footnote.pos).deleteSelection().run();
    }
    setFootnote(null);
  };

  return (
    <div className="report-editor" style={{ counterReset: `footnote ${footnoteOffset}` }}>
      {readOnly || !editor ? null : <Toolbar editor={editor} onFootnote={() => setFootnote({ pos: null, text: '' })} />}
      <EditorContent editor={editor} />
      <Modal
        open={footnote !== null}
        title={footnote?.pos === null ? 'Thêm chú thích cuối trang' : 'Sửa chú thích'}
        okText="Lưu chú thích" cancelText="Hủy"
        onOk={saveFootnote} onCancel={() => setFootnote(null)} destroyOnHidden
      >
        <Input.TextArea
          autoFocus rows={5} aria-label="Nội dung chú thích" value={footnote?.text ?? ''}
          placeholder="Ví dụ: Kế hoạch số 17/KH-UBND ngày 02/4/2020 của UBND xã về ..."
          onChange={(e) => setFootnote((f) => (f ? { ...f, text: e.target.value } : f))}
        />
        {footnote?.pos !== null ? <div style={{ marginTop: 8, color: '#888' }}>Xóa hết nội dung rồi lưu để bỏ chú thích.</div> : null}
      </Modal>
    </div>
  );
}

function Toolbar({ editor, onFootnote }: { editor: Editor; onFootnote: () => void }) {
  const inTable = editor.isActive('table');
  const tool = (title: string, icon: React.ReactNode, run: () => void, active = false) => (
    <Tooltip title={title} key={title}>
      <Button size="small" type={active ? 'primary' : 'text'} icon={icon} aria-label={title} onMouseDown={(e) => e.preventDefault()} onClick={run} />
    </Tooltip>
  );
  const prefix = (marker: string) => () => {
    const { $from } = editor.state.selection;
    editor.chain().focus().insertContentAt($from.start(), `${marker} `).run();
  };
  return (
    <Space size={2} wrap className="report-editor-toolbar" role="toolbar" aria-label="Định dạng">
      {tool('In đậm (Ctrl+B)', <BoldOutlined />, () => editor.chain().focus().toggleBold().run(), editor.isActive('bold'))}
      {tool('In nghiêng (Ctrl+I)', <ItalicOutlined />, () => editor.chain().focus().toggleItalic().run(), editor.isActive('italic'))}
      {tool('Gạch chân (Ctrl+U)', <UnderlineOutlined />, () => editor.chain().focus().toggleUnderline().run(), editor.isActive('underline'))}
      <Button size="small" type="text" aria-label="Thêm gạch đầu dòng -" onMouseDown={(e) => e.preventDefault()} onClick={prefix('-')}>-</Button>
      <Button size="small" type="text" aria-label="Thêm ý nhỏ +" onMouseDown={(e) => e.preventDefault()} onClick={prefix('+')}>+</Button>
      <Button size="small" type="text" aria-label="Thêm chú thích cuối trang" onMouseDown={(e) => e.preventDefault()} onClick={onFootnote}>Chú thích¹</Button>
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
