import { toString } from 'mdast-util-to-string';
import type { Image, Link, Nodes, RootContent } from 'mdast';
import type { LineSpan } from './types.js';
import { isLocalMarkdown } from '../index-file.js';

// Words of a "back to top" link, in the forms banks use.
const BACK_TO_TOP_EN = /back\s*to\s*(the\s*)?(top|contents|index|questions?|question list|list|toc|table of contents|readme)\b|^\W*(top|⬆|↑|⇧)\W*$/i;
// The same in the other languages banks are written in, as the link's whole words (arrows and
// marks aside): `Nach oben`, `Retour au sommaire`, `Volver arriba`, `Voltar ao topo`, `Наверх`,
// `返回顶部`, `目次に戻る`, `맨 위로`. Whole, since `Nach oben skalieren …` is a sentence.
const BACK_TO_TOP_OTHER = new RegExp(
  `^[\\s\\p{P}\\p{S}\\uFE0F]*(?:${[
    'nach oben|zurück nach oben|zum anfang|zurück zum (?:anfang|inhalt|inhaltsverzeichnis|index|überblick)|zum inhaltsverzeichnis|zu den fragen|zurück zu den fragen',
    'retour en haut(?: de (?:la )?page)?|haut de (?:la )?page|retour au (?:début|sommaire|menu)|retour à la table des matières|retour aux questions',
    'volver (?:arriba|al inicio|al índice|a las preguntas|al principio)|ir arriba|subir|ir al índice',
    'voltar (?:ao|para o) (?:topo|início|índice|sumário)|voltar às perguntas|ir para o topo|topo',
    'наверх|в начало|к началу|к содержанию|к оглавлению|(?:вернуться|назад) (?:к|в) (?:началу|содержанию|оглавлению|вопросам|начало)',
    '(?:返回|回到)(?:顶部|頂部|目录|目錄|首页|首頁|开头|開頭)',
    '(?:ページの)?(?:トップ|先頭|目次|上)(?:に|へ)戻る|ページトップへ|トップへ',
    '맨\\s*위로(?:\\s*(?:가기|이동))?|위로\\s*가기|처음으로|목차로(?:\\s*(?:돌아가기|가기|이동))?',
    // A link home (`🏠 Home`, `🏠 홈으로`): to the bank's first page, in English too.
    "(?:back to |go )?home(?: ?page)?|(?:zur )?startseite|(?:retour à l['’]\\s?)?accueil|(?:volver al )?inicio|página inicial|(?:voltar ao )?início|на главную|главная|(?:返回|回到)?(?:首页|首頁|主页|主頁)|ホーム(?:へ|に戻る)?|홈(?:으로)?",
  ].join('|')})[\\s\\p{P}\\p{S}\\uFE0F]*$`,
  'iu',
);
/** The words of a link back up the page (or to the bank's contents), in any of those languages. */
const backToTop = (words: string): boolean => BACK_TO_TOP_EN.test(words) || BACK_TO_TOP_OTHER.test(words.trim());
// An arrow opening or closing a link's words: a way to another page of the bank.
const PAGE_ARROWS = /^\s*[←⬅«‹↑⬆]|[→➡»›]\s*$/;
// Words opening a link to the bank's page before or after this one (`上一章：第 31 章`, `Next chapter`,
// `Siguiente`, `Далее`): a way to another page, said in words where others draw an arrow.
const PAGE_STEP =
  /^[\s\p{P}\p{S}]*(?:上一[章篇节節页頁题題]|下一[章篇节節页頁题題]|前の[章ページ]|次の[章ページ]|이전|다음|(?:previous|prev|next|anterior|siguiente|précédent|suivant|vorherige|nächste|zurück|weiter|назад|далее|предыдущ\p{L}*|следующ\p{L}*)(?![\p{L}\p{N}.]))/iu;
// A label over such links (`**导航**`, `**Navigation**`): it names them, it says nothing.
const NAV_LABEL = /^\s*(?:导航|導航|navigation|navegación|navegação|навигация|ナビゲーション|내비게이션)\s*[:：]?\s*$/iu;
const BADGE_HOST = /shields\.io|badge|badgen\.net|travis-ci|circleci|codecov|github\.com\/.*\/workflows|img\.shields/i;

const isAnchor = (url: string): boolean => url.startsWith('#');

