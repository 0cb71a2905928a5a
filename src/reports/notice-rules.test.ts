import { describe, expect, it } from 'vitest';
import { reminderText, returnedText } from './notice-rules.js';

describe('reminder of a late report', () => {
  it('names the unit, the request, the deadline and how many days it is overdue', () => {
    // Seed 003: Trà Bồng asked its communes for the first quarter of 2025 by 04/04/2025.
    expect(reminderText({
      recipient: 'UBND xã Trà Tân', requester: 'UBND huyện Trà Bồng',
      subject: 'Báo cáo kết quả thực hiện công tác Dân vận chính quyền quý I năm 2025', deadline: '2025-04-04', today: '2025-04-16',
    })).toBe('Đề nghị UBND xã Trà Tân nộp báo cáo “Báo cáo kết quả thực hiện công tác Dân vận chính quyền quý I năm 2025” theo yêu cầu của UBND huyện Trà Bồng: hạn nộp 04/04/2025, đã quá hạn 12 ngày.');
  });

  it('counts the day after the deadline as one day overdue', () => {
    expect(reminderText({ recipient: 'UBND xã A', requester: 'UBND tỉnh B', subject: 'S', deadline: '2025-12-31', today: '2026-01-01' })).toMatch(/đã quá hạn 1 ngày\.$/);
  });
});

describe('report returned', () => {
  it('carries the reason the level above gave, with the report’s number', () => {
    expect(returnedText({
      returner: 'Tỉnh Quảng Ngãi', title: 'Báo cáo công tác dân vận chính quyền năm 2025', numberText: 'Số: 41/BC-UBND', reason: 'Bổ sung số khẩu vào bảng số liệu.',
    })).toBe('Tỉnh Quảng Ngãi trả lại báo cáo “Báo cáo công tác dân vận chính quyền năm 2025” (Số: 41/BC-UBND) để đơn vị sửa và trình lại. Lý do: Bổ sung số khẩu vào bảng số liệu.');
  });

  it('ends the reason with a full stop when the reviewer did not', () => {
    expect(returnedText({ returner: null, title: 'T', numberText: null, reason: 'Thiếu chữ ký' })).toBe('Cấp trên trả lại báo cáo “T” để đơn vị sửa và trình lại. Lý do: Thiếu chữ ký.');
  });
});
