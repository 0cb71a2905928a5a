/**
 * A report's unsaved working copy kept in this browser, per account and report: what the server did not
 * get (a session that ended mid-sentence, a closed tab, a crash) is offered back the next time the report
 * opens. Storage that is full or switched off only loses this safety net, never the editor.
 */
import type { ReportContent } from '../../../../../src/content/meta-schema.js';

export interface LocalDraft {
  /** The server version the text was written on, and its content: the base of the merge when it comes back. */
  baseVersion: number;
  baseContent: ReportContent;
  content: ReportContent;
  annexRequestId: number | null;
  at: string;
}

interface DraftKey { username: string; reportId: number }

const storageKey = ({ username, reportId }: DraftKey) => `danvan.draft.${username}.${reportId}`;

export function readLocalDraft(key: DraftKey): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(storageKey(key));
    const draft = raw ? (JSON.parse(raw) as LocalDraft) : null;
    return draft && typeof draft.baseVersion === 'number' && draft.content && draft.baseContent ? draft : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(key: DraftKey, draft: LocalDraft): void {
  try {
    window.localStorage.setItem(storageKey(key), JSON.stringify(draft));
  } catch {
    // Full or disabled storage: the server copy and the leave warnings remain.
  }
}

export function clearLocalDraft(key: DraftKey): void {
  try {
    window.localStorage.removeItem(storageKey(key));
  } catch {
    // Nothing to clear.
  }
}
