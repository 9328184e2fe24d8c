import type { Paragraph, PhrasingContent, Text } from 'mdast';

// `3. What is a closure? (Ans: a function …)` or `5. What is hoisting? — Ans: …`: one item of a
// list of questions giving its answer on its line, labelled, where the others are left open.
// The answer's name in the languages whose banks write it so (`(Respuesta: …)`, `— Antwort: …`).
const NAMES = 'answer|ans|respuesta|resp|resposta|antwort|réponse|rép|risposta|antwoord|odpowiedź|cevap|jawaban|ответ|відповідь|答案|回答|答|답변';
const BRACKET_LABEL = new RegExp(`\\s*[(（]\\s*(?:should\\s+(?:answer|know|mention|say)(?:\\s+at\\s+least)?|expected(?:\\s+answer)?|${NAMES})\\s*[:：]\\s*`, 'iu');
const DASH_LABEL = new RegExp(`\\s+[–—-]{1,2}\\s*(?:${NAMES})\\s*[:：.]\\s*`, 'iu');

type Split = { question: PhrasingContent[]; answer: PhrasingContent[] };

/** An item's line cut at a labelled answer: in brackets closing the line (the brackets gone), or after a dash. */
export function labelledAnswerSplit(p: Paragraph): Split | undefined {
  return bracketSplit(p) ?? dashSplit(p);
}

/** `… (should answer: …)`, `… (Ans: …)` closing the line. */
export function bracketSplit(p: Paragraph): Split | undefined {
  const last = p.children[p.children.length - 1];
  if (last?.type !== 'text' || !/[)）]\s*$/.test(last.value)) return undefined;
  for (const [i, child] of p.children.entries()) {
    const m = child.type === 'text' ? BRACKET_LABEL.exec(child.value) : null;
    if (!m || child.type !== 'text' || (m.index === 0 && i === 0)) continue;
    const question = trimEnd([...p.children.slice(0, i), { ...child, value: child.value.slice(0, m.index) }]);
    const tail = [{ ...child, value: child.value.slice(m.index + m[0].length) }, ...p.children.slice(i + 1)];
    const end = tail[tail.length - 1] as Text;
    const answer = [...tail.slice(0, -1), { ...end, value: end.value.replace(/\s*[)）]\s*$/, '') }].filter((c) => c.type !== 'text' || c.value);
    return question.length && answer.length ? { question, answer } : undefined;
  }
  return undefined;
}

/** `… — Ans: …`: the answer after a dash and its label, to the line's end. */
function dashSplit(p: Paragraph): Split | undefined {
  for (const [i, child] of p.children.entries()) {
    const m = child.type === 'text' ? DASH_LABEL.exec(child.value) : null;
    if (!m || child.type !== 'text') continue;
    const question = trimEnd([...p.children.slice(0, i), { ...child, value: child.value.slice(0, m.index) }]);
    const after = child.value.slice(m.index + m[0].length);
    const answer = [...(after ? [{ ...child, value: after }] : []), ...p.children.slice(i + 1)];
    return question.length && answer.length ? { question, answer } : undefined;
  }
  return undefined;
}

/** Phrasing without the spaces it ends with. */
function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
  const last = children[children.length - 1];
  if (last?.type !== 'text') return children;
  const value = last.value.replace(/\s+$/, '');
  return value ? [...children.slice(0, -1), { ...last, value }] : children.slice(0, -1);
}