// `<a name="x"></a>` / `<a id="x"></a>` alone, or an empty `<div id="4" />` or `<span id="x"></span>`: a target for in-page links, with nothing to read.
const ANCHOR_TARGETS = /^\s*(?:<(a|div|span)\s+(?:name|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)\s*\/?>\s*(?:<\/\1>)?\s*)+$/i;

// One HTML link and its words, nothing else.
const HTML_LINK = /^\s*<a\s[^>]*>[^<]*<\/a>\s*$/i;

// Marks between the steps of a breadcrumb (`Home > Frontend > CSS`, `Home / Web`, `Topics › CSS`).
const CRUMB_MARKS = /^[\s>›»/→|·:\p{Extended_Pictographic}\uFE0F]*$/u;

/**
 * A breadcrumb: the way down to this page, `[Home](../README.md) > [Frontend](./README.md) > CSS`.
 * Links with a mark between each, the page's own name (a few words, perhaps bold) allowed last.
 */
function breadcrumb(node: Nodes): boolean {
  if (node.type !== 'paragraph') return false;
  const parts = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const links = parts.filter((c) => c.type === 'link');
  if (!links.length) return false;
  let marks = 0;
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    if (part.type === 'link') {
      if (part.children.some((c) => c.type === 'image')) return false;
      continue;
    }
    const words = toString(part);
    if (part.type === 'text') {
      // The text after the last link may end in the page's own name: `> CSS`.
      const [, mark, name] = /^([^\p{L}\p{N}]*)(.*)$/su.exec(words) ?? [];
      if (!CRUMB_MARKS.test(mark ?? '')) return false;
      if (/[>›»/→]/.test(mark ?? '')) marks++;
      if (name && (!last || name.trim().split(/\s+/).length > 4)) return false;
      continue;
    }
    // The page's own name in bold or code, last.
    if (!(last && (part.type === 'strong' || part.type === 'emphasis' || part.type === 'inlineCode') && words.trim().split(/\s+/).length <= 4)) return false;
  }
  return marks >= Math.max(1, links.length - 1) && (links.length >= 2 || parts[parts.length - 1].type !== 'link');
}

/**
 * Links to the bank's own pages (no address of a site), one of them at least to the page before or
 * after this one by its words (`上一章：…`, `Next chapter`), the others to its contents: on paper
 * they lead nowhere.
 */
function pageSteps(links: Link[]): boolean {
  const local = links.every((l) => !/^[a-z]+:/i.test(l.url) && !l.url.startsWith('#'));
  return local && links.length <= 4 && links.some((l) => PAGE_STEP.test(toString(l))) && links.every((l) => PAGE_STEP.test(toString(l)) || backToTop(toString(l)));
}

/** Links, images and separators only, no words of their own: the shape of navigation. */
function onlyLinksAndImages(node: Nodes): { links: Link[]; images: Image[] } | undefined {
  const links: Link[] = [];
  const images: Image[] = [];
  const walk = (n: Nodes): boolean => {
    if (n.type === 'link') {
      links.push(n);
      // A link's own words are its label; images inside it count as images.
      n.children.forEach((c) => c.type === 'image' && images.push(c));
      return true;
    }
    if (n.type === 'image') return images.push(n) > 0;
    if (n.type === 'text') return /^[\s|·•\-–—,:()[\]]*$/.test(n.value);
    if (n.type === 'break') return true;
    if ('children' in n) return (n.children as Nodes[]).every(walk);
    return false;
  };
  return walk(node) && links.length + images.length > 0 ? { links, images } : undefined;
}

/**
 * Why a block is navigation rather than content (a table of contents, a "back to top" link,
 * badges, a banner image, a table of links), or undefined when it is content.
 */
