/**
 * Seed 004's petitions (UBND phường Nguyễn Nghiêm, 2021-2023), letter by letter, so that its counts come
 * out of the registry: "Năm 2022 nhận 19 đơn/19 vụ ... tranh chấp đất đai 06 đơn/06 vụ đã hòa giải 6 vụ
 * (trong đó hòa giải thành 04 vụ), đơn phản ánh, kiến nghị 13 đơn/13 vụ, đã xử lý xong 13 đơn/13 vụ ... đạt
 * 100%"; "Năm 2023 nhận 22 đơn/21 vụ ... tranh chấp đất đai 08 đơn/08 vụ đã hòa giải 8 vụ (trong đó hòa
 * giải thành 05 vụ), đơn phản ánh, kiến nghị 14 đơn/13 vụ, đã xử lý xong 13 đơn/12 vụ ... đạt 95,2%".
 * The seed gives only the counts: dates, matters and senders are invented ("dữ liệu minh họa").
 */
import { addDays } from '../core/vi-format.js';

export interface SeedLetter {
  receivedOn: string;
  kind: 'land_dispute' | 'recommendation';
  summary: string;
  field: string;
  senderName: string;
  /** Index of an earlier letter of the same year about the same matter (the second letter of one case). */
  sameCaseAs?: number;
  closedOn: string | null;
  mediation: 'success' | 'failure' | null;
  outcome: string | null;
}

const landMatters = ['ranh giới thửa đất giáp ranh', 'lối đi chung giữa hai hộ', 'quyền sử dụng đất thừa kế', 'tường rào xây lấn đất', 'đất vườn liền kề', 'mương thoát nước qua đất', 'cây trồng trên đất giáp ranh', 'diện tích đất sau đo đạc'];
const recommendationMatters = ['đèn chiếu sáng tổ dân phố hỏng', 'rác thải tập kết sai nơi quy định', 'tiếng ồn từ cơ sở kinh doanh', 'đường nội tổ dân phố xuống cấp', 'nước thải chảy ra đường', 'xác nhận hồ sơ chính sách chậm', 'lấn chiếm vỉa hè để kinh doanh', 'cây xanh gãy đổ nguy hiểm', 'ngập úng khi mưa lớn', 'thủ tục cấp giấy chứng nhận', 'chăn nuôi gây ô nhiễm trong khu dân cư', 'trật tự an toàn giao thông trước trường học', 'hỗ trợ hộ cận nghèo', 'mất vệ sinh chợ tạm'];
const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Đặng'];
const given = ['Văn An', 'Thị Bình', 'Văn Cường', 'Thị Dung', 'Minh Đức', 'Thị Hoa', 'Văn Hùng', 'Thị Lan', 'Quốc Minh', 'Thị Nga'];

function year(y: number, land: number, landSuccess: number, recommendations: number, unresolved: number, duplicate: boolean): SeedLetter[] {
  const letters: SeedLetter[] = [];
  const total = land + recommendations;
  for (let i = 0; i < total; i++) {
    const isLand = i < land;
    // Spread over the year, from mid-January to mid-December.
    const receivedOn = addDays(`${y}-01-12`, Math.floor((i * 336) / total));
    const matter = isLand ? landMatters[i % landMatters.length]! : recommendationMatters[(i - land) % recommendationMatters.length]!;
    const open = !isLand && i >= total - unresolved;
    letters.push({
      receivedOn, kind: isLand ? 'land_dispute' : 'recommendation', field: isLand ? 'Đất đai' : 'Đô thị, môi trường, chính sách',
      summary: `${isLand ? 'Đề nghị giải quyết tranh chấp' : 'Phản ánh'} ${matter}`,
      senderName: `${families[i % families.length]} ${given[(i * 3 + y) % given.length]}`,
      // The case still open at the end of the year is answered in the new year: not counted as handled in it.
      closedOn: open ? `${y + 1}-01-15` : addDays(receivedOn, isLand ? 21 : 8),
      mediation: isLand ? (i < landSuccess ? 'success' : 'failure') : null,
      outcome: isLand ? (i < landSuccess ? 'Hòa giải thành, hai bên thống nhất ranh giới.' : 'Hòa giải không thành, hướng dẫn gửi đơn đến cơ quan có thẩm quyền.') : 'Đã kiểm tra, trả lời công dân bằng văn bản.',
    });
  }
  if (duplicate) {
    // A citizen writes again about the same matter two weeks later: one more letter, the same case.
    const first = land;
    letters.push({ ...letters[first]!, receivedOn: addDays(letters[first]!.receivedOn, 14), sameCaseAs: first, summary: `${letters[first]!.summary} (gửi lại lần 2)` });
  }
  return letters;
}

export const seed004Petitions: Record<2022 | 2023, SeedLetter[]> = {
  2022: year(2022, 6, 4, 13, 0, false),
  2023: year(2023, 8, 5, 13, 1, true),
};
