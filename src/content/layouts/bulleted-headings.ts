import type { ListItem, RootContent } from 'mdast';

// `* ### Beginner Level` over a numbered list of questions: a bullet whose only content is a
// heading is that heading, set as a bullet. Read as a list item, it was taken for the bank's intro
// or for text between questions, and its questions ran into one section.

const onlyHeading = (item: ListItem | undefined): boolean => item?.children.length === 1 && item.children[0].type === 'heading';

/**
 * The blocks with a bullet list's last item that is only a heading, right over a list (its
 * questions), as that heading; the list's other items stay a list above it. A list of such bullets
 * (`- ### What is …?` each a question) is left to be read as it is.
 */
export function bulletedHeadings(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node, i): RootContent[] => {
    if (node.type !== 'list' || node.ordered || nodes[i + 1]?.type !== 'list') return [node];
    const last = node.children.at(-1)!;
    if (!onlyHeading(last) || node.children.filter(onlyHeading).length > 1) return [node];
    const heading = last.children[0];
    const rest = node.children.slice(0, -1);
    const above: RootContent[] = rest.length ? [{ ...node, children: rest, position: node.position && rest.at(-1)!.position && { start: node.position.start, end: rest.at(-1)!.position!.end } }] : [];
    return [...above, heading];
  });
}
