import { writeFile } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { StudyguideError } from '../errors.js';
import { slugFromFile } from '../content/deck-files.js';
import { importBank, type Imported } from './import-bank.js';
import { makeFolder } from '../make-folder.js';
import { fileWriteError } from '../write-failure.js';

/** A path as the file it names (links followed where the file exists), for comparing two paths. */
function samePath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.join(realpathOrSelf(path.dirname(path.resolve(file))), path.basename(file));
  }
}

function realpathOrSelf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/** `studyguide import`: each file read in its layout and written in our format. */
export async function runImport(
  files: string[],
  opts: { out?: string; outDir?: string; layout?: string; force?: boolean },
): Promise<{ imported: Imported; written: string }[]> {
  if (!opts.out === !opts.outDir)
    throw new StudyguideError('import needs exactly one of -o DECK.md or --out-dir DIR', { hint: 'e.g. studyguide import README.md -o deck.md' });
  if (opts.out && files.length > 1)
    throw new StudyguideError('-o names one deck file, but several files were given', { hint: 'use --out-dir DIR to import several files' });
  const done: { imported: Imported; written: string }[] = [];
  // Every file is read before any is written: a bad one leaves nothing half-done.
  const imported = [];
  for (const file of files) imported.push(await importBank(file, opts.layout));
  const targets = imported.map((one) => opts.out ?? path.join(opts.outDir!, `${slugFromFile(one.file)}.md`));
  // The bank itself is never written over: its original text is what the import can be checked against.
  const inputs = new Set(files.map(samePath));
  const over = targets.findIndex((t) => inputs.has(samePath(t)));
  if (over >= 0) {
    throw new StudyguideError(`the deck would be written over the bank being imported`, {
      file: targets[over],
      hint: opts.out ? 'give -o another file name, e.g. -o deck.md' : "give --out-dir a folder other than the banks' own",
    });
  }
  // A deck already there may be one edited by hand since its import: kept unless --force says otherwise.
  const taken = opts.force ? undefined : targets.find((t) => existsSync(t));
  if (taken !== undefined) {
    throw new StudyguideError('a file is already there', {
      file: taken,
      hint: `${opts.out ? 'give -o another name' : 'give --out-dir another folder'}, or add --force to write over it`,
    });
  }
  for (const [i, one] of imported.entries()) {
    const target = targets[i];
    await makeFolder(path.dirname(path.resolve(target)))
      .then(() => writeFile(target, one.markdown))
      .catch((err: unknown) => {
        throw deckWriteError(target, err);
      });
    done.push({ imported: one, written: target });
  }
  return done;
}

/** The deck could not be written: its path named with what to do, not the system's message. */
function deckWriteError(target: string, err: unknown): StudyguideError {
  const code = (err as NodeJS.ErrnoException).code;
  // mkdir meets a file where a folder of the path should be.
  if (code === 'EEXIST' || code === 'ENOTDIR')
    return new StudyguideError("the deck's folder is a file, or lies under one", {
      kind: 'input',
      file: target,
      hint: 'give -o a file in a folder, e.g. -o decks/deck.md',
    });
  // import has no --out: its -o names the deck, --out-dir the folder.
  return fileWriteError(target, err, '-o or --out-dir');
}
