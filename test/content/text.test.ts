import { describe, expect, it } from 'vitest';
import { escapeHtml, firstSentence } from '../../src/content/text.js';
import { splitTags } from '../../src/content/front-matter.js';

describe('firstSentence (generated card answers)', () => {
  it('ends at the first full stop, question or exclamation mark followed by a space', () => {
    expect(firstSentence('Caches content at the edge. Cuts latency.')).toBe('Caches content at the edge.');
    expect(firstSentence('Is it cached? Usually.')).toBe('Is it cached?');
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
  });

  it('does not stop at abbreviations, initials, versions or decimals', () => {
    expect(firstSentence('Use a cache, e.g. Redis, in front. Then measure.')).toBe('Use a cache, e.g. Redis, in front.');
    expect(firstSentence('Block vs. file storage differ in sharing. More below.')).toBe('Block vs. file storage differ in sharing.');
    expect(firstSentence('Terraform 1.5 added import blocks. Older versions did not.')).toBe('Terraform 1.5 added import blocks.');
    expect(firstSentence('Written by J. Smith in 2020. Still true.')).toBe('Written by J. Smith in 2020.');
  });

  it('joins lines and caps very long sentences at about 200 characters', () => {
    expect(firstSentence('One\nsentence over\n  lines. Two.')).toBe('One sentence over lines.');
    const long = firstSentence(`${'word '.repeat(100)}end.`);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('splitTags', () => {
  it('splits on commas, drops empty entries and a leading #', () => {
    expect(splitTags('dns, #networking, , tls,')).toEqual(['dns', 'networking', 'tls']);
    expect(splitTags('')).toEqual([]);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;&#60;/a&#62;');
  });
});

describe("a notes app's wiki links", () => {
  it('print as the words the app shows, code untouched', async () => {
    const { parseMarkdown } = await import('../../src/content/markdown.js');
    const tree = parseMarkdown('It declares [[c-app-components|app components]] and [[c-permissions]], see [[notes#Intro|the intro]].\n\n`[[kept]]`\n');
    const texts: string[] = [];
    const walk = (n: { type: string; value?: string; children?: unknown[] }) => {
      if (n.type === 'text' || n.type === 'inlineCode') texts.push(n.value!);
      for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
    };
    walk(tree as never);
    expect(texts.join('|')).toBe('It declares app components and c-permissions, see the intro.|[[kept]]');
  });
});

describe("a notes app's embedded pictures", () => {
  it('are the pictures, with their words or file name as alt text, not the file names in text', async () => {
    const { parseMarkdown } = await import('../../src/content/markdown.js');
    const tree = parseMarkdown('See ![[attachments/vpc diagram.png]] and ![[map.svg|300]] or ![[flow.png|The flow]] of [[notes|the notes]].\n');
    const seen: string[] = [];
    const walk = (n: { type: string; value?: string; url?: string; alt?: string; children?: unknown[] }) => {
      if (n.type === 'text') seen.push(n.value!);
      if (n.type === 'image') seen.push(`<${n.url} ${n.alt}>`);
      for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
    };
    walk(tree as never);
    expect(seen).toEqual(['See ', '<attachments/vpc%20diagram.png vpc diagram>', ' and ', '<map.svg map>', ' or ', '<flow.png The flow>', ' of the notes.']);
  });
});
