import GithubSlugger from 'github-slugger';
import { groupParts } from './group-parts.js';
import { shortAnchor } from './short-anchor.js';
import type { Blockquote, Heading, Nodes, Root, RootContent, Text } from 'mdast';
import { contentError } from '../errors.js';
import { createHtmlRenderer, relativeJson } from './markdown.js';
import { bankText, bankTree } from './bank-text.js';
import { withFootnotes } from './fragment-footnotes.js';
import { answerReadAsHeading } from './ruled-answer.js';
import { FRONT_MATTER_CHARS, frontMatterBlock, overlongFrontMatter } from './front-matter-block.js';
import { withoutWholeBold } from './heading-weight.js';
import { fencedChatWarnings, fencedDeckWarning, unwrapFencedDeck } from './fenced-deck.js';
import { type HastPlugin } from '../model/render-context.js';
import { categoryField, dateField, difficultyField, keyLine, parseFrontMatter, stringField, tagsField } from './front-matter.js';
import { loneSurrogateWarnings, wellFormedData } from './lone-surrogates.js';
import { bidiOverrideWarnings } from './bidi-overrides.js';
import { checkLazyMeta, checkUnknownMeta, commentMeta, looksLikeMeta, takeMeta, type MetaLine } from './meta-line.js';
import { askingLines, askingMessage } from './asking-intro.js';
import { escapeHtml, plainText, blocksText, printsNothing, quotedQuestion, titleFromName } from './text.js';
import { deriveCard, isAnswerLabel } from './derive-card.js';
import { placeholderAnswer } from './layouts/placeholder-answer.js';
import { followUpsOnly, unansweredBody } from './layouts/unanswered-body.js';
import { withoutRulesAround } from './layouts/rule-lines.js';
import { resumesUnnamed } from './layouts/remark-headings.js';
import { titlesClosingWords } from './layouts/closing-words.js';
import { askedWith } from './layouts/asked-with.js';
import { followsUp } from './layouts/follow-ups.js';
import { labelFollowUpHeadings } from './layouts/follow-ups.js';
import { namedChoice } from './named-choice.js';
import { cardStartIndex, hasCardStart } from './layouts/card-start.js';
import { DISPLAY_MIN_LETTERS } from './hyphenate.js';
import { splitPrompt, tickedOptions } from './layouts/question-prompt.js';
import { leadingPrompt } from './leading-prompt.js';
import { summarisesQuestions } from './summary-table.js';
import { assignQuestionIds, type IdRequest } from './question-ids.js';
import type { Deck, Diagnostic, Level, Question, Section } from '../model/deck.js';
import { normaliseLayout, type Normalised } from './layouts/normalise.js';
import { frontMatterLayout } from './front-matter-layout.js';
import { refuseMisplacedFrontMatter } from './misplaced-front-matter.js';
import { LAYOUT_CHOICES } from '../model/layouts.js';
import { partLanguage, readLanguage } from './detect-language.js';
import { lettersInScriptOf } from './layouts/script-of.js';
import { countChars } from './count-chars.js';
import { shortLanguage } from './short-language.js';
import { labelsFor } from '../model/labels.js';
import { isNumbered, withoutNumber } from './layouts/question-number.js';
import { levelNamed } from './level-names.js';
import { ANSWER_WORD } from './layouts/labels.js';
import { notADeck } from './index-file.js';
import { asideBoxesOnly } from './aside-boxes-only.js';
import { foldCardWarnings } from './card-answer-warnings.js';
import { isCutCard } from './card-cut.js';
import { ROOMIER } from '../model/card-room.js';
import { askedInBox, isCalloutBox } from './callouts.js';
import { namesOpeningPart } from './page-part-title.js';
import { dropForeignOptions } from './foreign-front-matter.js';
import { isAsideQuote } from './card-asides.js';
import { checklistPage } from './checklist-page.js';
import { namesChecklist } from './layouts/checklist-sections.js';
import { adviceParts, layoutsGivingQuestions, namesAdvice } from './layouts/advice-sections.js';
import { typographicText } from './typographic.js';
import { titleQuestion } from './title-question.js';
import { withoutDecoration, withoutTitleMarks } from './decorative-marks.js';
import { headingTags } from './layouts/heading-hashtags.js';
import { readingList } from './layouts/reading-list.js';
import { headingTopic, topicPrefixes } from './layouts/topic-prefixes.js';
import { questionsSibling } from './answers-sibling.js';
import { levelTopicsProblem } from './layouts/level-topics.js';
import { readRecords, recordBlocks } from './record-blocks.js';
import { numberedParts } from './numbered-parts.js';
import { namesContents } from './layouts/contents-heading.js';
import { withoutPromotion } from './promotion-lines.js';
import { askingSourceLines, unreadLineWarnings } from './unread-lines.js';
import { writtenInOwnFormat } from './own-marks.js';
import { remembered } from './remembered-reads.js';
import { keepQuestion, keptKey, keptQuestion, keepsQuestions } from './kept-questions.js';
import { footnoteDefinitionsJson } from './fragment-footnotes.js';
import path from 'node:path';

/** Options for turning one deck file into the model. */
export interface ParseOptions {
  /** Path used in messages (as the user gave it). */
  file: string;
  /** Output folder name, from the file name. */
  slug: string;
  /** Extra hast plugins for answers (highlighting, images, diagrams). */
  plugins?: HastPlugin[];
  /** Folder of the deck file (relative images resolve against it). */
  baseDir?: string;
  /** The `layout` option (layouts/types.ts); the deck's front matter `layout:` overrides it unless forced. */
  layout?: string;
  /** The layout was given as a command-line flag: front matter does not override it. */
  layoutForced?: boolean;
  /** A file of a folder that may be one deck (folder-deck.ts): the folder names the deck, the file needs no title. */
  untitled?: boolean;
}

interface RawQuestion { heading: Heading; nodes: RootContent[] }
interface RawSection { heading?: Heading; nodes: RootContent[]; questions: RawQuestion[]; closing?: { heading: Heading; nodes: RootContent[] } }

const lineOf = (node: { position?: { start: { line: number } } } | undefined): number => node?.position?.start.line ?? 1;

