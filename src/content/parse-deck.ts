import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Blockquote, Heading, RootContent } from 'mdast';
import { contentError } from '../errors.js';
import { parseMarkdown, createHtmlRenderer, type HastPlugin } from './markdown.js';
import { parseFrontMatter, stringField, tagsField } from './front-matter.js';
import { looksLikeMeta, parseMetaLine, type MetaLine } from './meta-line.js';
import { firstSentence, escapeHtml } from './text.js';
import type { Deck, Diagnostic, Level, Question, Section } from './model.js';

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
}

interface RawQuestion { heading: Heading; nodes: RootContent[] }
interface RawSection { heading?: Heading; nodes: RootContent[]; questions: RawQuestion[] }

const lineOf = (node: { position?: { start: { line: number } } } | undefined): number => node?.position?.start.line ?? 1;

/** Markdown text of one deck → the typed Deck model; bad input throws a StudyguideError with file:line. */
export function parseDeck(text: string, opts: ParseOptions): Deck {
  const { file } = opts;
  const tree = parseMarkdown(text);
  const render = createHtmlRenderer(opts.plugins);
  const diagnostics: Diagnostic[] = [];
  const vfileData = (line: number) => ({ file, line, diagnostics, baseDir: opts.baseDir });

  let fm: Record<string, unknown> = {};
  let fmLine = 1;
  let titleHeading: Heading | undefined;
  const preamble: RootContent[] = [];
  const sections: RawSection[] = [];

  for (const node of tree.children) {
    if (node.type === 'yaml') {
      fmLine = lineOf(node);
      fm = parseFrontMatter(node.value, file, fmLine);
    } else if (node.type === 'heading' && node.depth === 1 && !titleHeading && sections.length === 0) {
      titleHeading = node;
    } else if (node.type === 'heading' && node.depth <= 2) {
      if (node.depth === 1) throw contentError(file, lineOf(node), 'a second # title', 'a deck has one # title; use ## for sections');
      sections.push({ heading: node, nodes: [], questions: [] });
    } else if (node.type === 'heading' && node.depth === 3) {
      if (sections.length === 0) sections.push({ nodes: [], questions: [] });
      sections[sections.length - 1].questions.push({ heading: node, nodes: [] });
    } else {
      const section = sections[sections.length - 1];
      const question = section?.questions[section.questions.length - 1];
      (question?.nodes ?? section?.nodes ?? preamble).push(node);
    }
  }

  const title = stringField(fm, 'title', file, fmLine) ?? (titleHeading ? toString(titleHeading).trim() : undefined);
  if (!title) throw contentError(file, 1, 'deck has no title', 'start the file with a "# Title" line or a `title:` in front matter');
  if (!sections.some((s) => s.questions.length > 0)) {
    throw contentError(file, lineOf(titleHeading), 'deck has no questions', 'add a "## Section" and "### Question?" headings with answers under them');
  }

  // A trailing section without questions is the deck's closing notes, not a question list.
  const last = sections[sections.length - 1];
  const outroRaw = last.questions.length === 0 && last.heading ? sections.pop() : undefined;

  const slugger = new GithubSlugger();
  const explicitIds = new Map<string, number>();
  let number = 0;
  const model: Section[] = sections.map((raw) => {
    const line = lineOf(raw.heading);
    const { meta, rest } = takeMeta(raw.nodes, file);
    const section: Section = {
      id: `s-${slugger.slug(raw.heading ? toString(raw.heading) : 'questions')}`,
      title: raw.heading ? toString(raw.heading).trim() : 'Questions',
      level: meta.level,
      introHtml: render(rest, vfileData(line)),
      questions: [],
      line,
    };
    if (raw.questions.length === 0) {
      diagnostics.push({ file, line, severity: 'warning', code: 'empty-section', message: `section "${section.title}" has no questions` });
    }
    for (const rq of raw.questions) {
      section.questions.push(buildQuestion(rq, ++number, section.level));
    }
    return section;
  });

  function buildQuestion(rq: RawQuestion, n: number, sectionLevel: Level | undefined): Question {
    const line = lineOf(rq.heading);
    const text = toString(rq.heading).trim();
    if (!text) throw contentError(file, line, 'question heading is empty', 'write the question after "### "');
    const { meta, rest } = takeMeta(rq.nodes, file);
    const quoteIndex = rest.findIndex((n) => n.type === 'blockquote');
    const quote = quoteIndex === 0 ? (rest[0] as Blockquote) : undefined;
    const body = quote ? rest.slice(1) : rest;
    const again = quote ? undefined : takeMeta(body, file); // meta may also follow the card answer
    const answerNodes = again ? again.rest : body;
    if (!quote && answerNodes.length === 0) {
      throw contentError(file, line, `question "${text}" has no answer`, 'add a "> card answer" line or a paragraph under the heading');
    }
    const id = questionId(meta.id ?? again?.meta.id, text, line);
    const data = vfileData(line);
    const cardText = quote ? toString(quote).trim() : firstSentence(toString(answerNodes[0]));
    const question: Question = {
      id,
      number: n,
      text,
      html: render([{ type: 'paragraph', children: rq.heading.children }], data).replace(/^<p>|<\/p>$/g, ''),
      level: meta.level ?? again?.meta.level ?? sectionLevel ?? 'medium',
      tags: meta.tags ?? again?.meta.tags ?? [],
      answerHtml: answerNodes.length ? render(answerNodes, data) : render(quote!.children, data),
      answerText: answerNodes.length ? answerNodes.map((n) => toString(n)).join('\n') : cardText,
      cardHtml: quote ? render(quote.children, data) : `<p>${escapeHtml(cardText)}</p>`,
      cardText,
      cardGenerated: !quote,
      answerFromCard: answerNodes.length === 0,
      line,
    };
    if (!quote) diagnostics.push({ file, line, severity: 'warning', code: 'no-card-answer', message: `question "${text}" has no card answer; its first sentence is used` });
    return question;
  }

  function questionId(explicit: string | undefined, text: string, line: number): string {
    if (!explicit) return `q-${slugger.slug(text)}`;
    const id = `q-${new GithubSlugger().slug(explicit)}`;
    const first = explicitIds.get(id);
    if (first) throw contentError(file, line, `duplicate question id "${explicit}" (first used on line ${first})`, 'give each question its own Id');
    explicitIds.set(id, line);
    return slugger.slug(id);
  }

  return {
    slug: opts.slug,
    file,
    title,
    subtitle: stringField(fm, 'subtitle', file, fmLine),
    author: stringField(fm, 'author', file, fmLine),
    date: stringField(fm, 'date', file, fmLine),
    lang: stringField(fm, 'lang', file, fmLine) ?? 'en',
    tags: tagsField(fm, file, fmLine),
    introHtml: render(preamble, vfileData(1)) || (fm.description ? `<p>${escapeHtml(String(fm.description))}</p>` : ''),
    sections: model,
    outro: outroRaw ? { title: toString(outroRaw.heading!).trim(), html: render(outroRaw.nodes, vfileData(lineOf(outroRaw.heading))) } : undefined,
    frontMatter: fm,
    diagnostics,
  };
}

/** Splits a leading `Level: … · Tags: …` paragraph off a block list. */
function takeMeta(nodes: RootContent[], file: string): { meta: MetaLine; rest: RootContent[] } {
  const first = nodes[0];
  if (first?.type === 'paragraph') {
    const text = toString(first);
    if (looksLikeMeta(text)) return { meta: parseMetaLine(text, file, lineOf(first)), rest: nodes.slice(1) };
  }
  return { meta: {}, rest: nodes };
}
