import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

/**
 * What a PDF tool (pdftotext, pdfinfo, mutool) printed for a file, kept while the file is
 * unchanged: the shared builds' PDFs are read by many tests (and files, in one worker), and
 * each extraction reads the whole document again.
 */
const kept = new Map<string, string>();
let keptChars = 0;
const MAX_KEPT_CHARS = 200 * 1024 * 1024;

/** Runs `command args… file` (file last, then any `after`) and returns its stdout, from memory when the file has not changed. */
export function pdfToolOutput(command: string, args: string[], file: string, after: string[] = []): string {
  const s = statSync(file);
  const key = JSON.stringify([command, args, after, file, s.dev, s.ino, s.size, s.mtimeMs]);
  const hit = kept.get(key);
  if (hit !== undefined) return hit;
  const out = execFileSync(command, [...args, file, ...after], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (keptChars + out.length > MAX_KEPT_CHARS) {
    kept.clear();
    keptChars = 0;
  }
  kept.set(key, out);
  keptChars += out.length;
  return out;
}
