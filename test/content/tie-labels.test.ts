import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { remarkTieLabels } from '../../src/content/tie-labels.js';

/** The markdown with run-in labels tied, as text (a no-break space shows as \u00a0). */
const tied = (md: string) => String(unified().use(remarkParse).use(remarkTieLabels).use(remarkStringify).processSync(md)).trim();

describe('a run-in label tied to its first word', () => {
  it('with the colon inside the bold or just after it', () => {
    expect(tied('**FR:** Oui. **EN:** Yes.')).toBe('**FR:**\u00a0Oui. **EN:**\u00a0Yes.');
    expect(tied('*Note*: it waits.')).toBe('*Note*:\u00a0it waits.');
  });

  it('leaves bold that is not a label, a long bold phrase and a full-width colon', () => {
    expect(tied('a **bold** word')).toBe('a **bold** word');
    expect(tied('**The one thing every reader should keep in mind:** it waits.')).toBe('**The one thing every reader should keep in mind:** it waits.');
    expect(tied('**类型：** 单选题')).toBe('**类型：** 单选题');
  });
});
