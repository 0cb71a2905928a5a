/**
 * A report shown as the document it is (Nghị định 30/2020/NĐ-CP, Phụ lục I): the header with the
 * issuing body and the national motto side by side, the title, the body with its footnotes, the
 * closing, "Nơi nhận" beside the signature. For a report that can no longer be edited, and as the
 * print preview; the .docx stays the document of record.
 */
import type { ReactNode } from 'react';
import type { Block, FigureTableDef, FigureTexts, FigureValues, Inline, ReportSection } from '../../../../../src/content/content-schema.js';
import { cellDecimals, consistentTexts, isPlaced } from '../../../../../src/content/content-schema.js';
import { printedFigure } from '../../../../../src/content/written-figures.js';
import type { ReportContent } from '../../../../../src/content/meta-schema.js';
import { bodyNameParts, formatDocNumber, formatPlaceDate, recipientLines, signatureLines } from '../../../../../src/content/document-rules.js';
import { headingEmphasis, headingKind } from '../../../../../src/content/heading-rules.js';
import type { ReportOut } from '../../../../../src/reports/schema.js';
import { sectionAnchor } from '../editor/SectionsEditor.js';

/** A body's name breaks only between the body and the unit's own name ("ỦY BAN NHÂN DÂN / XÃ TRÀ TÂY"). */
const bodyLines = (name: string) => bodyNameParts(name).map((part) => <span key={part} className="doc-nowrap">{part} </span>);

/** Footnotes are numbered through the whole document, in reading order, as Word numbers them. */
class Notes {
  readonly texts: Inline[][] = [];
  add(content: Inline[]): number {
    this.texts.push(content);
    return this.texts.length;
  }
}

function runs(content: readonly Inline[], notes: Notes, keyPrefix: string): ReactNode[] {
  return content.map((node, i) => {
    const key = `${keyPrefix}-${i}`;
    if (node.type === 'footnote') return <sup key={key} className="doc-note-ref">{notes.add(node.content)}</sup>;
    let out: ReactNode = node.text;
    if (node.marks?.includes('underline')) out = <u>{out}</u>;
    if (node.marks?.includes('italic')) out = <em>{out}</em>;
    if (node.marks?.includes('bold')) out = <strong>{out}</strong>;
    return <span key={key}>{out}</span>;
  });
}

/** Footnote text has no footnotes of its own: its runs need no counter. */
const noteRuns = (content: readonly Inline[], key: string) => runs(content, new Notes(), key);

