import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { QUESTION_LABEL } from './labels.js';
import { detailsLayout } from './details.js';
import { listHeadingsLayout } from './list-headings.js';
import { listQuestionsLayout } from './list-questions.js';
import { emptyHeading, numberedHeadingsLayout } from './numbered-headings.js';
import { qaLayout } from './qa.js';
import { tableHeadingsLayout } from './table-headings.js';
import { flashcardsLayout } from './flashcards.js';
import { questionLinesLayout } from './question-lines.js';
import { headingWords, isNumberLabel, isNumbered } from './question-number.js';
import type { Layout, LayoutName } from './types.js';
import { answerPartsLevel } from './answer-parts.js';
import { quotedAsk, quotedAsks } from './quoted-ask.js';
import { askedInBox, isCalloutBox } from '../callouts.js';
import { isAnswerLabel } from '../derive-card.js';
import { namesPartOnly } from './part-label-heading.js';
import { boxesOverTopics } from './boxes-over-topics.js';

/** The foreign layouts, in the order they win a tie. */
export const FOREIGN_LAYOUTS: Layout[] = [detailsLayout, numberedHeadingsLayout, listHeadingsLayout, qaLayout, listQuestionsLayout, tableHeadingsLayout, flashcardsLayout, questionLinesLayout];

/**
 * The layout a file is written in: the one that finds the most questions. Our own format wins
 * ties, so a deck of `###` questions with one `<details>` in an answer stays ours; a foreign
 * layout needs at least two questions unless our format finds none.
 */
