import { askedInBox } from '../callouts.js';
import { outlineNumbers } from './outline-numbers.js';
import type { Heading, Root } from 'mdast';
import { contentError } from '../../errors.js';
import type { Diagnostic } from '../../model/deck.js';
import type { DiagnosticCode } from '../../model/diagnostic-codes.js';
import { applyAnswerKeys, takeAnswerKeys } from './answer-key.js';
import { leadingKey } from './leading-key.js';
import { assemble } from './assemble.js';
import { joinFollowUps } from './follow-ups.js';
import { unquotedPairs } from './quoted-pairs.js';
import { withoutNumberLines } from './number-lines.js';
import { definitionPairs } from './definition-pairs.js';
import { htmlDefinitionPairs } from './html-definition-pairs.js';
import { convertHtml, isComment, reportDropped } from './convert-html.js';
import { withoutProjectQuestions, withoutProjectSections } from './project-sections.js';
import { lazyQuestionLines } from './lazy-question-lines.js';
import { detectLayout, FOREIGN_LAYOUTS } from './detect.js';
import { htmlToMdast, type DroppedHtml } from './html-to-mdast.js';
import { boldLabels } from './bold-labels.js';
import { boldQuestions } from './bold-questions.js';
import { headingLabels } from './heading-labels.js';
import { laterTitlesAsSections } from './later-titles.js';
import { labelledQuestions } from './labelled-fields.js';
import { looseHeadings } from './loose-headings.js';
import { liftHeadings } from './lift-headings.js';
import { setextQuestions } from './setext-questions.js';
import { labelHeadings } from './label-headings.js';
import { oneQuestionFile } from './one-question-file.js';
import { withoutQuestionList } from './question-list.js';
import { navigationKind, withoutNavigation } from './navigation.js';
import { drawnRules } from './rule-lines.js';
import { proseFences } from './prose-fences.js';
import { withoutChat } from './chat-lines.js';
import { starLevels, takeLineStars } from './star-levels.js';
import { withoutSpanWrappers } from './span-wrappers.js';
import { questionLineLists } from './question-line-lists.js';
import { boldAsides } from './bold-asides.js';
import { gluedNumbers } from './glued-numbers.js';
import { indentedItems } from './indented-items.js';
import { shortNestedLists } from './short-nested-lists.js';
import { bulletedHeadings } from './bulleted-headings.js';
import { numberedQuestionLabels } from './numbered-question-labels.js';
import { withoutPageLinkWords } from './page-link-words.js';
import { anchoredAnswers } from './anchored-answers.js';
import { footnoteAnswers } from './footnote-answers.js';
import { withoutMdxStatements } from './mdx-statements.js';
import { clozeCards } from './cloze-cards.js';
import { logseqProperties } from './logseq-properties.js';
import { numberLineRecords } from './number-line-records.js';
import { questionLineRecords } from './question-line-records.js';
import { emptyLinkLines } from './empty-link-lines.js';
import { headingHashtags } from './heading-hashtags.js';
import { dialogueLabels } from './dialogue-labels.js';
import { linkedAnswerFiles } from './linked-answer-files.js';
import { headingRunOns } from './run-on-answer.js';
import { htmlTables } from './html-tables.js';
import { letterNumbers } from './letter-numbers.js';
import { answerItemLists } from './answer-label-pairs.js';
import { scenarioItems } from './scenario-lists.js';
import { gluedGroupLines } from './glued-group-lines.js';
import { quotedHeadings } from './quoted-headings.js';
import { checklistSections } from './checklist-sections.js';
import { readTitledParts, titledParts, type LayoutPart } from './titled-parts.js';
import { LAYOUT_CHOICES, type LayoutChoice, type LayoutName, type LineSpan, type Part } from './types.js';
import { detailsHeadings } from './details-headings.js';
import { foldClosingHeadings } from './fold-closing-headings.js';
import { topicItems } from './topic-items.js';
import { postQuestions } from './post-questions.js';
import { plainStyledLetters } from './styled-letters.js';
import { closingColons } from './closing-colons.js';
import { remarkHeadings } from './remark-headings.js';
import { answerLineNumbers } from './answer-line-numbers.js';
import { boldChoices } from './bold-choices.js';
import { radioChoices } from './radio-choices.js';
import { difficultyBanners } from './difficulty-banners.js';
import { answerHeadings } from './answer-headings.js';

