import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StudyguideError } from '../errors.js';
import { slugFromFile } from '../content/deck-files.js';
import { importBank, type Imported } from './import-bank.js';

/** `studyguide import`: each file read in its layout and written in our format. */
export async function runImport(files: string[], opts: { out?: string; outDir?: string; layout?: string }): Promise<{ imported: Imported; written: string }[]> {
  if (!opts.out === !opts.outDir)
    throw new StudyguideError('import needs exactly one of -o DECK.md or --out-dir DIR', { hint: 'e.g. studyguide import README.md -o deck.md' });
  if (opts.out && files.length > 1)
    throw new StudyguideError('-o names one deck file, but several files were given', { hint: 'use --out-dir DIR to import several files' });
  const done: { imported: Imported; written: string }[] = [];
  // Every file is read before any is written: a bad one leaves nothing half-done.
  const imported = [];
  for (const file of files) imported.push(await importBank(file, opts.layout));
  for (const one of imported) {
    const target = opts.out ?? path.join(opts.outDir!, `${slugFromFile(one.file)}.md`);
    await mkdir(path.dirname(path.resolve(target)), { recursive: true });
    await writeFile(target, one.markdown);
    done.push({ imported: one, written: target });
  }
  return done;
}
