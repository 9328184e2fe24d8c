import { followUpsOnly, unansweredBody } from '../content/layouts/unanswered-body.js';
import { askedWith } from '../content/layouts/asked-with.js';
import path from 'node:path';
import { stringify as toYaml } from 'yaml';
import type { BlockContent, Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { BANK_WORDS, decodeDeckText, slugFromFile } from '../content/load-deck.js';
import { readBankBytes } from './read-bank.js';
import { bankText, bankTree } from '../content/bank-text.js';
import { fencedChatWarnings, fencedDeckWarning, unwrapFencedDeck } from '../content/fenced-deck.js';
import { normaliseLayout } from '../content/layouts/normalise.js';
import { parseDeck } from '../content/parse-deck.js';
import { adviceParts } from '../content/layouts/advice-sections.js';
import { toString } from 'mdast-util-to-string';
import { deriveCard, isAnswerLabel } from '../content/derive-card.js';
import { cardStartIndex } from '../content/layouts/card-start.js';
import { isOptionList, openingOptions, unticked } from '../content/option-lists.js';
import { splitPrompt, tickedOptions } from '../content/layouts/question-prompt.js';
import { introducesItems, leadingPrompt, readAsAsked } from '../content/leading-prompt.js';
import { joiner } from '../content/layouts/answer-marks.js';
import { allQuestions, type Diagnostic } from '../model/deck.js';
import { readingSummary } from '../content/layouts/summary.js';
import type { Reading } from '../content/layouts/types.js';
import { DECK_KEYS, keyLine, parseFrontMatter } from '../content/front-matter.js';
import { frontMatterLayout } from '../content/front-matter-layout.js';
import { writeMarkdown } from './write-markdown.js';
import { headingTopic, topicPrefixes } from '../content/layouts/topic-prefixes.js';
import { withoutDecoration, withoutTitleMarksIn } from '../content/decorative-marks.js';
import { headingTags } from '../content/layouts/heading-hashtags.js';
import { questionBody } from '../content/question-body.js';
import { levelLine, levelNamed } from '../content/level-names.js';
import { levelFirstLine, looksLikeMeta } from '../content/meta-line.js';
import { tableToDeck } from './read-table.js';
import { jsonToDeck } from './read-json.js';
import { repeatedJsonKeys } from '../repeated-json-keys.js';
import { yamlToDeck } from './read-yaml.js';
import { readRecords } from '../content/record-blocks.js';
import { siblingAnswers } from './import-answers.js';
import { refuseCostlyMarkup } from '../content/costly-markup.js';
import { originMap, placedDiagnostic, placedError, questionLineMap, type LineMap } from './bank-lines.js';
import { unwrittenAnswer, writtenInOwnFormat } from '../content/own-marks.js';
import { answerReadAsHeading } from '../content/ruled-answer.js';

/** One imported bank: the deck in our format and what reading the source found. */
export interface Imported {
  file: string;
  markdown: string;
  summary: string;
  diagnostics: Diagnostic[];
}

/** The note put above a card answer the importer made, so a reviewer can find each one. */
export const DERIVED_NOTE = '<!-- card answer derived by studyguide import: review it -->';

/**
 * Reads a bank in any layout build reads (or CSV/TSV, Anki's notes export, JSON or YAML records) and writes it in
 * our format: front matter, `##` sections, `###` questions, a card answer under each (derived
 * ones marked with DERIVED_NOTE), `Status: open` for questions with no answer.
 */
export async function importBank(file: string, layout?: string): Promise<Imported> {
  const bytes = await readBankBytes(file);
  const text = decodeDeckText(bytes, file, BANK_WORDS);
  const ext = path.extname(file).toLowerCase();
  const table = ext === '.csv' || ext === '.tsv' || (ext === '.txt' && /^#separator:|\t/m.test(text));
  const json = ext === '.json' ? jsonToDeck(text, file) : ext === '.yaml' || ext === '.yml' ? yamlToDeck(text, file) : undefined;
  // A bank pasted whole in a ```markdown block is read from inside it (content/fenced-deck.ts).
  const fenced = table || json ? undefined : unwrapFencedDeck(text);
  // Level dividers typed as text are headings, as build reads them (content/divider-lines.ts).
  // TOML front matter (`+++` lines) is read as the YAML it means, as build reads it.
  const early: Diagnostic[] = [];
  const records = json ?? (table ? tableToDeck(text, file) : undefined);
  const source = records ? records.markdown : bankText(fenced?.text ?? text, file, early);
  // Lines of the text read → the file's: the same, or the rows and records a table or JSON/YAML bank was written from.
  const fromSource: LineMap = records ? originMap(records.origins) : (line) => ({ line });
  // Refused before the parser sees it, as build refuses it.
  try {
    refuseCostlyMarkup(source, file);
  } catch (err) {
    throw placedError(err, file, fromSource);
  }
  const tree = bankTree(source);
  const diagnostics: Diagnostic[] = [...(records?.diagnostics ?? []), ...early];
  // JSON keeps the later of a key given twice in one record, without a word: said here.
  if (ext === '.json') {
    for (const { key, line } of repeatedJsonKeys(text)) {
      const message = `"${key}" is given twice in one record: the later value is read, the earlier left out — keep one of the two`;
      diagnostics.push({ file, line, severity: 'warning', code: 'left-out', message });
    }
  }
  const aroundFence = fencedDeckWarning(file, fenced);
  if (aroundFence) diagnostics.push(aroundFence);
  diagnostics.push(...fencedChatWarnings(file, fenced));
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const fm = yaml ? parseFrontMatter(yaml.value, file, 1) : {};
  // A blog post's `layout: default` (its site generator's) is no layout of ours: detected, with a warning, as build does.
  const fromFrontMatter = layout
    ? undefined
    : frontMatterLayout(fm.layout, file, yaml ? keyLine(yaml.value, 'layout', yaml.position?.start.line ?? 1) : 1, diagnostics);
  const readAt = diagnostics.length;
  // Question records in a ```yaml block are read as build reads them (content/record-blocks.ts).
  readRecords(tree, file, diagnostics, (probe) => normaliseLayout(probe, layout ?? fromFrontMatter, file, 1, [], path.dirname(path.resolve(file))));
  const normalised = normaliseLayout(tree, layout ?? fromFrontMatter, file, 1, diagnostics, path.dirname(path.resolve(file)));
  diagnostics.splice(readAt, Infinity, ...diagnostics.slice(readAt).map((d) => placedDiagnostic(d, file, fromSource)));
  // A part of advice or stories read as questions by the bank's layout is notes, as build reads it (content/layouts/advice-sections.ts).
  if (normalised.layout !== 'studyguide') tree.children = adviceParts(tree.children, source.split('\n')).nodes;
  const title = typeof fm.title === 'string' && fm.title.trim() ? fm.title.trim() : deckTitle(tree, file);
  // The deck is written with its own front matter; the source's layout key is spent.
  tree.children = tree.children.filter((n) => n.type !== 'yaml');
  if (!tree.children.some((n) => n.type === 'heading' && n.depth === 1))
    tree.children.unshift({ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] });
  // An open question says so in our format (a bare heading there is a mistake, not an open question).
  // So does one whose body answers nothing (options alone, a template's slot over its tips): what it holds prints with it.
  // In a bank that only shares our headings, one with nothing under it is open, as build prints it (content/own-marks.ts).
  const asked = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 3);
  const marked = writtenInOwnFormat(asked.map((n) => ({ nodes: answerOf(tree, n) })));
  // Read as our format without being ours (a foreign layout answers for its own empty questions).
  const sharesOurHeadingsOnly = normalised.layout === 'studyguide' && !marked;
  const sourceLines = source.split('\n');
  const unwritten = (n: Heading): boolean => sharesOurHeadingsOnly && unwrittenAnswer(answerOf(tree, n)) && !answerReadAsHeading(n, tree.children, sourceLines);
  const unanswered = (n: Heading): boolean => {
    if (unwritten(n)) return true;
    // Only followed up (`**Follow-ups:**` over the questions to ask next), as build reads it.
    const body = answerOf(tree, n);
    if (normalised.layout === 'studyguide' && n.depth === 3 && followUpsOnly(body.slice(leadingPrompt(body, toString(n)).taken))) return true;
    const held = normalised.layout !== 'studyguide' && n.depth === 3 ? unansweredBody(answerOf(tree, n), toString(n)) : undefined;
    return !!held && !held.answer.length;
  };
  // A bank kept in two files: an open question's answer is in the answers file beside it.
  const questionHeadings = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 3);
  // Each question's section title: answers numbered anew in each section pair by it.
  let section = '';
  const sectionOf = new Map<Heading, string>();
  for (const n of tree.children) {
    if (n.type === 'heading' && n.depth === 2) section = toString(n);
    else if (n.type === 'heading' && n.depth === 3) sectionOf.set(n, section);
  }
  const paired = await siblingAnswers(
    file,
    source,
    questionHeadings,
    questionHeadings.map((n) => sectionOf.get(n) ?? ''),
    (n) => normalised.open.has(n) || askedWith(n) || unanswered(n),
  );
  diagnostics.push(...paired.diagnostics);
  tree.children = tree.children.flatMap((n) =>
    n.type === 'heading' && paired.answers.has(n)
      ? [n, ...paired.answers.get(n)!]
      : n.type === 'heading' && (normalised.open.has(n) || askedWith(n) || unanswered(n))
        ? [n, { type: 'paragraph', children: [{ type: 'text', value: 'Status: open' }] }]
        : [n],
  );
  // A question asked over two lines (its translation under it) is one line of a heading: a line
  // break there would be written as `&#xA;`.
  // Pictographs opening a question only decorate it: written without them, as build prints it.
  // Section titles without the marks around them (`## 🔹 Basics`), as build prints a bank not written for us.
  for (const n of tree.children) {
    if (n.type !== 'heading') continue;
    n.children =
      n.depth === 3
        ? withoutDecoration(oneLine(n.children))
        : n.depth === 2 && (!marked || normalised.layout !== 'studyguide')
          ? withoutTitleMarksIn(oneLine(n.children))
          : oneLine(n.children);
  }
  const levelLines = normalised.layout !== 'studyguide' ? takeLevelLines(tree) : new Map<Heading, string>();
  // A topic most of a section's questions open with (`[React] …`) is their tag, as build reads it.
  if (normalised.layout !== 'studyguide') for (const section of sectionQuestions(tree.children)) topicPrefixes(section);
  // Parsing the normalised text as a deck gives the derived card answers and open questions.
  const ours = writeMarkdown(tree);
  // It is our format now: read as such, not detected again (a list of questions left in an intro is not a bank of them).
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 3);
  const readLines = headings.map((h) => h.position?.start.line);
  // What reading the rewritten deck finds is said at the file's line, through the question it falls under.
  const fromOurs = (written: number[]): LineMap => {
    const toSource = questionLineMap(written, readLines);
    return (line) => fromSource(toSource(line));
  };
  let deck;
  try {
    deck = parseDeck(ours, { file, slug: slugFromFile(file), layout: 'studyguide', layoutForced: true });
  } catch (err) {
    throw placedError(err, file, fromOurs(questionLines(ours)));
  }
  const questions = allQuestions(deck);
  const fromDeck = fromOurs(questions.map((q) => q.line));
  // The language read from the text is written down, so the imported deck keeps it as edited.
  const lang = typeof fm.lang === 'string' ? fm.lang : deck.lang;
  // The bank's own deck fields (tags, author, difficulty, category, …) carry over as written.
  const fields = Object.fromEntries(
    DECK_KEYS.filter((k) => k !== 'title' && k !== 'lang' && fm[k] !== undefined && fm[k] !== null).map((k) => [
      k,
      fm[k] instanceof Date ? fm[k].toISOString().slice(0, 10) : fm[k],
    ]),
  );
  // A title naming a level (`# Senior Python Questions`) gives it to every question no section places: written down, as our format reads no title so.
  const titled = normalised.layout !== 'studyguide' && fields.difficulty === undefined ? levelNamed(title) : undefined;
  const out: RootContent[] = [
    { type: 'yaml', value: toYaml({ title, ...(lang !== 'en' ? { lang } : {}), ...fields, ...(titled ? { difficulty: titled } : {}) }).trimEnd() },
  ];
  const moved = new Set<RootContent>();
  for (const node of tree.children) {
    if (node.type === 'yaml' || moved.has(node)) continue;
    out.push(node);
    // A level the bank gave (a section named "Advanced…", `### Question 1 — Easy`) is written as our `Level:` line.
    // In our own format, only stars on a question (`### What is X? ★★`) give one this way.
    const level =
      node.type === 'heading' && normalised.layout !== 'studyguide'
        ? (levelLines.get(node) ?? writtenLevel(node))
        : node.type === 'heading' && node.depth === 3
          ? writtenLevel(node)
          : undefined;
    if (level) out.push({ type: 'paragraph', children: [{ type: 'text', value: `Level: ${level}` }] });
    const topic = node.type === 'heading' ? headingTopic(node) : undefined;
    const tags = [...(topic ? [topic] : []), ...(node.type === 'heading' ? headingTags(node) : [])];
    if (tags.length) out.push({ type: 'paragraph', children: [{ type: 'text', value: `Tags: ${tags.join(', ')}` }] });
    if (node.type !== 'heading' || node.depth !== 3) continue;
    const q = questions[headings.indexOf(node)];
    if (!q || q.open) continue;
    // The question's options are written where our format reads them: between the question and
    // its card answer (ticks taken off: the card says which is right). What the question asks
    // above them (`### Q1: Ordering` over "Where is order kept?") joins the heading.
    const body = answerOf(tree, node);
    // Choices with the right ones ticked (`- [x] GET`, no letters) are written with empty boxes, and the card names the ticked ones.
    const ticked = normalised.layout !== 'studyguide' ? tickedChoices(body) : undefined;
    const marked = cardStartIndex(body) > 0;
    const writesCard = !ticked && (q.cardGenerated || marked) && !!q.cardText;
    const lead =
      ticked ?? askedAbove(node, body, !!q.promptHtml) ?? (writesCard ? promptAbove(body, toString(node), normalised.layout !== 'studyguide') : undefined);
    if (lead?.asked.length)
      out[out.length - 1] = { ...node, children: [...node.children, { type: 'text', value: joiner(toString(node).trim()) }, ...lead.asked] };
    for (const n of lead?.nodes ?? []) moved.add(n);
    out.push(...(lead?.options ?? []).map((n) => (n.type === 'list' && !ticked ? unticked(n) : n)));
    // A card the layout reads from further down the answer (an "Answer" box under a tip, a quiz's
    // key) is lost in the written text, where the first quote would be taken as the card: it is written out.
    if (ticked) out.push({ type: 'html', value: DERIVED_NOTE }, { type: 'blockquote', children: ticked.card });
    else if (writesCard)
      out.push(
        { type: 'html', value: DERIVED_NOTE },
        {
          type: 'blockquote',
          children: cardBlocks(
            tree,
            node,
            marked ? undefined : q.cardText,
            // What the question asks (its options, as lists or typed one a line): a card naming a letter names its option.
            lead?.options.filter((n) => (n.type === 'list' || n.type === 'paragraph') && !isAnswerLabel(n)),
          ),
        },
      );
  }
  const reading: Reading = {
    ...normalised,
    language: deck.reading?.language,
    questions: questions.length,
    open: questions.filter((q) => q.open).length,
    ...(paired.file ? { answersFile: paired.file } : {}),
  };
  return {
    file,
    markdown: writeMarkdown({ type: 'root', children: out } as Root),
    summary: readingSummary(reading),
    diagnostics: [...diagnostics, ...deck.diagnostics.filter((d) => d.code !== 'no-card-answer').map((d) => placedDiagnostic(d, file, fromDeck))],
  };
}

