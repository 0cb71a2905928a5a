import { foldVietnamese } from '../../../../src/core/vi-format.js';

/** An ASCII key from a Vietnamese label, unique among `taken`: "Năm 2023" -> "nam-2023". */
export function keyFrom(label: string, taken: readonly string[]): string {
  const base = foldVietnamese(label).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'muc';
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}-${n}`;
  return key;
}
