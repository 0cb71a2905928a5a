/**
 * A document number is never broken at its hyphen ("53- / KH/HU"): Word and LibreOffice break a line after
 * any hyphen, so inside a number and symbol (Nghị định 30/2020/NĐ-CP, Phụ lục I, II.3: "Số: 53-KH/HU",
 * "1444/UBND-NV", "/BC-UBND") the hyphen is written as Word's non-breaking hyphen (w:noBreakHyphen). Prints
 * as "-" in both, in the run's own font.
 */

/** A piece of a line: text, or a hyphen that must not end a line. */
export type Piece = string | { noBreakHyphen: true };

/** A number and symbol: has a slash ("1444/UBND-NV", "/BC-UBND"), or a serial then its kind code ("53-KH"). */
const isDocumentNumber = (token: string) => /[\p{L}\p{N}]\/|\/[\p{L}\p{N}]/u.test(token) || /^\(?\d+[a-zđ]?-\p{Lu}/u.test(token);
/** A hyphen between two letters or digits: not a dash set between words ("kinh tế - xã hội"). */
const innerHyphen = /(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu;

export function keepNumbersTogether(text: string): Piece[] {
  const pieces: Piece[] = [];
  let plain = '';
  for (const token of text.split(/(\s+)/u)) {
    if (!isDocumentNumber(token) || !token.includes('-')) {
      plain += token;
      continue;
    }
    token.split(innerHyphen).forEach((part, i) => {
      if (i > 0) {
        if (plain) pieces.push(plain);
        pieces.push({ noBreakHyphen: true });
        plain = '';
      }
      plain += part;
    });
  }
  if (plain) pieces.push(plain);
  return pieces;
}
