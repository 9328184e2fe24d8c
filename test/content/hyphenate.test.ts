import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const answerOf = (body: string) => parseDeck(`# T\n\n## S\n\n### Q?\n\n${body}\n`, { file: 'x.md', slug: 'x' }).sections[0].questions[0].answerHtml;

describe('soft hyphens', () => {
  it('go into the words of table cells, so a narrow column breaks them at a syllable', () => {
    expect(answerOf('| Property | Compression |\n| --- | --- |\n| transactions | excellent |')).toContain('trans\u00adac\u00adtions');
  });

  it('stay out of names with a capital inside, in prose and in cells, unless too long for a column', () => {
    const html = answerOf('A ClusterIP or LoadBalancer Service.\n\n| Type | Engine |\n| --- | --- |\n| ExternalName | PostgreSQLWithAVeryLongEngineName |');
    for (const name of ['ClusterIP', 'LoadBalancer', 'ExternalName']) expect(html).toContain(name);
    expect(html).not.toContain('PostgreSQLWithAVeryLongEngineName');
    expect(html.replace(/\u00ad/g, '')).toContain('PostgreSQLWithAVeryLongEngineName');
  });
});
