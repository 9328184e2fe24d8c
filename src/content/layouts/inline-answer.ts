import { toString } from 'mdast-util-to-string';
import type { PhrasingContent } from 'mdast';
import { ANSWER_LABEL } from './labels.js';
import { stripLabel } from './strip-label.js';

// An answer label after the question mark on the same line (`Q: What port? A: 443.`, `… ? **A:** 443`).
// Also after a dash, the label then typed as `Q.` typed its question (`Q. What port? — A. 22.`).
const INLINE_ANSWER = /[?？]([ \t]+|[ \t]*[—–-][ \t]*)(?=(?:A|Ans|Answer|Ответ|Respuesta|Resposta|Antwort|Réponse|答|回答|答案)[ \t]*[:：])|[?？]([ \t]*[—–-][ \t]*)(?=(?:A|Ans|Answer)\.[ \t])/iu;

/** `Q: … ? A: …` on one line: the question up to its mark, the answer after the label. */
export function inlineAnswer(children: PhrasingContent[]): { question: PhrasingContent[]; answer: PhrasingContent[] } | undefined {
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type !== 'text') continue;
    const m = INLINE_ANSWER.exec(child.value);
    const next = children[i + 1];
    if (m) {
      const cut = m.index + 1;
      const gap = (m[1] ?? m[2]).length;
      return { question: [...children.slice(0, i), { ...child, value: child.value.slice(0, cut) }], answer: stripLabel([{ ...child, value: child.value.slice(cut + gap) }, ...children.slice(i + 1)], ANSWER_LABEL) };
    }
    // `… ? **A:** 443`: the label in bold after the question mark.
    if (/[?？][ \t]+$/.test(child.value) && next?.type === 'strong' && ANSWER_LABEL.test(toString(next)) && /[:：]\s*$/.test(toString(next))) {
      return { question: [...children.slice(0, i), { ...child, value: child.value.trimEnd() }], answer: trimLead(children.slice(i + 2)) };
    }
  }
  return undefined;
}

/** Phrasing without the space it starts with. */
function trimLead(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  return first?.type === 'text' ? [{ ...first, value: first.value.replace(/^\s+/, '') }, ...rest] : children;
}

