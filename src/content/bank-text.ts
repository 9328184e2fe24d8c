import type { Root } from 'mdast';
import type { Diagnostic } from '../model/deck.js';
import { parseMarkdown } from './markdown.js';
import { dividerHeadings } from './divider-lines.js';
import { ruledTitles } from './ruled-titles.js';
import { liquidBlocks } from './liquid-blocks.js';
import { liquidPairs } from './liquid-pairs.js';
import { numberLines } from './number-lines.js';
import { tomlFrontMatter } from './toml-front-matter.js';
import { unindentedHtmlPage } from './html-page.js';
import { unfencedFrontMatter } from './unfenced-front-matter.js';
import { documentEnd } from './document-end.js';
import { noteBanners } from './note-banners.js';
import { startEndCards } from './start-end-cards.js';
import { indentedFences } from './indented-fences.js';
import { spacedEmphasis } from './spaced-emphasis.js';
import { loneBreaks } from './lone-breaks.js';
import { parenPromptLines } from './paren-prompt-lines.js';

/**
 * A bank's text as markdown should read it, line for line, the same for `build` and `import`: a
 * whole web page's indents are its markup's, not code's; TOML front matter (`+++`, a Hugo post's)
 * is the YAML it means, and so is YAML front matter closed with `...`; level dividers typed as text (`\t---- Beginner Level: ----`) and a number
 * alone above its question (`1.⏎¿Qué mide …?`) are headings; GitBook's block tags are the callouts they draw, and its tag pairs around words (`{%s%}…{%ends%}`) leave the words; a line wrapped in spaced stars (`*** Note ***`) is the emphasis it means; a `<br>` alone under a blank line is the blank line it spaces with; an exam's ASCII-bracketed prompts over their code (`3) …`) are the paragraphs they look like. What is left out goes to `early`.
 */
export function bankText(text: string, file: string, early: Diagnostic[]): string {
  return parenPromptLines(numberLines(dividerHeadings(ruledTitles(liquidPairs(liquidBlocks(startEndCards(noteBanners(documentEnd(tomlFrontMatter(spacedEmphasis(loneBreaks(unindentedHtmlPage(text))), file, early)), file, early), file, early)))))));
}

/**
 * The markdown tree of a bank's text; front matter that lost its opening `---` (`title: …⏎category: …` over a rule) read as front matter,
 * and a fence indented too deep to be one (so indented code showing its ```) read as the fenced block it was typed as.
 */
export const bankTree = (text: string): Root => indentedFences(unfencedFrontMatter(parseMarkdown(text)));