/** The lines of a deck's question headings, as the markdown parser reads them (a parse that failed gave no questions). */
const questionLines = (markdown: string): number[] =>
  bankTree(markdown)
    .children.filter((n) => n.type === 'heading' && n.depth === 3)
    .map((n) => n.position?.start.line ?? 1);

/** The question headings of each section, in order. */
function sectionQuestions(nodes: RootContent[]): Heading[][] {
  const sections: Heading[][] = [[]];
  for (const n of nodes) {
    if (n.type !== 'heading') continue;
    if (n.depth <= 2) sections.push([]);
    else if (n.depth === 3) sections[sections.length - 1].push(n);
  }
  return sections;
}

/**
 * What a question asks under its heading, when the answer proper starts further down (a quiz's
 * key, an answer label): the option lists there, and at most two short paragraphs above them,
 * which finish asking. Options right under the heading come alone, when the deck read them as
 * options (`optionsRead`: a list opening an answer with no card below is that answer). Undefined when anything else
 * stands there (a listing, a table): that stays in the answer.
 */
function askedAbove(
  heading: Heading,
  answer: RootContent[],
  optionsRead: boolean,
): { asked: PhrasingContent[]; options: RootContent[]; nodes: RootContent[] } | undefined {
  const opening = openingOptions(answer);
  const start = cardStartIndex(answer);
  const above = start > 0 ? answer.slice(0, start) : [];
  // A listing (or table) the question asks about, right over its answer: written between the question and its card, where our format reads it.
  // So is a list the question introduces (`Compare:` over `- a log`, `- a snapshot`), which our format reads there as asked.
  const introduced = introducesItems(toString(heading));
  if (above.length && readAsAsked(above, introduced)) return { asked: [], options: above, nodes: above };
  const paragraphs = above.slice(
    0,
    above.findIndex((n) => n.type !== 'paragraph'),
  );
  const options = above.slice(paragraphs.length);
  // A heading that asks already (`## 1. Which planet …?`) is the whole question; a bank's labelled lines (`**Type:** single`) ask nothing.
  const short = paragraphs.every((p) => toString(p).length <= 300 && !(p.type === 'paragraph' && p.children[0]?.type === 'strong'));
  const asks = !/[?？]\s*$/.test(toString(heading)) && paragraphs.length <= 2 && short && options.length > 0 && options.every((n) => isOptionList(n));
  if (!asks) return optionsRead && opening.length ? { asked: [], options: opening, nodes: opening } : undefined;
  const asked = paragraphs.flatMap((p, k) => [...(k ? [{ type: 'text' as const, value: ' ' }] : []), ...(p as Paragraph).children]);
  return { asked, options: options as List[], nodes: above };
}

