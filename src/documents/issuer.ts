// The issuing body named in words right after a reference: "... của UBND huyện Trà Bồng về việc ...".
// An issuer is a run of capitalised words (UBND, Ban, Tỉnh, Trà Bồng, XI) plus the lower-case words
// that belong to Vietnamese body names (ủy ban nhân dân, thường vụ, huyện, thị xã, khóa...). It stops at
// punctuation, at the subject ("về", "V/v", "ban hành", "thực hiện"...) and at any other lower-case word.
// After Bộ, Sở, Phòng, Cục the field is read as a name of its own: each part a capitalised word and at
// most one lower-case syllable, parts joined by a dash, "và" or (when a "và" closes the list) commas, so
// "Sở Lao động - Thương binh và Xã hội" and "Bộ Văn hóa, Thể thao và Du lịch" stay whole. The holder of
// an office is dropped before the body he heads ("Bộ trưởng Bộ Nội vụ" -> "Bộ Nội vụ"); "Chủ tịch UBND
// tỉnh" and "Thủ tướng Chính phủ" are kept as written. A line break may fall inside the name, but after
// one only a known two-word piece or a lower-case word continues it (a capital there may open a sentence).

import { GAP0, alternation, foldWord, isKindWord } from './kinds.js';

const BLANK = '[ \\t\\u00a0]';
const LEAD = new RegExp(`${BLANK}*,?${BLANK}*\\r?\\n?${BLANK}*(?:${alternation(['của'])})(?=\\s)`, 'uy');
// A word and the blanks before it (one line break at most).
const TOKEN = /([ \t\u00a0]*\r?\n[ \t\u00a0]*|[ \t\u00a0]*)([\p{L}\p{M}\d&/]+)(?![\p{L}\p{M}\d&/])/uy;
const DASH_JOIN = new RegExp(`${GAP0}[-\\u2010-\\u2015\\u2212]`, 'uy');
const VA_JOIN = new RegExp(`${GAP0}(?:${alternation(['và'])})(?=\\s)`, 'uy');
const COMMA_JOIN = /,/y;
const TITLE_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

const fold = (words: readonly string[]) => new Set(words.map(foldWord));

/** Lower-case words allowed on their own: administrative levels and the term of a committee. */
const SINGLE = fold(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'khóa']);

/** Offices whose holder signs for the body named next ("Giám đốc Sở Tư pháp"). */
const TITLES = fold(['bộ trưởng', 'thứ trưởng', 'giám đốc', 'cục trưởng', 'vụ trưởng', 'trưởng phòng', 'trưởng ban']);
/** Bodies headed by such an office. */
const HEADED = fold(['bộ', 'sở', 'cục', 'vụ', 'phòng', 'ban']);
/** Bodies whose name is a field of government ("Bộ Kế hoạch và Đầu tư"). */
const FIELD_HEADS = fold(['bộ', 'sở', 'phòng', 'cục']);
/** Words that open another body, so a field name does not run on into it ("Sở Nội vụ và Ban ..."). */
const BODY_WORDS = fold(['bộ', 'sở', 'ban', 'phòng', 'cục', 'ủy', 'ubnd', 'hội', 'đảng', 'đoàn', 'huyện', 'tỉnh',
  'quận', 'phường', 'thị', 'thành', 'xã', 'viện', 'tòa', 'chi', 'tổng', 'liên', 'trung', 'văn']);
/** Lower-case two-word ends of field names ("Phát triển nông thôn", "Giao thông vận tải"). */
const FIELD_TAILS = fold(['nông thôn', 'vận tải']);