export function detectLayout(nodes: RootContent[]): LayoutName {
  // A `> card answer` under a question heading is our format's own mark.
  // A quote under a `**Question:**` label is what is asked, not a card.
  // A quote that asks, its answer labelled under it (`> What is …?` over `**Answer:** …`), is no card answer.
  // A callout's box (`> [!tip] …`) is an aside, no card answer.
  const quoteAt = (i: number): boolean => nodes[i]?.type === 'blockquote' && !isCalloutBox(nodes[i]) && !quotedAsk(nodes[i], nodes[i + 1]);
  // Under the listing a question asks about, the card answer follows it (`### Question 1` over code, then `> …`), as import writes it.
  const afterListing = (i: number): number => {
    let k = i + 1;
    if (nodes[k]?.type !== 'code') return -1;
    while (nodes[k]?.type === 'code' || (nodes[k]?.type === 'html' && /^<!--[\s\S]*-->$/.test((nodes[k] as { value: string }).value.trim()))) k++;
    return k;
  };
  // Over an answer label alone on its line, what the question asks (a task, a list), then the card: as import writes it.
  const afterLabel = (i: number): boolean => {
    let k = i + 1;
    while (k <= i + 9 && nodes[k] && nodes[k].type !== 'heading' && nodes[k].type !== 'blockquote' && !isAnswerLabel(nodes[k])) k++;
    if (k === i + 1 || !isAnswerLabel(nodes[k])) return false;
    k++;
    while (nodes[k]?.type === 'html' && /^<!--[\s\S]*-->$/.test((nodes[k] as { value: string }).value.trim())) k++;
    return quoteAt(k);
  };
  const marked = nodes.some(
    (n, i) =>
      n.type === 'heading' &&
      n.depth === 3 &&
      (quoteAt(i + 1) ||
        afterLabel(i) || (quoteAt(i + 2) && !(nodes[i + 1]?.type === 'paragraph' && QUESTION_LABEL.test(toString(nodes[i + 1])))) || (afterListing(i) > 0 && quoteAt(afterListing(i)) && nodes[afterListing(i) - 1]?.type === 'html')),
  );
  // Quotes that ask under topic headings (`### Scope` over `> What is a closure?`): the quotes are the
  // questions, so those read them win a tie with the headings.
  const asksQuoted = quotedAsks(nodes) >= 2;
  // A `###` heading that neither asks nor has anything under it is no question of ours: a group's name
  // over nothing yet (`### 중요도 ⭐️⭐️⭐️`), or a topic in an outline of open questions. One that asks
  // stays ours, to fail as having no answer, as do all in a deck with `> card answers`.
  // Nor is one naming only a group's half (`### Preguntas` over the list, `### Respuestas` over the answers): it asks nothing.
  const ours = nodes.filter(
    (n, i) => n.type === 'heading' && n.depth === 3 && (marked || ((!emptyHeading(nodes, i) || /[?？]\s*$/.test(toString(n))) && !namesPartOnly(toString(n)))),
  ).length;
  // A question a notes app's box asks (`> [!question]- …` over its answer) is its author's mark of a question, as a card
  // answer is ours: the page's bullets and lines around it are notes, not a list of questions.
  const boxed = nodes.some(askedInBox);
  let best: { name: LayoutName; count: number } = { name: 'studyguide', count: ours };
  const labelHeadings = nodes.filter((n) => n.type === 'heading' && isNumberLabel(n)).length;
  for (const layout of FOREIGN_LAYOUTS) {
    // A list of questions in an answer of ours (with `> card answers`) is not a bank of them.
    // Nor are `a :: b` lines in such answers (a Haskell signature written as text) flashcards, nor
    // the answers' own questions ("Why does it matter?" closing a paragraph) questions of a page pasted as text.
    if ((marked || boxed) && (layout.name === 'list-questions' || layout.name === 'flashcards' || layout.name === 'question-lines')) continue;
    // Questions under headings that are only their numbers (`##Pergunta 3` over its words, a hint, a listing, then `R:`):
    // the lines there that ask are those questions' words, not questions of a page pasted as text.
    if (layout.name === 'question-lines' && best.name === 'numbered-headings' && labelHeadings >= 3 && labelHeadings * 2 > best.count) continue;
    const count = layout.count(nodes);
    // Numbered `###` headings read the same either way, but only the numbered layout drops the numbers.
    // So do most of them, the rest naming groups (`### **Docker Basics**` over `### **1. What is Docker?**`):
    // read as ours, those group names would be questions with no answer.
    // Only numbers at our question level count here: numbered sections (`## 1. Files` over `### What is …?`) are ours.
    const atOurs = layout.name === 'numbered-headings' ? nodes.filter((n) => n.type === 'heading' && n.depth === 3 && isNumbered(n)).length : 0;
    const numberedMost = !marked && layout.name === 'numbered-headings' && atOurs >= 2 && atOurs * 2 > best.count && best.name === 'studyguide';
    const numberedTie = !marked && layout.name === 'numbered-headings' && atOurs > 0 && count === best.count && best.name === 'studyguide';
    // Numbered questions at `##` asking (`## 🔹 1. What is Docker?`) hold the `###` headings below them in their answers.
    const numberedAbove = layout.name === 'numbered-headings' && best.name === 'studyguide' && asksAboveOurs(nodes);
    // Prompts at `##` over the parts of their answers (`## Design a URL shortener` over `### Requirements`):
    // the `###` headings are those parts, not questions of ours.
    const promptsAbove = !marked && layout.name === 'numbered-headings' && best.name === 'studyguide' && (answerPartsLevel(nodes)?.depth ?? 3) < 3;
    const quotedTie = asksQuoted && layout.name === 'qa' && count >= best.count && best.name === 'studyguide';
    // Boxes that ask in a section of their own (`## Interview Questions` over `??? question "Why …?"`) under a tutorial's
    // topics (`### Create Empty Files`, none asking): the boxes are the questions, however many topics there are.
    const boxesOverOurs = !marked && layout.name === 'details' && best.name === 'studyguide' && count >= 2 && boxesOverTopics(nodes);
    if ((count > best.count && (count >= 2 || ours === 0)) || quotedTie || numberedTie || numberedMost || numberedAbove || promptsAbove || boxesOverOurs) best = { name: layout.name, count };
  }
  return best.name;
}

/** A question mark closing a heading's words, perhaps inside the quotation marks they are said in (`1. "Apa Kelemahan Anda?"`). */
const QUOTED_ASK = /[?？]["”»’」』\s]*$/u;

/**
 * True when numbered headings above our question level (`## 1. What is …?`, `## Question 1`) ask, at least two and
 * most of them, and no `###` heading stands before the first: those are the questions, and the
 * `###` headings name parts of their answers ("How it works", "Interview answer").
 */
function asksAboveOurs(nodes: RootContent[]): boolean {
  // A number alone (`## 第 1 题 🟢`) asks too: its question is written under it.
  const numbered = nodes.flatMap((n, i) => (n.type === 'heading' && n.depth < 3 && isNumbered(n) ? [{ i, asks: QUOTED_ASK.test(headingWords(n)) || isNumberLabel(n) }] : []));
  const asking = numbered.filter((n) => n.asks).length;
  const firstOurs = nodes.findIndex((n) => n.type === 'heading' && n.depth === 3);
  return asking >= 2 && asking * 2 >= numbered.length && (firstOurs < 0 || firstOurs > numbered[0].i);
}