/** What normalising a tree found; the tree itself is changed in place. */
export interface Normalised {
  layout: LayoutName;
  detected: boolean;
  open: Set<Heading>;
  navigation: number;
  navigationLines: LineSpan[];
  leftOut: number;
  /** The file held one question under its label headings (`### Question` … `### Answer`): it names no deck title. */
  oneQuestion: boolean;
  /** A Logseq page's `tags::`: the deck's tags (logseq-properties.ts). */
  pageTags?: string[];
  /** The layouts of a file holding banks in more than one, each under its own `#` title (titled-parts.ts). */
  layouts?: LayoutName[];
  /** Where each of those banks stands in the file, to say which layouts still give questions once advice is read as notes (advice-sections.ts). */
  layoutParts?: LayoutPart[];
  /** Where a closing note set off by a rule under the last question starts (closing-words.ts). */
  closingLine?: number;
}

/**
 * Rewrites a deck's tree into our shape whatever layout it is written in (see layouts/*.ts),
 * keeping source positions, and turns raw HTML into markdown nodes. `choice` comes from the
 * `layout` option or front matter; `auto` detects the layout. `baseDir`: the deck's folder, where
 * answers kept in files of their own are read from (linked-answer-files.ts).
 */
export function normaliseLayout(tree: Root, choice: unknown, file: string, line: number, diagnostics: Diagnostic[], baseDir?: string): Normalised {
  if (choice !== undefined && !(LAYOUT_CHOICES as readonly unknown[]).includes(choice)) {
    throw contentError(file, line, `unknown layout "${String(choice)}"`, `use one of ${LAYOUT_CHOICES.join(', ')}`);
  }
  const requested = (choice ?? 'auto') as LayoutChoice;
  // Titles set in mathematical bold letters (`𝐃𝐞𝐯𝐎𝐩𝐬 𝐏𝐫𝐚𝐜𝐭𝐢𝐜𝐞𝐬`) are the bold words they imitate.
  plainStyledLetters(tree);
  // Headings numbered as an outline (`# 2 …` over `## 2.1 …`, a notes plugin's work) number parts, not questions (outline-numbers.ts).
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0].value : '';
  tree.children = outlineNumbers(tree.children, yaml);
  // Two banks in one file, each under its own `#` title, may each be written in their own layout (titled-parts.ts).
  // A notes page asking in boxes (`> [!question] …`) anywhere is one page of notes: no part of it is a list of questions.
  const parts = requested === 'auto' && !tree.children.some(askedInBox) ? titledParts(tree.children) : undefined;
  if (!parts) return normaliseTree(tree, requested, file, diagnostics, baseDir);
  const untouched = structuredClone(parts);
  const wholeDiagnostics: Diagnostic[] = [];
  const whole = normaliseTree(tree, requested, file, wholeDiagnostics, baseDir);
  const split = readTitledParts(tree, whole, untouched, (part, found) => normaliseTree(part, requested, file, found, baseDir));
  diagnostics.push(...(split?.diagnostics ?? wholeDiagnostics));
  return split?.reading ?? whole;
}

