import { toString } from 'mdast-util-to-string';
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { BID_START } from './bid-start.js';
import { PROMPT_START } from './list-items.js';

// Banks often run a question's short answer on after its question mark, on the one line:
// Chinese and Japanese after the full-width mark (`2. 什麼是事件迴圈？ 它讓單執行緒的 JavaScript …`),
// others after a Latin one (`1. What is a VLAN? A VLAN splits one switch into …`). Read whole, the
// item held its answer in the question. What follows the mark answers it, unless it asks again
// (`…？為什麼？`, `What is NAT? Why is it used?`, a follow-up) or bids (`請舉例說明。`,
// `Give an example.`, a part of the question).

const MARK = /[？?]/u;
const ASKS_AGAIN = /[?？]\s*$/u;
const BIDS_MORE = /^(?:请|請|并|並|且|另外|另|再)/u;
// The follow-ups Latin-script banks set after a question (`Give an example.`, `Why? Explain.`,
// `Nennen Sie ein Beispiel.`, `Say the names of its layers.`), where an answer would state: an imperative to the one answering.
const FOLLOW_UP =
  /^(?:(?:say|specify|enumerate|share|give|provide|illustrate|justify|elaborate|explain|describe|discuss|compare|contrast|list|name|outline|mention|state|cite|demonstrate|identify|summari[sz]e|clarify|define|draw|sketch|show|write|support|please|be (?:specific|brief|precise)|walk (?:me |us )?through|tell (?:me|us)|nennen|geben sie|sagen sie|zählen sie|begründen|erläutern|erklären|beschreiben|zeigen sie|donnez|dites|nommez|énumérez|précisez|justifiez|citez|expliquez|décrivez|illustrez|montrez|commentez|da|dé|dê|dar|justifica|justifique|menciona|mencione|cite|explica|explique|descreva|describa|pon|nombra|enumera|especifica|diga|nomeie|enumere|comenta|comente|ejemplifica|exemplifique|mostre|fornisci|elenca|spiega|descrivi|fai|приведите|назовите|перечислите|укажите|скажите|объясните|опишите|обоснуйте|поясните)(?![\p{L}\p{N}])|true or false|vrai ou faux|verdadero o falso|verdadeiro ou falso)/iu;
// How a Latin-script question opens, in the languages banks are written in: where most of a
// list's items do so with an answer after their mark, the list is one of questions (`Found a
// typo? Open a pull request.` opens with none and stays prose).
// A number may lead it (`1 . Qu'est-ce …?`, typed inside a bullet), and French elides its opening
// word into the next (`Qu'est-ce`, `Qu’es-ce`), so `qu'` is followed by a letter, not a word's end.
const QUESTION_OPENING =
  /^(?:\d{1,3}\s*[.)]\s+)?(?:¿|qu['’](?=\p{L})|c['’]est quoi(?![\p{L}\p{N}])|(?:what|how|why|when|where|which|who|whom|whose|is|are|was|were|do|does|did|can|could|should|would|will|has|have|may|must|shall|name|was|wie|warum|wann|wo|welche[rsmn]?|wer|ist|sind|kann|gibt|que|quel(?:le)?s?|comment|pourquoi|quand|où|est-ce|qué|cómo|cuál|cuáles|por qué|o que|qual|quais|como|por que|quando|что|как|какой|какая|какие|почему|зачем|когда|где|чем|для чего|в чем|в чём|che|cosa|come|perché|quale|wat|hoe|waarom|welke)(?![\p{L}\p{N}]))/iu;

// A short answer that plainly states, where a bid would be an imperative (`Be precise.`, `Kurz
// begründen.`, `Two marks.`): a phrase opening with an article (`A mirror copy.`, `The ext4 format.`)
// or one holding a figure (`512.`, `Port 3260.`), up to three words, ending in a full stop.
const SHORT_STATEMENT =
  /^(?:(?:a|an|the|le|la|les|un|une|el|los|las|una|der|die|das|ein|eine|o|os|um|uma|il|lo|gli|het|een)\s+[^\s.]+(?:\s+[^\s.]+)?|(?=[^\s.]*\d)[^\s]+|[^\s.]+\s+(?=[^\s]*\d)(?!.*\b(?:marks?|points?|pts|min(?:utes)?)\b)[^\s]+)\.$/iu;

