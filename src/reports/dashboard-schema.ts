/** The dashboard's answer and the reminder's, shared by the API and the UI. */
import { z } from 'zod';
import { noticeOut, progressOut } from './schema.js';
import { recipientStatuses } from './progress-rules.js';

const unitRef = z.object({ unitCode: z.string(), unitName: z.string() });

export const reminderOut = z.object({
  sent: z.array(unitRef),
  /** Overdue units already reminded today: not sent again. */
  alreadyReminded: z.array(unitRef),
  message: z.string(),
});
export type ReminderOut = z.infer<typeof reminderOut>;

const pendingReport = z.object({
  reportId: z.number(),
  title: z.string(),
  unitName: z.string(),
  numberText: z.string(),
  submittedAt: z.string().nullable(),
  requestId: z.number().nullable(),
});

const openRequest = z.object({
  id: z.number(),
  subject: z.string(),
  deadline: z.string(),
  daysLeft: z.number(),
  deadlineText: z.string(),
  progress: progressOut,
  /** The caller may remind this request's overdue units (nhắc nhở). */
  canRemind: z.boolean(),
  remindedToday: z.number(),
});

const overdueUnit = unitRef.extend({
  requestId: z.number(),
  subject: z.string(),
  deadline: z.string(),
  daysOverdue: z.number(),
  status: z.enum(recipientStatuses),
  remindedToday: z.boolean(),
});

const returnedReport = z.object({
  reportId: z.number(),
  title: z.string(),
  requestId: z.number().nullable(),
  reason: z.string(),
  returnedAt: z.string().nullable(),
});

export const dashboardOut = z.object({
  /** A province's or district's view of the units below it; null for a commune. */
  above: z.object({
    /** Reports submitted to the caller's unit and waiting for it to accept or return them. */
    pending: z.object({ count: z.number(), items: z.array(pendingReport) }),
    /** The unit's requests still open (some recipient not yet accepted), newest deadline first. */
    requests: z.object({ open: z.number(), items: z.array(openRequest) }),
    /** Recipients of those requests past the deadline without a report in hand. */
    overdue: z.object({ count: z.number(), units: z.number(), items: z.array(overdueUnit) }),
  }).nullable(),
  /** What the caller's own unit owes; null for an administrator (no unit). */
  own: z.object({
    owed: z.array(noticeOut),
    returned: z.array(returnedReport),
    drafts: z.number(),
  }).nullable(),
});
export type DashboardOut = z.infer<typeof dashboardOut>;
