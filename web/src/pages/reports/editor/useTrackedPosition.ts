import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/react';
import type { Node as DocNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

interface Tracked { pos: number; doc: DocNode; node: boolean }

/**
 * A position in the editor's document that stays right while the document changes: where the
 * footnote dialog will act, held from when it opens until it applies. For a node (`node`), the
 * position is its start, and it is lost (null) once that node is deleted.
 */
export function useTrackedPosition(editor: Editor | null) {
  const tracked = useRef<Tracked | null>(null);
  useEffect(() => {
    if (!editor) return;
    const follow = ({ transaction }: { transaction: Transaction }) => {
      const t = tracked.current;
      // The same content again (the editor re-reading its DOM, for one) leaves every position as it was;
      // mapping through such a replacement would pull the position to the start of what was re-read.
      if (!t || !transaction.docChanged || transaction.doc.eq(t.doc)) return;
      const mapped = transaction.mapping.mapResult(t.pos, t.node ? 1 : -1);
      tracked.current = t.node && mapped.deletedAfter ? null : { ...t, pos: mapped.pos, doc: transaction.doc };
    };
    editor.on('transaction', follow);
    return () => { editor.off('transaction', follow); };
  }, [editor]);

  return {
    /** Follows pos in doc, the document it was read from. */
    track(pos: number, doc: DocNode, node: boolean) {
      tracked.current = { pos, doc, node };
    },
    /** The position now, and stop following it. */
    take(): number | null {
      const pos = tracked.current?.pos ?? null;
      tracked.current = null;
      return pos;
    },
  };
}
