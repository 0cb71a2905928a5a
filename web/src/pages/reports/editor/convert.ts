/**
 * Between the report's blocks (src/content/content-schema.ts) and the editor's document (ProseMirror
 * JSON). "-" and "+" items are edited as the text they are ("- Tổ chức ..."), as officials type them
 * in Word, and stored as the paragraph's marker. Footnotes are inline atoms carrying their text.
 */
import type { Block, Inline, TextMark, TextRun } from '../../../../../src/content/content-schema.js';

export interface PmMark { type: string }
export interface PmNode {
  type: string;
  text?: string;
  marks?: PmMark[];
  attrs?: Record<string, unknown>;
  content?: PmNode[];
}

const knownMarks: readonly TextMark[] = ['bold', 'italic', 'underline'];

function runsToPm(runs: readonly Inline[]): PmNode[] {
  const out: PmNode[] = [];
  for (const node of runs) {
    if (node.type === 'footnote') {
      out.push({ type: 'footnote', attrs: { text: node.content.map((r) => r.text).join('') } });
      continue;
    }
    const marks = node.marks?.length ? node.marks.map((type) => ({ type })) : undefined;
    node.text.split('\n').forEach((part, i) => {
      if (i > 0) out.push({ type: 'hardBreak' });
      if (part) out.push(marks ? { type: 'text', text: part, marks } : { type: 'text', text: part });
    });
  }
  return out;
}

const paragraphOf = (content: PmNode[]): PmNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });

export function blocksToDoc(blocks: readonly Block[]): PmNode {
  const content: PmNode[] = blocks.map((block) => {
    if (block.type === 'paragraph') {
      const prefix: Inline[] = block.marker ? [{ type: 'text', text: `${block.marker} ` }] : [];
      return paragraphOf(runsToPm([...prefix, ...block.content]));
    }
    return {
      type: 'table',
      content: block.rows.map((row, r) => ({
        type: 'tableRow',
        content: row.map((cell) => ({ type: r < block.headerRows ? 'tableHeader' : 'tableCell', content: [paragraphOf(runsToPm(cell.content))] })),
      })),
    };
  });
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

function marksOf(node: PmNode): TextMark[] {
  return (node.marks ?? []).map((m) => m.type).filter((t): t is TextMark => knownMarks.includes(t as TextMark));
}

/** Inline content of one paragraph; adjacent runs with the same marks are joined. */
function pmToRuns(nodes: readonly PmNode[] = []): Inline[] {
  const out: Inline[] = [];
  const push = (text: string, marks: TextMark[]) => {
    if (!text) return;
    const last = out.at(-1);
    if (last?.type === 'text' && (last.marks ?? []).join() === marks.join()) last.text += text;
    else out.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
  };
  for (const node of nodes) {
    if (node.type === 'text') push(node.text ?? '', marksOf(node));
    else if (node.type === 'hardBreak') push('\n', out.at(-1)?.type === 'text' ? ((out.at(-1) as TextRun).marks ?? []) : []);
    else if (node.type === 'footnote') {
      const text = String(node.attrs?.text ?? '').trim();
      if (text) out.push({ type: 'footnote', content: [{ type: 'text', text }] });
    }
  }
  return out;
}

/** A leading "- " or "+ " is the paragraph's marker. */
function splitMarker(runs: Inline[]): { marker: '-' | '+' | null; content: Inline[] } {
  const first = runs[0];
  const m = first?.type === 'text' ? /^([-+–])[ \u00a0]+/.exec(first.text) : null;
  if (!m || first?.type !== 'text') return { marker: null, content: runs };
  const rest = first.text.slice(m[0].length);
  const content = rest ? [{ ...first, text: rest }, ...runs.slice(1)] : runs.slice(1);
  return { marker: m[1] === '+' ? '+' : '-', content };
}

const cellRuns = (cell: PmNode): Inline[] =>
  pmToRuns((cell.content ?? []).flatMap((p, i) => (i > 0 ? [{ type: 'hardBreak' }, ...(p.content ?? [])] : p.content ?? [])));

export function docToBlocks(doc: PmNode): Block[] {
  const blocks: Block[] = [];
  for (const node of doc.content ?? []) {
    if (node.type === 'paragraph') {
      const runs = pmToRuns(node.content);
      if (runs.length === 0) continue;
      blocks.push({ type: 'paragraph', ...splitMarker(runs) });
    } else if (node.type === 'table') {
      const rows = (node.content ?? []).map((row) => row.content ?? []);
      if (rows.length === 0 || rows[0]!.length === 0) continue;
      let headerRows = 0;
      while (headerRows < rows.length && rows[headerRows]!.every((c) => c.type === 'tableHeader')) headerRows += 1;
      const width = Math.max(...rows.map((r) => r.length));
      blocks.push({
        type: 'table',
        headerRows: Math.min(headerRows, 5),
        rows: rows.map((row) => Array.from({ length: width }, (_, i) => ({ content: row[i] ? cellRuns(row[i]) : [] }))),
      });
    }
  }
  return blocks;
}
