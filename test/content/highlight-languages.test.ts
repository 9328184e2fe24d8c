import { describe, expect, it, vi } from 'vitest';
import HighlightJs from 'highlight.js/lib/core';
import common from 'highlight.js/lib/common';
import type { LanguageFn } from 'highlight.js';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { ALIASES, GRAMMARS, grammarFor } from '../../src/content/code-languages.js';
import { highlightBlocks } from '../../src/content/highlight-blocks.js';

/** A `pre > code` block as the markdown renderer writes it, naming `language` when given. */
function block(text: string, language?: string): Root {
  const code: Element = { type: 'element', tagName: 'code', properties: language ? { className: [`language-${language}`] } : {}, children: [{ type: 'text', value: text }] };
  return { type: 'root', children: [{ type: 'element', tagName: 'pre', properties: {}, children: [code] }] };
}

const highlighted = (text: string, language?: string): string => {
  const tree = block(text, language);
  highlightBlocks(tree);
  return toHtml(tree);
};

describe('highlighting a code block by the language it names', () => {
  it('highlights a named language', () => {
    expect(highlighted('replicas: 3 # three', 'yaml')).toBe(
      '<pre><code class="hljs language-yaml"><span class="hljs-attr">replicas:</span> <span class="hljs-number">3</span> <span class="hljs-comment"># three</span></code></pre>',
    );
  });

  it('highlights under an alias, in any case, as the language it names', () => {
    expect(highlighted('echo "$HOME"', 'sh')).toBe(highlighted('echo "$HOME"', 'bash').replace('language-bash', 'language-sh'));
    expect(highlighted('port: 80', 'YML')).toContain('<span class="hljs-attr">port:</span>');
    // HCL has no grammar; the INI one marks its strings and numbers.
    expect(highlighted('count = 2', 'terraform')).toContain('<span class="hljs-number">2</span>');
  });

  it('highlights the language a grammar embeds, loading that one too', async () => {
    // A fresh highlighter, with no grammar loaded yet (test files share modules).
    vi.resetModules();
    const fresh = await import('../../src/content/highlight-blocks.js');
    const tree = block('RUN echo "$HOME"', 'dockerfile');
    fresh.highlightBlocks(tree);
    // A Dockerfile's RUN line is shell: bash's grammar is loaded with the Dockerfile's.
    expect(toHtml(tree)).toContain('<span class="bash"> <span class="hljs-built_in">echo</span>');
  });

  it('leaves an unknown language and a block without one plain', () => {
    expect(highlighted('x <- 1 IF y', 'cobol')).toBe('<pre><code class="hljs language-cobol">x &#x3C;- 1 IF y</code></pre>');
    expect(highlighted('if x: pass')).toBe('<pre><code>if x: pass</code></pre>');
    expect(highlighted('if x: pass', 'no-such-python')).not.toContain('hljs-');
  });
});

describe('the table of languages', () => {
  it('answers each name and alias as the grammars registered together do', async () => {
    const eager = HighlightJs.newInstance();
    const defined = new Map<string, object>();
    for (const grammar of GRAMMARS) {
      const { default: define } = (await import(`highlight.js/lib/languages/${grammar}`)) as { default: LanguageFn };
      eager.registerLanguage(grammar, define);
    }
    for (const grammar of GRAMMARS) defined.set(grammar, eager.getLanguage(grammar)!);
    eager.registerAliases(['hcl', 'tf', 'terraform'], { languageName: 'ini' });
    const names = new Set([...GRAMMARS, ...Object.keys(ALIASES), ...GRAMMARS.flatMap((g) => eager.getLanguage(g)!.aliases ?? [])]);
    for (const name of names) {
      const expected = [...defined].find(([, language]) => language === eager.getLanguage(name))?.[0];
      expect(grammarFor(name), name).toBe(expected);
      expect(grammarFor(name.toUpperCase()), name).toBe(expected);
    }
    expect(grammarFor('constructor')).toBeUndefined();
  });

  it('holds highlight.js common set', () => {
    expect(GRAMMARS).toEqual(expect.arrayContaining(common.listLanguages()));
  });
});
