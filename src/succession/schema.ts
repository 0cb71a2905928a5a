import { z } from 'zod';
import { handOverChoice, unitCode } from '../units/schema.js';
import { userOut } from '../accounts/schema.js';

export const handOverInput = handOverChoice.extend({ to: unitCode });
export type HandOverInput = z.infer<typeof handOverInput>;

const brief = z.object({ code: z.string(), name: z.string() });

/** What an ended unit still holds, and who could take it over. */
export const handOverPreview = z.object({
  unit: brief.extend({ validTo: z.string().nullable() }),
  /** Suggested successors: the units it merged or split into, or its parent when it was dissolved. */
  successors: z.array(brief),
  accounts: z.array(userOut.pick({ id: true, username: true, fullName: true, roles: true, active: true })),
  issuedRequests: z.number(),
  receivedRequests: z.number(),
  drafts: z.number(),
});
export type HandOverPreview = z.infer<typeof handOverPreview>;

export const handOverResult = z.object({
  to: brief,
  accounts: z.number(),
  issuedRequests: z.number(),
  receivedRequests: z.number(),
  drafts: z.number(),
  /** Drafts left with the ended unit because the successor already answers the same request. */
  draftsKept: z.number(),
});
export type HandOverResult = z.infer<typeof handOverResult>;