/** Markdown text of one deck → the typed Deck model; bad input throws a StudyguideError with file:line. */
export function parseDeck(source: string, opts: ParseOptions): Deck {
  const { file } = opts;
  // A bank pasted whole in a ```markdown block is read from inside it; the chat around it goes, said.
  const fenced = unwrapFencedDeck(source);
  // Dividers, numbers alone, TOML front matter and a web page's indents, read as they mean (bank-text.ts).
  const early: Diagnostic[] = [];
  const text = bankText(fenced?.text ?? source, file, early);
  const tree = bankTree(text);
  // The lines that ask, found before a layout rewrites the tree: each must end up read, or be said.
  const asking = askingSourceLines(text, tree);
  const sourceLines = text.split('\n');
  // An opening --- without a closing one is not front matter to remark: say so instead of
  // printing the YAML as text.
  // A rule over a blank line or a heading (`---⏎⏎# Notes`) opens the text, not front matter.
  if (/^---[ \t]*\n(?![ \t]*\r?\n|#{1,6}[ \t])/.test(text) && frontMatterBlock(text) === undefined) {
    // Closed, but past where front matter is looked for: said as such, not as unclosed.
    const long = overlongFrontMatter(text);
    if (long !== undefined) {
      const size = `${long.toLocaleString('en')} characters long, over the ${FRONT_MATTER_CHARS.toLocaleString('en')} limit`;
      throw contentError(file, 1, `front matter is ${size}`, 'move the long text into the deck, under its "# Title"');
    }
    throw contentError(file, 1, 'front matter is not closed', 'end it with a line of three dashes (---) before the deck starts');
  }
  refuseMisplacedFrontMatter(text, file);
  const diagnostics: Diagnostic[] = [...early, ...bidiOverrideWarnings(source, file)];
  // The lines of questions whose card, made from the full answer, was cut with "…".
  // What steps outside the layout's reading leave out (a footnote cited nowhere, the text around a fenced bank, a call to
  // star the bank, a line that asks read nowhere) is counted on the read: line too, a block a warning.
  const leftSince = (from: number): number => diagnostics.slice(from).filter((d) => d.code === 'left-out').length;
  const beforeFootnotes = diagnostics.length;
  const render = withFootnotes(createHtmlRenderer(opts.plugins), tree, file, diagnostics);
  let leftElsewhere = leftSince(beforeFootnotes);
  const aroundFence = fencedDeckWarning(file, fenced);
  if (aroundFence) diagnostics.push(aroundFence);
  if (aroundFence) leftElsewhere++;
  diagnostics.push(...fencedChatWarnings(file, fenced));
  // Questions kept as records in a ```yaml block are read, where nothing else in the file asks.
  const recordsRead = readRecords(tree, file, diagnostics, (probe) => readLayout(probe, opts, []));
  // A page asking one question in its title over its answer's heading (`# Find out why …`, its
  // question restated, then `## Answer guide`) is ours, however its answer's lists read: steps
  // that bid ("Read the kernel log …") were taken for a list of questions. (A probe: titleQuestion
  // rewrites a copy of the top level only.)
  const page = (!opts.layout || opts.layout === 'auto') && answerHeaded(tree) && titleQuestion({ ...tree, children: [...tree.children] }, file);
  const reading = readLayout(tree, page ? { ...opts, layout: 'studyguide', layoutForced: true } : opts, diagnostics);
  // A page asking one question in its title, the page its answer: the title is its question.
  if (reading.layout === 'studyguide') titleQuestion(tree, file);
  // The deck's language: its front matter's `lang`, else read from its prose (a bank in its own
  // layout names none), else English. Prose fragments are hyphenated for it; headings and card
  // answers only in words too long for a card's line.
  let deckLang: { lang: string; detected?: string; untold?: boolean } | undefined;
  const langOf = () => {
    if (deckLang) return deckLang;
    const read = typeof fm.lang === 'string' ? undefined : readLanguage(text);
    return (deckLang = { lang: typeof fm.lang === 'string' ? fm.lang : (read?.lang ?? 'en'), detected: read?.lang, untold: read?.untold });
  };
  // Titles and names print with the quotes and dashes of the text around them.
  function typeset(value: string): string;
  function typeset(value: string | undefined): string | undefined;
  function typeset(value: string | undefined): string | undefined {
    return value === undefined ? undefined : typographicText(value, langOf().lang);
  }
  // A section in another language than the deck's (`## Questions en français` in an English bank)
  // is set in its own: French keeps its space before `?`, and words break by its rules.
  let sectionLang: string | undefined;
  // A question in another language than its section's (a German question in an English deck):
  // its words break by that language's patterns. Its quotes and labels stay the deck's, which the
  // author named (section-language.test.ts).
  let questionLang: string | undefined;
  const vfileData = (line: number, prose = true) => ({
    file,
    line,
    diagnostics,
    baseDir: opts.baseDir,
    lang: sectionLang ?? langOf().lang,
    hyphenate: questionLang ?? sectionLang ?? langOf().lang,
    hyphenateFrom: prose ? undefined : DISPLAY_MIN_LETTERS,
  });
  /** A question's heading as inline HTML (its short compounds kept whole: the context says it is a heading). */
  const headingHtml = (rq: RawQuestion, data: ReturnType<typeof vfileData>): string =>
    render([{ type: 'paragraph', children: withoutWholeBold(rq.heading.children) }], { ...data, heading: true }).replace(/^<p>|<\/p>$/g, '');

  let fm: Record<string, unknown> = {};
  let fmLine = 1;
  let fmYaml = '';
  const fmAt = (key: string) => keyLine(fmYaml, key, fmLine);
  let titleHeading: Heading | undefined;
  // A `# heading` under a front matter title that names the deck otherwise (`title: Web Basics` over
  // `# Web Core`) prints as its subtitle; beside a subtitle of its own, it is said to be left out.
  const subtitleOf = (title: string | undefined): string | undefined => {
    const given = stringField(fm, 'subtitle', file, fmAt('subtitle'));
    const heading = titleHeading && fm.title !== undefined ? withoutChapterNumber(plainText(titleHeading)) : '';
    if (!heading || heading === title || heading === given) return given;
    if (given === undefined) return heading;
    const message = `the "#" heading "${heading}" is not printed: the front matter names the deck "${title}" with the subtitle "${given}" — remove the heading or one of those`;
    diagnostics.push({ file, line: lineOf(titleHeading!), severity: 'warning', code: 'left-out', message });
    return given;
  };
  // In a bank of another layout, a part of advice or of the candidate's own stories (`## 面接で成功するためのポイント`
  // over `### 1. 事前準備を徹底する`, none asking) is that part's notes, said on the read: line (advice-sections.ts).
  const advice = reading.foreign ? adviceParts(tree.children, sourceLines) : { nodes: tree.children, titles: [] };
  tree.children = advice.nodes;
  // The layouts named on the read: line are those the questions came from: one whose part became notes gave none.
  const layoutsRead = advice.titles.length && reading.layouts && reading.layoutParts ? layoutsGivingQuestions(reading.layoutParts, tree.children) : reading.layouts;
  const layoutRead = layoutsRead?.length && !layoutsRead.includes(reading.layout) ? layoutsRead[0] : reading.layout;
  const preamble: RootContent[] = [];
  const sections: RawSection[] = [];
  // A notes app's page asking in boxes opens on a part (`# Intro`), not a title: that part is its first section (page-part-title.ts).
  const boxesAsk = tree.children.some(askedInBox);

  for (const node of tree.children) {
    if (node.type === 'yaml') {
      fmLine = lineOf(node);
      fmYaml = node.value;
      // Half a character (`"\ud800"`) prints as U+FFFD, said at its line as records say it (lone-surrogates.ts).
      const whole = wellFormedData(frontMatterOf(node.value, file, fmLine));
      fm = whole.data as Record<string, unknown>;
      if (whole.mended) diagnostics.push(...loneSurrogateWarnings(node.value, file, fmLine + 1));
    } else if (node.type === 'heading' && node.depth === 1 && !titleHeading && sections.length === 0 && boxesAsk && fm.title === undefined && namesOpeningPart(withoutChapterNumber(plainText(node)))) {
      sections.push({ heading: { ...node, depth: 2 }, nodes: [], questions: [] });
    } else if (node.type === 'heading' && node.depth === 1 && !titleHeading && sections.length === 0) {
      titleHeading = node;
    } else if (node.type === 'heading' && node.depth <= 2) {
      if (node.depth === 1) {
        const where = titleHeading ? ` (the deck's title is on line ${lineOf(titleHeading)})` : '';
        // `# Answer 1.` over its answer: the answers half of a bank kept in two files (QUESTIONS.md, ANSWERS.md).
        const answers = /\d/.test(plainText(node)) && ANSWER_WORD.test(plainText(node).replace(/\d+/, ''));
        const questions = answers ? questionsSibling(file) : undefined;
        const hint = questions
          ? `this is the answers file of ${path.basename(questions)}: build ${questions}, which reads its answers from here by number`
          : answers
            ? 'this file holds numbered answers: name it after its questions file (QUESTIONS.md → ANSWERS.md, react.md → react-answers.md) and build the questions file, which reads them by number'
            : 'use ## for a section or ### for a question';
        throw contentError(file, lineOf(node), `a second "#" title "${plainText(node)}"${where}`, hint);
      }
      // The unnamed first section, resumed after a group of questions a remark opened (remark-headings.ts).
      sections.push(resumesUnnamed(node) ? { nodes: [], questions: [] } : { heading: node, nodes: [], questions: [] });
    } else if (node.type === 'heading' && node.depth === 3) {
      if (sections.length === 0) sections.push({ nodes: [], questions: [] });
      sections[sections.length - 1].questions.push({ heading: node, nodes: [] });
    } else {
      const section = sections[sections.length - 1];
      const question = section?.questions[section.questions.length - 1];
      (question?.nodes ?? section?.nodes ?? preamble).push(node);
    }
  }

  // A foreign bank with no "#" title, or a file holding one question and no section (as banks kept
  // one question per file write them), is named after its file rather than refused.
  const oneQuestion = reading.oneQuestion || (sections.every((s) => !s.heading) && sections.reduce((n, s) => n + s.questions.length, 0) === 1);
  // So is a notes app's page asking in boxes (`> [!question]- …`): such apps name a page by its file.
  const notesPage = sections.some((s) => s.questions.some((q) => askedInBox(q.heading)));
  if (reading.foreign || notesPage) dropForeignOptions(fm, fmYaml, fmLine, file, diagnostics);
  const fallbackTitle = reading.layout !== 'studyguide' || oneQuestion || notesPage || opts.untitled || recordsRead > 0 ? titleFromSlug(opts.slug) : undefined;
  const title = stringField(fm, 'title', file, fmAt('title')) ?? (titleHeading ? withoutChapterNumber(plainText(titleHeading)) || undefined : undefined) ?? fallbackTitle;
  const noQuestions = !sections.some((s) => s.questions.length > 0);
  // No title and no questions: a bank in no layout we know, rather than a deck of ours missing its title.
  // A table or JSON bank is read by `import`, which writes it as a deck.
  const table = /\.(?:json|csv|tsv|ya?ml)$/i.exec(file)?.[0];
  if (table && noQuestions) throw contentError(file, 1, `a ${table.slice(1).toUpperCase()} bank is not a markdown deck`, `import it first: studyguide import ${file} -o deck.md`);
  // Card answers (`> …` under each heading) say the author meant them as questions, phases or not.
  const asked = sections.flatMap((s) => s.questions);
  const notDeck = noQuestions ? notADeck(file, tree) : asked.some((q) => q.nodes[0]?.type === 'blockquote') ? undefined : checklistPage(file, asked.map((q) => q.heading));
  if (notDeck) throw notDeck;
  // Records in a code block that hold no question to read (`- question:` keys with nothing under them).
  const records = noQuestions ? recordBlocks(tree)[0] : undefined;
  if (records) {
    throw contentError(
      file,
      lineOf(records),
      'the questions are records in a code block, which is printed, not read',
      'write them as "### Question?" headings with answers under them, or save them as a .json file of [{ "question": "…", "answer": "…" }] and run studyguide import on it',
    );
  }
  if (!title && noQuestions) {
    const foreign = LAYOUT_CHOICES.filter((l) => l !== 'auto' && l !== 'studyguide').join(', ');
    throw contentError(file, 1, 'deck has no questions', `no question was found in any layout studyguide reads: write "### Question?" headings with answers under them, or name the bank's layout with --layout (${foreign})`);
  }
  if (!title) throw contentError(file, 1, 'deck has no title', 'start the file with a "# Title" line or a `title:` in front matter');
  // Level labels over lists that hold more than topics: which lines ask is a guess, said where.
  const levelled = noQuestions ? levelTopicsProblem(tree.children) : undefined;
  if (levelled) throw contentError(file, levelled.line, levelled.message, levelled.hint);
  if (noQuestions) {
    const boxes = asideBoxesOnly(file, sourceLines);
    if (boxes) throw boxes;
    throw contentError(file, lineOf(titleHeading), 'deck has no questions', 'add a "## Section" and "### Question?" headings with answers under them');
  }

  // A trailing section without questions is the deck's closing notes, not a question list.
  const last = sections[sections.length - 1];
  let outroRaw = last.questions.length === 0 && last.heading ? sections.pop() : undefined;
  // In a bank of another layout, the sections with no questions before it (`## 总结` over a summary, then
  // `## 延伸阅读`) close the page with it: one block of closing notes, each part under its own title.
  while (outroRaw && reading.foreign && sections.length > 1) {
    const before = sections[sections.length - 1];
    if (before.questions.length || !before.heading || before.closing) break;
    sections.pop();
    const title: Heading = { ...outroRaw.heading!, depth: 3 };
    outroRaw = { heading: before.heading, nodes: [...before.nodes, title, ...outroRaw.nodes], questions: [] };
  }
  // A leading section without questions ("## Overview" over prose) in a deck with no intro of its own is the intro.
  const lead = sections[0];
  const introRaw =
    sections.length > 1 &&
    lead.questions.length === 0 &&
    lead.heading &&
    lead.nodes.length > 0 &&
    !preamble.some((n) => n.type !== 'html' && n.type !== 'thematicBreak') &&
    fm.description === undefined
      ? sections.shift()
      : undefined;
  // One of prose only under an intro the deck has already (a page's tags line, its front matter's
  // description) goes on the end of that intro, under its title: printed as a section, it stood
  // empty in the contents (`## 개요` over a paragraph, a Korean blog's bank), with a warning.
  if (!introRaw && sections.length > 1 && lead.heading && lead.questions.length === 0 && proseOnly(lead.nodes)) {
    const description = stringField(fm, 'description', file, fmAt('description'));
    const said = (text: string) => blocksText(lead.nodes).replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ').trim());
    if (!preamble.some((n) => n.type !== 'html' && n.type !== 'thematicBreak') && description && !said(description)) {
      preamble.push({ type: 'paragraph', children: [{ type: 'text', value: description }], position: lead.heading.position });
    }
    preamble.push({ type: 'paragraph', children: [{ type: 'strong', children: lead.heading.children }], position: lead.heading.position } as RootContent, ...lead.nodes);
    sections.shift();
  }
  // A section of links only between two others ("## Further reading" over a list of them) closes
  // the section above it: no questions were lost there, so it says nothing of an empty section.
  // One above the first questions, under the deck's own intro, goes on the end of that intro, under its title.
  const opening = sections[0];
  if (sections.length > 1 && !introRaw && opening.heading && opening.questions.length === 0 && readingList(opening.nodes)) {
    preamble.push({ type: 'paragraph', children: [{ type: 'strong', children: opening.heading.children }], position: opening.heading.position } as RootContent, ...opening.nodes);
    sections.shift();
  }
  for (let i = 1; i < sections.length; i++) {
    const raw = sections[i];
    if (raw.heading && raw.questions.length === 0 && !sections[i - 1].closing && readingList(raw.nodes)) {
      sections[i - 1].closing = { heading: raw.heading, nodes: raw.nodes };
      sections.splice(i--, 1);
    }
  }
  // Pictographs opening a question (`🔥 What is …?`) only decorate it.
  for (const raw of sections) for (const q of raw.questions) q.heading.children = withoutDecoration(q.heading.children);
  // A topic most of a section's questions open with in a foreign bank (`[React] …`) is their tag.
  if (reading.foreign) for (const raw of sections) topicPrefixes(raw.questions.map((q) => q.heading));
  if (!reading.foreign) dropOwnNumbers(sections.flatMap((s) => s.questions.map((q) => q.heading)));

  // A bank's title may name the level of all its questions ("Basic Interview Questions", "Advanced SQL").
  // So may its front matter (`difficulty: junior`, as notes apps keep one question a file).
  const difficulty = difficultyField(fm, file, fmAt('difficulty'), diagnostics);
  const deckLevel = difficulty ?? (reading.foreign && title ? levelNamed(title) : undefined);
  // A page's `category:` (as docs sites file a bank) names its questions' one section when the page has none, else it is a deck tag.
  const categories = categoryField(fm, file, fmAt('category'), diagnostics);
  const sectionName = categories.length === 1 && sections.length === 1 && !sections[0].heading ? categories[0] : undefined;
  // Card answers or meta lines under its questions: a deck of ours, where a question with nothing under it is an error to fix.
  const ownFormat = writtenInOwnFormat(sections.flatMap((s) => s.questions));
  // Titles are kept as written only there: a foreign layout's quoted answers (`**Answer:**` over a
  // `> …` quote) read like our card lines, yet its `## 🤖 Basics 🤖` is a bank's decoration.
  const ownTitles = ownFormat && !reading.foreign;
  const slugger = new GithubSlugger();
  const idRequests: IdRequest[] = [];
  let number = 0;
  // The last question read that follows up none: the one a follow-up after it follows up.
  let followedUp: Question | undefined;
  // Question lines left as text above a deck's or a section's questions print as prose, never counted: said.
  const anyAsked = sections.some((raw) => raw.questions.length > 0);
  // An intro that was a section of ours holding a list of questions is said below, as that section (empty-section).
  const saidAsSection = !!introRaw?.heading && !reading.foreign && !!unheaded(introRaw.nodes);
  const introAsking = anyAsked && !saidAsSection ? askingLines(introRaw ? introRaw.nodes : preamble) : undefined;
  if (introAsking) diagnostics.push({ file, line: introAsking.line, severity: 'warning', code: 'asking-intro', message: askingMessage(introAsking, 'introduction') });
  const questionTexts = sections.flatMap((raw) => raw.questions.map((q) => plainText(q.heading)));
  // Watch mode keeps built questions (questionOf): what every question's build reads from the deck.
  const keeping = keepsQuestions();
  const keysSeen = new Set<string>();
  let footnotesJson: string | undefined;
  let reusable = true;
  const deckContext = keeping
    ? JSON.stringify([file, opts.slug, opts.baseDir, (opts.plugins ?? []).map((p) => p.name).join(), fmYaml, reading.layout, reading.foreign, reading.detected, ownFormat, recordsRead > 0, langOf().lang])
    : '';
  const model: Section[] = sections.map((raw) => {
    const line = lineOf(raw.heading);
    sectionLang = sectionLanguage(raw, langOf().lang, typeof fm.lang === 'string');
    // Questions recovered under a `# Table of Contents` (its rows linked to them) sit under no topic of theirs: unnamed, as before any heading.
    const heading = raw.heading && !(raw.questions.length && namesContents(plainText(raw.heading))) ? raw.heading : undefined;
    const { meta, rest } = takeMeta(raw.nodes, file, reading.foreign);
    const section: Section = {
      id: shortAnchor(`s-${slugger.slug(heading ? plainText(heading) || 'section' : (sectionName ?? 'questions'))}`),
      // Questions before any section heading: a section named in the deck's language.
      title: heading ? typeset(headingTitle(plainText(heading), ownTitles)) : sectionName ? typeset(sectionName) : labelsFor(langOf().lang).questions,
      // Alone, it prints under the deck's title with no title of its own: a made-up "Questions" says nothing.
      ...(heading || sectionName || sections.length > 1 ? {} : { untitled: true }),
      // Marked on the page too: a screen reader speaks it, and the browser chooses its fonts and breaks by it.
      ...(sectionLang ? { lang: sectionLang } : {}),
      level: meta.level ?? (reading.foreign && raw.heading ? levelNamed(plainText(raw.heading)) : undefined),
      introHtml: render(rest, vfileData(line)),
      questions: [],
      ...(raw.closing ? { closing: { title: typeset(headingTitle(plainText(raw.closing.heading), ownTitles)), html: render(raw.closing.nodes, vfileData(lineOf(raw.closing.heading))) } } : {}),
      line,
    };
    // A checklist of advice (`## Do's and Don'ts`, `## Red Flags`, `## 面接のコツ`) holds notes, not questions: nothing is missing there.
    // `##` alone, or over zero-width characters: its questions printed under a blank title, without a word.
    if (heading && printsNothing(plainText(heading)))
      diagnostics.push({ file, line, severity: 'warning', code: 'empty-heading', message: 'section heading is empty: its questions print under no title — write the title after "## "' });
    // A table summing up the deck's questions (`## Quick Reference`) prints as the section's text: nothing is missing there either.
    if (raw.questions.length === 0 && !(heading && namesChecklist(plainText(heading))) && !(heading && namesAdvice(plainText(heading))) && !summarisesQuestions(rest, questionTexts)) {
      const asking = unheaded(raw.nodes);
      diagnostics.push({ file, line, severity: 'warning', code: 'empty-section', message: `section "${section.title}" has no questions${asking ? `${asking} — ${AS_HEADINGS}` : ''}` });
    }
    const sectionAsking = anyAsked ? askingLines(rest) : undefined;
    if (sectionAsking && !(raw.questions.length === 0 && unheaded(raw.nodes))) {
      diagnostics.push({ file, line: sectionAsking.line, severity: 'warning', code: 'asking-intro', message: askingMessage(sectionAsking, `introduction of section "${section.title}"`) });
    }
    for (const rq of raw.questions) {
      const question = questionOf(rq, ++number, section.level ?? deckLevel);
      // A follow-up carries the question it follows up, the last one before it that follows up none.
      if (followsUp(rq.heading) && followedUp) question.followsUp = { number: followedUp.number, text: followedUp.text, html: followedUp.html };
      else delete question.followsUp;
      if (!followsUp(rq.heading)) followedUp = question;
      section.questions.push(question);
    }
    return section;
  });
  sectionLang = undefined;
  assignQuestionIds(idRequests, file, opts.slug);

  /**
   * Question `n`: in watch mode, the one built before from the same nodes in the same context when
   * there is one (kept-questions.ts), else built and kept. Built afresh when its key came up
   * before in this parse (a question written twice: its diagnostics may depend on the first's).
   */
  function questionOf(rq: RawQuestion, n: number, sectionLevel: Level | undefined): Question {
    const line = lineOf(rq.heading);
    const reuse = keeping ? questionKey(rq, sectionLevel) : undefined;
    const key = reuse && !keysSeen.has(reuse.key) ? reuse.key : undefined;
    if (reuse) keysSeen.add(reuse.key);
    const known = key ? keptQuestion(key, line) : undefined;
    if (known) {
      known.question.number = n;
      diagnostics.push(...known.diagnostics);
      idRequests.push({ question: known.question, explicit: known.explicit });
      return known.question;
    }
    const [said, asked] = [diagnostics.length, idRequests.length];
    reusable = true;
    questionLang = questionLanguage(rq, sectionLang ?? langOf().lang);
    const question = buildQuestion(rq, n, sectionLevel);
    questionLang = undefined;
    if (!key || !reusable) return question;
    const added = diagnostics.slice(said);
    // Kept only when all it added is its own: one id request for it, diagnostics within its lines.
    const own = idRequests.length === asked + 1 && idRequests[asked].question === question && added.every((d) => d.file === file && d.line >= line && d.line <= reuse!.end);
    if (own) keepQuestion(key, line, { question, diagnostics: added, explicit: idRequests[asked].explicit });
    return question;
  }

  /**
   * What building a question reads, as one string (undefined when it cannot be kept: no position,
   * or an image, whose file can change while the markdown stays the same), and its last line.
   */
  function questionKey(rq: RawQuestion, sectionLevel: Level | undefined): { key: string; end: number } | undefined {
    const start = rq.heading.position?.start.line;
    if (start === undefined) return undefined;
    const nodes = relativeJson([rq.heading, rq.nodes], start);
    if (nodes.includes('"type":"image') || /<img\b/i.test(nodes)) return undefined;
    const end = Math.max(start, ...rq.nodes.map((node) => node.position?.end.line ?? start));
    // A footnote cited from elsewhere in the file: its definitions as they are, and the question where it is (not moved).
    const notes = nodes.includes('"footnoteReference"') ? [start, (footnotesJson ??= footnoteDefinitionsJson(tree))] : [];
    const context = [sectionLevel, sectionLang ?? langOf().lang, reading.open.has(rq.heading), notes];
    return { key: keptKey(deckContext, JSON.stringify(context), sourceLines.slice(start - 1, end).join('\n'), nodes), end };
  }

  function buildQuestion(rq: RawQuestion, n: number, sectionLevel: Level | undefined): Question {
    const line = lineOf(rq.heading);
    const text = plainText(rq.heading);
    if (!text) throw contentError(file, line, 'question heading is empty', 'write the question after "### "');
    // Zero-width spaces or joiners alone printed a blank question, and the build said nothing.
    if (printsNothing(text)) throw contentError(file, line, 'question heading holds only invisible characters (zero-width spaces or joiners)', 'write the question after "### "');
    // Order under the heading: meta line(s), then the card answer as a blockquote, then the full
    // answer. The meta line may also follow the blockquote; both places are read.
    const before = takeMeta(rq.nodes, file, reading.foreign);
    checkUnknownMeta(before.rest, file);
    // Our own format's options (lettered lists) or listing right under the heading, then the card answer.
    const leading = reading.foreign ? { prompt: [], taken: 0 } : leadingPrompt(before.rest, text);
    const options = leading.prompt;
    // The other ways the question is asked, quoted under it: printed with it, never its answer.
    const underQuestion = before.rest[leading.taken];
    const phrasings = underQuestion?.type === 'blockquote' && ALSO_ASKED.test(blocksText([underQuestion])) ? [underQuestion] : [];
    const written = before.rest.slice(leading.taken + phrasings.length);
    // A foreign body that answers nothing (options alone, a template's slot over its tips) prints with the question, left open.
    const unanswered = reading.foreign ? unansweredBody(written, text) : undefined;
    const body = unanswered?.answer ?? written;
    const first = body[0];
    // A foreign answer whose answer proper comes below (a hint box, then "Answer"): its first quote is no card answer.
    // A callout's box under the heading (`> [!tip] …`) is an aside of the answer, no card answer.
    // So is a quoted note (`> Note: covered again later`): it says something of the answer, it does not answer.
    const quote = first?.type === 'blockquote' && first.children.length > 0 && !isCalloutBox(first) && !isAsideQuote(first) && cardStartIndex(body) === 0 ? numberedLine(first) : undefined;
    if (quote) checkLazyMeta(quote, sourceLines, file);
    const after = takeMeta(quote || (first?.type === 'blockquote' && first.children.length === 0) ? body.slice(1) : body, file, reading.foreign);
    const topic = headingTopic(rq.heading);
    const fields = { ...commentMeta(rq.nodes), ...before.meta, ...after.meta };
    const meta: MetaLine = {
      ...fields,
      ...(topic || headingTags(rq.heading).length ? { tags: [...new Set([...(fields.tags ?? []), ...(topic ? [topic] : []), ...headingTags(rq.heading)])] } : {}),
      ...(askedWith(rq.heading) ? { open: true } : {}),
    };
    const given = meta.level ?? headingLevel(rq.heading) ?? sectionLevel;
    const unlevelled = given ? {} : { levelDefault: true };
    // The question printed as open (guide and quiz only), its id asked for with the others.
    const asOpen = (asked: RootContent[] = []): Question => {
      const prompt = asked.length ? { promptHtml: render(asked, vfileData(line, false)), promptText: blocksText(asked) } : {};
      const question = { ...openQuestion(rq, n, given ?? 'medium', meta.tags ?? [], vfileData(line, false)), ...prompt, ...unlevelled };
      idRequests.push({ question, explicit: meta.id });
      return question;
    };
    // An answer still to be written (`> The answer goes here`, `> TBD` over an empty code block) is
    // none: the question is open, on no card, as in a bank of another layout.
    if (reading.detected && placeholderAnswer(body)) {
      return asOpen();
    }
    if (unanswered?.taskOnly) {
      const message = `question ${quotedQuestion(text)} holds only its task, no answer: it prints as an open question, the task under it — write the answer below the task (after an "Answer:" label)`;
      diagnostics.push({ file, line, severity: 'warning', code: 'unanswered-question', message });
    }
    if (unanswered && !unanswered.answer.length) return asOpen(unanswered.prompt);
    // A question only followed up (`**Follow-ups:**` over the questions to ask next, as an interviewer's guide has it): open, the follow-ups printed under it.
    if (!reading.foreign && followUpsOnly(written)) return asOpen([...options, ...phrasings, ...written.filter((n) => n.type !== 'thematicBreak')]);
    // A foreign question's options or listing, above its answer label, are printed with the question.
    // So is one of ours whose answer came from a key at the end of the bank (its start is marked).
    const keyed = !quote && hasCardStart(after.rest);
    const split = reading.foreign || keyed
      ? splitPrompt(after.rest)
      : options.length || quote
        ? { prompt: options, answer: after.rest }
        : (tickedOptions(after.rest) ?? { prompt: [], answer: after.rest });
    // An answer headed by its label alone (`#### Answer`, as banks of one question per file write
    // it): the guide prints the answer under its question, so the label says nothing.
    // So does a label alone on its line (`**Answer**:`, `**Answer:**`) over the answer's blocks: the card leaves it out too.
    const labelled = split.answer[0]?.type === 'heading' ? ANSWER_WORD.test(plainText(split.answer[0])) : isAnswerLabel(split.answer[0]) && split.answer.length > 1;
    // An answer in numbered parts (`1. Quick answer`⏎⏎…⏎⏎`2. Example`): their names are its headings.
    const answerNodes = numberedParts(labelled ? split.answer.slice(1) : split.answer);
    const prompt = [...phrasings, ...split.prompt];
    // An answer that opens with letters alone ("B", "A, C") prints those options, as the question lists them.
    const named = namedChoice(answerNodes, prompt);
    // A follow-up asked under the answer as a heading of its own prints as a labelled sub-heading.
    const shown: RootContent[] = labelFollowUpHeadings(
      named.map((node, k) => (node !== answerNodes[k] && node.type === 'paragraph' ? { ...node, children: [{ type: 'strong', children: node.children }] } : node)),
    );
    // Rules and raw HTML print nothing, so an answer made only of them is no answer.
    const content = answerNodes.filter((node) => node.type !== 'thematicBreak' && node.type !== 'html' && node.type !== 'definition');
    if (!quote && content.length === 0 && (reading.open.has(rq.heading) || meta.open)) {
      return asOpen();
    }
    // `Status: open` over text (the options of a question not answered yet): that text is what it asks.
    if (!quote && meta.open) {
      const held = unansweredBody(content);
      return asOpen(held && !held.answer.length ? held.prompt : content);
    }
    if (!quote && content.length === 0) {
      // Read from the lines around the question: not kept (questionOf).
      reusable = false;
      const ruled = answerNodes.length ? undefined : answerReadAsHeading(rq.heading, tree.children, sourceLines);
      const html = answerNodes.some((node) => node.type === 'html');
      // A bank that only shares our headings, its answer still to be written: open, said at its line.
      if (!ruled && !html && !ownFormat) {
        const message = `question ${quotedQuestion(text)} has no answer: it prints as an open question, on no card — write its answer under the heading`;
        diagnostics.push({ file, line, severity: 'warning', code: 'unanswered-question', message });
        return asOpen();
      }
      const why = html ? ' (raw HTML is not printed)' : (ruled?.why ?? '');
      throw contentError(file, line, `question ${quotedQuestion(text)} has no answer${why}`, ruled?.hint ?? 'add a "> card answer" line or a paragraph under the heading');
    }
    const data = vfileData(line);
    const hasFull = content.length > 0;
    const answerHtml = hasFull ? render(shown, data) : render(quote!.children, vfileData(line, false));
    // A callout's box (a tip, a warning) or a quoted note is no answer to make the card of, when there is more.
    const unboxed = content.filter((node) => !isCalloutBox(node) && !isAsideQuote(node));
    const derived = quote ? undefined : deriveCard(unboxed.length ? unboxed : content, text, prompt);
    const cardText = quote ? blocksText(quote.children) : derived!.text;
    const whole = blocksText(unboxed.length ? unboxed : content);
    const cut = !!derived && isCutCard(cardText, whole);
    // A cut card keeps what larger cards have room for; the cards output picks the version its size holds.
    const roomier = cut
      ? ROOMIER.map((chars) => {
          const more = deriveCard(unboxed.length ? unboxed : content, text, prompt, chars);
          return { chars, html: render(more.nodes, vfileData(line, false)), text: more.text, cut: isCutCard(more.text, whole) };
        })
      : [];
    const question: Question = {
      id: '',
      guid: '',
      number: n,
      text,
      html: headingHtml(rq, vfileData(line, false)),
      ...(prompt.length ? { promptHtml: render(prompt, vfileData(line, false)), promptText: blocksText(prompt) } : {}),
      level: given ?? 'medium',
      ...unlevelled,
      tags: meta.tags ?? [],
      answerHtml,
      answerText: hasFull ? blocksText(shown) : cardText,
      // A generated card with no text at all (an answer that is only an image) shows the answer.
      // Card answers are hyphenated only in words too long for a line (the PDFs' text layer drops soft hyphens).
      cardHtml: quote ? render(quote.children, vfileData(line, false)) : cardText ? render(derived!.nodes, vfileData(line, false)) : answerHtml,
      cardText,
      cardGenerated: !quote,
      ...(cut ? { cardCut: true, cardRoomier: roomier } : {}),
      answerFromCard: !hasFull,
      line,
    };
    idRequests.push({ question, explicit: meta.id });
    if (!quote && !reading.foreign && !keyed && !recordsRead) diagnostics.push({ file, line, severity: 'warning', code: 'no-card-answer', message: `question ${quotedQuestion(text)} has no card answer; its first sentence is used` });
    return question;
  }

  /** A question with no answer upstream: printed in the guide and quiz as open, on no card. */
  function openQuestion(rq: RawQuestion, n: number, level: Level, tags: string[], data: ReturnType<typeof vfileData>): Question {
    const text = plainText(rq.heading);
    return {
      id: '',
      guid: '',
      number: n,
      text,
      html: headingHtml(rq, data),
      level,
      tags,
      answerHtml: '',
      answerText: '',
      cardHtml: '',
      cardText: '',
      cardGenerated: false,
      answerFromCard: true,
      open: true,
      line: lineOf(rq.heading),
    };
  }

  // Closing notes that are a list of questions (`## React` over `1. What is JSX?`, in a deck of ours) print as text: said.
  for (const [raw, where] of [
    [introRaw, 'introduction'],
    [outroRaw, 'closing text'],
  ] as const) {
    const asking = raw?.heading && !reading.foreign ? unheaded(raw.nodes) : '';
    if (!raw?.heading || !asking) continue;
    const message = `section "${plainText(raw.heading)}" has no questions${asking}: it prints as the deck's ${where} — ${AS_HEADINGS}`;
    diagnostics.push({ file, line: lineOf(raw.heading), severity: 'warning', code: 'empty-section', message });
  }
  const questions = model.flatMap((s) => s.questions);
  const unread = unreadLineWarnings(asking, tree.children, diagnostics, file);
  diagnostics.push(...unread);
  leftElsewhere += unread.filter((d) => d.code === 'left-out').length;
  const subtitle = subtitleOf(title);
  // A deck too short to tell its language from, plainly not English: said once, not printed with English labels silently.
  if (langOf().untold) {
    const message = "the deck's language cannot be told from its few words (they are not English): its labels print in English — name it in front matter, e.g. `lang: es`";
    diagnostics.push({ file, line: 1, severity: 'warning', code: 'lang-untold', message });
  }
  // A bank's call to star it or send it pull requests is the site's, not the introduction's.
  const beforeIntro = diagnostics.length;
  const introHtml = introRaw
    ? render(withoutRulesAround(withoutPromotion(introRaw.nodes, file, diagnostics)), vfileData(lineOf(introRaw.heading)))
    : render(withoutRulesAround(withoutPromotion(preamble, file, diagnostics)), vfileData(1)) || paragraphOf(stringField(fm, 'description', file, fmAt('description')));
  leftElsewhere += leftSince(beforeIntro);
  // An introduction that is only a group's name (`Technical Questions:` over sections) names a part.
  return groupParts(
    {
    slug: opts.slug,
    file,
    title: typeset(title),
    subtitle: typeset(subtitle),
    author: typeset(stringField(fm, 'author', file, fmAt('author'))),
    headLines: {
      title: fm.title !== undefined ? fmAt('title') : titleHeading ? lineOf(titleHeading) : 1,
      subtitle: fm.subtitle !== undefined || !titleHeading ? fmAt('subtitle') : lineOf(titleHeading),
      author: fmAt('author'),
    },
    source: stringField(fm, 'source', file, fmAt('source')),
    date: dateField(fm, file, fmAt('date'), diagnostics),
    lang: stringField(fm, 'lang', file, fmAt('lang')) ?? langOf().lang,
    tags: [...new Set([...tagsField(fm, file, fmAt('tags')), ...(reading.pageTags ?? []), ...(sectionName ? [] : categories)])],
    introHtml,
    introTitle: introRaw ? typeset(headingTitle(plainText(introRaw.heading!), ownTitles)) : undefined,
    sections: model,
    outro: outroRaw ? { title: titlesClosingWords(outroRaw.heading!) ? labelsFor(langOf().lang).closingNotes : typeset(headingTitle(plainText(outroRaw.heading!), ownTitles)), html: render(outroRaw.nodes, vfileData(lineOf(outroRaw.heading))) } : undefined,
    frontMatter: fm,
    diagnostics: foldCardWarnings(diagnostics, questions),
    reading: { layout: layoutRead, ...(layoutsRead && layoutsRead.length > 1 ? { layouts: layoutsRead } : {}), detected: reading.detected, language: langOf().detected === 'en' ? undefined : langOf().detected, questions: questions.length, open: questions.filter((q) => q.open).length, navigation: reading.navigation, navigationLines: reading.navigationLines, leftOut: reading.leftOut + (fenced?.chat.length ?? 0) + leftElsewhere, ...(reading.closingLine && outroRaw ? { closingLine: reading.closingLine } : {}), ...(advice.titles.length ? { adviceLines: advice.titles.map((h) => lineOf(h)) } : {}) },
 },
    source,
  );
}

/**
 * The deck's front matter read (front-matter.ts): in watch mode, from memory while its text is as
 * read before (a save seldom touches it; YAML's parser was read twice on each save), as a copy the
 * caller may change. A front matter that fails is read, and fails, every time.
 */
const frontMatterOf = (yaml: string, file: string, line: number): Record<string, unknown> =>
  structuredClone(remembered(`front matter\u0000${file}\u0000${line}\u0000${yaml}`, () => parseFrontMatter(yaml, file, line)));

/** The layout the deck is written in (option < front matter < flag), its tree put into our shape. */
function readLayout(tree: Root, opts: ParseOptions, diagnostics: Diagnostic[]): Normalised & { foreign: boolean } {
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const fm = yaml ? frontMatterOf(yaml.value, opts.file, lineOf(yaml)) : {};
  const layoutLine = yaml ? keyLine(yaml.value, 'layout', lineOf(yaml)) : 1;
  const given = opts.layoutForced ? undefined : frontMatterLayout(fm.layout, opts.file, layoutLine, diagnostics);
  const fromFrontMatter = given !== undefined;
  const choice = fromFrontMatter ? given : opts.layout;
  const line = fromFrontMatter ? layoutLine : 1;
  const normalised = normaliseLayout(tree, choice, opts.file, line, diagnostics, opts.baseDir);
  return { ...normalised, foreign: normalised.layout !== 'studyguide' };
}

/**
 * One heading under the title labels an answer (`## Answer guide`), as a page of one question
 * has; not where headings label several (`## Question` / `## Answer` pairs: a bank of them).
 */
function answerHeaded(tree: Root): boolean {
  const labels = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth > 1 && n.depth <= 3);
  return labels.filter((n) => ANSWER_WORD.test(plainText(n))).length === 1 && !labels.some((n) => QUESTION_WORD.test(plainText(n)));
}

