import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../output.js';

/** Name of the record kept next to the outputs it describes (out/ and each out/<slug>/). */
export const CACHE_FILE = '.studyguide-cache.json';

/** One output as recorded: enough to verify it and to report it again without rebuilding. */
export interface CachedFile {
  /** Path relative to the folder holding the record. */
  name: string;
  sha256: string;
  bytes: number;
  pages?: number;
  /** What the build line said of it (a cheat sheet's "needs 3 pages: …"), said again when it is up to date. */
  note?: string;
  /**
   * The file's size, times and inode when the record was written and its bytes checked: while
   * they are the same, the file was not written since, and a no-op rebuild need not read and
   * hash it again (ctime cannot be set back by hand, unlike mtime).
   */
  stat?: string;
}

/** What a .studyguide-cache.json holds; `extra` is the owner's own data (warnings, events). */
export interface CacheRecord<Extra> {
  key: string;
  files: CachedFile[];
  extra: Extra;
}

/** Hex SHA-256 of some bytes. */
export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The record in `dir` as it stands, unchecked; undefined when missing or unreadable. */
export async function readRecord<Extra>(dir: string): Promise<CacheRecord<Extra> | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dir, CACHE_FILE), 'utf8')) as CacheRecord<Extra>;
  } catch {
    return undefined; // missing or unreadable: build as if there were no cache
  }
}

/** The record in `dir` when its key matches and every file it lists is there with the same bytes. */
export async function readFreshRecord<Extra>(dir: string, key: string): Promise<CacheRecord<Extra> | undefined> {
  const record = await readRecord<Extra>(dir);
  if (!record || record.key !== key || !Array.isArray(record.files)) return undefined;
  const fresh = await Promise.all(record.files.map((f) => isSameFile(path.join(dir, f.name), f)));
  return fresh.every(Boolean) ? record : undefined;
}

/** Whether `file` holds the bytes recorded: untouched since (its stat as recorded), or read and hashed. */
async function isSameFile(file: string, f: CachedFile): Promise<boolean> {
  if (f.stat !== undefined && f.stat === (await statOf(file))) return true;
  const data = await readFile(file).catch(() => undefined);
  return !!data && data.length === f.bytes && sha256(data) === f.sha256;
}

/** What changes whenever a file is written, renamed over or replaced; undefined when it is gone. */
const statOf = (file: string): Promise<string | undefined> =>
  stat(file, { bigint: true }).then(
    (s) => `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`,
    () => undefined,
  );

/**
 * The file's stat, when its bytes on disk are the ones recorded and it did not change while they
 * were read: a file another build replaced meanwhile gets none, and is read again next time.
 */
async function checkedStat(file: string, sha: string, bytes: number): Promise<string | undefined> {
  const before = await statOf(file);
  const data = await readFile(file).catch(() => undefined);
  if (!before || !data || data.length !== bytes || sha256(data) !== sha) return undefined;
  return (await statOf(file)) === before ? before : undefined;
}

/** A file as this build wrote it: its bytes, or their hash and length. */
export type WrittenFile = { path: string; pages?: number; note?: string } & ({ data: string | Uint8Array } | { sha256: string; bytes: number; stat?: string });

/**
 * Writes the record for files already in place (written last, so a crash never leaves a false
 * hit). It describes the bytes this build wrote, never what is on disk now: a concurrent build
 * that replaced a file makes the record stale, not the other build's file "ours".
 */
export async function writeRecord<Extra>(dir: string, key: string, files: WrittenFile[], extra: Extra): Promise<void> {
  const record: CacheRecord<Extra> = {
    key,
    files: await Promise.all(
      files.map(async (f): Promise<CachedFile> => {
        const [sha, bytes] = 'data' in f ? [sha256(f.data), Buffer.byteLength(f.data)] : [f.sha256, f.bytes];
        const known = 'stat' in f ? f.stat : undefined;
        return {
          name: path.relative(dir, f.path),
          sha256: sha,
          bytes,
          pages: f.pages,
          ...(f.note ? { note: f.note } : {}),
          stat: known ?? (await checkedStat(f.path, sha, bytes)),
        };
      }),
    ),
    extra,
  };
  await writeAtomic(path.join(dir, CACHE_FILE), `${JSON.stringify(record)}\n`);
}
