/**
 * Serving the built UI (web/dist). A commune's line may be 3G: the scripts go out compressed (the .br and
 * .gz files the build writes beside each one, so nothing is compressed per request), and a browser keeps
 * them, so the second visit fetches only index.html.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** A year: the longest lifetime HTTP/1.1 let a server promise (RFC 2616 §14.21); `immutable` is RFC 8246. */
const year = 365 * 24 * 60 * 60;

/**
 * The Cache-Control of a file of the built UI, by its path inside web/dist. Files under assets/ carry a hash
 * of their content in their name (Vite's output): a new build gives new names, so a copy can be kept a year
 * and never revalidated. Everything else (index.html, which names those files) is checked on every visit,
 * so an update reaches the user at the next load.
 */
export function webCacheControl(file: string): string {
  const relative = file.split(path.sep).join('/').replace(/^\/+/, '');
  return relative.startsWith('assets/') ? `public, max-age=${year}, immutable` : 'no-cache';
}

export async function registerWeb(app: FastifyInstance, root: string): Promise<void> {
  if (!fs.existsSync(root)) throw new Error('Chưa có giao diện đã build (web/dist). Chạy "npm run build:web" trước.');
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    // Served in place of the file they compress, with Content-Encoding and Vary: accept-encoding; never by their own name.
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders: (reply, file) => {
      const served = path.relative(root, file).replace(/\.(br|gz)$/, '');
      reply.header('cache-control', webCacheControl(served));
    },
  });
}