/** A heading that labels a question (`## Question`, `### Q:`), as a bank of labelled pairs has. */
const QUESTION_WORD = /^\s*(?:q|question|frage|pregunta|pergunta|domanda|вопрос|问题|問題|질문)\s*\d*\s*[:：.]?\s*$/iu;

/**
 * A card answer that opens with a number and a full stop (`> 1984. The year it shipped.`,
 * `> 3. Drain, upgrade, uncordon.`) is one line, not a list of one item: markdown reads it as a
 * numbered list and the card lost its number ("The year it shipped.").
 */
function numberedLine(quote: Blockquote): Blockquote {
  const [list] = quote.children;
  if (quote.children.length !== 1 || list.type !== 'list' || !list.ordered || list.children.length !== 1) return quote;
  const [item] = list.children;
  if (item.children.length !== 1 || item.children[0].type !== 'paragraph') return quote;
  const number: Text = { type: 'text', value: `${list.start ?? 1}. ` };
  return { ...quote, children: [{ ...item.children[0], children: [number, ...item.children[0].children] }] };
}

/** The level a bank wrote after a question's number (`### Question 1 — Easy`), as its layout read it. */
const headingLevel = (heading: Heading): Level | undefined => (heading.data as { level?: Level } | undefined)?.level;

const AS_HEADINGS = 'write each as a "### …?" heading to read them as questions';

