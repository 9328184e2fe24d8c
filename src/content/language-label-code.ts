import type { Code, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { codeLine } from './unfenced-code.js';

// A web page's code box copied as text loses its fence but keeps the language name its widget
// showed, alone on a line, over the code (`sql`⏎⏎`CREATE INDEX idx_email ON users(email);`, or
// `javascript` over groups of lines parted by blank lines). Read as prose, the name printed as a
// paragraph of its own and the code as sentences. The name and the code under it are one code block.

/** Language names code widgets show, lower case as they print them. */
const LANGUAGE = /^(?:javascript|js|typescript|ts|jsx|tsx|python|py|sql|mysql|postgresql|bash|shell|sh|zsh|powershell|java|go|golang|rust|ruby|php|kotlin|swift|c|cpp|c\+\+|csharp|c#|scala|yaml|yml|json|xml|html|css|scss|dockerfile|hcl|terraform|graphql)$/i;

/** A line read as code, a trailing comment aside (`let y = 2; // ✗ error`). */
const codeOrCommented = (line: string): boolean => codeLine(line) || codeLine(line.replace(/\s+(?:\/\/|#|--)\s.*$/, ''));

/** A paragraph every line of which reads as code, as the file writes it. */
function codeParagraph(node: RootContent | undefined, source: string): string | undefined {
  if (node?.type !== 'paragraph' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return undefined;
  const text = source.slice(node.position.start.offset, node.position.end.offset);
  const lines = text.split(/\r?\n/);
  if (!lines.every(codeOrCommented)) return undefined;
  // The first line starts where the paragraph does; the others keep the indent they share with it.
  const indent = Math.min(...lines.slice(1).map((l) => /^\s*/.exec(l)![0].length));
  return [lines[0], ...lines.slice(1).map((l) => l.slice(Number.isFinite(indent) ? Math.min(indent, node.position!.start.column - 1) : 0))].join('\n');
}

/** Puts back as code blocks the code a copied page set under a language name alone on its line. */
export function restoreLabelledCode(tree: Root, source: string): Root {
  const visit = (parent: Parent): void => {
    const out: RootContent[] = [];
    const kids = parent.children as RootContent[];
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i];
      const name = node.type === 'paragraph' && node.children.length === 1 && node.children[0].type === 'text' ? toString(node).trim() : '';
      const parts: string[] = [];
      let k = i + 1;
      for (let code = LANGUAGE.test(name) ? codeParagraph(kids[k], source) : undefined; code !== undefined; code = codeParagraph(kids[k], source)) {
        parts.push(code);
        k++;
      }
      if (!parts.length) {
        if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') visit(node as Parent);
        out.push(node);
        continue;
      }
      const block: Code = { type: 'code', lang: name.toLowerCase(), meta: null, value: parts.join('\n\n'), position: { start: node.position!.start, end: kids[k - 1].position!.end } };
      out.push(block);
      i = k - 1;
    }
    parent.children = out as typeof parent.children;
  };
  visit(tree);
  return tree;
}
