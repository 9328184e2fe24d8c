import { toString } from 'mdast-util-to-string';
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';

// A link that names an answer kept elsewhere: "答案一", "Answer", "Solution 2", "Ответ", "정답".
// Or a link to the details (`[세부 링크](cs/index/README.md)`, `[자세히 보기](…)`, `[详解](…)`), where the answer is written out.
// Also an arrow, link or key sign alone (`[➜](file.md#1-gil)`, `[→](…)`, `[🔗](…)`, `[🗝️](…)`), pointing at the answer's page.
const ANSWER_LINK = /^\s*(?:(?:[➜→⇒➡↗🔗»🔑]|🗝)\uFE0F?|答案|解答|参考答案|回答|题解|解析|answer|solution|ответ|решение|respuesta|resposta|solución|antwort|lösung|réponse|jawaban|cevap|정답|답변|해설|解説|回答例|세부\s*링크|자세히(?:\s*보기)?|상세(?:\s*설명)?|详解|詳解|详细解答|詳細)\s*[一二三四五六七八九十0-9]*\s*$/iu;

const answerLink = (node: PhrasingContent | RootContent | undefined): boolean => node?.type === 'link' && ANSWER_LINK.test(toString(node));
const blank = (node: PhrasingContent): boolean => node.type === 'text' && !node.value.trim();

/** A list whose items are each one link (`- [答案一](…)⏎- [sticky描述](…)`), the first naming an answer. */
function linkItems(node: RootContent | undefined): node is List {
  if (node?.type !== 'list' || !node.children.length) return false;
  const links = node.children.map((item) => (item.children.length === 1 && item.children[0].type === 'paragraph' ? item.children[0].children.filter((c) => !blank(c)) : []));
  return links.every((l) => l.length === 1 && l[0].type === 'link') && answerLink(links[0][0]);
}

/**
 * An item asking a question whose answer is kept elsewhere, linked after it (`- CSS - BFC是什么
 * [答案一](…)`, or those links in a list under it): the question's words, and the links that
 * print with it. Undefined for any other item.
 */
export function linkAnswered(item: ListItem): { words: PhrasingContent[]; links: RootContent[] } | undefined {
  const [first, next, ...more] = item.children;
  if (first?.type !== 'paragraph' || more.length) return undefined;
  const kids = first.children;
  let at = kids.length;
  while (at > 0 && (answerLink(kids[at - 1]) || blank(kids[at - 1]) || (kids[at - 1].type === 'link' && at < kids.length))) at--;
  const trailing = kids.slice(at);
  const linked = trailing.some(answerLink) && !next;
  if (!linked && !(trailing.length === 0 && linkItems(next))) return undefined;
  const words = trimEnd(kids.slice(0, at));
  if (!toString({ type: 'paragraph', children: words }).trim()) return undefined;
  const links: RootContent[] = linked ? [{ type: 'paragraph', children: trailing.filter((c) => !blank(c)).flatMap((c, i) => (i ? [{ type: 'text', value: ' · ' } as PhrasingContent, c] : [c])), position: first.position } as Paragraph] : [next];
  return { words, links };
}

function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
  const last = children[children.length - 1];
  return last?.type === 'text' ? [...children.slice(0, -1), { ...last, value: last.value.replace(/\s+$/, '') }] : children;
}

/** A list of such items, two at least and most of its items. */
export function linkAnswerList(node: RootContent): node is List {
  if (node.type !== 'list') return false;
  const answered = node.children.filter((item) => linkAnswered(item)).length;
  return answered >= 2 && answered * 2 > node.children.length;
}

/**
 * The lists of such items in a file: those linkAnswerList finds and, where there is one, a list
 * of one item too (`### Practice (1 task)` over `1. **Ping:** Write … [➜](…)`), its one item linked so.
 */
export function linkAnswerLists(nodes: RootContent[]): Set<RootContent> {
  const found = nodes.filter(linkAnswerList);
  const lone = (node: RootContent) => node.type === 'list' && node.children.length === 1 && !!linkAnswered(node.children[0]);
  return new Set(found.length ? [...found, ...nodes.filter(lone)] : []);
}