/** Prose and nothing else (paragraphs, lists, quotes), none of it asking: a section's text that no layout missed questions in. */
const PROSE = new Set<RootContent['type']>(['paragraph', 'list', 'blockquote', 'thematicBreak']);
const proseOnly = (nodes: RootContent[]): boolean => nodes.some((n) => n.type === 'paragraph') && nodes.every((n) => PROSE.has(n.type)) && !askingLines(nodes) && !unheaded(nodes);

/**
 * What to say of a section with no `###` questions whose lists ask (`1. [React] What is JSX?`):
 * its questions are printed as text, not read as questions. Empty when no list there asks.
 */
function unheaded(nodes: RootContent[]): string {
  const items = nodes.flatMap((n) => (n.type === 'list' ? n.children : [])).map((item) => (item.children[0]?.type === 'paragraph' ? plainText(item.children[0]) : ''));
  // An item asks when it opens with a question (its answer may run on after it).
  const asking = items.flatMap((text) => /^(.{3,200}?[?？])(?:\s|$)/u.exec(text)?.[1] ?? []);
  return asking.length >= 2 && asking.length * 2 >= items.length
    ? ` but a list of ${asking.length} that ask ("${asking[0].slice(0, 60)}")`
    : '';
}

/**
 * A section heading as a title: without a colon left at its end ("Introduction:" in many banks),
 * nor, in a bank not written for us (`marked`), the pictographs and bullets around it ("🔹 Basics").
 * A deck of ours keeps what its author put there (`## Before shipping :warning:`).
 */