/** normaliseLayout for one tree read in one layout. */
function normaliseTree(tree: Root, requested: LayoutChoice, file: string, diagnostics: Diagnostic[], baseDir: string | undefined): Normalised {
  const yaml = tree.children[0]?.type === 'yaml' ? [tree.children[0]] : [];
  // A quiz's answer key ("## Answers" over `| Q1 | B | why |`) goes into its questions' answers.
  // Questions headed by their label (`## Question` over the question) are headed by the question.
  // A question written right over the rule after it (`What is X?⏎---`) is no heading.
  // A bank titled with a lone `##` over sections and questions one level down is lifted to ours.
  // A file holding one question in a labelled heading (`### Q: …`) over an answer of its own sections is that question.
  // Q/A pairs each set in a quote are read as the pairs they hold.
  // A question's number on a line of its own over its heading (`✅ **Q1**` over `### Iterators`) goes: we number questions.
  // Questions written as a definition list (`What is XSS?⏎: Injecting …`, or in HTML, `<dt>`/`<dd>`) are read as the Q/A pairs they are.
  // A quiz's answer wrapped whole in a `<span>` (`<span class="answer">Answer: B</span>`) reads as the label it holds.
  // `1.What is a view?` paragraphs counting up, typed with no space after the number, are the numbered items they mean.
  // So is the next question glued under an answer line (`Resposta: a) print(x)⏎14. Qual …?`).
  // Options marked as radio buttons (`* ( ) Python.`, `* (x) Um erro.`) are the task list they draw;
  // lettered options with the right ones set in bold (`- **B) …**`) are the task list they mean.
  // Numbered cards copied from a web page, each part on its line (`1⏎Question?⏎Reference answer⏎…`), are the numbered items they show.
  // So are questions typed each on its line over the lines answering it, all in one paragraph (`Q1?⏎answer⏎Q2?⏎…`),
  // and a topic's name over its questions on lines of their own, none answered (`🖥️ OS⏎… 설명해주세요.⏎…`).
  // Lines that are each a link to nowhere (`[1. 시스템 콜이 …]()`, contents still to be filled in) are their words.
  // A mock interview written as a dialogue (`**Interviewer**: …` over `**You**: …`) is the Q/A pairs it holds.
  // A list's items set one space further right than its first (` - Q?⏎  - answer`) are nested as they look.
  // So is a follow-up bullet typed three spaces in under `10.` (short of its words); and a bullet that is
  // only a heading (`* ### Beginner Level` over a numbered list) is that heading.
  // A heading that only numbers its question (`## Question 3`, `## 第 3 题`) over the paragraph asking it is headed by that paragraph.
  // A page's link copied as a plain line (`View other interview questions`) is left out, said.
  // A table of questions whose rows link to their answers' headings further down asks at those headings.
  // Questions each ending on a footnote (`What does DNS do?[^2]`) are answered by it.
  // What the HTML read here and below drops (`<script>`, styling), reported once at the end.
  const dropped: DroppedHtml[] = [];
  // An MDX page's `import …`/`export …` statements load a site's code: left out, said.
  // A Logseq page's properties (`title:: …`, a card's `card-last-interval:: 4`) are its title, or go.
  const page = { tags: [] as string[] };
  const mdx = withoutMdxStatements(logseqProperties(tree.children.slice(yaml.length), file, diagnostics, page), file, diagnostics);
  // Sentences hiding their answer as Anki clozes (`The {{c1::chmod}} command …`) are cards.
  const beforeAnchored = diagnostics.length;
  const anchored = anchoredAnswers(footnoteAnswers(clozeCards(mdx.nodes)), file, diagnostics);
  // A table of the questions left out (each asked at its heading) is counted as the rest is.
  const tablesLeft = diagnostics.slice(beforeAnchored).filter((d) => d.code === 'left-out').length;
  const linkWords = withoutPageLinkWords(anchored, file, diagnostics);
  // Advice under `## Do's and Don'ts`, `## Red Flags` or `## Tips` (`### ✅ Do's` over a list) is the section's notes, not questions.
  // A question heading set in a quote (`> #### How does …?` over a "Show answer" block) is that heading.
  // A group's title glued to the answer above it where the numbers start again (`…container.⏎🟡 Medium⏎1. …`) parts the list.
  // Scenarios under their title (`🧪 Scenario Questions` over `1. A container exits at once.⏎Read its logs …`) are prompts over answers.
  // A labelled answer set as a list's one item under its question (`What is …?⏎- Answer: …`) is that answer's paragraph.
  // Questions counted with letters or circled figures (`a) What is XSS?`, `① …？`) lose those marks: we number questions.
  // A table of questions written in HTML (`<th>Question</th><th>Answer</th>`) is read as the table it is.
  // Topics numbered as list items, each a heading over its questions in folds (`1.  ### JS Core` over `<details>`), are headings over those folds (topic-items.ts).
  // A "show answer" fold whose heading names it (`<details>⏎### Answer`) is a fold titled with it (details-headings.ts).
  // Difficulty set as headings over the tasks (`### 난이도 : 🌶` over `#### let 변수선언`) are their levels (difficulty-banners.ts).
  // A quiz typed with no blank lines (`Q2. …` right under the options of `Q1.`) is parted where each question opens (lazy-question-lines.ts).
  // An answer headed by its label one level under the question (`## Question 1: Arrays⏎Explain …⏎### 🔍 Answer`) opens with that label (answer-headings.ts).
  const body = answerHeadings(htmlTables(letterNumbers(answerItemLists(scenarioItems(gluedGroupLines(quotedHeadings(checklistSections(dialogueLabels(definitionPairs(htmlDefinitionPairs(unquotedPairs(gluedNumbers(answerLineNumbers(questionLineLists(questionLineRecords(numberLineRecords(emptyLinkLines(withoutSpanWrappers(numberedQuestionLabels(bulletedHeadings(shortNestedLists(indentedItems(boldChoices(radioChoices(foldClosingHeadings(detailsHeadings(topicItems(lazyQuestionLines(difficultyBanners(linkWords.nodes)))))))))))))))))))))))))))), dropped, (line, message) => diagnostics.push({ file, line, severity: 'warning', code: 'unclosed-block', message })));
  const single = oneQuestionFile(body);
  const labelled = single
    ? { nodes: single, oneQuestion: true }
    : labelHeadings(liftHeadings(withoutNumberLines(looseHeadings(setextQuestions(body))), yaml.some((y) => /^title\s*:/m.test((y as { value: string }).value))));
  // A quiz's answer key on a line of its own before the questions (`1B, 2C, 3C, …`) is left out where the bold marks say the same, or is the key where none is marked (leading-key.ts).
  const lead = leadingKey(takeAnswerKeys(labelled.nodes));
  const taken = lead.taken;
  if (lead.left) diagnostics.push({ file, line: lead.left.line, severity: 'warning', code: 'left-out', message: lead.left.message });
  const given = taken.nodes;
  tree.children = [...yaml, ...given];
  // A file its label headings make one question is ours: its answer's own numbered points (`**1. Started:**`) ask nothing.
  // In a foreign bank, a label in bold with no colon (`**Питання**    Що таке …?`) is a label; a deck of ours keeps its words.
  // Stars closing a question's line (`1. What is hoisting? ★★☆`) are taken off before it is read, kept to give its level.
  // A bold question's aside in brackets (`**What is a Pod?** (not **a** container)`) joins it.
  const starred = takeLineStars(boldAsides(boldLabels(given)));
  const relabelled = starred.nodes;
  const layout = requested !== 'auto' ? requested : labelled.oneQuestion ? 'studyguide' : detectLayout(relabelled);
  // A bank read as ours may label its question headings (`### Q. …` over `A. …`): the labels go.
  // It may slip a question in as a bold paragraph between two answers.
  // Or write each question's fields with labels (`**Question:** …`, `**Solution:** …`), and lead
  // to them with a table of contents of in-page links.
  let ownNavigation: LineSpan[] = [];
  if (layout === 'studyguide' && requested === 'auto') {
    // A read-me's later `#` parts (`# Terraform Interview Questions` over its sections) are sections, not second titles.
    // A post asking in its `##` headings, with no others (`## 说说写JavaScript的基本规范？`), asks its questions there (post-questions.ts).
    // A remark at the question level over the questions of its group one level down (`### Now a curious case` over `#### What does it print?`) heads that group.
    const kept = withoutNavigation(labelledQuestions(boldQuestions(headingLabels(remarkHeadings(laterTitlesAsSections(postQuestions(given)))))));
    tree.children = [...yaml, ...kept.nodes];
    ownNavigation = kept.lines;
  }
  // A line drawn with `⸻` or `———` separates questions in a foreign bank, as `---` does.
  // So is a sample answer boxed as code with no language, when it reads as sentences.
  const nodes = FOREIGN_LAYOUTS.some((l) => l.name === layout) ? proseFences(drawnRules(relabelled)) : given;
  let result: Normalised = { layout, detected: requested === 'auto', open: new Set(), navigation: ownNavigation.length, navigationLines: ownNavigation, leftOut: mdx.left + tablesLeft + linkWords.left + (lead.left ? 1 : 0), oneQuestion: labelled.oneQuestion, ...(page.tags.length ? { pageTags: page.tags } : {}) };
  const foreign = FOREIGN_LAYOUTS.find((l) => l.name === layout);
  if (foreign) {
    // HTML between questions (a banner, a badge row) is read first, so navigation is known as such.
    // What the layout leaves out (a template's row still to fill in, an empty slot) is counted on the read: line, as assemble's is.
    let readLeft = 0;
    const warn = (at: number, code: DiagnosticCode, message: string) => diagnostics.push({ file, line: at, severity: 'warning', code, message });
    const rows = foreign.read(nodes, dropped, (at, code, message) => {
      if (code === 'left-out') readLeft++;
      warn(at, code, message);
    });
    // A table's answer cell (or a listed question's answer link) that is only a link to a file of its own (`[🗝️](./answers/osi.md)`) is that file's text.
    // A link to no answer leaves its question open, nothing of the bank out: not counted.
    const read = foreign.name === 'table-headings' || foreign.name === 'list-questions' ? linkedAnswerFiles(rows, baseDir, (at, message) => warn(at, 'left-out', message)) : rows;
    const parts = read.flatMap((part): Part[] => {
      if (part.kind !== 'content' || part.node.type !== 'html') return [part];
      if (isComment(part.node.value)) return [];
      // An anchor target (`<a name="x"></a>`) stays as it is for assemble to count as navigation.
      if (navigationKind(part.node) === 'anchor') return [part];
      return htmlToMdast(part.node.value, part.node.position, dropped).map((node) => (node.type === 'heading' ? { kind: 'heading', node } : { kind: 'content', node }));
    });
    // A question's follow-up (`- Bonus: …`) joins it.
    const assembled = assemble(joinFollowUps(parts), file, diagnostics);
    const unlisted = withoutQuestionList(assembled.children);
    const sectioned = withoutProjectSections(unlisted.nodes);
    const asked = withoutProjectQuestions(sectioned.nodes);
    const project = { nodes: asked.nodes, left: [...sectioned.left, ...asked.left] };
    for (const { title, line, examples } of sectioned.left) {
      diagnostics.push({ file, line, severity: 'warning', code: 'left-out', message: `section "${title}" is about the bank itself, not its questions; left out` });
      for (const example of examples ?? []) {
        const message = `"${example.title}" is the example of how to write a question that section "${title}" gives, not a question of the bank; left out`;
        diagnostics.push({ file, line: example.line, severity: 'warning', code: 'left-out', message });
      }
    }
    for (const { title, line } of asked.left) {
      diagnostics.push({ file, line, severity: 'warning', code: 'left-out', message: `"${title}" is about the bank itself (links to its project's pages), not a question; left out` });
    }
    tree.children = [...yaml, ...project.nodes];
    result = {
      ...result,
      open: assembled.open,
      navigation: assembled.navigation + unlisted.lines.length,
      navigationLines: [...assembled.navigationLines, ...unlisted.lines],
      leftOut: result.leftOut + readLeft + assembled.leftOut + project.left.length + sectioned.left.reduce((n, section) => n + (section.examples?.length ?? 0), 0),
      ...(assembled.closingLine ? { closingLine: assembled.closingLine } : {}),
    };
  }
  // Quotation marks around a question go; stars on it are its level where the bank means one (our format's are read too).
  const beforeStars = diagnostics.length;
  starLevels(tree.children, foreign ? starred.stars : new Map(), file, diagnostics);
  // Stars on a line that is no question are left out: counted too.
  result.leftOut += diagnostics.slice(beforeStars).filter((d) => d.code === 'left-out').length;
  // Hashtags closing question headings (`… #go #junior`) are their tags and level.
  headingHashtags(tree.children);
  const keyed = applyAnswerKeys(tree.children, taken);
  tree.children = keyed.children;
  // A question the key answers is no longer open.
  for (const heading of keyed.answered) result.open.delete(heading as Heading);
  result.leftOut += keyed.unmatched.length;
  for (const entry of keyed.unmatched) {
    diagnostics.push({ file, line: entry.line, severity: 'warning', code: 'left-out', message: `answer key entry ${entry.number} matches no question; left out — number its question as the key does` });
  }
  convertHtml(tree, dropped);
  reportDropped(dropped, file, diagnostics);
  // A bank generated with a chat assistant keeps what it said about its reply: left out, said.
  const chat = withoutChat(tree.children, file, diagnostics);
  // A question heading running its answer on after its mark, nothing under it, is parted there.
  tree.children = headingRunOns(chat.children);
  // A colon ending a question over no options or listing of its own goes.
  if (foreign) closingColons(tree.children);
  return { ...result, leftOut: result.leftOut + chat.left };
}
