/** The notices a unit receives, as the API answers them; shared by the API and the UI. */
import { z } from 'zod';

export const noticeKinds = ['reminder', 'returned'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const noticeKindLabels: Record<NoticeKind, string> = {
  reminder: 'Nhắc nộp báo cáo',
  returned: 'Báo cáo bị trả lại',
};

export const unitNoticeOut = z.object({
  id: z.number(),
  kind: z.enum(noticeKinds),
  text: z.string(),
  requestId: z.number().nullable(),
  reportId: z.number().nullable(),
  /** The sending unit named as on the day it sent ("Tỉnh Quảng Ngãi"); null when sent by an administrator. */
  senderName: z.string().nullable(),
  sentAt: z.string(),
  read: z.boolean(),
});
export type UnitNoticeOut = z.infer<typeof unitNoticeOut>;

export const unitNoticeList = z.object({
  /** Notices no account of the unit has opened yet. */
  unread: z.number(),
  items: z.array(unitNoticeOut),
});
export type UnitNoticeList = z.infer<typeof unitNoticeList>;
