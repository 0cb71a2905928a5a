/**
 * The public holidays danvan ships, year by year, as the government announced them (Bộ luật Lao động 2019,
 * Điều 112: 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 1/5; 2/9 and one day beside it
 * from 2021; Điều 111.3: a holiday on a weekend is taken on the next working day; and the yearly notices
 * of the Ministry that move working days). Only weekdays not worked and weekend days worked are listed.
 * An administrator corrects or adds a year through the API; an edited year replaces the shipped one.
 */
import type { CalendarDay } from './rules.js';

const off = (date: string, name: string): CalendarDay => ({ date, kind: 'off', name });
const work = (date: string, name: string): CalendarDay => ({ date, kind: 'work', name });
const tet = (...dates: string[]) => dates.map((d) => off(d, 'Tết Nguyên đán'));

export const shippedCalendars: Readonly<Record<number, readonly CalendarDay[]>> = {
  2020: [
    off('2020-01-01', 'Tết Dương lịch'), ...tet('2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29'),
    off('2020-04-02', 'Giỗ Tổ Hùng Vương'), off('2020-04-30', 'Ngày Giải phóng miền Nam'), off('2020-05-01', 'Ngày Quốc tế Lao động'),
    off('2020-09-02', 'Quốc khánh'),
  ],
  2021: [
    off('2021-01-01', 'Tết Dương lịch'), ...tet('2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16'),
    off('2021-04-21', 'Giỗ Tổ Hùng Vương'), off('2021-04-30', 'Ngày Giải phóng miền Nam'), off('2021-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'),
    off('2021-09-02', 'Quốc khánh'), off('2021-09-03', 'Quốc khánh'),
  ],
  2022: [
    off('2022-01-03', 'Nghỉ bù Tết Dương lịch'), ...tet('2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'),
    off('2022-04-11', 'Nghỉ bù Giỗ Tổ Hùng Vương'), off('2022-05-02', 'Nghỉ bù Ngày Giải phóng miền Nam'), off('2022-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'),
    off('2022-09-01', 'Quốc khánh'), off('2022-09-02', 'Quốc khánh'),
  ],
  2023: [
    off('2023-01-02', 'Nghỉ bù Tết Dương lịch'), ...tet('2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26'),
    off('2023-05-01', 'Ngày Quốc tế Lao động'), off('2023-05-02', 'Nghỉ bù Giỗ Tổ Hùng Vương'), off('2023-05-03', 'Nghỉ bù Ngày Giải phóng miền Nam'),
    off('2023-09-01', 'Quốc khánh'), off('2023-09-04', 'Nghỉ bù Quốc khánh'),
  ],
  2024: [
    off('2024-01-01', 'Tết Dương lịch'), ...tet('2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'),
    off('2024-04-18', 'Giỗ Tổ Hùng Vương'), off('2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)'), off('2024-04-30', 'Ngày Giải phóng miền Nam'),
    off('2024-05-01', 'Ngày Quốc tế Lao động'), work('2024-05-04', 'Làm bù cho thứ Hai 29/4'),
    off('2024-09-02', 'Quốc khánh'), off('2024-09-03', 'Quốc khánh'),
  ],
  2025: [
    off('2025-01-01', 'Tết Dương lịch'), ...tet('2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'),
    off('2025-04-07', 'Giỗ Tổ Hùng Vương'), work('2025-04-26', 'Làm bù cho thứ Sáu 02/5'), off('2025-04-30', 'Ngày Giải phóng miền Nam'),
    off('2025-05-01', 'Ngày Quốc tế Lao động'), off('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)'),
    off('2025-09-01', 'Quốc khánh'), off('2025-09-02', 'Quốc khánh'),
  ],
  // From 01/07/2026 also 24/11, Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16). The day beside 2/9 follows
  // the pattern of past years; an administrator confirms it against the year's notice.
  2026: [
    off('2026-01-01', 'Tết Dương lịch'), off('2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01)'), work('2026-01-10', 'Làm bù cho thứ Sáu 02/01'),
    ...tet('2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'),
    off('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'), off('2026-04-30', 'Ngày Giải phóng miền Nam'), off('2026-05-01', 'Ngày Quốc tế Lao động'),
    off('2026-09-01', 'Quốc khánh'), off('2026-09-02', 'Quốc khánh'), off('2026-11-24', 'Ngày Văn hóa Việt Nam'),
  ],
};
