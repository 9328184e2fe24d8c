import type { Root, Strong } from 'mdast';
import { visit } from './visit-tree.js';
import { boxTitle } from '../model/box-titles.js';
import type { RenderContext } from '../model/render-context.js';

/** The bold title of a box the deck gave no title (`> [!WARNING]`, `!!! tip`, `:::note`): its kind's name, marked so print can say it in the deck's language. */
export const kindTitle = (kind: string): Strong => ({
  type: 'strong',
  data: { boxKind: kind.toLowerCase() } as Strong['data'],
  children: [{ type: 'text', value: kind[0].toUpperCase() + kind.slice(1).toLowerCase() }],
});

/** remark plugin: a box's untitled kind name in the language of the fragment's context ("Advertencia" in a Spanish deck, not "Warning"). */
export function remarkBoxTitles() {
  return (tree: Root, file: { data: unknown }) => {
    const lang = (file.data as { studyguide?: RenderContext }).studyguide?.lang;
    if (!lang) return;
    visit(tree, 'strong', (node) => {
      const kind = (node.data as { boxKind?: string } | undefined)?.boxKind;
      const title = kind && boxTitle(kind, lang);
      if (title) node.children = [{ type: 'text', value: title }];
    });
  };
}