function block(b: Block, notes: Notes, key: string): ReactNode {
  if (b.type === 'paragraph') {
    return <p key={key} className="doc-p">{b.marker ? `${b.marker} ` : null}{runs(b.content, notes, key)}</p>;
  }
  return (
    <table key={key} className="doc-table">
      <tbody>
        {b.rows.map((row, r) => (
          <tr key={r}>{row.map((cell, c) => <td key={c}>{runs(cell.content, notes, `${key}-${r}-${c}`)}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}

function figureTable(table: FigureTableDef, values: FigureValues[string] | undefined, texts: FigureTexts[string] | undefined, key: string): ReactNode {
  return (
    <div key={key} className="doc-figures">
      <p className="doc-figures-title">{table.title}</p>
      <table className="doc-table">
        <thead>
          <tr><th>{table.rowHeader}</th>{table.columns.map((c) => <th key={c.key}>{c.unit ? `${c.label} (${c.unit})` : c.label}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <td>{row.label}</td>
              {table.columns.map((c) => <td key={c.key} className="doc-num">{printedFigure(values?.[row.key]?.[c.key], texts?.[row.key]?.[c.key], cellDecimals(row, c))}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The figures as printed, and as written ("715,10", "hơn 256", an estimate from the registries "khoảng 250"). */
interface Printed { values: FigureValues; texts: FigureTexts }

function sections(list: readonly ReportSection[], figures: Printed, notes: Notes, depth: number): ReactNode[] {
  return list.flatMap((s) => {
    const heading = [s.label, s.title].filter(Boolean).join(' ');
    const { bold, italic } = headingEmphasis[headingKind(s.label, depth)];
    const style = { fontWeight: bold ? 'bold' : 'normal', fontStyle: italic ? 'italic' : 'normal' } as const;
    const first = s.blocks[0];
    // A run-in heading leads its first paragraph: "1. Công tác lãnh chỉ đạo: Căn cứ ..." (seed 003).
    const runIn = s.style === 'run-in' && first?.type === 'paragraph' && !first.marker ? first : null;
    const head = runIn ? (
      <p key={`${s.key}-h`} id={sectionAnchor(s.key)} className="doc-p"><span style={style}>{heading}</span> {runs(runIn.content, notes, `${s.key}-0`)}</p>
    ) : heading ? (
      <p key={`${s.key}-h`} id={sectionAnchor(s.key)} className={`doc-heading${s.style === 'part' ? ' doc-part' : ''}`} style={style}>{heading}</p>
    ) : <span key={`${s.key}-h`} id={sectionAnchor(s.key)} />;
    return [
      head,
      ...(runIn ? s.blocks.slice(1) : s.blocks).map((b, i) => block(b, notes, `${s.key}-${runIn ? i + 1 : i}`)),
      // A table the template offers prints only where the writer placed it.
      ...s.figureTables.filter((t) => isPlaced(t, figures.values)).map((t) => figureTable(t, figures.values[t.key], figures.texts[t.key], `${s.key}-t-${t.key}`)),
      ...sections(s.children, figures, notes, s.style === 'part' ? depth : depth + 1),
    ];
  });
}

/** The values as printed: a bound cell's value (computed, frozen at submission, or replaced), else the typed one. */
export function printedFigures(content: ReportContent, cells: ReportOut['figureCells']): Printed {
  const values: FigureValues = structuredClone(content.figures);
  const texts: FigureTexts = structuredClone(content.figureTexts ?? {});
  for (const c of cells) {
    ((values[c.table] ??= {})[c.row] ??= {})[c.column] = c.value;
    if (c.source !== 'override' && c.approximate && c.value === c.computed) ((texts[c.table] ??= {})[c.row] ??= {})[c.column] = c.computedText;
  }
  return { values, texts: consistentTexts(texts, values) };
}

export function ReportDocument({ content, figureCells }: { content: ReportContent; figureCells: ReportOut['figureCells'] }) {
  const { meta } = content;
  const notes = new Notes();
  const basis = runs(meta.basis, notes, 'basis');
  const body = sections(content.sections, printedFigures(content, figureCells), notes, 0);
  const closing = runs(meta.closing, notes, 'closing');
  return (
    <article className="doc-page" aria-label="Văn bản báo cáo">
      <table className="doc-header">
        <tbody>
          <tr>
            <td className="doc-issuer">
              {meta.parentBody ? <div>{bodyLines(meta.parentBody)}</div> : null}
              <div className="doc-bold">{bodyLines(meta.issuingBody)}</div>
              <div className="doc-rule doc-rule-short" />
            </td>
            <td className="doc-motto">
              <div className="doc-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
              <div className="doc-bold doc-motto-line">Độc lập - Tự do - Hạnh phúc</div>
              <div className="doc-rule doc-rule-motto" />
            </td>
          </tr>
          <tr>
            <td className="doc-number">{formatDocNumber(meta.number, meta.symbol)}</td>
            <td className="doc-place"><em>{formatPlaceDate(meta.place, meta.date)}</em></td>
          </tr>
        </tbody>
      </table>
      <p className="doc-kind">{meta.kindTitle}</p>
      <p className="doc-subject">{meta.subject}</p>
      <div className="doc-rule doc-rule-subject" />
      {meta.addressees.length ? (
        <p className="doc-addressees">Kính gửi: {meta.addressees.length === 1 ? meta.addressees[0] : meta.addressees.map((a) => <span key={a} className="doc-addressee">- {a};</span>)}</p>
      ) : null}
      {meta.basis.length ? <p className="doc-p">{basis}</p> : null}
      {body}
      {meta.closing.length ? <p className="doc-p">{closing}</p> : null}
      <table className="doc-footer">
        <tbody>
          <tr>
            <td className="doc-recipients">
              {meta.recipients.length ? <>
                <div className="doc-recipients-title">Nơi nhận:</div>
                {recipientLines(meta.recipients).map((line) => <div key={line}>{line}</div>)}
              </> : null}
            </td>
            <td className="doc-signer">
              {signatureLines(meta.signer).map((line) => <div key={line} className="doc-bold">{line}</div>)}
              <div className="doc-sign-space" />
              <div className="doc-bold">{meta.signer.name}</div>
            </td>
          </tr>
        </tbody>
      </table>
      {notes.texts.length ? (
        <ol className="doc-notes" aria-label="Chú thích">
          {notes.texts.map((n, i) => <li key={i}>{noteRuns(n, `note-${i}`)}</li>)}
        </ol>
      ) : null}
    </article>
  );
}
