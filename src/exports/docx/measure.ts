/**
 * How wide a line is in Times New Roman, to size what the decree sizes by the text: the rule under the
 * issuing body and under the subject is 1/3 to 1/2 of the line, the one under the tiêu ngữ as long as it
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I), and to know when a body's name needs breaking.
 */

// Advance widths in thousandths of an em for the characters 32 to 126, regular and bold: Times New Roman's,
// which Liberation Serif (LibreOffice's substitute) shares.
const regular = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
  556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
  500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const bold = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
  611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500,
  556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
/** Vietnamese tone marks do not widen a letter; the horn of ơ and ư and the letter đ do. [regular, bold] */
const others: Record<string, readonly [number, number]> = {
  Đ: [722, 722], đ: [500, 556], Ơ: [722, 778], ơ: [529, 554], Ư: [776, 796], ư: [542, 600],
  '“': [444, 500], '”': [444, 500], '‘': [333, 333], '’': [333, 333], '–': [500, 500], '—': [1000, 1000], '…': [1000, 1000],
};
const horned: Record<string, string> = { O: 'Ơ', o: 'ơ', U: 'Ư', u: 'ư' };

/** The width in twips of `text` on one line, at `halfPoints` (Word's w:sz). */
export function measure(text: string, halfPoints: number, isBold: boolean): number {
  const letters = text.normalize('NFD')
    .replace(/([OoUu])\u031b/g, (_, letter: string) => horned[letter]!)
    .replace(/[\u0300-\u036f]/g, '');
  let em = 0;
  for (const ch of letters) {
    const code = ch.codePointAt(0)!;
    const table = isBold ? bold : regular;
    // An unknown character counts as a capital, so a rule or a column is never too short for it.
    em += code >= 32 && code <= 126 ? table[code - 32]! : (others[ch]?.[isBold ? 1 : 0] ?? 722);
  }
  return Math.ceil((em * halfPoints) / 100);
}
