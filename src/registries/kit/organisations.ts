/**
 * The bodies that run dân vận work in a commune: the People's Committee, the Fatherland Front and the
 * mass organisations (Hội LHPN, Hội Nông dân, Hội CCB, Đoàn TN, Công đoàn), and the one-stop shop.
 */
export const organisations = ['ubnd', 'mttq', 'women', 'farmers', 'veterans', 'youth', 'trade_union', 'one_stop', 'other'] as const;
export type Organisation = (typeof organisations)[number];
export const organisationLabels: Record<Organisation, string> = {
  ubnd: 'UBND',
  mttq: 'Ủy ban MTTQ Việt Nam',
  women: 'Hội Liên hiệp Phụ nữ',
  farmers: 'Hội Nông dân',
  veterans: 'Hội Cựu chiến binh',
  youth: 'Đoàn Thanh niên',
  trade_union: 'Công đoàn',
  one_stop: 'Bộ phận Một cửa',
  other: 'Tổ chức khác',
};

