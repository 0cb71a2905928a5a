/**
 * The rows of a long table (an annex of 3,321 communes) written from one prepared row. The docx library
 * builds, then walks, a tree of objects for every cell, paragraph and run, and formats each one's
 * properties again: 3,321 rows took 8 s, most of it in its prepForXml and in collecting the garbage left.
 * Rows that differ only in their texts share the prepared XML of the row's and cells' properties here;
 * only the path down to each text is copied. The XML written is the library's own, byte for byte
 * (stamped-rows.test.ts compares the two).
 */
import { TableCell, TableRow, WidthType, type IContext, type IXmlableObject } from 'docx';
import { keepNumbersTogether } from './keep-together.js';

/** Builds the library's row of these texts (the one every stamped row copies). */
export type RowBuilder = (texts: readonly string[]) => TableRow;

type Path = (string | number)[];
type Node = IXmlableObject | IXmlableObject[] | string;

const marker = (column: number) => `\u0001stamp-${column}\u0001`;

function pathTo(node: unknown, text: string): Path | null {
  if (node === text) return [];
  if (node === null || typeof node !== 'object') return null;
  for (const [key, child] of Object.entries(node)) {
    const rest = pathTo(child, text);
    if (rest) return [Array.isArray(node) ? Number(key) : key, ...rest];
  }
  return null;
}

/** A copy of `node` with `text` at `path`: only the objects on the path are new. */
function put(node: Node, path: Path, depth: number, text: string): Node {
  if (depth === path.length) return text;
  const key = path[depth]!;
  const copy = (Array.isArray(node) ? [...node] : { ...(node as IXmlableObject) }) as Record<string | number, Node>;
  copy[key] = put(copy[key]!, path, depth + 1, text);
  return copy as Node;
}

/** The row's properties, and each cell empty and with a marker text (and the path to it). */
interface Template {
  rowProperties: IXmlableObject | null;
  empty: IXmlableObject[];
  filled: { cell: IXmlableObject; path: Path | null }[];
}

function cellsOf(prepared: IXmlableObject | undefined): { properties: IXmlableObject | null; cells: IXmlableObject[] } {
  const children = (prepared?.['w:tr'] ?? []) as IXmlableObject[];
  const properties = children.find((c) => 'w:trPr' in c) ?? null;
  return { properties, cells: children.filter((c) => 'w:tc' in c) };
}

/** Whether the library writes `text` as one plain run (no line break, no non-breaking hyphen of a document number). */
const isPlain = (text: string) => {
  const pieces = keepNumbersTogether(text);
  return !text.includes('\n') && pieces.length === 1 && pieces[0] === text;
};

/** Rows of the same shape (columns, widths, bold or not) share one template, prepared once per document. */
export class RowStamp {
  private template: Template | null = null;
  /** Stand-in cells for the library's table logic (widths, merges): never written. */
  readonly cells: TableCell[];

  constructor(private readonly build: RowBuilder, private readonly widths: readonly number[]) {
    this.cells = widths.map((width) => new TableCell({ children: [], width: { size: width, type: WidthType.DXA } }));
  }

  private prepare(context: IContext): Template {
    const prepared = (texts: string[]) => {
      const row = this.build(texts);
      // As the table sets each cell's width from its grid before writing it.
      row.cells.forEach((cell, i) => cell.setColumnWidth(this.widths[i]!));
      return cellsOf(row.prepForXml(context));
    };
    const empty = prepared(this.widths.map(() => ''));
    const filled = prepared(this.widths.map((_, i) => marker(i)));
    return {
      rowProperties: filled.properties,
      empty: empty.cells,
      filled: filled.cells.map((cell, i) => ({ cell, path: pathTo(cell, marker(i)) })),
    };
  }

  write(texts: readonly string[], context: IContext): IXmlableObject | undefined {
    this.template ??= this.prepare(context);
    const { rowProperties, empty, filled } = this.template;
    if (texts.some((t) => t !== '' && !isPlain(t)) || filled.some((f) => !f.path)) return this.build(texts).prepForXml(context);
    const cells = texts.map((t, i) => (t === '' ? empty[i]! : put(filled[i]!.cell, filled[i]!.path!, 0, t) as IXmlableObject));
    return { 'w:tr': rowProperties ? [rowProperties, ...cells] : cells };
  }
}

/** A table row written by its stamp. */
export class StampedRow extends TableRow {
  constructor(private readonly stamp: RowStamp, private readonly texts: readonly string[]) {
    super({ children: stamp.cells, cantSplit: true });
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    return this.stamp.write(this.texts, context);
  }
}
