/** The body: every section of the outline, its guidance, its text and its figure tables. */
import { Alert, Typography } from 'antd';
import { walkSections, type FigureOverrides, type FigureValues, type ReportSection } from '../../../../../src/content/content-schema.js';
import type { FigureCellOut } from '../../../../../src/reports/schema.js';
import { sectionHeading } from '../../../../../src/content/content-text.js';
import { FigureTableEditor } from './FigureTableEditor.js';
import { RichTextEditor } from './RichTextEditor.js';

interface Props {
  sections: ReportSection[];
  figures: FigureValues;
  figureOverrides: FigureOverrides;
  figureCells: FigureCellOut[];
  readOnly: boolean;
  revision: number;
  /** Footnotes in the basis paragraph, numbered before the body's. */
  footnotesBefore: number;
  onSectionChange: (key: string, blocks: ReportSection['blocks']) => void;
  onFiguresChange: (tableKey: string, values: FigureValues[string], reasons: FigureOverrides[string]) => void;
}

const footnoteCount = (section: ReportSection) =>
  section.blocks.reduce((n, b) => n + (b.type === 'paragraph' ? b.content : b.rows.flat().flatMap((c) => c.content)).filter((i) => i.type === 'footnote').length, 0);

export const sectionAnchor = (key: string) => `muc-${key}`;

export function SectionsEditor({ sections, figures, figureOverrides, figureCells, readOnly, revision, footnotesBefore, onSectionChange, onFiguresChange }: Props) {
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
                key={`${table.key}-${revision}`} table={table} values={figures[table.key]} reasons={figureOverrides[table.key]} readOnly={readOnly}
                cells={figureCells.filter((c) => c.table === table.key)} onChange={(values, reasons) => onFiguresChange(table.key, values, reasons)}
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