/**
 * What build reads as asked above a question's answer, where askedAbove finds nothing to write
 * (a task in a paragraph, a list the question does not introduce, options under their lead-in
 * `选项：`): those blocks, written between the question and its card. Blocks our format would not
 * read as asked there (more than three, or any but options, code, tables, maths and lists the
 * question introduces) are followed by an `**Answer:**` label, over which our format reads them
 * as asked. A question of ours (`ours`) keeps what its format read as asked above the card it
 * had none of (a quoted question under a topic, content/leading-prompt.ts): the card goes under it.
 */
function promptAbove(
  body: RootContent[],
  question: string,
  foreign: boolean,
): { asked: PhrasingContent[]; options: RootContent[]; nodes: RootContent[] } | undefined {
  const meta = body.findIndex((n) => n.type !== 'paragraph' || !looksLikeMeta(toString(n), foreign));
  const rest = meta < 0 ? [] : body.slice(meta);
  if (!foreign) {
    const { taken } = leadingPrompt(rest, question);
    const nodes = rest.slice(0, taken);
    return taken > 0 ? { asked: [], options: nodes, nodes } : undefined;
  }
  if (rest[0]?.type === 'blockquote') return undefined;
  const split = splitPrompt(rest);
  if (!split.prompt.length) return undefined;
  // The blocks as the bank has them (splitPrompt gives options typed one a line as copies that keep their lines).
  const nodes = rest.slice(0, cardStartIndex(rest)).filter((n) => !split.answer.includes(n));
  if (nodes.length !== split.prompt.length) return undefined;
  const introduced = introducesItems(question);
  const read = readAsAsked(nodes, introduced);
  return { asked: [], options: read ? nodes : [...nodes, answerLabel()], nodes };
}

