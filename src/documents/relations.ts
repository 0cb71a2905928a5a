/** How one document relates to another, in both reading directions for the UI. */
export const documentRelations = ['implements', 'answers', 'cites', 'amends', 'replaces'] as const;
export type DocumentRelation = (typeof documentRelations)[number];

export const relationLabels: Record<DocumentRelation, { out: string; in: string }> = {
  implements: { out: 'Triển khai thực hiện', in: 'Được triển khai bởi' },
  answers: { out: 'Trả lời / báo cáo theo', in: 'Được trả lời bởi' },
  cites: { out: 'Dẫn chiếu', in: 'Được dẫn chiếu bởi' },
  amends: { out: 'Sửa đổi, bổ sung', in: 'Được sửa đổi, bổ sung bởi' },
  replaces: { out: 'Thay thế', in: 'Bị thay thế bởi' },
};
