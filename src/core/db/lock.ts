import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite takes no lock on its data directory, and two processes writing one directory corrupt it
 * (STACK.md, trap 4). A pid file taken with O_EXCL keeps a second process out; a stale file left by a
 * dead process is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'danvan.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(dataDir, holder);
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(dataDir, null);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataDirLockedError extends Error {
  constructor(dataDir: string, pid: number | null) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được một tiến trình danvan khác sử dụng` +
        (pid ? ` (PID ${pid})` : '') +
        '. Hãy dừng tiến trình đó (ví dụ máy chủ đang chạy bằng npm start) rồi thử lại.',
    );
  }
}
