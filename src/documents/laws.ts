// Laws and ordinances cited by their name and date, with no number: "Luật Đất đai ngày 18/01/2024",
// "Luật Tố cáo năm 2018", "Bộ luật Lao động 2019", "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn
// năm 2007".
//
//   named-law := ("Luật" | "Bộ luật" | "Pháp lệnh") Name ( date | ["năm"] yyyy )
//   Name      := Capitalised-word { [","] word }        -- at most 12 words; after a comma a lower-case one
//                                                          ("Luật Phòng, chống tham nhũng"), so a list
//                                                          ("Luật Dân chủ ở cơ sở, Nghị định ...") ends it
//
// The kind word and the first word of the name must be capitalised ("pháp luật đất đai năm 2024" is not
// a citation); the name never contains "số" (then the number follows and references.ts reads it), "ngày",
// "năm", "của", a verb ("được Quốc hội thông qua") or another "Luật". The number is filled in from a small table of
// well-known laws, by name and year of adoption; otherwise it stays null.

import { matchDateAt } from './dates.js';
import { GAP, alternation, foldWord, kindFromWord, phraseVariants, type DocumentKind } from './kinds.js';
import { parseDocNumber } from './symbol.js';

interface KnownLaw {
  /** name as Quốc hội wrote it */
  name: string;
  number: string;
  /** ISO date of adoption (ngày thông qua) */
  adopted: string;
  aliases?: readonly string[];
}

/** Laws cited often in reports on mass mobilisation and citizens' petitions, with their number. */
export const KNOWN_LAWS: readonly KnownLaw[] = [
  { name: 'Luật Đất đai', number: '31/2024/QH15', adopted: '2024-01-18' },
  { name: 'Luật Đất đai', number: '45/2013/QH13', adopted: '2013-11-29' },
  { name: 'Luật Tố cáo', number: '25/2018/QH14', adopted: '2018-06-12' },
  { name: 'Luật Tố cáo', number: '03/2011/QH13', adopted: '2011-11-11' },
  { name: 'Luật Khiếu nại', number: '02/2011/QH13', adopted: '2011-11-11' },
  { name: 'Luật Tiếp công dân', number: '42/2013/QH13', adopted: '2013-11-25' },
  {
    name: 'Luật Thực hiện dân chủ ở cơ sở', number: '10/2022/QH15', adopted: '2022-11-10',
    aliases: ['Luật Thực hiện dân chủ cơ sở'],
  },
  { name: 'Luật Ban hành văn bản quy phạm pháp luật', number: '80/2015/QH13', adopted: '2015-06-22' },
  { name: 'Luật Tổ chức chính quyền địa phương', number: '77/2015/QH13', adopted: '2015-06-19' },
  { name: 'Luật Cán bộ, công chức', number: '22/2008/QH12', adopted: '2008-11-13' },
  { name: 'Luật Phòng, chống tham nhũng', number: '36/2018/QH14', adopted: '2018-11-20' },
  { name: 'Luật Tín ngưỡng, tôn giáo', number: '02/2016/QH14', adopted: '2016-11-18' },
  { name: 'Luật Hòa giải ở cơ sở', number: '35/2013/QH13', adopted: '2013-06-20' },
  { name: 'Luật Mặt trận Tổ quốc Việt Nam', number: '75/2015/QH13', adopted: '2015-06-09' },
];

const lawKey = (name: string) => foldWord(name.replace(/,/g, ' '));
const BY_NAME = new Map<string, KnownLaw[]>();
for (const law of KNOWN_LAWS) {
  for (const n of [law.name, ...(law.aliases ?? [])]) BY_NAME.set(lawKey(n), [...(BY_NAME.get(lawKey(n)) ?? []), law]);
}

/** The number of a well-known law from its name and year of adoption, or null. */
export function knownLawNumber(name: string, year: number): string | null {
  return BY_NAME.get(lawKey(name))?.find((l) => l.adopted.startsWith(`${year}-`))?.number ?? null;
}

const capitalised = (p: string) => phraseVariants(p).filter((v) => /^\p{Lu}/u.test(v));
const LAW_WORD = alternation(['Luật', 'Bộ luật', 'Pháp lệnh'], capitalised);
// Words that end a name: what follows it ("số", "ngày", "năm"), and the rest of a sentence.
const ENDS_NAME = ['số', 'ngày', 'năm', 'của', 'về', 'theo', 'tại', 'được', 'đã', 'do', 'có', 'là', 'thông qua', 'ban hành', 'hiện hành', 'mới'];
const NOT_NAME = `(?:${alternation(ENDS_NAME)}|${alternation(['Luật'], capitalised)})(?![\\p{L}\\p{M}])`;
const NAME_WORD = `(?!${NOT_NAME})[\\p{L}\\p{M}]+`;
const NAMED_LAW = new RegExp(
  `(?<![\\p{L}\\p{M}])(${LAW_WORD})(${GAP}\\p{Lu}[\\p{L}\\p{M}]*(?:${GAP}${NAME_WORD}|,${GAP}(?=\\p{Ll})${NAME_WORD}){0,11})(?![\\p{L}\\p{M}])`,
  'gu',
);
const YEAR_AFTER = new RegExp(`${GAP}(?:(?:${alternation(['năm'])})${GAP})?(\\d{4})(?![\\p{L}\\p{M}\\d]|[/.,\\-\\u2010-\\u2015\\u2212]\\d)`, 'uy');

export interface NamedLaw {
  start: number;
  end: number;
  kind: DocumentKind;
  /** "Luật Đất đai", blanks collapsed, NFC */
  name: string;
  date: string | null;
  /** year of adoption: from the date, or written after the name */
  year: number;
  /** from the table of well-known laws, else null */
  number: string | null;
}

/** Every law or ordinance cited by name and date (or year) in `text`, in order. */
export function findNamedLaws(text: string): NamedLaw[] {
  const out: NamedLaw[] = [];
  NAMED_LAW.lastIndex = 0;
  for (let m = NAMED_LAW.exec(text); m; m = NAMED_LAW.exec(text)) {
    const nameEnd = m.index + m[0].length;
    const date = matchDateAt(text, nameEnd);
    YEAR_AFTER.lastIndex = nameEnd;
    const y = date ? null : YEAR_AFTER.exec(text);
    const year = date ? Number(date.iso.slice(0, 4)) : Number(y?.[1]);
    if (!date && !(y && year >= 1945 && year <= 2100)) continue;
    const name = `${m[1]}${m[2]}`.replace(/\s+/g, ' ').normalize('NFC');
    const kind = kindFromWord(m[1]!)!;
    const end = date ? date.end : nameEnd + y![0].length;
    out.push({ start: m.index, end, kind, name, date: date?.iso ?? null, year, number: knownLawNumber(name, year) });
    NAMED_LAW.lastIndex = end;
  }
  return out;
}

/** The parts of a law's number, for a reference ("31/2024/QH15" -> serial 31, year 2024, QH15). */
export function lawNumberParts(number: string | null) {
  const p = number ? parseDocNumber(number) : null;
  return p ? { serial: p.serial, issuerCode: p.issuerCode, family: p.family } : { serial: null, issuerCode: null, family: null };
}
