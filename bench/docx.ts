/**
 * Benchmark (issue 12 §4): the official .docx of seed 004 with a compiled annex of 100, 1,000 and 3,321
 * rows (a row a commune, as a request to every commune of the country compiles), and the time per annex
 * row, which stays flat when the annex is linear in its rows.
 * Run: npm run bench (or tsx bench/docx.ts)
 */
import { renderDocx } from '../src/exports/docx/index.js';
import type { Annex } from '../src/exports/model.js';
import { reportContent } from '../src/content/meta-schema.js';
import { formatNumber } from '../src/core/vi-format.js';
import { seedReports } from '../src/demo/seed-reports/index.js';
import { recordResults } from './results.js';
import { time } from './time.js';

const seed = seedReports.find((s) => s.seed === '004')!;
const content = { ...reportContent.parse(seed.content), figures: seed.figures };

/** A row a commune: its name, then figures the Vietnamese way, the last one a share. */
function annex(rows: number): Annex {
  return {
    title: 'PHỤ LỤC',
    subtitle: 'Tổng hợp kết quả thực hiện Chỉ thị số 08-CT/TU của các đơn vị (kèm theo Báo cáo)',
    columns: ['Đơn vị', 'Hội nghị đối thoại (cuộc)', 'Lượt người tham dự', 'Đơn thư tiếp nhận', 'Tỷ lệ giải quyết (%)'],
    rows: [
      ...Array.from({ length: rows }, (_, i) => [`Xã Phước Mỹ Trung ${i + 1}`, formatNumber(i % 17), formatNumber(1000 + i * 7), formatNumber(i % 230), formatNumber(((i * 37) % 1000) / 10, 1)]),
      ['Tổng cộng', formatNumber(rows * 8), formatNumber(rows * 1200), formatNumber(rows * 115), '50,0'],
    ],
  };
}

await time('.docx of seed 004 without annex', 5, () => renderDocx({ content, annexes: [], draft: false }));
const sizes = [100, 1000, 3321];
const times: number[] = [];
for (const rows of sizes) {
  times.push(await time(`.docx with a ${rows}-row annex`, rows > 1000 ? 3 : 5, () => renderDocx({ content, annexes: [annex(rows)], draft: false })));
}
// Linear: each row from the 1,000th to the 3,321st costs what one from the 100th to the 1,000th did
// (within noise: 1.5 times); a superlinear annex makes the later rows dearer.
const early = (times[1]! - times[0]!) / (sizes[1]! - sizes[0]!);
const late = (times[2]! - times[1]!) / (sizes[2]! - sizes[1]!);
const ratio = late / early;
console.log(`ms per annex row: ${early.toFixed(3)} (100 to 1,000 rows), ${late.toFixed(3)} (1,000 to 3,321 rows)\n`);
recordResults([
  { name: '.docx với phụ lục 3.321 dòng (trung vị)', value: Math.round(times[2]!), unit: 'ms', target: '< 3000 ms', met: times[2]! < 3000 },
  { name: '.docx: ms mỗi dòng phụ lục, dòng 1.000-3.321 so với 100-1.000', value: Number(ratio.toFixed(2)), unit: 'lần', target: '≤ 1,5 (tuyến tính)', met: ratio <= 1.5 },
]);