/** `**Answer:**` alone on its line: over it, our format reads what the question asks (content/leading-prompt.ts). */
const answerLabel = (): Paragraph => ({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'Answer:' }] }] });

/**
 * Choices with no letters under a question, the right ones ticked (`- [x] GET`⏎`- [ ] POST`), as the
 * layout read them: written with their boxes emptied, where our format reads them as the
 * question's, and the ticked ones (joined as the build joins them) as the card.
 */
function tickedChoices(answer: RootContent[]): { asked: PhrasingContent[]; options: RootContent[]; nodes: RootContent[]; card: BlockContent[] } | undefined {
  const split = tickedOptions(answer);
  const list = answer.find((n): n is List => n.type === 'list');
  // Lettered options (`- [x] b) 304`) are written as our format's lettered options.
  const lettered = (n: RootContent): boolean => isOptionList(n);
  if (!split || !list || lettered(list)) return undefined;
  const boxes: List = { ...list, children: list.children.map((item) => ({ ...item, checked: false })) };
  const [right] = split.answer;
  // What the question asks above its choices (a listing, the words that ask, `O que aparece na tela?`) goes with them, over an answer label where our format would not read it so.
  const above = split.prompt.slice(0, -1);
  const read = readAsAsked(above, false, 1);
  return { asked: [], options: [...above, boxes, ...(read ? [] : [answerLabel()])], nodes: [...above, list], card: right?.type === 'paragraph' ? [right] : [] };
}

