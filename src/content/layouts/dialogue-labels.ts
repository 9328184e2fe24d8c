import { toString } from 'mdast-util-to-string';
import type { Paragraph, RootContent } from 'mdast';
import { stripLabel } from './strip-label.js';
import { cutParagraph, lineCuts } from './cut-paragraph.js';
import { MARKER } from './labels.js';

// Who speaks in a mock interview written as a dialogue (`**Interviewer**: …` then `**You**: …`), in
// the languages banks are written in: the interviewer asks, the candidate answers.
const ASKER = 'Interviewer|Entrevistador(?:a)?|Intervistatore|Interviewer(?:in)?|Интервьюер|Собеседующий|面试官|面試官|面接官|면접관|Người phỏng vấn';
const ANSWERER = 'You|Me|Candidate|Interviewee|Candidato|Candidata|Kandidat(?:in)?|Candidat|Кандидат|Я|候选人|候選人|应聘者|我|応募者|候補者|지원자|나|Ứng viên';
// A speaker may be drawn before the name (`🧑‍💻 Interviewer: …`, `🧔🏽♂ **Interviewer**: …`): the picture goes with the label.
const label = (words: string) => new RegExp(`^\\s*${MARKER}(?:${words})\\s*(?:[(（][^()（）\\n]{1,24}[)）]\\s*)?[:：]\\s*`, 'iu');
const ASKS = label(ASKER);
const ANSWERS = label(ANSWERER);
const ALONE = (words: string) => new RegExp(`^\\s*${MARKER}(?:${words})\\s*[:：]?\\s*$`, 'iu');

/**
 * A mock interview written as a dialogue, read as the Q/A pairs it is: each interviewer's line a
 * question, the candidate's reply its answer, labelled `Q:` and `A:` as a Q/A bank labels them. Also
 * with each speaker as a heading over the words (`### Interviewer:` over the question). Only where
 * the interviewer speaks twice at least and the candidate answers: a lone `Me:` in prose is no label.
 */
export function dialogueLabels(nodes: RootContent[]): RootContent[] {
  nodes = nodes.flatMap((node) => (node.type === 'paragraph' && speaks(node) ? speakerLines(node) : [node]));
  const speaker = (node: RootContent | undefined, words: string, mark: RegExp): 'line' | 'heading' | undefined => {
    if (node?.type === 'paragraph' && mark.test(toString(node))) return 'line';
    if (node?.type === 'heading' && ALONE(words).test(toString(node))) return 'heading';
    return undefined;
  };
  const asked = nodes.filter((n) => speaker(n, ASKER, ASKS)).length;
  const answered = nodes.filter((n) => speaker(n, ANSWERER, ANSWERS)).length;
  if (asked < 2 || answered < 1) return nodes;
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const role = speaker(node, ASKER, ASKS) ? 'Q' : speaker(node, ANSWERER, ANSWERS) ? 'A' : undefined;
    const kind = role === 'Q' ? speaker(node, ASKER, ASKS) : role === 'A' ? speaker(node, ANSWERER, ANSWERS) : undefined;
    if (!role) out.push(node);
    else if (kind === 'line') {
      const p = node as Paragraph;
      out.push({ ...p, children: [{ type: 'text', value: `${role}: ` }, ...stripLabel(p.children, role === 'Q' ? ASKS : ANSWERS)] });
    } else if (nodes[i + 1]?.type === 'paragraph') {
      // `### Interviewer:` over the words: the heading is the label of the paragraph under it.
      const p = nodes[++i] as Paragraph;
      out.push({ ...p, position: node.position && p.position ? { start: node.position.start, end: p.position.end } : p.position, children: [{ type: 'text', value: `${role}: ` }, ...p.children] });
    } else out.push(node);
  }
  return out;
}

const speaks = (node: RootContent | undefined): boolean => !!node && (ASKS.test(toString(node)) || ANSWERS.test(toString(node)));

/**
 * A paragraph of turns typed line under line (`🧔🏽♂ **Interviewer**: …?⏎👨🦰 **Interviewee**: …`): a paragraph per
 * turn, cut where a line opens with a speaker; lines that go on a turn stay with it.
 */
function speakerLines(paragraph: Paragraph): Paragraph[] {
  const cuts = lineCuts(paragraph.children);
  if (!cuts.length) return [paragraph];
  const lines = cutParagraph(paragraph, cuts);
  const turns = cuts.filter((_, k) => speaks(lines[k + 1]));
  return turns.length ? cutParagraph(paragraph, turns) : [paragraph];
}
