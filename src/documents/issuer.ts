// The issuing body named in words right after a reference: "... của UBND huyện Trà Bồng về việc ...".
// An issuer is a run of capitalised words (UBND, Ban, Tỉnh, Trà Bồng, XI) plus the lower-case words
// that belong to Vietnamese body names (ủy ban nhân dân, thường vụ, huyện, thị xã, khóa...). It stops at
// punctuation, at the subject ("về", "V/v", "ban hành", "thực hiện"...) and at any other lower-case word.

import { alternation, foldWord, isKindWord } from './kinds.js';

const BLANK = '[ \\t\\u00a0]';
const LEAD = new RegExp(`${BLANK}*,?${BLANK}*\\r?\\n?${BLANK}*(?:${alternation(['của'])})(?=${BLANK})`, 'uy');
const TOKEN = /[ \t\u00a0]+([\p{L}\p{M}\d&/]+)(?![\p{L}\p{M}\d&/])/uy;

const fold = (words: readonly string[]) => new Set(words.map(foldWord));

/** Lower-case words allowed on their own: administrative levels and the term of a committee. */
const SINGLE = fold(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'khóa']);

/** Two-word pieces of body names; any case ("Thủ tướng", "nhân dân", "Tỉnh ủy"). */
const PAIRS = fold([
  'ủy ban', 'nhân dân', 'hội đồng', 'quốc hội', 'chính phủ', 'thủ tướng', 'chủ tịch', 'thường vụ',
  'thường trực', 'chấp hành', 'bí thư', 'chính trị', 'trung ương', 'mặt trận', 'tổ quốc', 'việt nam',
  'đảng bộ', 'đảng ủy', 'tỉnh ủy', 'huyện ủy', 'thành ủy', 'thị ủy', 'quận ủy', 'thị xã', 'thị trấn',
  'thành phố', 'đặc khu', 'văn phòng', 'nội vụ', 'tư pháp', 'tài chính', 'công an', 'quốc phòng', 'y tế',
  'liên hiệp', 'phụ nữ', 'thanh niên', 'nông dân', 'cựu chiến', 'chiến binh', 'công đoàn',
  // committees of a Party or state body: lower case only right after "Ban"
  'dân vận', 'tuyên giáo', 'tổ chức', 'kiểm tra', 'nội chính', 'chỉ đạo', 'tôn giáo', 'dân tộc', 'thi đua',
]);
const AFTER_BAN_ONLY = fold(['dân vận', 'tuyên giáo', 'tổ chức', 'kiểm tra', 'nội chính', 'chỉ đạo', 'tôn giáo', 'dân tộc', 'thi đua']);

/** Words that open the subject (trích yếu) or the rest of the sentence: the issuer ends before them. */
const STOP = fold(['về', 'v/v', 'vv', 'việc', 'ngày', 'số', 'và', 'tại', 'trong', 'theo', 'nay', 'đã', 'để', 'do', 'với', 'cho']);
const STOP_PAIRS = fold([
  'ban hành', 'thực hiện', 'quy định', 'hướng dẫn', 'phê duyệt', 'triển khai', 'phát động', 'sửa đổi', 'bổ sung',
]);

const isCapitalised = (t: string) => /^[\p{Lu}\d]/u.test(t);

/**
 * The issuer phrase introduced by "của" at `pos` (after optional blanks, one comma, one line break),
 * with blanks collapsed, or null when there is none.
 */
export function matchIssuerAt(text: string, pos: number): string | null {
  LEAD.lastIndex = pos;
  const lead = LEAD.exec(text);
  if (!lead) return null;
  const tokens: { raw: string }[] = [];
  let i = pos + lead[0].length;
  for (let n = 0; n < 20; n++) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) break;
    tokens.push({ raw: m[1]! });
    i += m[0].length;
  }

  const taken: string[] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k]!.raw;
    const f = foldWord(t);
    const next = tokens[k + 1];
    const pair = next ? `${f} ${foldWord(next.raw)}` : '';
    if (STOP.has(f) || STOP_PAIRS.has(pair) || isKindWord(f) || isKindWord(pair)) break;
    const prev = taken.length ? foldWord(taken[taken.length - 1]!) : '';
    if (pair && PAIRS.has(pair) && (isCapitalised(t) || !AFTER_BAN_ONLY.has(pair) || prev === 'ban')) {
      taken.push(t, next!.raw);
      k += 2;
      continue;
    }
    if (isCapitalised(t)) {
      // "Ban Bí thư Ban Chấp hành ...": a second "Ban" starts another body.
      if (f === 'ban' && taken.some((w) => foldWord(w) === 'ban')) break;
      // Digits only as the term of a committee ("khóa 15").
      if (/^\d/.test(t) && prev !== 'khóa') break;
      taken.push(t);
      k += 1;
      continue;
    }
    if (SINGLE.has(f)) {
      taken.push(t);
      k += 1;
      continue;
    }
    break;
  }
  return taken.length ? taken.join(' ').normalize('NFC') : null;
}