export function navigationKind(node: RootContent): string | undefined {
  if (node.type === 'html') {
    if (ANCHOR_TARGETS.test(node.value)) return 'anchor';
    // `<div align="right"><a href="#table-of-contents">Back to Top 👆</a></div>`: one in-page link back up, in HTML.
    const words = node.value.replace(/<[^>]*>/g, ' ').trim();
    const links = [...node.value.matchAll(/<a\s[^>]*href\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1]);
    // To the page's top or the site's home (`<p class="breadcrumb"><a href="/study/home.html">🏠 Home</a></p>`), as the link's words say.
    return links.length === 1 && backToTop(words) && words.split(/\s+/).length <= 6 ? 'back-to-top link' : undefined;
  }
  // `<a name="x"></a>` on its own line is a paragraph of two inline HTML nodes to markdown.
  if (node.type === 'paragraph' && node.children.every((c) => c.type === 'html' || (c.type === 'text' && !c.value.trim())) && ANCHOR_TARGETS.test(toString(node, { includeHtml: true }))) return 'anchor';
  // `<a href="…">Back To Questions</a>` written in HTML on a line of its own.
  if (node.type === 'paragraph' && HTML_LINK.test(toString(node, { includeHtml: true })) && backToTop(toString(node, { includeHtml: false }))) return 'back-to-top link';
  // A note app's tags on a line of their own (`#flashcards/aws #review`): they file the note, they say nothing.
  if (node.type === 'paragraph' && /^\s*(?:#[\p{L}\p{N}_][\p{L}\p{N}_/-]*\s*)+$/u.test(toString(node))) return 'tags';
  if (breadcrumb(node)) return 'breadcrumb';
  if (node.type === 'paragraph' || node.type === 'heading') {
    const text = toString(node);
    // `**导航**⏎[上一章：…](31.md) | [返回目录](../README.md) | [下一章：…](33.md)`: labelled links between the bank's pages.
    const [first, ...rest] = node.children;
    if (node.type === 'paragraph' && first?.type === 'strong' && NAV_LABEL.test(toString(first))) {
      const links = onlyLinksAndImages({ type: 'paragraph', children: rest });
      return links && !links.images.length && pageSteps(links.links) ? 'back-to-top link' : undefined;
    }
    const only = onlyLinksAndImages(node);
    if (!only) return undefined;
    if (only.links.length && only.links.every((l) => isAnchor(l.url))) return backToTop(text) ? 'back-to-top link' : 'in-page links';
    // "Back to questions" leading to the bank's own README by its full address is the same link.
    if (only.links.length && !only.images.length && backToTop(text)) return 'back-to-top link';
    // "[← All topics](../README.md)", "[Previous](01.md) | [Next →](03.md)": links between the bank's pages.
    if (only.links.length <= 2 && !only.images.length && PAGE_ARROWS.test(text) && only.links.every((l) => !/^[a-z]+:/i.test(l.url) || /\.md(?:#|$)/i.test(l.url)))
      return 'back-to-top link';
    if (pageSteps(only.links)) return 'back-to-top link';
    if (only.images.length && only.images.every((i) => BADGE_HOST.test(i.url))) return 'badges';
    // A linked logo's alt text (`[![Guide Logo](icon.svg)](site)`) is the image's, not words of the link.
    if (node.type === 'paragraph' && only.images.length && !only.links.some((l) => toString(l, { includeImageAlt: false }).trim())) return 'banner image';
    return undefined;
  }
  if (node.type === 'list') {
    // A table of contents: every item is one in-page link (with its own sub-list, perhaps).
    const items = node.children;
    // An item with nothing in it (`*` alone, a question not written yet) links nowhere: no contents entry.
    const tocItem = (item: (typeof items)[number]): boolean =>
      item.children.length > 0 &&
      item.children.every((child) =>
        child.type === 'list' ? child.children.every(tocItem) : !!onlyLinksAndImages(child)?.links.every((l) => isAnchor(l.url)) || badgedEntry(child),
      );
    if (items.length && items.every(tocItem)) return 'table of contents';
    // Links to the bank's other pages, one an item (`- [Basics](basics.md)`, `- [Networking](networking.md#top)`),
    // with in-page ones beside them: navigation where a page opens with it (the caller decides where).
    const pageItem = (item: (typeof items)[number]): boolean => {
      const only = item.children.length === 1 ? onlyLinksAndImages(item.children[0]) : undefined;
      return !!only && !only.images.length && only.links.every((l) => isAnchor(l.url) || isLocalMarkdown(l.url));
    };
    const toPages = items.some((item) => item.children[0] && onlyLinksAndImages(item.children[0])?.links.some((l) => isLocalMarkdown(l.url)));
    return items.length >= 2 && items.every(pageItem) && toPages ? 'page links' : undefined;
  }
  if (node.type === 'table') {
    // A table of links (to questions or exercises): every row holds a link, and no cell has prose;
    // rows that only name the group of links below them (`&nbsp; | **Strings**`) or space groups out may stand between.
    const rows = node.children.slice(1);
    // The question a link leads to, written beside it, is no prose however long it is.
    const prose = (text: string) => text.trim().split(/\s+/).length > 12 && !/[?？]\s*$/.test(text);
    const linked = (row: (typeof rows)[number]) => row.children.some((cell) => onlyLinksAndImages(cell)?.links.length);
    const label = (row: (typeof rows)[number]) => row.children.every((cell) => toString(cell).trim().split(/\s+/).length <= 8);
    const linkRows = rows.filter(linked);
    const linkRow = linkRows.length * 2 > rows.length && rows.every((row) => (linked(row) ? !row.children.some((cell) => !onlyLinksAndImages(cell) && prose(toString(cell))) : label(row)));
    return rows.length && linkRow ? 'table of links' : undefined;
  }
  return undefined;
}

/** A contents entry with a badge after its link: `[How do you …?](#q1-…) <span class="beginner">Beginner</span>`. */
function badgedEntry(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const [link, ...rest] = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (link?.type !== 'link' || !isAnchor(link.url) || !rest.length) return false;
  const words = rest.filter((c) => c.type !== 'html');
  return words.every((c) => c.type === 'text') && toString({ type: 'paragraph', children: words }).trim().split(/\s+/).length <= 3;
}

/** Navigation outside any question: a table of contents, in-page links, badges. */
const OUTSIDE_QUESTIONS = new Set(['table of contents', 'in-page links', 'badges', 'back-to-top link', 'breadcrumb']);

/**
 * A bank read as ours, without its navigation: a table of contents of in-page links (under a
 * `## Table of Contents` of its own, or above the first section), a list of links to the bank's
 * other pages above its first section, badges, "back to top" links
 * between sections. On paper they lead nowhere, and the guide has contents of its own. A heading
 * left over nothing goes with them. Answers keep their links. Where what went stood is returned.
 */
export function withoutNavigation(nodes: RootContent[]): { nodes: RootContent[]; lines: LineSpan[] } {
  const lines: LineSpan[] = [];
  const span = (from: RootContent, to: RootContent): LineSpan => ({ from: from.position?.start.line ?? 1, to: to.position?.end.line ?? from.position?.start.line ?? 1 });
  const out: RootContent[] = [];
  let inQuestion = false;
  // Right under the title of a page that holds questions: where links to its other pages lead away.
  const asks = nodes.some((n) => n.type === 'heading' && n.depth === 3);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'heading') inQuestion = node.depth >= 3;
    if (asks && out.every((n) => n.type === 'yaml' || n.type === 'thematicBreak' || (n.type === 'heading' && n.depth === 1)) && navigationKind(node) === 'page links') {
      lines.push(span(node, node));
      continue;
    }
    if (node.type === 'heading' && node.depth === 2) {
      let end = i + 1;
      while (end < nodes.length && nodes[end].type !== 'heading') end++;
      const content = nodes.slice(i + 1, end);
      const next = nodes[end];
      // `## Table of Contents` over links only, and a section (not a question) after it.
      if (content.length && content.every((n) => OUTSIDE_QUESTIONS.has(navigationKind(n) ?? '')) && !(next?.type === 'heading' && next.depth === 3)) {
        lines.push(span(node, content[content.length - 1]));
        i = end - 1;
        continue;
      }
    }
    // A "back to top" link closing an answer (`<div align="right"><a href="#">↥ back to top</a></div>` under each one) leads nowhere on paper either.
    if (inQuestion && closesQuestion(nodes, i) && navigationKind(node) === 'back-to-top link') {
      lines.push(span(node, node));
      continue;
    }
    if (!inQuestion && node.type !== 'heading' && OUTSIDE_QUESTIONS.has(navigationKind(node) ?? '')) {
      lines.push(span(node, node));
      continue;
    }
    out.push(node);
  }
  return { nodes: out, lines };
}

/** Whether only rules stand between the node at `i` and the next heading (or the end): it closes its question. */
function closesQuestion(nodes: RootContent[], i: number): boolean {
  for (let k = i + 1; k < nodes.length; k++) {
    if (nodes[k].type === 'heading') return true;
    if (nodes[k].type !== 'thematicBreak') return false;
  }
  return true;
}
