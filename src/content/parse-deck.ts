import GithubSlugger from 'github-slugger';
import type { Heading, RootContent } from 'mdast';
import { contentError } from '../errors.js';
import { parseMarkdown, createHtmlRenderer, type HastPlugin } from './markdown.js';
import { keyLine, parseFrontMatter, stringField, tagsField } from './front-matter.js';
import { checkLazyMeta, checkUnknownMeta, takeMeta, type MetaLine } from './meta-line.js';
import { clip, firstSentence, escapeHtml, plainText, blocksText } from './text.js';
import { assignQuestionIds, type IdRequest } from './question-ids.js';
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
  const sourceLines = text.split('\n');
  // An opening --- without a closing one is not front matter to remark: say so instead of
  // printing the YAML as text.
  if (/^---[ \t]*\n/.test(text) && tree.children[0]?.type !== 'yaml') {
    throw contentError(file, 1, 'front matter is not closed', 'end it with a line of three dashes (---) before the deck starts');
  }
  const render = createHtmlRenderer(opts.plugins);
  const diagnostics: Diagnostic[] = [];
  // Prose fragments are hyphenated for the deck's language (read once the front matter is in).
  const vfileData = (line: number, prose = true) => ({ file, line, diagnostics, baseDir: opts.baseDir, hyphenate: prose ? (typeof fm.lang === 'string' ? fm.lang : 'en') : undefined });

  let fm: Record<string, unknown> = {};
  let fmLine = 1;
  let fmYaml = '';
  const fmAt = (key: string) => keyLine(fmYaml, key, fmLine);
  let titleHeading: Heading | undefined;
  const preamble: RootContent[] = [];
  const sections: RawSection[] = [];

  for (const node of tree.children) {
    if (node.type === 'yaml') {
      fmLine = lineOf(node);
      fmYaml = node.value;
      fm = parseFrontMatter(node.value, file, fmLine);
    } else if (node.type === 'heading' && node.depth === 1 && !titleHeading && sections.length === 0) {
      titleHeading = node;
    } else if (node.type === 'heading' && node.depth <= 2) {
      if (node.depth === 1) {
        const where = titleHeading ? ` (the deck's title is on line ${lineOf(titleHeading)})` : '';
        throw contentError(file, lineOf(node), `a second "#" title "${plainText(node)}"${where}`, 'use ## for a section or ### for a question');
      }
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

  const title = stringField(fm, 'title', file, fmAt('title')) ?? (titleHeading ? plainText(titleHeading) || undefined : undefined);
  if (!title) throw contentError(file, 1, 'deck has no title', 'start the file with a "# Title" line or a `title:` in front matter');
  if (!sections.some((s) => s.questions.length > 0)) {
    throw contentError(file, lineOf(titleHeading), 'deck has no questions', 'add a "## Section" and "### Question?" headings with answers under them');
  }

  // A trailing section without questions is the deck's closing notes, not a question list.
  const last = sections[sections.length - 1];
  const outroRaw = last.questions.length === 0 && last.heading ? sections.pop() : undefined;

  const slugger = new GithubSlugger();
  const idRequests: IdRequest[] = [];
  let number = 0;
  const model: Section[] = sections.map((raw) => {
    const line = lineOf(raw.heading);
    const { meta, rest } = takeMeta(raw.nodes, file);
    const section: Section = {
      id: `s-${slugger.slug(raw.heading ? plainText(raw.heading) || 'section' : 'questions')}`,
      title: raw.heading ? plainText(raw.heading) : 'Questions',
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
  assignQuestionIds(idRequests, file);

  function buildQuestion(rq: RawQuestion, n: number, sectionLevel: Level | undefined): Question {
    const line = lineOf(rq.heading);
    const text = plainText(rq.heading);
    if (!text) throw contentError(file, line, 'question heading is empty', 'write the question after "### "');
    // Order under the heading: meta line(s), then the card answer as a blockquote, then the full
    // answer. The meta line may also follow the blockquote; both places are read.
    const before = takeMeta(rq.nodes, file);
    checkUnknownMeta(before.rest, file);
    const first = before.rest[0];
    const quote = first?.type === 'blockquote' && first.children.length > 0 ? first : undefined;
    if (quote) checkLazyMeta(quote, sourceLines, file);
    const after = takeMeta(first?.type === 'blockquote' ? before.rest.slice(1) : before.rest, file);
    const meta: MetaLine = { ...before.meta, ...after.meta };
    const answerNodes = after.rest;
    // Rules and raw HTML print nothing, so an answer made only of them is no answer.
    const content = answerNodes.filter((node) => node.type !== 'thematicBreak' && node.type !== 'html' && node.type !== 'definition');
    if (!quote && content.length === 0) {
      const why = answerNodes.some((node) => node.type === 'html') ? ' (raw HTML is not printed)' : '';
      throw contentError(file, line, `question "${text}" has no answer${why}`, 'add a "> card answer" line or a paragraph under the heading');
    }
    const data = vfileData(line);
    const hasFull = content.length > 0;
    const answerHtml = hasFull ? render(answerNodes, data) : render(quote!.children, vfileData(line, false));
    const cardText = quote ? blocksText(quote.children) : cardFromAnswer(content);
    const question: Question = {
      id: '',
      number: n,
      text,
      html: render([{ type: 'paragraph', children: rq.heading.children }], vfileData(line, false)).replace(/^<p>|<\/p>$/g, ''),
      level: meta.level ?? sectionLevel ?? 'medium',
      tags: meta.tags ?? [],
      answerHtml,
      answerText: hasFull ? blocksText(answerNodes) : cardText,
      // A generated card with no text at all (an answer that is only an image) shows the answer.
      // Card answers are not hyphenated: cards and cheat sheets keep their text searchable as typed.
      cardHtml: quote ? render(quote.children, vfileData(line, false)) : cardText ? `<p>${escapeHtml(cardText)}</p>` : answerHtml,
      cardText,
      cardGenerated: !quote,
      answerFromCard: !hasFull,
      line,
    };
    idRequests.push({ question, explicit: meta.id });
    if (!quote) diagnostics.push({ file, line, severity: 'warning', code: 'no-card-answer', message: `question "${text}" has no card answer; its first sentence is used` });
    return question;
  }

  return {
    slug: opts.slug,
    file,
    title,
    subtitle: stringField(fm, 'subtitle', file, fmAt('subtitle')),
    author: stringField(fm, 'author', file, fmAt('author')),
    date: stringField(fm, 'date', file, fmAt('date')),
    lang: stringField(fm, 'lang', file, fmAt('lang')) ?? 'en',
    tags: tagsField(fm, file, fmAt('tags')),
    introHtml: render(preamble, vfileData(1)) || paragraphOf(stringField(fm, 'description', file, fmAt('description'))),
    sections: model,
    outro: outroRaw ? { title: plainText(outroRaw.heading!), html: render(outroRaw.nodes, vfileData(lineOf(outroRaw.heading))) } : undefined,
    frontMatter: fm,
    diagnostics,
  };
}

const paragraphOf = (text: string | undefined): string => (text ? `<p>${escapeHtml(text)}</p>` : '');

/**
 * A card answer made from a full answer: the first sentence of its first paragraph. A lead-in
 * such as "Key record types:" says nothing alone, so the list it introduces is added.
 */
function cardFromAnswer(content: RootContent[]): string {
  const at = content.findIndex((n) => n.type === 'paragraph');
  const lead = plainText(content[at] ?? content.find((n) => plainText(n)));
  const sentence = firstSentence(lead);
  const next = content[at + 1];
  if (at < 0 || sentence !== lead || !sentence.endsWith(':') || next?.type !== 'list') return sentence;
  return clip(`${sentence} ${next.children.map((item) => plainText(item).replace(/[.;]$/, '')).join('; ')}.`, 200);
}
