/**
 * The features stand in layers: core at the bottom (it uses no feature), content beside it, then units,
 * accounts, documents, templates, requests, reports, exports and the features that compose them. No
 * feature reaches one that reaches it back. Table declarations are left out: the database is one schema
 * and foreign keys cross features (eslint keeps other features' tables out of everything else).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && entry.name !== 'tables.ts' ? [full] : [];
  });
}

/** Feature of a file: its first directory under src/ ("core", "reports"), or the file for top-level ones. */
const featureOf = (file: string) => path.relative(src, file).split(path.sep)[0]!;

function featureGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(src)) {
    const from = featureOf(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/from\s+'(\.[^']+)'/g)) {
      const to = featureOf(path.resolve(path.dirname(file), spec!));
      if (to === from || to.startsWith('..')) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      edges.set(to, [...(edges.get(to) ?? []), `${path.relative(src, file)} -> ${spec}`]);
      graph.set(from, edges);
    }
  }
  return graph;
}

function cycles(graph: Map<string, Map<string, string[]>>): string[][] {
  const found: string[][] = [];
  const visit = (node: string, trail: string[]) => {
    for (const next of graph.get(node)?.keys() ?? []) {
      const at = trail.indexOf(next);
      if (at >= 0) found.push([...trail.slice(at), next]);
      else visit(next, [...trail, next]);
    }
  };
  for (const start of graph.keys()) visit(start, [start]);
  return found;
}

describe('architecture', () => {
  const graph = featureGraph();

  it('has no import cycle between features', () => {
    expect(cycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('keeps core below every feature, and the document model on core alone', () => {
    expect([...graph.get('core')?.values() ?? []].flat()).toEqual([]);
    expect([...graph.get('content')?.keys() ?? []].filter((to) => to !== 'core')).toEqual([]);
  });

  it('splits templates, requests and reports: a request knows nothing of the reports written for it', () => {
    expect([...graph.get('templates')?.keys() ?? []]).not.toContain('requests');
    expect([...graph.get('templates')?.keys() ?? []]).not.toContain('reports');
    expect([...graph.get('requests')?.keys() ?? []]).not.toContain('reports');
  });

  it('declares every table to drizzle-kit, so a generated migration never drops one it was not shown', () => {
    const tableFiles = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? tableFiles(full) : entry.name === 'tables.ts' && fs.readFileSync(full, 'utf8').includes('pgTable(') ? [`./${path.relative(src, full).replace(/\.ts$/, '.js')}`] : [];
    });
    const schema = fs.readFileSync(path.join(src, 'schema.ts'), 'utf8');
    expect(tableFiles(src).filter((f) => !schema.includes(`from '${f}'`))).toEqual([]);
  });
});