const headingTitle = (text: string, marked = false): string => {
  const title = marked ? text : withoutTitleMarks(text);
  return title.replace(/(?<=\S)\s*[:：]$/u, '') || title;
};

/** `devops-questions` → "Devops questions"; `001-what-is-dns` → "What is dns": the number only orders the files. */
/**
 * A `#` title without the chapter number a bank kept one file a topic gives it (`# 3. Docker
 * Interview Q&A` → "Docker Interview Q&A"): it numbered the topic in its index, and printed on
 * the cover and in every running head it reads as a question number.
 */
const withoutChapterNumber = (title: string): string => title.replace(/^\s*\d{1,3}[.)]\s+(?=\p{L})/u, '');

const titleFromSlug = (slug: string): string => titleFromName(slug.replace(/^\d+[-_\s]+(?=[^-_\s])/, ''));

/** A quote under a question naming the other ways it is asked (`> **Also asked as:** "…" · "…"`). */
const ALSO_ASKED = /^\s*(?:(?:also|often|sometimes)\s+(?:asked|phrased|worded)\s+as|(?:other|alternative|similar)\s+(?:phrasings?|wordings?|forms?)|variants?)\s*[:：]/i;

const paragraphOf = (text: string | undefined): string => (text ? `<p>${escapeHtml(text)}</p>` : '');

