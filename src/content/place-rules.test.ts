/** Địa danh before the date (Nghị định 30/2020/NĐ-CP, Phụ lục I, II.4.a). */
import { describe, expect, it } from 'vitest';
import { keepsKindWord, placeName } from './place-rules.js';

describe('placeName', () => {
  it('writes a unit named after a place by its name alone (seeds 000, 002, 003)', () => {
    expect(placeName({ name: 'Trà Tây', typeName: 'Xã' })).toBe('Trà Tây');
    expect(placeName({ name: 'Tháp Mười', typeName: 'Huyện' })).toBe('Tháp Mười');
    expect(placeName({ name: 'Trà Tân', typeName: 'Xã' })).toBe('Trà Tân');
  });

  it('keeps the kind word for a unit named after a person (seed 004), a number or an event', () => {
    expect(placeName({ name: 'Nguyễn Nghiêm', typeName: 'Phường' })).toBe('Phường Nguyễn Nghiêm');
    expect(placeName({ name: 'Phan Đình Phùng', typeName: 'Xã' })).toBe('Xã Phan Đình Phùng');
    expect(placeName({ name: 'Hồ Chí Minh', typeName: 'Thành phố' })).toBe('Thành phố Hồ Chí Minh');
    expect(placeName({ name: '1', typeName: 'Quận' })).toBe('Quận 1');
    expect(placeName({ name: 'Điện Biên', typeName: 'Phường' })).toBe('Phường Điện Biên');
  });

  it('tells people from places that start like a family name, typed composed or not', () => {
    expect(keepsKindWord('Lê Lợi')).toBe(true);
    expect(keepsKindWord('Nguyễn Nghiêm'.normalize('NFD'))).toBe(true);
    for (const place of ['Lý Sơn', 'Hoàng Mai', 'Phan Thiết', 'Hoàng Su Phì', 'Phan Rí Cửa', 'Đoàn Kết', '']) expect(keepsKindWord(place), place).toBe(false);
  });
});
