import { statSync } from 'node:fs';
import path from 'node:path';

// Some banks keep their questions and their answers in two files side by side (QUESTIONS.md,
// ANSWERS.md). The questions file is the deck; the answers file beside it is read with it, paired
// by number (pair-answers.ts). Kept free of the markdown pipeline: the cache and the deck listing
// use it before any parse.

/** `QUESTIONS` → `ANSWERS`, `Questions` → `Answers`, `question` → `answer`: the word swapped, its case kept. */
function swapWord(stem: string, from: RegExp, to: string): string | undefined {
  if (!from.test(stem)) return undefined;
  return stem.replace(from, (word) => {
    const plural = /s$/i.test(word) ? 's' : '';
    const swapped = `${to}${plural}`;
    if (word === word.toUpperCase()) return swapped.toUpperCase();
    if (word[0] === word[0].toUpperCase()) return swapped[0].toUpperCase() + swapped.slice(1);
    return swapped;
  });
}

/**
 * The names an answers file may have beside `<stem>.md`, first found wins: the stem with "questions"
 * turned into "answers" (`QUESTIONS.md` → `ANSWERS.md`, `react-questions.md` → `react-answers.md`),
 * then `<stem>-answers.md` and `<stem>_answers.md` (`react.md` → `react-answers.md`).
 */
function answerNames(stem: string): string[] {
  const swapped = swapWord(stem, /questions?/i, 'answer');
  return [...(swapped ? [swapped] : []), `${stem}-answers`, `${stem}_answers`].map((s) => `${s}.md`);
}

/** The names of the questions file an answers file may belong to (the rule above, read backwards). */
function questionNames(stem: string): string[] {
  const swapped = swapWord(stem, /answers?/i, 'question');
  const trimmed = /^(.+)[-_]answers$/i.exec(stem)?.[1];
  return [...(swapped ? [swapped] : []), ...(trimmed ? [trimmed] : [])].map((s) => `${s}.md`);
}

/**
 * The file of folder `dir` named one of `names`, first name first, as written or all in lower or
 * upper case (`ANSWERS.md`, `answers.md`); never the file named `except`. Looked up by name, not
 * by listing the folder: a folder of thousands of decks is listed once, not once a deck.
 */
function findIn(dir: string, names: string[], except = ''): string | undefined {
  for (const name of names) {
    const stem = name.replace(/\.md$/i, '');
    for (const variant of new Set([name, `${stem.toLowerCase()}.md`, `${stem.toUpperCase()}.md`])) {
      if (variant.toLowerCase() === except.toLowerCase()) continue;
      const candidate = path.join(dir, variant);
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The file beside `file` named one of `names`, never `file` itself. */
const findBeside = (file: string, names: string[]): string | undefined => findIn(path.dirname(file), names, path.basename(file));

function isFile(file: string): boolean {
  try {
    // No exception for a missing file: most decks have no answers file, and throwing costs more than the look-up.
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

const stemOf = (file: string): string => path.basename(file).replace(/\.md$/i, '');

/**
 * The same file name in a parallel folder, the nearest folder named `from` turned into `to`
 * (`questions/beginner/loops.md` → `answers/beginner/loops.md`), when that file is there.
 */
function parallel(file: string, from: RegExp, to: string): string | undefined {
  const place = parallelPlace(file, from, to);
  return place && findIn(path.dirname(place), [path.basename(place)]);
}

/** Where parallel() looks, whether or not a file is there: the path with the nearest folder named `from` turned into `to`. */
function parallelPlace(file: string, from: RegExp, to: string): string | undefined {
  const parts = path.resolve(file).split(path.sep);
  for (let i = parts.length - 2; i > 0; i--) {
    const swapped = new RegExp(`^${from.source}$`, 'i').test(parts[i]) ? swapWord(parts[i], from, to) : undefined;
    if (!swapped) continue;
    return path.join(parts.slice(0, i).join(path.sep) || path.sep, swapped, ...parts.slice(i + 1));
  }
  return undefined;
}

/**
 * Where a questions file's answers file would be in a parallel answers folder (`questions/a/x.md` →
 * `answers/a/x.md`), there or not yet: `watch` looks there for one made after it started.
 */
export const parallelAnswersPlace = (file: string): string | undefined => (/\.md$/i.test(file) ? parallelPlace(file, /questions?/i, 'answer') : undefined);

/** The answers file kept beside a questions file (see answerNames), or in a parallel answers folder; undefined when there is none. */
export function answersSibling(file: string): string | undefined {
  if (!/\.md$/i.test(file)) return undefined;
  return findBeside(file, answerNames(stemOf(file))) ?? parallel(file, /questions?/i, 'answer');
}

/** The questions file an answers file belongs to: one whose answers sibling is this file; undefined otherwise. */
export function questionsSibling(file: string): string | undefined {
  if (!/\.md$/i.test(file)) return undefined;
  const questions = findBeside(file, questionNames(stemOf(file))) ?? parallel(file, /answers?/i, 'question');
  return questions && answersSibling(questions) && path.resolve(answersSibling(questions)!) === path.resolve(file) ? questions : undefined;
}

/** Deck files without the answers files whose questions file is among them too: those are read with their questions. */
export function withoutPairedAnswers(files: string[]): string[] {
  // Only a file named for answers can be one (`ANSWERS.md`, `react-answers.md`, `answers/…`): the others are not looked up.
  const listed = new Set(files.map((f) => path.resolve(f)));
  return files.filter((f) => {
    if (!/answers?/i.test(path.resolve(f))) return true;
    const questions = questionsSibling(f);
    return !questions || !listed.has(path.resolve(questions));
  });
}