/**
 * Question numbers written into a deck's own headings (`### Q12. What …`, `### 12. What …`) are
 * dropped when most questions have one (we number questions ourselves: "Q12 Q12. What …" printed
 * twice); their ids then stay the same when questions are renumbered. Left alone in a deck where
 * only some headings start with a number (`### 1.5 GHz or 3 GHz?` is no numbering).
 */
function dropOwnNumbers(headings: Heading[]): void {
  const numbered = headings.filter((h) => isNumbered(h));
  if (headings.length < 3 || numbered.length < headings.length * 0.8) return;
  for (const heading of numbered) {
    // A heading that is only its number (`### Question 3` over the code it asks about) keeps it: it is the question's only words.
    const words = withoutNumber(heading.children);
    if (plainText({ type: 'paragraph', children: words }).trim()) heading.children = words;
  }
}

/**
 * The language a section is written in when its prose tells one other than the deck's `lang`
 * (`named` by its front matter, or read); else undefined.
 */
function sectionLanguage(raw: RawSection, lang: string, named: boolean): string | undefined {
  // Its meta lines are the format's English keywords ("Level: easy", "Tags: …"), not its language:
  // they made a Korean section of an English bank read as one of mixed scripts, labelled in English.
  // Each node's text is read once (a save reads every section's: the watch parse's largest step after the layout passes).
  const texts: string[] = [];
  const proses: string[] = [];
  for (const n of [...raw.nodes, ...raw.questions.flatMap((q) => [q.heading, ...q.nodes])]) {
    const own = plainText(n);
    if (n.type === 'paragraph' && looksLikeMeta(own)) continue;
    texts.push(own);
    proses.push(proseText(n));
  }
  const text = texts.join('\n\n');
  const deck = lang.toLowerCase().split(/[-_]/)[0];
  const prose = proses.join('\n\n');
  return remembered(`section\u0000${deck}\u0000${named}\u0000${prose}\u0000${text}`, () => sectionLanguageOf(text, prose, deck, named));
}

