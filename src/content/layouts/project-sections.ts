import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

// A bank kept as a repository ends with its project's notes: how to contribute, who did, the
// licence. They are no study material: left out of its guide and cards, each said once.

/** Section titles about the bank's project rather than its subject. */
const PROJECT = /^[^\p{L}\p{N}]*(?:contribut(?:ing|ors?|ions?)|how to contribute|licen[cs]e|credits?|acknowledge?ments?|authors?|maintainers?|sponsors?|support(?:ing)?(?: (?:this|the) project)?|star history|code of conduct|changelog|donat(?:e|ions?)|disclaimer|to-?do|to do|roadmap|планы|что дальше|pendientes|por hacer|待办|待辦)(?![\p{L}\p{N}])/iu;

/**
 * The words that name the project anywhere in a short title, in the languages banks are written
 * in (`अपना योगदान कैसे दे?`, "how to contribute?"; `如何贡献`; `Cómo contribuir`; `기여하기`;
 * `⭐ Star this repo`): contributing, the licence, starring or sponsoring the repository.
 */
const PROJECT_WORDS =
  /(?:contribu|licen[cçsz]|lizenz|mitwirk|beitrag|colabor|star (?:this|the|us|our)\b|give (?:it |us |this (?:repo|project) )?a star|code of conduct|sponsor|योगदान|लाइसेंस|अनुज्ञापत्र|贡献|貢獻|許可證|许可证|开源协议|開源協議|点个\s*star|給個\s*star|给个\s*star|貢献|コントリビュ|ライセンス|기여|라이선스|라이센스|вклад|лицензи|ліцензі|помочь проекту|đóng góp|giấy phép|katkı|lisans|wkład|مساهم|الترخيص|رخصة|مشارکت|kontribusi|lisensi)/iu;

/** A title on contributing to the bank, in the languages of PROJECT_WORDS. */
const CONTRIBUTING = /contribu|mitwirk|beitrag|colabor|योगदान|贡献|貢獻|貢献|コントリビュ|기여|помочь проекту|đóng góp|katkı|wkład|مساهم|مشارکت|kontribusi/iu;

/** A short title naming the bank's project (contributing, licence, stars) in any of those languages. */
export const namesProject = (title: string): boolean => PROJECT.test(title) || (title.trim().split(/\s+/).length <= 6 && PROJECT_WORDS.test(title));

/** True when a block holds nothing but links (a list of them, a line of them): words of its own would be an answer. */
function linksOnly(node: RootContent): boolean {
  interface Inline {
    type: string;
    value?: unknown;
    children?: Inline[];
  }
  const own = (n: Inline): string => (n.type === 'link' || n.type === 'linkReference' ? '' : typeof n.value === 'string' ? n.value : (n.children ?? []).map(own).join(''));
  return !/[\p{L}\p{N}]/u.test(own(node as Inline)) && /[\p{L}\p{N}]/u.test(toString(node));
}

/**
 * The nodes without the bank's project notes read as questions: a heading asking about the project
 * (`#### अपना योगदान कैसे दे?`, "how to contribute?") over nothing but links (to the contributors,
 * the contributing guide, the licence). It asks nothing a reader studies; left out, each said once.
 */
export function withoutProjectQuestions(nodes: RootContent[]): { nodes: RootContent[]; left: { title: string; line: number }[] } {
  const out: RootContent[] = [];
  const left: { title: string; line: number }[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    let end = i + 1;
    while (end < nodes.length && nodes[end].type !== 'heading') end++;
    const body = nodes.slice(i + 1, end);
    if (node.type !== 'heading' || (node as Heading).depth !== 3 || !namesProject(toString(node)) || !body.length || !body.every(linksOnly)) {
      out.push(node);
      continue;
    }
    left.push({ title: toString(node), line: node.position?.start.line ?? 1 });
    i = end - 1;
  }
  return { nodes: out, left };
}

/** A project section left out, with the questions it gives as examples of the bank's format. */
export interface ProjectSection {
  title: string;
  line: number;
  examples?: { title: string; line: number }[];
}

/**
 * The nodes without the bank's project sections (a `#`/`##` heading and what it heads, no question
 * in it but the examples a section on contributing gives), and what was left out.
 */
export function withoutProjectSections(nodes: RootContent[]): { nodes: RootContent[]; left: ProjectSection[] } {
  const out: RootContent[] = [];
  const left: ProjectSection[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type !== 'heading' || node.depth > 2 || !namesProject(toString(node))) {
      out.push(node);
      continue;
    }
    let end = i + 1;
    while (end < nodes.length && !(nodes[end].type === 'heading' && (nodes[end] as { depth: number }).depth <= node.depth)) end++;
    const span = nodes.slice(i + 1, end);
    const asked = span.filter((n) => n.type === 'heading' && n.depth >= 3);
    // Questions under a section on how to contribute show the format a new one is written in (`#### How old are you?`): the bank's, not its subject's.
    // A project heading among them (`### License` under `## Contributors`) is a section of its own, read as before.
    if (asked.length && (!CONTRIBUTING.test(toString(node)) || asked.some((h) => namesProject(toString(h))))) {
      out.push(node);
      continue;
    }
    const examples = asked.map((h) => ({ title: toString(h), line: h.position?.start.line ?? 1 }));
    left.push({ title: toString(node), line: node.position?.start.line ?? 1, ...(examples.length ? { examples } : {}) });
    i = end - 1;
  }
  return { nodes: out, left };
}
