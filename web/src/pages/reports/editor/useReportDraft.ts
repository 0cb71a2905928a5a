/**
 * The working copy of a report in the browser: edits, autosave a few seconds after the last change,
 * and, when someone else saved meanwhile (409), a three-way merge (src/content/merge-rules.ts): what does
 * not collide is combined and saved at once; what collides waits for the user's choice. Until the server has
 * it, the working copy is also kept in this browser (localDraft.ts), so a session that ends, a closed tab or
 * a crash does not take the text with it.
 */
import { useCallback, useEffect, useRef, useState, type SetStateAction } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ReportContent } from '../../../../../src/content/meta-schema.js';
import { defaultChoice, mergeContents, resolveConflicts, sameValue, type ConflictChoice, type MergeConflict } from '../../../../../src/content/merge-rules.js';
import type { ReportOut } from '../../../../../src/reports/schema.js';
import { ApiError, api } from '../../../api.js';
import { useSession } from '../../../session.js';
import { clearLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft } from './localDraft.js';

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
  // What is on screen now: a save's answer may come after more typing, and a merge must keep that too.
  const latest = useRef(content);
  useEffect(() => { latest.current = content; }, [content]);
  const draftKey = { username: useSession().user.username, reportId: report.id };
  // Text this browser kept and the server never got (the session ended, the tab closed): offered back once.
  const [recovered, setRecovered] = useState<LocalDraft | null>(() => {
    const local = readLocalDraft(draftKey);
    return local && !sameValue(local.content, report.content) ? local : null;
  });

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

  /** Saves what is on screen; true once the server has it (false: an error, or a conflict left to the user). */
  const save = useCallback(async (reason: Reason): Promise<boolean> => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setHeld(false);
    setSaveState({ kind: 'saving' });
    try {
      await put(content, base.version, reason);
      return true;
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'REPORT_VERSION_CONFLICT')) {
        setSaveState({ kind: 'error', message: err instanceof Error ? err.message : 'Không lưu được.' });
        return false;
      }
      const theirs = err.details as { currentVersion: number; savedBy: string | null; content: ReportContent };
      // Merged from what is on screen now, not what was sent: words typed while the save was out stay.
      const { merged, conflicts } = mergeContents(base.content, latest.current, theirs.content);
      if (conflicts.length) {
        setPending({ merged, conflicts, theirsVersion: theirs.currentVersion, savedBy: theirs.savedBy });
        setSaveState({ kind: 'error', message: 'Có phần hai người cùng sửa: chọn bản giữ lại để lưu.' });
        return false;
      }
      // On screen, merged again from the content as it stands when the answer lands: keys pressed since stay.
      setContent((current) => {
        const again = mergeContents(base.content, current, theirs.content);
        return resolveConflicts(again.merged, again.conflicts, again.conflicts.map(defaultChoice));
      });
      setRevision((r) => r + 1);
      try {
        await put(merged, theirs.currentVersion, 'merge');
        onMerged(`${theirs.savedBy ?? 'Người khác'} vừa lưu báo cáo; đã gộp thay đổi của hai bên (không có phần nào trùng nhau).`);
        return true;
      } catch (again) {
        setSaveState({ kind: 'error', message: again instanceof Error ? again.message : 'Không lưu được.' });
        return false;
      }
    } finally {
      inFlight.current = false;
    }
  }, [base, content, onMerged, put]);

  /** Puts the merge off: the user's text stays on screen, unsaved, until they save again. */
  const cancelMerge = useCallback(() => {
    setPending(null);
    setHeld(true);
    setSaveState({ kind: 'error', message: 'Chưa lưu: có phần hai người cùng sửa chưa gộp. Bấm Lưu để gộp khi sẵn sàng.' });
  }, []);

  /** Settles the conflicts as chosen, one choice per conflict, and saves over their version. */
  const resolve = useCallback(async (choices: ConflictChoice[]) => {
    if (!pending) return;
    const resolved = resolveConflicts(pending.merged, pending.conflicts, choices);
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

  // Kept in the browser while unsaved; forgotten once the server has it (unless an offer is still open).
  const { username } = draftKey;
  useEffect(() => {
    const key = { username, reportId: report.id };
    if (!dirty) {
      if (!recovered) clearLocalDraft(key);
      return;
    }
    const timer = setTimeout(() => writeLocalDraft(key, { baseVersion: base.version, baseContent: base.content, content, annexRequestId, at: new Date().toISOString() }), 300);
    return () => clearTimeout(timer);
  }, [annexRequestId, base, content, dirty, recovered, report.id, username]);

  /** The kept text back on screen, over the version it was written on: saving merges it with anything newer. */
  const takeRecovered = useCallback(() => {
    if (!recovered) return;
    setBase({ content: recovered.baseContent, version: recovered.baseVersion, annexRequestId: recovered.annexRequestId });
    setAnnexRequestId(recovered.annexRequestId);
    takeMerged(recovered.content);
    setRecovered(null);
  }, [recovered, takeMerged]);
  /** The user chose to drop their unsaved changes: the copy kept in the browser goes too. */
  const forgetLocal = useCallback(() => clearLocalDraft({ username, reportId: report.id }), [report.id, username]);
  const dropRecovered = useCallback(() => {
    forgetLocal();
    setRecovered(null);
  }, [forgetLocal]);

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

  return {
    content, setContent: edit, annexRequestId, setAnnexRequestId, revision, dirty, save, saveState, pending, resolve, cancelMerge, restore,
    recovered: recovered && report.canEdit ? recovered : null, takeRecovered, dropRecovered, forgetLocal,
  };
}
