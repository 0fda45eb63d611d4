import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataFolderInUseError extends Error {
  override name = 'DataFolderInUseError';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Another Harbour process (pid ${pid}) is already using the data folder ${dataDir}. ` + 'Stop it first, or set HARBOUR_DATA_DIR to a different folder.',
    );
  }
}

export interface DataFolderLock {
  release(): void;
  /** True when a lock left by a process that no longer exists was taken over. */
  tookOverStaleLock: boolean;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockOwner(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'harbour.pid'), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One Harbour process per data folder: an O_EXCL pid file. A pid file whose process is gone
 * (kill -9, power loss) is taken over; a live one is refused with a message saying what to do.
 */
export function acquireDataFolderLock(dataDir: string): DataFolderLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'harbour.pid');
  let tookOverStaleLock = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return {
        tookOverStaleLock,
        release: () => {
          if (lockOwner(dataDir) === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = lockOwner(dataDir);
      if (owner !== undefined && owner !== process.pid) throw new DataFolderInUseError(dataDir, owner);
      rmSync(file, { force: true });
      tookOverStaleLock = true;
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}
