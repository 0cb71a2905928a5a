/**
 * The place name (địa danh) before the date. Source: Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.a: the
 * place of a local body's document is the official name of the administrative unit where it sits; a unit
 * named after a person, with a number, or after a historical event writes that name in full, kind word
 * included ("Phường Nguyễn Nghiêm", "Quận 1", "Phường Điện Biên"), where others write the name alone
 * ("Trà Tây", "Tháp Mười").
 *
 * Whether a name is a person's cannot be read from the letters alone ("Lý Sơn" is an island, "Lê Lợi" a
 * king), so the rule knows the names units take from people and events as the gazetteer has them; the writer
 * can still change the place in the report's header.
 */
import type { UnitNaming } from './document-rules.js';

/** Family names: a name of three words or more that starts with one is a person's ("Phan Đình Phùng"). */
const familyNames = new Set([
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Trương', 'Lương', 'Mạc', 'Tô', 'Đào', 'Cao', 'Chu', 'Tôn', 'Hà', 'Lâm', 'Kim', 'Mai', 'Đoàn', 'Triệu',
]);

/**
 * Two-word names of people and names of events that units bear: two words starting with a family name are
 * as often a place ("Hoàng Mai", "Lý Nhân", "Phan Thiết"), so these are listed.
 */
const commemorative = new Set([
  // People
  'Nguyễn Nghiêm', 'Nguyễn Du', 'Nguyễn Trãi', 'Nguyễn Huệ', 'Lê Lợi', 'Lê Chân', 'Lê Lai', 'Trần Phú', 'Ngô Quyền', 'Ngô Mây',
  'Quang Trung', 'Hùng Vương', 'Bà Triệu', 'Yết Kiêu', 'Kim Đồng', 'Hai Bà Trưng', 'Cao Thắng', 'Tô Hiệu', 'Cù Chính Lan', 'Minh Khai',
  // Events
  'Điện Biên', 'Điện Biên Phủ', 'Bạch Đằng', 'Đống Đa', 'Chi Lăng', 'Đồng Khởi',
]);

/** Places of three words that start as a family name does. */
const notPeople = new Set(['Hoàng Su Phì', 'Phan Rí Cửa']);

const words = (name: string) => name.normalize('NFC').trim().split(/\s+/u).filter(Boolean);

/** True for a unit named after a person or an event, or with a number: its place keeps the kind word. */
export function keepsKindWord(name: string): boolean {
  const parts = words(name);
  const joined = parts.join(' ');
  if (!parts.length) return false;
  if (/^\d+$/u.test(joined)) return true;
  if (commemorative.has(joined)) return true;
  return parts.length >= 3 && familyNames.has(parts[0]!) && !notPeople.has(joined);
}

/** The place printed before the date: "Trà Tây", but "Phường Nguyễn Nghiêm" and "Phường 1". */
export function placeName(unit: UnitNaming): string {
  const name = words(unit.name).join(' ');
  return keepsKindWord(name) ? `${unit.typeName.trim()} ${name}` : name;
}
