/**
 * The working copy of a report in the browser: edits, autosave a few seconds after the last change,
 * and, when someone else saved meanwhile (409), a three-way merge (src/content/merge-rules.ts): what does
 * not collide is combined and saved at once; what collides waits for the user's choice.
 */
import { useCallback, useEffect, useRef, useState, type SetStateAction } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ReportContent } from '../../../../../src/content/meta-schema.js';
import { mergeContents, resolveConflicts, sameValue, type MergeConflict } from '../../../../../src/content/merge-rules.js';
import type { ReportOut } from '../../../../../src/reports/schema.js';
import { ApiError, api } from '../../../api.js';

const AUTOSAVE_MS = 4_000;

export interface PendingMerge {
  merged: ReportContent;
  conflicts: MergeConflict[];
  theirsVersion: number;
  savedBy: string | null;
}

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };
type Reason = 'save' | 'autosave' | 'merge' | 'restore';

interface Saved { content: ReportContent; version: number; annexRequestId: number | null }

export function useReportDraft(report: ReportOut, onMerged: (text: string) => void) {
  const client = useQueryClient();
  const [content, setContent] = useState<ReportContent>(report.content);
  const [annexRequestId, setAnnexRequestId] = useState<number | null>(report.annexRequestId);
  const [revision, setRevision] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [pending, setPending] = useState<PendingMerge | null>(null);
  // The user put a merge off: no autosave until they edit again or save, or the dialog would come back at once.
  const [held, setHeld] = useState(false);
  // The last version the server confirmed: the base of the next save and of any merge.
  const [base, setBase] = useState<Saved>({ content: report.content, version: report.version, annexRequestId: report.annexRequestId });
  const inFlight = useRef(false);

  const dirty = !sameValue(content, base.content) || annexRequestId !== base.annexRequestId;

  const put = useCallback(async (body: ReportContent, baseVersion: number, reason: Reason) => {
    const saved = await api.put<ReportOut>(`/api/v1/reports/${report.id}`, { baseVersion, content: body, reason, annexRequestId });
    setBase({ content: saved.content, version: saved.version, annexRequestId: saved.annexRequestId });
    client.setQueryData(['report', report.id], saved);
    setSaveState({ kind: 'saved', at: new Date() });
  }, [annexRequestId, client, report.id]);

  const takeMerged = useCallback((merged: ReportContent) => {
    setContent(merged);
    setRevision((r) => r + 1);
  }, []);

  const save = useCallback(async (reason: Reason) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setHeld(false);
    setSaveState({ kind: 'saving' });
    try {
      await put(content, base.version, reason);
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'REPORT_VERSION_CONFLICT')) {
        setSaveState({ kind: 'error', message: err instanceof Error ? err.message : 'Không lưu được.' });
        return;
      }
      const theirs = err.details as { currentVersion: number; savedBy: string | null; content: ReportContent };
      const { merged, conflicts } = mergeContents(base.content, content, theirs.content);
      if (conflicts.length) {
        setPending({ merged, conflicts, theirsVersion: theirs.currentVersion, savedBy: theirs.savedBy });
        setSaveState({ kind: 'error', message: 'Có phần hai người cùng sửa: chọn bản giữ lại để lưu.' });
        return;
      }
      takeMerged(merged);
      try {
        await put(merged, theirs.currentVersion, 'merge');
        onMerged(`${theirs.savedBy ?? 'Người khác'} vừa lưu báo cáo; đã gộp thay đổi của hai bên (không có phần nào trùng nhau).`);
      } catch (again) {
        setSaveState({ kind: 'error', message: again instanceof Error ? again.message : 'Không lưu được.' });
      }
    } finally {
      inFlight.current = false;
    }
  }, [base, content, onMerged, put, takeMerged]);

  /** Puts the merge off: the user's text stays on screen, unsaved, until they save again. */
  const cancelMerge = useCallback(() => {
    setPending(null);
    setHeld(true);
    setSaveState({ kind: 'error', message: 'Chưa lưu: có phần hai người cùng sửa chưa gộp. Bấm Lưu để gộp khi sẵn sàng.' });
  }, []);

  /** Settles the conflicts (indexes in keepMine keep the user's side) and saves over their version. */
  const resolve = useCallback(async (keepMine: Set<number>) => {
    if (!pending) return;
    const resolved = resolveConflicts(pending.merged, pending.conflicts, keepMine);
    setPending(null);
    takeMerged(resolved);
    setSaveState({ kind: 'saving' });
    try {
      await put(resolved, pending.theirsVersion, 'merge');
    } catch (err) {
      setSaveState({ kind: 'error', message: err instanceof Error ? err.message : 'Không lưu được.' });
    }
  }, [pending, put, takeMerged]);

  useEffect(() => {
    if (!dirty || !report.canEdit || pending || held) return;
    const timer = setTimeout(() => void save('autosave'), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, pending, held, report.canEdit, save]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** An older version back as the content, saved as a new version (the history keeps what it replaced). */
  const restore = useCallback(async (older: ReportContent) => {
    setSaveState({ kind: 'saving' });
    try {
      await put(older, base.version, 'restore');
      takeMerged(older);
    } catch (err) {
      setSaveState({ kind: 'error', message: err instanceof Error ? err.message : 'Không khôi phục được.' });
      throw err;
    }
  }, [base.version, put, takeMerged]);

  // An edit after a merge was put off starts autosaving again.
  const edit = useCallback((next: SetStateAction<ReportContent>) => {
    setHeld(false);
    setContent(next);
  }, []);

  return { content, setContent: edit, annexRequestId, setAnnexRequestId, revision, dirty, save, saveState, pending, resolve, cancelMerge, restore };
}
