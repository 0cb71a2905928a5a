/** Shorthands the built-in outlines are written with. */
import type { z } from 'zod';
import type { templateInput } from './schema.js';

export type Input = z.input<typeof templateInput>;
export type Section = Input['outline'][number];
export type Table = NonNullable<Section['figureTables']>[number];
export type Row = Table['rows'][number];

export const s = (key: string, label: string, title: string, guidance = '', children: Section[] = [], figureTables: Table[] = []): Section =>
  ({ key, label, title, guidance, children, figureTables });

/** A section whose first draft gets a sentence from the figures (content/draft-sentences.ts). */
export const drafted = (section: Section, draft: string): Section => ({ ...section, draft });

/** Columns of fixed years, typed by the writer (an outline for one plan whose report has no request). */
export const years = (...ys: number[]) => ys.map((y) => ({ key: `y${y}`, label: `Năm ${y}` }));
/** Columns of the year the report's period ends in (0) and the years before it, filled from the registries. */
export const yearsBack = (...backs: (0 | 1 | 2 | 3 | 4)[]) =>
  backs.map((k) => ({ key: `nam-${k}`, label: 'Năm {năm}', period: k === 0 ? 'year' as const : `year-${k}` as const }));
/** The report's own period ("Trong quý", "Cả giai đoạn"), filled from the registries. */
export const whole = (key: string, label: string) => [{ key, label, period: 'report' as const }];
