import type { Heading, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ANSWER_WORD, QUALIFIER, QUESTION_WORD } from './labels.js';
import { markCardStart } from './card-start.js';

// A bank exported from a notes app may head each question and each answer with its label
// (`## Question⏎What is a partition?⏎## Answer⏎An ordered log…`): the label headings carry no words of
// their own, the question is the paragraph under the first.

/**
 * Question and answer label headings (two questions at least) as the questions they head: a
 * `Question` heading with the paragraph under it becomes a heading of that paragraph's words; an
 * `Answer` heading goes, its text staying as the answer. Other nodes as they are.
 *
 * A bank kept as one file per question opens each file with the pair (`### Question⏎…⏎### Answer`)
 * and heads the parts of its answer at the same depth (`### Example Output`): there the one
 * question holds the whole file, its later headings set one level below it.
 *
 * A bilingual bank asks each question in two languages, label after label (`# Вопрос (RU)` over
 * `# Question (EN)`, then `## Ответ (RU)` and `## Answer (EN)`): that is one question, asked in
 * its first language; the other wording prints with it, and each later answer keeps its label.
 */
export function labelHeadings(nodes: RootContent[]): { nodes: RootContent[]; oneQuestion: boolean } {
  const partners = partnerLabels(nodes);
  const asks = (n: RootContent | undefined): n is Heading => n?.type === 'heading' && (QUESTION_WORD.test(toString(n)) || partners.get(n) === 'question');
  const answers = (n: RootContent | undefined): boolean => n?.type === 'heading' && (ANSWER_WORD.test(toString(n)) || partners.get(n) === 'answer');
  // The words asked: the paragraph under the label, or the one paragraph of a quote there (`> What …?`).
  const asked = (n: RootContent | undefined): Paragraph | undefined =>
    n?.type === 'paragraph' ? n : n?.type === 'blockquote' && n.children.length === 1 && n.children[0].type === 'paragraph' ? n.children[0] : undefined;
  const labelled = nodes.filter((n, i) => asks(n) && asked(nodes[i + 1]));
  const restating = restatements(nodes, labelled);
  const questions = labelled.filter((n) => !restating.has(n));
  const first = nodes.find((n) => n.type === 'heading');
  const single = questions.length === 1 && questions[0] === first && nodes.some(answers);
  if (questions.length < 2 && !single) return { nodes, oneQuestion: false };
  const out: RootContent[] = [];
  // The question being read: its depth, whether it was asked twice, and the answer labels met under it.
  let open: { depth: number; restated: boolean; answers: number } | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const next = nodes[i + 1];
    const words = asks(node) ? asked(next) : undefined;
    if (words && restating.has(node)) {
      // The question in another language: printed with the question, above the answer.
      out.push(words);
      open = open && { ...open, restated: true };
      i++;
    } else if (words) {
      // A file of one question asks it at the question level, whatever level its label had (`## Question`).
      const heading: Heading = { ...(node as Heading), ...(single ? { depth: 3 as const } : {}), children: words.children, position: words.position };
      out.push(heading);
      open = { depth: heading.depth, restated: false, answers: 0 };
      i++;
    } else if (node.type === 'thematicBreak' && open?.answers === 0 && (open.restated || restatedNext(nodes, i, restating))) continue;
    else if (answers(node)) {
      const count = open ? ++open.answers : 1;
      // Asked twice, the answer proper starts under the first label, the wording above it kept apart.
      if (open?.restated && count === 1 && next && !answers(next)) {
        out.push(markCardStart(next));
        i++;
      } else if (open?.restated && count > 1) out.push({ ...(node as Heading), depth: Math.min(6, Math.max((node as Heading).depth, 4, open.depth + 1)) as Heading['depth'] });
    } else if (single && node.type === 'heading') out.push({ ...node, depth: Math.max(node.depth, 4) as Heading['depth'] });
    else out.push(node);
  }
  return { nodes: out, oneQuestion: single };
}

// A one-word heading naming its language in brackets (`# Vopros (RU)`, a label transliterated or in a language we do not list).
const LANGUAGE_LABEL = new RegExp(`^\\s*\\p{L}+\\s*${QUALIFIER}\\s*[:：]?\\s*$`, 'u');

/**
 * On a bilingual page, a label in the other language that we do not know as one (`# Vopros (RU)`,
 * `## Otvet (RU)`): a one-word heading naming its language, whose next heading of the same level is
 * a label we know naming another language (`# Question (EN)`, `## Answer (EN)`), is a label of that kind.
 */
function partnerLabels(nodes: RootContent[]): Map<RootContent, 'question' | 'answer'> {
  const found = new Map<RootContent, 'question' | 'answer'>();
  nodes.forEach((node, i) => {
    if (node.type !== 'heading' || !LANGUAGE_LABEL.test(toString(node)) || QUESTION_WORD.test(toString(node)) || ANSWER_WORD.test(toString(node))) return;
    const next = nodes.slice(i + 1).find((n): n is Heading => n.type === 'heading' && n.depth <= node.depth);
    if (next?.depth !== node.depth || labelLanguage(next) === labelLanguage(node)) return;
    const kind = QUESTION_WORD.test(toString(next)) ? 'question' : ANSWER_WORD.test(toString(next)) ? 'answer' : undefined;
    if (kind) found.set(node, kind);
  });
  return found;
}

/** True when only rules stand between this node and a label asking again in another language. */
function restatedNext(nodes: RootContent[], i: number, restating: Set<RootContent>): boolean {
  let at = i;
  while (nodes[at]?.type === 'thematicBreak') at++;
  return restating.has(nodes[at]);
}

/** The language a label names in brackets (`Question (EN)` → "en"). */
const LANGUAGE = new RegExp(QUALIFIER, 'u');
const labelLanguage = (n: RootContent): string | undefined => LANGUAGE.exec(toString(n))?.[0].slice(1, -1).trim().toLowerCase();

/**
 * The question label headings that ask again what the one before asked, in another language:
 * each label names its language, and nothing but rules stand between the two
 * (`# Вопрос (RU)⏎> …⏎---⏎# Question (EN)⏎> …`).
 */
function restatements(nodes: RootContent[], labelled: RootContent[]): Set<RootContent> {
  const restating = new Set<RootContent>();
  for (let k = 1; k < labelled.length; k++) {
    const [before, label] = [labelled[k - 1], labelled[k]];
    const languages = [labelLanguage(before), labelLanguage(label)];
    if (!languages[0] || !languages[1] || languages[0] === languages[1]) continue;
    const between = nodes.slice(nodes.indexOf(before) + 2, nodes.indexOf(label));
    if (between.every((n) => n.type === 'thematicBreak')) restating.add(label);
  }
  return restating;
}