// Words after the mark that say something: an ellipsis (`…角色？ ...`) or a stray quote (`？」`) answers nothing.
const SAYS = /[\p{L}\p{N}]/u;
// A Korean or Japanese follow-up set after the question (`소켓이 무엇인가요? 예시를 보여주세요.`, `…ですか？例を挙げてください。`): it bids, it does not answer.
// So does a Turkish one, its verb last too (`Ölçeklenebilirlik nedir? Yatay ve dikey farkını açıklayın.`), and a Persian one (`… چیست؟ مثال بزنید.`).
const BIDS_POLITELY = /(?:주세요|보세요|하세요|하시오|십시오|ください|下さい|なさい|(?<![\p{L}])(?:açıklayın|anlatın|yazın|belirtin|karşılaştırın|verin|listeleyin|tanımlayın|gösterin|tartışın|örneklendirin)|(?:توضیح (?:دهید|بدهید|بدید|بده)|شرح دهید|نام ببرید|بنویسید|مثال بزنید))[.。!！]?\s*$/u;
// A second question right after the first (`什麼是快取？為什麼要用它？把…`, `What is NAT? Why use it? It maps…`): short, no full stop in it.
const ASKED_AGAIN = /^[ \t]*[^。！!.?？\n]{1,40}[？?]/u;

// A follow-up may open on its condition (`¿Has usado un ORM? Si es así, menciona sus ventajas.`, `If so, explain why.`): the bid comes after it.
const IF_SO = /^(?:if (?:so|yes|not)|si es así|si es el caso|si (?:sí|no)|se sim|se não|se for o caso|si oui|sinon|falls ja|wenn ja|если да|если нет|se sì)\s*,\s*/iu;

/** The words after a question without the condition a follow-up may open on. */
const unconditioned = (said: string): string => said.replace(IF_SO, '');

/** Where the asking ends on the line: the mark at `at`, or that of a question asked right after it with an answer still to follow. */
function askedThrough(value: string, at: number): number {
  let end = at;
  for (let next = ASKED_AGAIN.exec(value.slice(end + 1)); next && value.slice(end + 1 + next[0].length).trim(); next = ASKED_AGAIN.exec(value.slice(end + 1))) end += next[0].length;
  return end;
}

type Split = { question: PhrasingContent[]; answer: PhrasingContent[] };

/** The item's line cut after its first question mark, when an answer follows it there; else undefined. */
export function runOnAnswerSplit(p: Paragraph): Split | undefined {
  const words = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  // `**Q1. What is a build matrix? One job run over …**`: the bold says "question", the answer ran into it.
  if (words.length === 1 && words[0].type === 'strong') {
    const inner = runOnAnswerSplit({ type: 'paragraph', children: words[0].children });
    return inner && { question: [{ ...words[0], children: inner.question }], answer: inner.answer };
  }
  for (const [i, child] of p.children.entries()) {
    // The question is on the item's first line.
    if (child.type === 'break') return undefined;
    // `**What does a lockfile pin?** Exact versions …`: the question in bold, its answer after it.
    if ((child.type === 'strong' || child.type === 'emphasis') && /[?？]\s*$/u.test(toString(child)) && !toString(child).includes('\n')) {
      const answer = p.children.slice(i + 1);
      const said = toString({ type: 'paragraph', children: answer }).trim();
      if (!said || !SAYS.test(said) || ASKS_AGAIN.test(said) || BIDS_POLITELY.test(said) || PROMPT_START.test(unconditioned(said)) || BID_START.test(unconditioned(said))) return undefined;
      const asked = toString({ type: 'paragraph', children: p.children.slice(0, i + 1) });
      if (/？\s*$/u.test(asked) ? BIDS_MORE.test(said) : !latinAnswer(toString({ type: 'paragraph', children: answer }), said, asked)) return undefined;
      const [lead, ...rest] = answer;
      return { question: p.children.slice(0, i + 1), answer: lead?.type === 'text' ? [{ ...lead, value: lead.value.replace(/^\s+/, '') }, ...rest] : answer };
    }
    if (child.type !== 'text') continue;
    const m = MARK.exec(child.value);
    const at = m ? m.index : -1;
    if (child.value.slice(0, at < 0 ? undefined : at).includes('\n')) return undefined;
    if (!m) continue;
    const cut = askedThrough(child.value, at);
    const after = child.value.slice(cut + 1).replace(/^\s+/, '');
    const answer = [...(after ? [{ ...child, value: after }] : []), ...p.children.slice(i + 1)];
    const said = toString({ type: 'paragraph', children: answer }).trim();
    if (!said || !SAYS.test(said) || ASKS_AGAIN.test(said) || BIDS_POLITELY.test(said) || PROMPT_START.test(unconditioned(said)) || BID_START.test(unconditioned(said))) return undefined;
    const asked = toString({ type: 'paragraph', children: [...p.children.slice(0, i), { ...child, value: child.value.slice(0, cut + 1) }] });
    if (child.value[cut] === '？' ? BIDS_MORE.test(said) : !latinAnswer(child.value.slice(cut + 1), said, asked)) return undefined;
    return { question: [...p.children.slice(0, i), { ...child, value: child.value.slice(0, cut + 1) }], answer };
  }
  return undefined;
}

