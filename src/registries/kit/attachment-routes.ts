/** The attachments of a registry's records: list, add (the file as the body), download, remove with a reason. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Context } from '../../core/context.js';
import { contextOf } from '../../core/http/auth.js';
import { commonErrors } from '../../core/http/feature.js';
import type { Db } from '../../core/db/connection.js';
import { errorBody, recordId, requiredText } from '../../core/schema-helpers.js';
import { foldVietnamese } from '../../core/vi-format.js';
import { attachmentKinds, attachmentLimits } from '../attachments/rules.js';
import { addAttachment, deleteAttachment, listAttachments, readAttachment, type AttachedTo } from '../attachments/service.js';

const recordParams = z.object({ id: recordId });
const fileParams = recordParams.extend({ attachmentId: recordId });
const addQuery = z.object({ name: requiredText('tên tệp (name)', 300) });
const removeBody = z.object({ reason: requiredText('lý do xóa', 500) }).strict();
const attachmentOut = z.object({
  id: z.number(), fileName: z.string(), contentType: z.string(), kindName: z.string(), size: z.number(), createdAt: z.string(), createdBy: z.string().nullable(),
  deleted: z.object({ at: z.string(), by: z.string().nullable(), reason: z.string() }).nullable(),
});

/** "Biên bản họp.pdf": an ASCII name for old clients and the UTF-8 one (RFC 6266). */
const disposition = (name: string) => `attachment; filename="${foldVietnamese(name).replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function attachmentRoutes(app: FastifyInstance, db: Db, base: string, tag: string, get: AttachedTo['get']) {
  const to: AttachedTo = { registry: base.split('/').pop()!, get };
  const tags = [tag];
  type Req = { params: unknown; query: unknown; body: unknown };
  const ids = (req: Req) => req.params as z.output<typeof fileParams>;
  const ctx = (req: Parameters<typeof contextOf>[0]): Context => contextOf(req, db);
  for (const type of Object.keys(attachmentKinds)) {
    if (!app.hasContentTypeParser(type)) app.addContentTypeParser(type, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  }

  app.get(`${base}/:id/attachments`, {
    schema: { tags, summary: 'Các tệp đính kèm của bản ghi (kể cả tệp đã gỡ, kèm lý do)', params: recordParams, response: { 200: z.array(attachmentOut), ...commonErrors } },
  }, async (req) => listAttachments(ctx(req), to, ids(req).id));
  app.post(`${base}/:id/attachments`, {
    bodyLimit: attachmentLimits.bytes * 2,
    schema: {
      tags, summary: `Đính kèm một tệp (nội dung thân là tệp; ảnh JPEG, PNG, PDF, Word, Excel; tối đa ${attachmentLimits.bytes / 1024 / 1024} MB)`,
      params: recordParams, querystring: addQuery, response: { 201: attachmentOut, ...commonErrors, 413: errorBody },
    },
  }, async (req, reply) => reply.status(201).send(await addAttachment(ctx(req), to, ids(req).id, req.body, (req.query as z.output<typeof addQuery>).name)));
  app.get(`${base}/:id/attachments/:attachmentId`, {
    schema: { tags, summary: 'Tải một tệp đính kèm', params: fileParams, response: { 200: z.any().describe('Tệp'), ...commonErrors } },
  }, async (req, reply) => {
    const file = await readAttachment(ctx(req), to, ids(req).id, ids(req).attachmentId);
    return reply.header('content-type', file.contentType).header('content-disposition', disposition(file.fileName)).send(file.content);
  });
  app.post(`${base}/:id/attachments/:attachmentId/delete`, {
    schema: { tags, summary: 'Gỡ một tệp đính kèm, kèm lý do (tệp được giữ lại để tra cứu)', params: fileParams, body: removeBody, response: { 200: attachmentOut, ...commonErrors } },
  }, async (req) => deleteAttachment(ctx(req), to, ids(req).id, ids(req).attachmentId, (req.body as z.output<typeof removeBody>).reason));
}