/**
 * The bank's own level lines right under its questions (`**Difficulty**: Beginner`), taken out
 * of the tree (their card is derived without them): the level each gives its question.
 */
function takeLevelLines(tree: Root): Map<Heading, string> {
  const levels = new Map<Heading, string>();
  tree.children = tree.children.flatMap((node, i) => {
    const before = tree.children[i - 1];
    const under = before?.type === 'heading' && before.depth === 3 && node.type === 'paragraph';
    const level = under ? levelLine(toString(node)) : undefined;
    if (level) levels.set(before as Heading, level);
    // `**Difficulty**: Medium⏎**Category**: …`: the level line goes, the lines under it stay.
    const first = under && !level ? levelFirstLine(node) : undefined;
    if (first) levels.set(before as Heading, first.level);
    return level ? [] : first ? [first.rest] : [node];
  });
  return levels;
}

/** The level a foreign bank gave a section (by its name) or a question (after its number). */
function writtenLevel(heading: Heading): string | undefined {
  if (heading.depth === 2) return levelNamed(toString(heading));
  return heading.depth === 3 ? (heading.data as { level?: string } | undefined)?.level : undefined;
}

/** The nodes under a question's heading, up to the next heading. */
const answerOf = (tree: Root, heading: Heading): RootContent[] => questionBody(tree.children, tree.children.indexOf(heading));

