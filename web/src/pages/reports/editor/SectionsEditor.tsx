/** The body: every section of the outline, its guidance, its text and its figure tables. */
import { Alert, Typography } from 'antd';
import { isPlaced, walkSections, type FigureOverrides, type FigureTexts, type FigureValues, type ReportSection } from '../../../../../src/content/content-schema.js';
import type { FigureCellOut } from '../../../../../src/reports/schema.js';
import { sectionHeading } from '../../../../../src/content/content-text.js';
import { FigureTableEditor, type TableFigures } from './FigureTableEditor.js';
import { RichTextEditor } from './RichTextEditor.js';

interface Props {
  sections: ReportSection[];
  figures: FigureValues;
  figureOverrides: FigureOverrides;
  figureTexts: FigureTexts;
  figureCells: FigureCellOut[];
  readOnly: boolean;
  revision: number;
  /** Footnotes in the basis paragraph, numbered before the body's. */
  footnotesBefore: number;
  onSectionChange: (key: string, blocks: ReportSection['blocks']) => void;
  onFiguresChange: (tableKey: string, figures: TableFigures) => void;
  /** The writer places a figure table in the document, or takes it out. */
  onTablePlaced: (sectionKey: string, tableKey: string, placed: boolean) => void;
}

const footnoteCount = (section: ReportSection) =>
  section.blocks.reduce((n, b) => n + (b.type === 'paragraph' ? b.content : b.rows.flat().flatMap((c) => c.content)).filter((i) => i.type === 'footnote').length, 0);

export const sectionAnchor = (key: string) => `muc-${key}`;

export function SectionsEditor({ sections, figures, figureOverrides, figureTexts, figureCells, readOnly, revision, footnotesBefore, onSectionChange, onFiguresChange, onTablePlaced }: Props) {
  let offset = footnotesBefore;
  return (
    <div className="report-sections">
      {[...walkSections(sections)].map(({ section, depth }) => {
        const start = offset;
        offset += footnoteCount(section);
        const heading = sectionHeading(section);
        return (
          <section key={section.key} id={sectionAnchor(section.key)} className={`report-section depth-${Math.min(depth, 3)}`} aria-label={heading}>
            <Typography.Title level={Math.min(4 + depth, 5) as 4 | 5} className={section.style === 'part' ? 'section-part' : undefined}>{heading}</Typography.Title>
            {section.guidance && !readOnly ? <Alert type="info" className="section-guidance" message={section.guidance} /> : null}
            <RichTextEditor
              label={`Nội dung mục ${heading}`} readOnly={readOnly} footnoteOffset={start} revision={revision}
              value={section.blocks} onChange={(blocks) => onSectionChange(section.key, blocks)}
            />
            {section.figureTables.map((table) => (
              <FigureTableEditor
                key={`${table.key}-${revision}`} table={table} readOnly={readOnly}
                figures={{ values: figures[table.key] ?? {}, reasons: figureOverrides[table.key] ?? {}, texts: figureTexts[table.key] ?? {} }}
                placed={isPlaced(table, figures)} onPlace={(placed) => onTablePlaced(section.key, table.key, placed)}
                cells={figureCells.filter((c) => c.table === table.key)} onChange={(next) => onFiguresChange(table.key, next)}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}

/** The outline as links, for the side navigation of a long report. */
export function SectionNav({ sections }: { sections: ReportSection[] }) {
  return (
    <nav aria-label="Mục lục báo cáo" className="report-nav">
      {[...walkSections(sections)].map(({ section, depth }) => (
        <a key={section.key} href={`#${sectionAnchor(section.key)}`} style={{ paddingLeft: depth * 12 }}
          onClick={(e) => { e.preventDefault(); document.getElementById(sectionAnchor(section.key))?.scrollIntoView({ behavior: 'smooth', block: 'start' }); }}>
          {sectionHeading(section)}
        </a>
      ))}
    </nav>
  );
}
