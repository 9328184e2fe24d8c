import type { Heading, RootContent } from 'mdast';
import { answersSibling } from '../content/answers-sibling.js';
import { BANK_WORDS, decodeDeckText } from '../content/load-deck.js';
import { readBankBytes } from './read-bank.js';
import { parseMarkdown } from '../content/markdown.js';
import { readAnswersFile } from '../content/layouts/answers-file.js';
import { matchAnswers, sectionedAnswers, sectionNumbers, shownName, writtenNumbers } from '../content/pair-answers.js';
import type { Diagnostic } from '../model/deck.js';

// `import` of a bank kept in two files (content/answers-sibling.ts): each open question's answer,
// from the answers file beside it, written under it as build would read it.

/** The answer to write under each open question heading (`sections`: the title of each one's section), and a warning for each answer or question unpaired. */
export async function siblingAnswers(
  file: string,
  source: string,
  headings: Heading[],
  sections: string[],
  isOpen: (heading: Heading) => boolean,
): Promise<{ answers: Map<Heading, RootContent[]>; diagnostics: Diagnostic[]; file?: string }> {
  const answersFile = answersSibling(file);
  if (!answersFile) return { answers: new Map(), diagnostics: [] };
  const read = readAnswersFile(decodeDeckText(await readBankBytes(answersFile), answersFile, BANK_WORDS));
  const lines = headings.map((h) => ({ line: h.position?.start.line ?? 1 }));
  // Answers numbered anew in each section pair by section, as build pairs them (content/pair-answers.ts).
  const sectioned = sectionedAnswers(sections, read);
  const numbers = sectioned ? sectionNumbers(lines, sections, source.split('\n')) : writtenNumbers(lines, source.split('\n'));
  const asked = headings.map((h, i) => ({ number: numbers[i], line: lines[i].line, open: isOpen(h), ...(sectioned ? { section: sections[i] } : {}) }));
  const { given, diagnostics } = matchAnswers(asked, read, { questions: file, answers: answersFile });
  const answers = new Map([...given].map(([i, e]) => [headings[i], parseMarkdown(read.entries[e].lines.map((l) => l.text).join('\n')).children]));
  return { answers, diagnostics, file: shownName(file, answersFile) };
}
