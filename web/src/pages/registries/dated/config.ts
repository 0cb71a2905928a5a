/**
 * What tells one dated registry (tuyên truyền, tiếp công dân, tập huấn, kiểm tra giám sát) from another:
 * its API, its words, its columns, filters, form fields and detail rows. One page, form and drawer read it.
 */
import type { ReactNode } from 'react';
import type { z } from 'zod';

/** What every registry record carries (src/registries/kit/schema.ts recordMeta). */
export interface DatedRecord {
  id: number;
  unitCode: string;
  unitName: string;
  illustrative: boolean;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
  deleted: { at: string; by: string | null; reason: string } | null;
  canEdit: boolean;
}

export interface Choice {
  value: string;
  label: string;
}

/** A choice of a select loaded from the API (a record's id is a number). */
export interface LoadedChoice {
  value: string | number;
  label: string;
}

/** Where a select's choices come from when they depend on the values typed: a query key and its loader. */
export interface ChoicesSource {
  key: readonly unknown[];
  load: () => Promise<LoadedChoice[]>;
}

export type FieldKind = 'date' | 'text' | 'textarea' | 'count' | 'select' | 'boolean';

/** The form's values as antd holds them (dates are Dayjs there, ISO days in the record and the body). */
export type FormValues = Record<string, unknown>;

export interface FieldSpec<N extends string = string> {
  name: N;
  label: string;
  kind: FieldKind;
  required?: boolean;
  /**
   * Columns of 24 on a wide screen (24 by default). On a phone a field takes the row, or half when 6 or
   * less and required (an optional field's label, with "(Tùy chọn)", does not fit half a phone).
   */
  span?: number;
  options?: Choice[];
  /** select: choices loaded for the values typed (the unit's models) instead of `options`; it may be cleared. */
  optionsFor?: (values: FormValues) => ChoicesSource;
  placeholder?: string;
  extra?: string;
  /** count: the least value offered (0 by default). */
  min?: number;
  /** Shown only when this holds for the values typed; a hidden field is sent empty. */
  showIf?: (values: FormValues) => boolean;
  /** Changing this field also clears the error of that one (the server marks a check of several fields on one). */
  clearsErrorOf?: N;
}

export interface ColumnSpec<T> {
  title: string;
  width?: number;
  /** The column that reads as the record's link (the row opens it anyway). */
  link?: boolean;
  render: (record: T) => ReactNode;
}

/** A coded filter of the list: the query parameter and its choices (the registry's labels). */
export interface FilterSpec {
  param: string;
  label: string;
  /** "Mọi hình thức" */
  placeholder: string;
  options: Choice[];
  width?: number;
}

/** A row of the detail drawer; left out when its value is empty. */
export interface DetailSpec<T> {
  label: string;
  render: (record: T) => ReactNode;
}

export interface WarningSpec<T> {
  of: (record: T) => string[];
  /** The list's tag and the drawer's heading: "Chưa đúng thời hạn luật định". */
  label: string;
}

type AnyObject = z.ZodObject<z.ZodRawShape, z.core.$strict>;

export interface DatedConfig<T extends DatedRecord, S extends AnyObject = AnyObject> {
  /** The query key of the list and the React key of the page: "outreach". */
  key: string;
  /** "Sổ tuyên truyền, phổ biến" */
  title: string;
  /** "/api/v1/registries/outreach" */
  api: string;
  /** "đợt tuyên truyền": the messages' word for one record. */
  noun: string;
  /** The button that opens a new record: "Ghi đợt tuyên truyền". */
  createLabel: string;
  /** What the search box finds: "Tìm theo nội dung, thôn (gõ không dấu được)". */
  searchPlaceholder: string;
  /** The record's name in the drawer, a card, a message. */
  name: (record: T) => string;
  /** A card's second line on a phone. */
  summary: (record: T) => string;
  /** A tag beside the card (its kind or state). */
  tag?: (record: T) => ReactNode;
  /** What the record misses of the law (a time limit): tagged in the list, spelled out in the drawer. */
  warnings?: WarningSpec<T>;
  columns: ColumnSpec<T>[];
  filters: FilterSpec[];
  /** The record's own fields of the form, after the unit (which every registry has). */
  fields: FieldSpec<keyof z.input<S> & string>[];
  details: DetailSpec<T>[];
  /** The API's own body schema: the form is checked by it before it is sent. */
  schema: S;
  /** A new record: today's date and the unit come from here. */
  defaults: (today: string) => Partial<z.input<S>>;
  /** What the drawer says about an illustrative (seeded) record. */
  illustrativeNote: string;
}

/** A config checked against its schema (field names, defaults), usable where any registry is. */
export const datedRegistry = <T extends DatedRecord, S extends AnyObject>(config: DatedConfig<T, S>): DatedConfig<T> => config;
