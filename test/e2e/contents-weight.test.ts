import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { textRuns, type TextRun } from '../pdf-font-sizes.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/** Question headings a bank wrote all in bold, as many do; one bolds only its label. */
const DECK = `# Team fit

## Background

### **Walk me through your background**

> Two minutes on the path that led here.

### **What drew you to this team?**

> Its work, linked to something you built.

### **Feedback:** how do you take it?

> Hear it out and say what you changed.
`;

let runs: TextRun[] = [];
beforeAll(async () => {
  const out = await buildDeckText('team', DECK, ['guide']);
  runs = textRuns(path.join(out, 'guide.pdf'));
}, 120_000);

describe("the contents' question entries", () => {
  it('are set in regular type under the bold chapter titles, whatever bold the bank gave a whole heading', () => {
    // The contents' entries are the 9 pt text of the page after the cover.
    const entries = runs.filter((r) => r.page === 2 && Math.abs(r.size - 9) < 0.3 && /SourceSerif4/.test(r.font));
    expect(entries.length).toBeGreaterThanOrEqual(3);
    // Only the label the bank bolded within its heading ("Feedback:") stays bold.
    expect(entries.filter((r) => /Bold/.test(r.font)).length).toBeLessThanOrEqual(1);
  });
});
