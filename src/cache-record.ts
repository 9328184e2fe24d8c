import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from './output.js';

/** Name of the record kept next to the outputs it describes (out/ and each out/<slug>/). */
export const CACHE_FILE = '.studyguide-cache.json';

/** One output as recorded: enough to verify it and to report it again without rebuilding. */
export interface CachedFile {
  /** Path relative to the folder holding the record. */
  name: string;
  sha256: string;
  bytes: number;
  pages?: number;
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
  for (const f of record.files) {
    const data = await readFile(path.join(dir, f.name)).catch(() => undefined);
    if (!data || data.length !== f.bytes || sha256(data) !== f.sha256) return undefined;
  }
  return record;
}

/** A file as this build wrote it: its bytes, or their hash and length. */
export type WrittenFile = { path: string; pages?: number } & ({ data: string | Uint8Array } | { sha256: string; bytes: number });

/**
 * Writes the record for files already in place (written last, so a crash never leaves a false
 * hit). It describes the bytes this build wrote, never what is on disk now: a concurrent build
 * that replaced a file makes the record stale, not the other build's file "ours".
 */
export async function writeRecord<Extra>(dir: string, key: string, files: WrittenFile[], extra: Extra): Promise<void> {
  const record: CacheRecord<Extra> = {
    key,
    files: files.map((f) => ({
      name: path.relative(dir, f.path),
      sha256: 'data' in f ? sha256(f.data) : f.sha256,
      bytes: 'data' in f ? Buffer.byteLength(f.data) : f.bytes,
      pages: f.pages,
    })),
    extra,
  };
  await writeAtomic(path.join(dir, CACHE_FILE), `${JSON.stringify(record)}\n`);
}