/** sectionLanguage's reading of the section's text (with its code) and prose (without), `deck` the deck's language. */
function sectionLanguageOf(text: string, prose: string, deck: string, named: boolean): string | undefined {
  // A section with next to none of the letters of the deck's script (English questions in an
  // Arabic bank) is in another language whatever its length or the deck's `lang` says, English
  // too: set in the deck's, it ran right to left with its question marks on the wrong side.
  // Its prose, not its code: a Chinese question over a listing is Chinese.
  const letters = countChars(prose, /\p{L}/u);
  if (letters >= MIN_SECTION_LETTERS && lettersInScriptOf(prose, deck) <= letters * 0.02) {
    const other = partLanguage(prose) ?? shortLanguage(prose).lang ?? (lettersInScriptOf(prose, 'en') * 2 >= letters ? 'en' : undefined);
    return other && other !== deck ? other : undefined;
  }
  // Not where the deck names its language: the author said which, and a section's statistics can
  // be fooled (a Polish paragraph read as English dropped its one-letter ties).
  if (named) return undefined;
  const own = partLanguage(text);
  // Never English in a deck of another language: English terms and commands make prose of any
  // language score English, which is how a statistic goes wrong here most.
  return own && own !== deck && own !== 'en' ? own : undefined;
}

/**
 * The language a question is written in when its prose (heading and answer, no code) is long
 * enough to tell one other than `lang`, its section's, and shows letters English never writes (ä,
 * ß, é, ł, …) or another script: set in the deck's English, a German answer broke "vergle-icht"
 * and "Hochverfügbarkeitsin-frastruktur". English answers full of names and commands never count
 * as another language, and an English question in a deck of another language keeps the deck's.
 */