/**
 * The derived card answer as markdown blocks, so code stays code and a list a list: derived
 * again from the answer under the heading, and used only when it reads as the deck's own card
 * answer `cardText` (else that text as one paragraph); always when no `cardText` is given.
 */
function cardBlocks(tree: Root, heading: Heading, cardText?: string, options: RootContent[] = []): BlockContent[] {
  const derived = deriveCard(answerOf(tree, heading), toString(heading), options);
  const blocks = derived.nodes.filter((n): n is BlockContent => n.type === 'paragraph' || n.type === 'code' || n.type === 'list' || n.type === 'table');
  const asText: BlockContent[] = [{ type: 'paragraph', children: [{ type: 'text', value: cardText ?? derived.text }] }];
  return (cardText === undefined || derived.text === cardText) && blocks.length > 0 && blocks.length === derived.nodes.length ? blocks : asText;
}

function deckTitle(tree: Root, file: string): string {
  const h1 = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  const text = h1
    ? h1.children
        .map((c) => ('value' in c ? c.value : ''))
        .join('')
        .trim()
    : '';
  if (text) return text;
  const words = slugFromFile(file).replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Questions';
}

/** Phrasing on one line: line ends and breaks as spaces. */
function oneLine(children: PhrasingContent[]): PhrasingContent[] {
  return children.map((c): PhrasingContent =>
    c.type === 'break' ? { type: 'text', value: ' ' } : c.type === 'text' ? { ...c, value: c.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ') } : c,
  );
}