/**
 * Words after a Latin `?` that read as its answer: a statement on the same line, after a space,
 * of four words at least (or a plain yes or no), not a remark in brackets (`(Two marks)`), code
 * (`` `print(2 ** 3)` ``, what the question asks about) nor a follow-up it sets.
 */
function latinAnswer(after: string, said: string, asked: string): boolean {
  const line = after.split('\n')[0];
  if (!/^\s+[\p{L}\p{N}]/u.test(line)) return false;
  // A follow-up is short (`Dar exemplos.`, `Be brief.`) and bids in more languages than we list: an answer says more.
  const words = said.split(/\s+/).length;
  return (words >= 4 || /^(?:yes|no|ja|nein|oui|non|sí|si|sim|não|да|нет)\b/iu.test(said) || SHORT_STATEMENT.test(said) || namedAnswer(said, asked)) && !FOLLOW_UP.test(unconditioned(said));
}

// Questions that ask for a name or a thing (`What does CI stand for?`, `Which signal does Ctrl+C send?`): a short answer names it.
const ASKS_FOR_NAME = /^(?:what|which|who|where|when|how (?:many|much|long|big|large))(?![\p{L}\p{N}])/iu;
// Short phrases that set how to answer rather than answer (`In detail.`, `Briefly.`, `With examples.`).
const HOW_TO_ANSWER = /^(?:.*\b(?:marks?|points?|pts)\.?$|briefly|shortly|in (?:brief|short|detail|depth|one (?:word|line|sentence)|your own words)|with (?:an? )?examples?|one (?:word|line|sentence)|short answer|long answer|\(.*\))\.?$/iu;

/**
 * A short answer of up to three words naming what a What/Which/Who question asks for (`Permissions.`,
 * `Google's build system.`, `SIGINT.`), capitalised as a sentence opens: no word in it bids
 * (`Kurz begründen.`, `Please explain.`) and it sets no manner of answering (`In detail.`).
 */
function namedAnswer(said: string, asked: string): boolean {
  if (!ASKS_FOR_NAME.test(asked.trim()) || !/^[\p{Lu}\p{N}]/u.test(said) || HOW_TO_ANSWER.test(said)) return false;
  const words = said.split(/\s+/);
  return words.length <= 3 && words.every((_, k) => !FOLLOW_UP.test(words.slice(k).join(' ')) && !BID_START.test(words.slice(k).join(' ')));
}

/**
 * A Latin-script question set in two sentences on its line, the second a follow-up
 * (`What is a subnet mask? Give an example.`, `Why? Explain.`): it asks, though it ends in a full stop.
 */
export function asksThenBids(p: Paragraph): boolean {
  const line = toString(p).split('\n')[0].trim();
  const m = /^([^?]{1,200}\?)\s+(\S.{0,200})$/u.exec(line);
  // A condition opening the follow-up (`Se sim, explique …`) tells a question before it, however it opens (`Você já usou …?`).
  return !!m && (QUESTION_OPENING.test(m[1]) || IF_SO.test(m[2])) && (FOLLOW_UP.test(unconditioned(m[2])) || BID_START.test(unconditioned(m[2])));
}

/** A Chinese or Japanese item running its answer on after its full-width `？`: a question. */
export function fullWidthRunOn(p: Paragraph): boolean {
  const split = runOnAnswerSplit(p);
  return !!split && toString({ type: 'paragraph', children: split.question }).endsWith('？');
}

/** A Latin-script item that opens as a question does and runs its answer on after its `?`: one of a list's questions. */
export function latinRunOn(p: Paragraph): boolean {
  const split = runOnAnswerSplit(p);
  return !!split && QUESTION_OPENING.test(toString({ type: 'paragraph', children: split.question }).trim());
}

/**
 * The tree with each question heading that has nothing under it and runs its answer on after its
 * mark (`### What does IAM stand for? Identity and access management.`) split: the heading asks,
 * the answer is the paragraph under it.
 */
export function headingRunOns(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node, i) => {
    const next = nodes[i + 1];
    if (node.type !== 'heading' || node.depth !== 3 || (next && !(next.type === 'heading' && next.depth <= 3))) return [node];
    const line: Paragraph = { type: 'paragraph', children: node.children };
    if (!latinRunOn(line) && !fullWidthRunOn(line)) return [node];
    const split = runOnAnswerSplit(line)!;
    return [{ ...node, children: split.question }, { type: 'paragraph', children: split.answer, position: node.position } as Paragraph];
  });
}