/** Two-word pieces of body names; any case ("Thủ tướng", "nhân dân", "Tỉnh ủy"). */
const PAIRS = fold([
  'ủy ban', 'nhân dân', 'hội đồng', 'quốc hội', 'chính phủ', 'thủ tướng', 'chủ tịch', 'thường vụ',
  'thường trực', 'chấp hành', 'bí thư', 'chính trị', 'trung ương', 'mặt trận', 'tổ quốc', 'việt nam',
  'đảng bộ', 'đảng ủy', 'tỉnh ủy', 'huyện ủy', 'thành ủy', 'thị ủy', 'quận ủy', 'thị xã', 'thị trấn',
  'thành phố', 'đặc khu', 'văn phòng', 'nội vụ', 'tư pháp', 'tài chính', 'công an', 'quốc phòng', 'y tế',
  'liên hiệp', 'phụ nữ', 'thanh niên', 'nông dân', 'cựu chiến', 'chiến binh', 'công đoàn', ...TITLES,
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
const isLower = (t: string) => /^\p{Ll}/u.test(t);

interface Token {
  raw: string;
  /** folded form (foldWord) */
  f: string;
  end: number;
  /** a line break comes before it */
  broken: boolean;
}

function tokenAt(text: string, pos: number): Token | null {
  TOKEN.lastIndex = pos;
  const m = TOKEN.exec(text);
  return m ? { raw: m[2]!, f: foldWord(m[2]!), end: pos + m[0].length, broken: m[1]!.includes('\n') } : null;
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const pairOf = (a: Token | null, b: Token | null) => (a && b ? `${a.f} ${b.f}` : '');

/** One part of a field name at pos: a capitalised word and at most one lower-case syllable ("Lao động"). */
function readPart(text: string, pos: number, joined: boolean): { text: string; end: number } | null {
  const a = tokenAt(text, pos);
  if (!a || !TITLE_WORD.test(a.raw)) return null;
  const b = tokenAt(text, a.end);
  const c = b && tokenAt(text, b.end);
  // After a join, another body starts here ("Sở Nội vụ và Ban Dân vận"); "Xã hội" is a field.
  if (joined && ((BODY_WORDS.has(a.f) && pairOf(a, b) !== 'xã hội') || PAIRS.has(pairOf(a, b)))) return null;
  if (!b || !isLower(b.raw) || SINGLE.has(b.f) || STOP.has(b.f) || STOP_PAIRS.has(pairOf(b, c)) || PAIRS.has(pairOf(b, c))) {
    return { text: a.raw, end: a.end };
  }
  const d = c && tokenAt(text, c.end);
  if (c && FIELD_TAILS.has(pairOf(c, d))) return { text: `${a.raw} ${b.raw} ${c.raw} ${d!.raw}`, end: d!.end };
  return { text: `${a.raw} ${b.raw}`, end: b.end };
}

/** The field name after Bộ/Sở/Phòng/Cục at pos ("Lao động - Thương binh và Xã hội"), or null. */
function readField(text: string, pos: number): { text: string; end: number } | null {
  const first = readPart(text, pos, false);
  if (!first) return null;
  let out = first.text;
  let end = first.end;
  let pending = ''; // parts after commas, kept only when a "và" closes the list
  let pendingEnd = end;
  for (;;) {
    const p = pending ? pendingEnd : end;
    const comma = at(COMMA_JOIN, text, p);
    if (comma) {
      const part = readPart(text, p + comma[0].length, true);
      if (!part) break;
      pending += `, ${part.text}`;
      pendingEnd = part.end;
      continue;
    }
    const dash = pending ? null : at(DASH_JOIN, text, p);
    const join = dash ?? at(VA_JOIN, text, p);
    if (!join) break;
    const part = readPart(text, p + join[0].length, true);
    if (!part) break;
    out += `${pending}${dash ? ' -' : ' và'} ${part.text}`;
    end = part.end;
    pending = '';
  }
  return { text: out, end };
}

/** The body after an office at the start of the issuer ("[Phó] Giám đốc Sở ..."), or null. */
function bodyAfterTitle(text: string, t: Token): Token | null {
  const a = t.f === 'phó' ? tokenAt(text, t.end) : t;
  const b = a && tokenAt(text, a.end);
  const body = b && tokenAt(text, b.end);
  return body && TITLES.has(pairOf(a, b)) && HEADED.has(body.f) && isCapitalised(body.raw) ? body : null;
}

/**
 * The issuer phrase introduced by "của" at `pos` (after optional blanks, one comma, one line break),
 * with blanks collapsed, and the offset where it ends; null when there is none.
 */
export function matchIssuerSpanAt(text: string, pos: number): { issuer: string; end: number } | null {
  const lead = at(LEAD, text, pos);
  if (!lead) return null;
  const taken: string[] = [];
  let end = pos + lead[0].length;
  let t = tokenAt(text, end);
  for (let n = 0; t && n < 30; n++) {
    const next = tokenAt(text, t.end);
    const pair = pairOf(t, next);
    if (STOP.has(t.f) || STOP_PAIRS.has(pair) || isKindWord(t.f) || isKindWord(pair)) break;
    const body = taken.length ? null : bodyAfterTitle(text, t);
    if (body) {
      t = body;
      continue;
    }
    const prev = taken.length ? foldWord(taken[taken.length - 1]!) : '';
    const afterBreak = t.broken && taken.length > 0;
    if (pair && PAIRS.has(pair) && (isCapitalised(t.raw) || !AFTER_BAN_ONLY.has(pair) || prev === 'ban')) {
      taken.push(t.raw, next!.raw);
      end = next!.end;
      t = tokenAt(text, end);
      continue;
    }
    if (isCapitalised(t.raw) && !(afterBreak && prev !== 'khóa')) {
      // "Ban Bí thư Ban Chấp hành ...": a second "Ban" starts another body.
      if (t.f === 'ban' && taken.some((w) => foldWord(w) === 'ban')) break;
      // Digits only as the term of a committee ("khóa 15").
      if (/^\d/.test(t.raw) && prev !== 'khóa') break;
      taken.push(t.raw);
      end = t.end;
      const field = FIELD_HEADS.has(t.f) ? readField(text, end) : null;
      if (field) {
        taken.push(field.text);
        end = field.end;
      }
      t = tokenAt(text, end);
      continue;
    }
    if (SINGLE.has(t.f)) {
      taken.push(t.raw);
      end = t.end;
      t = tokenAt(text, end);
      continue;
    }
    break;
  }
  return taken.length ? { issuer: taken.join(' ').normalize('NFC'), end } : null;
}

/** The issuer phrase introduced by "của" at `pos`, or null (see matchIssuerSpanAt). */
export function matchIssuerAt(text: string, pos: number): string | null {
  return matchIssuerSpanAt(text, pos)?.issuer ?? null;
}
