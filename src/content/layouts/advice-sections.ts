import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { namesChecklist } from './checklist-sections.js';
import { asksUnmarked } from './unmarked-asks.js';

// A bank of another layout may close a part with advice for the interview under numbered
// headings (`## 面接で成功するためのポイント` over `### 1. 事前準備を徹底する`), or with the
// candidate's own stories (`# STAR Stories` over `### 1. SQL Injection in Banking Portal`). Its
// layout, read over the whole page, takes those headings for questions like the rest. Named
// before the layout is chosen, such a title changed which layout the page was read in; so it is
// decided here, on the page as read, for that part alone: its headings, none asking, are bold
// lines of the part's notes.

/** Titles naming advice in words a checklist's name does not hold alone (`…のポイント`, `면접 팁`, `Tips for success`). */
const ADVICE =
  /(?:ポイント|コツ|ヒント|心得|注意点|秘訣|アドバイス|팁|요령|노하우|조언|技巧|建议|建議|诀窍|訣竅|注意事项|注意事項)$|^(?:[\p{L}\s'’-]*\s)?(?:tips?|advice|tricks|dos and don['’]?ts|consejos|dicas|tipps|conseils|porady|wskazówki|mẹo|lời khuyên|советы)(?:\s+(?:for|to|on|para|für|pour|de|na|и|and)\s+[\p{L}\s'’-]+)?$/iu;

/** Titles naming the candidate's own stories (`STAR Stories`, `Experience stories`, `My STAR examples`). */
const STORIES = /^(?:[\p{L}\s'’-]*\s)?(?:star\s+(?:stories|examples|answers)|stories|story bank|anecdotes)$/iu;

/** How a heading asks without a question mark: an opening that asks or bids, in the languages banks are written in. */
const ASKING_OPENING =
  /^(?:what|how|why|when|where|which|who|whose|is|are|do|does|did|can|could|should|would|will|tell me|describe|explain|walk me through|give an example|talk about|share|define|compare|warum|wie|was|welche|wann|qué|cómo|por qué|cuál|o que|como|por que|qual|pourquoi|comment|quel|что|как|почему|なぜ|どう|何|왜|어떻게|무엇)(?![\p{L}\p{N}])/iu;

/** Japanese and Korean questions end on their asking particle (`…ですか`, `…나요`), the mark often left off. */
const ASKING_END = /(?:か|까|나요|가요|니까)\s*$/u;

/** True when a heading's words ask: a question mark, an opening that asks, an asking particle, a Chinese or Vietnamese asking word. */
function asks(words: string): boolean {
  const text = words.replace(/^[\p{P}\p{S}\s\d]*(?=\p{L})/u, '').trim();
  return /[?？]\s*$/u.test(text) || ASKING_OPENING.test(text) || ASKING_END.test(text) || asksUnmarked(text);
}

/** True when a part's title names advice or the candidate's stories, a parenthesis and a closing colon aside. */
export function namesAdvice(title: string): boolean {
  if (namesChecklist(title)) return true;
  const name = title
    .replace(/[(（][^()（）]*[)）]/gu, ' ')
    .replace(/^[\p{P}\p{S}\s\d]*(?=\p{L})/u, '')
    .replace(/[\s:：.!]*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return !/[?？]$/u.test(title.trim()) && (ADVICE.test(name) || STORIES.test(name));
}

/**
 * The page as read, with the parts whose title names advice or stories and whose headings at the
 * question level (`###`), two at least, none ask, made notes: each heading a bold line (its
 * number, read off the source line, kept) over what it held. Another part must keep questions: a
 * page of advice alone is no bank to read this way. Also gives the notes' titles, to be said on
 * the read: line.
 */
export function adviceParts(nodes: RootContent[], sourceLines: string[]): { nodes: RootContent[]; titles: Heading[] } {
  const parts: { title?: Heading; asked: number[] }[] = [{ asked: [] }];
  nodes.forEach((n, i) => {
    if (n.type === 'heading' && n.depth <= 2) parts.push({ title: n, asked: [] });
    else if (n.type === 'heading' && n.depth === 3) parts[parts.length - 1].asked.push(i);
  });
  const advice = parts.filter(
    (p) => p.title && p.asked.length >= 2 && namesAdvice(toString(p.title)) && !p.asked.some((i) => asks(toString(nodes[i]))),
  );
  if (!parts.some((p) => p.asked.length > 0 && !advice.includes(p))) return { nodes, titles: [] };
  const made = new Set(advice.flatMap((p) => p.asked));
  return {
    nodes: nodes.map((n, i) => (made.has(i) ? boldLine(n as Heading, sourceLines) : n)),
    titles: advice.map((p) => p.title!),
  };
}

/** A heading as a bold line, led by the number its source line gave it (`### 1. 事前準備を徹底する` → **1. 事前準備を徹底する**). */
function boldLine(heading: Heading, sourceLines: string[]): Paragraph {
  const line = sourceLines[(heading.position?.start.line ?? 0) - 1] ?? '';
  const number = /^\s{0,3}#{1,6}\s+(?:[*_]{2})?\s*(\d{1,3}\s*[.)．、])\s/u.exec(line)?.[1];
  const words = toString(heading).trim();
  const lead: PhrasingContent[] = number && !words.startsWith(number) ? [{ type: 'text', value: `${number} ` }] : [];
  return { type: 'paragraph', children: [{ type: 'strong', children: [...lead, ...heading.children] }], position: heading.position };
}

/**
 * The layouts that still give questions once advice is read as notes: a part read in numbered
 * headings (`# STAR Stories` over `### 1. …`) whose headings all became notes gave none, and the
 * read: line names only the layouts the questions came from. `parts`: where each layout's bank
 * stands (titled-parts.ts); `nodes`: the page as read, questions at `###`.
 */
export function layoutsGivingQuestions<L extends string>(parts: { layout: L; from: number; to: number }[], nodes: RootContent[]): L[] {
  const lines = nodes.flatMap((n) => (n.type === 'heading' && n.depth === 3 && n.position ? [n.position.start.line] : []));
  return [...new Set(parts.filter((p) => lines.some((line) => line >= p.from && line <= p.to)).map((p) => p.layout))];
}
