import { parseArgs } from 'node:util';
import { loadConfig } from './core/config.js';
import { UsageError, withDatabase } from './cli/shared.js';
import { AppError } from './core/errors.js';
import { appErrorOfDatabase } from './core/db/errors.js';
import { DataDirLockedError } from './core/db/lock.js';
import { serve } from './cli/serve.js';
import { printReferences } from './cli/refs.js';
import { userCommand } from './cli/user.js';
import { reportCommand } from './cli/report.js';
import { backupCommand, restoreCommand } from './cli/backup.js';
import { loadDemo } from './demo/load.js';
import { demoPassword, demoUsers } from './demo/data.js';

const usage = `danvan: quản lý và báo cáo công tác Dân vận chính quyền

Cách dùng: danvan <lệnh> [tùy chọn]   (hoặc: npm run danvan -- <lệnh> ...)

Lệnh:
  serve [--port N] [--dev] [--demo]
                               Chạy máy chủ web (mặc định cổng 3000, biến PORT); --demo: nạp dữ liệu minh họa vào cơ sở dữ liệu trống (bản dùng thử)
  migrate                      Áp dụng các migration vào cơ sở dữ liệu
  demo                         Nạp dữ liệu minh họa vào cơ sở dữ liệu trống
  user add <tên> --unit MÃ --role VAI_TRÒ[,VAI_TRÒ] --name "Họ tên" [--password MK]
  user passwd <tên> [--password MK]
                               Mật khẩu lấy từ --password hoặc biến DANVAN_PASSWORD
  refs <tệp>                   In ra (JSON) mọi số ký hiệu văn bản tìm thấy trong một tệp văn bản
  report list [--json]         Liệt kê các báo cáo (JSON: id, unit, number, date, title, status)
  report export <id> --format docx|pdf [--out <tệp>]
                               Xuất một báo cáo ra Word theo Nghị định 30/2020/NĐ-CP hoặc PDF
  backup <tệp>                 Sao lưu toàn bộ cơ sở dữ liệu (PGlite: dừng máy chủ trước; PostgreSQL: qua pg_dump)
  restore <tệp> [--replace]    Khôi phục từ tệp sao lưu vào cơ sở dữ liệu trống (--replace: thay dữ liệu đang có)
  help                         Hiện hướng dẫn này

Cơ sở dữ liệu: PGlite nhúng trong ./data (DANVAN_DATA_DIR), hoặc PostgreSQL khi đặt DATABASE_URL.
Mã thoát: 0 thành công, 1 lỗi khi chạy, 2 sai cú pháp lệnh.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      const { values } = parseArgs({ args: rest, options: { port: { type: 'string' }, dev: { type: 'boolean' }, demo: { type: 'boolean' } } });
      if (values.port) config.port = Number(values.port);
      await serve(config, { dev: values.dev ?? false, demo: values.demo ?? false });
      return 0;
    }
    case 'migrate':
      await withDatabase(config, async (db) => console.log(`Đã áp dụng migration (${db.kind}).`));
      return 0;
    case 'demo':
      await withDatabase(config, async (db) => {
        await loadDemo(db);
        console.log(`Đã nạp dữ liệu minh họa. Tài khoản (mật khẩu ${demoPassword}): ${demoUsers.map((u) => u.username).join(', ')}.`);
      });
      return 0;
    case 'refs': {
      const file = rest[0];
      if (!file || rest.length > 1) throw new UsageError('Cần đúng một tệp: danvan refs <tệp>.');
      await printReferences(file);
      return 0;
    }
    case 'user':
      await userCommand(config, rest);
      return 0;
    case 'report':
      await reportCommand(config, rest);
      return 0;
    case 'backup':
      await backupCommand(config, rest);
      return 0;
    case 'restore':
      await restoreCommand(config, rest);
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(usage);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`Không có lệnh "${command}".`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`Lỗi: ${(err as Error).message}\n\n${usage}`);
      process.exitCode = 2;
    } else if (err instanceof AppError || err instanceof DataDirLockedError) {
      console.error(`Lỗi: ${err.message}`);
      process.exitCode = 1;
    } else {
      // A database that cannot be reached says so in Vietnamese, not in the driver's words.
      const mapped = appErrorOfDatabase(err);
      console.error('Lỗi:', mapped ? mapped.message : err instanceof Error ? err.message : err);
      process.exitCode = 1;
    }
  },
);
