/** Marks a registry form's fields with the messages the shared schema or the server gave for them. */
import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { ApiError } from '../../api.js';

type Named = { name: string; errors: string[] };

/** Field errors of a 400 answer (its details name the body fields). */
export function serverFieldErrors(err: unknown): Named[] {
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return [];
  return (err.details as { field?: string; message?: string }[]).filter((d) => d.field && d.message).map((d) => ({ name: d.field!.replace(/^body\./, ''), errors: [d.message!] }));
}

export const schemaFieldErrors = (issues: z.core.$ZodIssue[]): Named[] => issues.map((i) => ({ name: String(i.path[0]), errors: [i.message] }));

// antd types field names by the form's values; these forms name fields by the schema's keys.
export const markFields = (form: FormInstance, fields: Named[]) => form.setFields(fields as never);

/** A field's error clears as soon as it changes. */
export const clearChanged = (form: FormInstance) => (changed: Record<string, unknown>) => markFields(form, Object.keys(changed).map((name) => ({ name, errors: [] })));
