/**
 * A figure as the writer wrote it: its number, the decimals it was written with ("715,10" has two, seed
 * 000) and the word that qualifies it ("hơn 256 cuộc", seed 002). Computations and the text-vs-table
 * checks use the number and know it is approximate; the document prints it as written. Pure.
 */
import { formatNumber, parseViNumber, writtenDecimals } from '../core/vi-format.js';

/** The words official reports put before an approximate figure. */
export const figureQualifiers = ['hơn', 'khoảng', 'trên', 'gần', 'dưới'] as const;
export type FigureQualifier = (typeof figureQualifiers)[number];

export interface WrittenFigure {
  value: number;
  /** Fraction digits as written: "69,90" keeps its zero. */
  decimals: number;
  qualifier: FigureQualifier | null;
}

const written = new RegExp(`^(?:(${figureQualifiers.join('|')})\\s+)?([-\\d.,]+)$`, 'iu');

/** "hơn 256", "715,10", "khoảng 1.234,5"; null for anything else (two numbers, a unit, a word we do not know). */
export function parseWrittenFigure(input: string): WrittenFigure | null {
  const m = written.exec(input.normalize('NFC').trim().replace(/\s+/gu, ' '));
  if (!m) return null;
  const value = parseViNumber(m[2]!);
  if (value === null) return null;
  return { value, decimals: writtenDecimals(m[2]!), qualifier: m[1] ? (m[1].toLocaleLowerCase('vi') as FigureQualifier) : null };
}

/** The figure the Vietnamese way with its written decimals and qualifier: "hơn 256", "6.957,81", "715,10". */
export function formatWrittenFigure(figure: WrittenFigure): string {
  const number = formatNumber(figure.value, figure.decimals, figure.decimals);
  return figure.qualifier ? `${figure.qualifier} ${number}` : number;
}

/** The text worth keeping beside a typed value: only when it says more than the number does. */
export function writtenText(figure: WrittenFigure): string | null {
  const text = formatWrittenFigure(figure);
  return text === formatNumber(figure.value, figure.decimals) ? null : text;
}

/**
 * How a cell prints: as written when the written text is of the value the cell holds (a text left over
 * from an earlier value is ignored), else the value with the cell's decimals.
 */
export function printedFigure(value: number | null | undefined, text: string | null | undefined, decimals: number): string {
  if (value === null || value === undefined) return '';
  const figure = text ? parseWrittenFigure(text) : null;
  return figure && figure.value === value ? formatWrittenFigure(figure) : formatNumber(value, decimals);
}

/** The numbers a figure allows: "hơn 570" is 570 or more, "khoảng 250" within a tenth of 250, "gần 100" up to 100. */
export function figureRange({ value, qualifier }: Pick<WrittenFigure, 'value' | 'qualifier'>): [number, number] {
  const tenth = Math.abs(value) / 10;
  switch (qualifier) {
    case 'hơn': case 'trên': return [value, Infinity];
    case 'dưới': return [-Infinity, value];
    case 'gần': return [value - tenth, value];
    case 'khoảng': return [value - tenth, value + tenth];
    case null: return [value, value];
  }
}

/** Whether two figures can be the same count: "hơn 570 lượt" in the text and 575 in the table agree. */
export function figuresAgree(a: Pick<WrittenFigure, 'value' | 'qualifier'>, b: Pick<WrittenFigure, 'value' | 'qualifier'>): boolean {
  const [aLow, aHigh] = figureRange(a);
  const [bLow, bHigh] = figureRange(b);
  return aLow <= bHigh && bLow <= aHigh;
}

/** A figure typed in a cell: its number and, when it says more, its written form to keep beside it. */
export interface TypedFigure { value: number | null; text: string | null }

/** What the writer typed in a cell allowing `decimals` fraction digits: blank, a figure, or why it is not one. */
export function readTypedFigure(raw: string, decimals: number): TypedFigure | { error: string } {
  if (!raw.trim()) return { value: null, text: null };
  const figure = parseWrittenFigure(raw);
  if (!figure) return { error: 'Không phải số (ví dụ 1.234,5 hoặc hơn 256)' };
  if (figure.decimals > decimals) return { error: decimals ? `Tối đa ${decimals} chữ số thập phân` : 'Ô này chỉ ghi số nguyên' };
  return { value: figure.value, text: writtenText(figure) };
}
