/** The footnote dialog: write a new footnote, or change or remove the one clicked. */
import { Button, Input, Modal } from 'antd';

export interface FootnoteDraft {
  /** Editing an existing footnote (its text when opened is `original`), or adding one. */
  editing: boolean;
  original: string;
  text: string;
}

interface Props {
  draft: FootnoteDraft | null;
  onText: (text: string) => void;
  onSave: () => void;
  onRemove: () => void;
  onCancel: () => void;
}

export function FootnoteDialog({ draft, onText, onSave, onRemove, onCancel }: Props) {
  const editing = draft?.editing ?? false;
  return (
    <Modal
      open={draft !== null} title={editing ? 'Sửa chú thích' : 'Thêm chú thích cuối trang'} onCancel={onCancel} maskClosable={false} keyboard={false} destroyOnHidden
      // The editor takes the focus back itself, with the caret where the footnote is.
      focusTriggerAfterClose={false}
      footer={[
        editing ? <Button key="remove" danger style={{ float: 'left' }} onClick={onRemove}>Xóa chú thích</Button> : null,
        <Button key="cancel" onClick={onCancel}>Hủy</Button>,
        <Button key="save" type="primary" disabled={!editing && !draft?.text.trim()} onClick={onSave}>Lưu chú thích</Button>,
      ]}
    >
      <Input.TextArea
        autoFocus rows={5} aria-label="Nội dung chú thích" value={draft?.text ?? ''}
        placeholder="Ví dụ: Kế hoạch số 17/KH-UBND ngày 02/4/2020 của UBND xã về ..."
        onChange={(e) => onText(e.target.value)}
      />
      {editing ? <div style={{ marginTop: 8, color: '#888' }}>Xóa hết nội dung rồi lưu để bỏ chú thích.</div> : null}
    </Modal>
  );
}
