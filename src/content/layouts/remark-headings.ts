import type { Heading, RootContent } from 'mdast';
import { headingWords } from './question-number.js';

// A bank read as ours may open a group of questions with a remark at the question level, its
// questions one level down: `### А сейчас просто интересный случай` ("and now, just a curious
// case") right over `#### Что напечатает?` and its code. Read as ours, the remark was a question
// answered by the question under it, and that question was lost in its answer. The remark heads
// a group: a section, its questions at the question level.
//
// The group is the remark's few questions, not the rest of the file: a numbered `### 2.Что
// напечатает?` goes on with it, an unnumbered `### bs4` is the bank's own list again. There the
// section the group interrupted resumes, under its title (or unnamed, as before any heading).

const asks = (heading: RootContent | undefined): boolean => heading?.type === 'heading' && /[?？]\s*$/u.test(headingWords(heading));

/** A question numbered past the first (`2.Что…`, `3) …`): it goes on with the group over it. */
const goesOn = (heading: Heading): boolean => /^\s*(?:[2-9]|\d{2,})\s*[.)]/u.test(headingWords(heading));

/** Data on a `##` heading that resumes the deck's unnamed first section: parse-deck opens a section with no heading. */
export interface ResumedSection {
  unnamedSection?: boolean;
}

/** True when a heading only resumes the unnamed section a group interrupted. */
export const resumesUnnamed = (heading: Heading): boolean => !!(heading.data as ResumedSection | undefined)?.unnamedSection;

/**
 * The nodes with each `###` heading that does not ask, right over a `####` one that does, raised
 * to a `##` section, and the `####` headings that ask under it raised to `###` questions. The
 * group ends at the next `###` that is not numbered on from it: the section it interrupted
 * resumes there.
 */
export function remarkHeadings(nodes: RootContent[]): RootContent[] {
  let group = false;
  let section: Heading | undefined;
  return nodes.flatMap((node, i): RootContent[] => {
    if (node.type !== 'heading') return [node];
    if (node.depth <= 2) {
      group = false;
      // The deck's `#` title names no section.
      section = node.depth === 2 ? node : undefined;
      return [node];
    }
    if (node.depth === 3 && !asks(node) && asks(nodes[i + 1]) && (nodes[i + 1] as Heading).depth === 4) {
      group = true;
      return [{ ...node, depth: 2 }];
    }
    if (group && node.depth === 3 && !goesOn(node)) {
      group = false;
      const resumed: Heading = section
        ? { ...section, position: node.position }
        : { type: 'heading', depth: 2, children: [], position: node.position, data: { unnamedSection: true } as Heading['data'] };
      return [resumed, node];
    }
    return [group && node.depth === 4 && asks(node) ? { ...node, depth: 3 } : node];
  });
}
