/**
 * A private temporary folder named after the process that made it (`<prefix><pid>-<random>`), for
 * files a process writes and removes itself: spools of imports, kept downloads. Folders with the
 * same prefix whose process is gone (killed before it could remove its own) are removed first,
 * only when they belong to the same user.
 */
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function processFolder(prefix: string, root = tmpdir()): Promise<string> {
  await removeLeftBehind(prefix, root);
  return mkdtemp(join(root, `${prefix}${process.pid}-`));
}

async function removeLeftBehind(prefix: string, root: string): Promise<void> {
  const named = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)-`);
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const pid = Number(named.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    const path = join(root, name);
    if ((await stat(path).catch(() => null))?.uid !== process.getuid?.()) continue;
    await rm(path, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Whether a process is running (one of another user answers EPERM: it runs). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