function questionLanguage(rq: RawQuestion, lang: string): string | undefined {
  const nodes = [rq.heading, ...rq.nodes].filter((n) => n.type !== 'paragraph' || !looksLikeMeta(plainText(n)));
  // A sample is enough to tell, and no count runs over a 2,000,000-letter word.
  const prose = nodes
    .map((n) => proseText(n))
    .join('\n\n')
    .slice(0, QUESTION_SAMPLE);
  const base = lang.toLowerCase().split(/[-_]/)[0];
  return remembered(`question\u0000${base}\u0000${prose}`, () => {
    const letters = countChars(prose, /\p{L}/u);
    const foreign = countChars(prose, /(?!\p{ASCII})\p{L}/u);
    if (foreign < letters * FOREIGN_LETTERS) return undefined;
    const own = partLanguage(prose);
    return own && own !== base && own !== 'en' ? own : undefined;
  });
}

/** Characters of a question's prose read to tell its language. */
const QUESTION_SAMPLE = 20_000;

/** Share of a question's letters outside ASCII from which its language is read: German prose has some 1.5 %, English none. */
const FOREIGN_LETTERS = 0.008;

/** A node's words without its code, block or inline. */
function proseText(node: Nodes): string {
  if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return '';
  if ('children' in node) return (node.children as Nodes[]).map(proseText).join(' ');
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}

/** Letters a section needs before its script alone tells its language (a heading and a question or two). */
const MIN_SECTION_LETTERS = 20;
