import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../../helpers.js';
import { pdfWords, type PdfWord } from '../../pdf-words.js';
import { parseInPlace } from '../../parse-in-place.js';

parseInPlace();

// Lines too long for the page whose words run on without a space: a path, a URL, a chain of calls.
const SOURCE = [
  'v1 = pd.read_parquet("s3://analytics-bucket/events/2026/11/customer_daily_revenue_with_refunds.parquet", columns=["customer_id", "ts"])',
  'v2 = "https://example.com/api/v2/organisations/engineering/repositories/studyguide/pulls?state=open&per_page=100&sort=updated"',
  'v3 = SomeVeryLongClassName.withConfiguration(ConfigurationBuilder.fromEnvironment().withTimeoutMillis(30000).withRetries(5).build())',
  'v4 = df.groupby("customer_id", group_keys=False).apply(lambda g: g.rolling("7D", on="ts")["revenue"].mean()).reset_index(drop=True)',
];
const DECK = ['# Breaks', '', '## Code', '', '### How is it loaded?', '', '> In one call.', '', '```python', ...SOURCE, '```', ''].join('\n');

/** Where a wrapped code line may sensibly end, or the next begin (a method chain's dot). */
const ENDS_WELL = /[/([{,;=&?_-]$/;
const BEGINS_WELL = /^\./;

/** The printed lines of the code block: its words grouped by baseline, in reading order. */
function codeLines(words: PdfWord[]): string[][] {
  const lines: PdfWord[][] = [];
  const first = words.findIndex((w) => w.text === 'v1');
  const last = words.findIndex((w) => w.text.endsWith('True)'));
  for (const w of words.slice(first, last + 1)) {
    const line = lines.find((l) => Math.abs(l[0].yMax - w.yMax) < 2);
    if (line) line.push(w);
    else lines.push([w]);
  }
  return lines.map((l) => l.sort((a, b) => a.xMin - b.xMin).map((w) => w.text));
}

describe('a code line too long for the page', () => {
  let lines: string[][] = [];
  beforeAll(async () => {
    const file = path.join(await buildDeckText('breaks', DECK, ['guide']), 'guide.pdf');
    const page = pdfWords(file).find((p) => p.words.some((w) => w.text === 'v1'))!;
    lines = codeLines(page.words);
  });

  it('wraps where code can be read on: after a slash, bracket, comma or operator, or before a dot, never inside a name', () => {
    const source = SOURCE.join('\n');
    const cuts: string[] = [];
    for (let i = 1; i < lines.length; i++) {
      const before = lines[i - 1][lines[i - 1].length - 1];
      const after = lines[i][0];
      // A break at a space is always fine; one inside a run of characters must fall at a sensible point.
      if (!source.includes(before + after)) continue;
      if (!ENDS_WELL.test(before) && !BEGINS_WELL.test(after)) cuts.push(`${before}|${after}`);
    }
    expect(lines.length).toBeGreaterThan(SOURCE.length);
    expect(cuts).toEqual([]);
  });

  it('fills a wrapped line before it breaks: no line of the block ends less than half full when the next is its own rest', () => {
    expect(lines.length).toBeGreaterThan(SOURCE.length);
    const widths = lines.map((l) => l.join(' ').length);
    const widest = Math.max(...widths);
    const starts = lines.map((l) => /^v\d$/.test(l[0]));
    const short = lines.filter((l, i) => i + 1 < lines.length && !starts[i + 1] && widths[i] < widest / 2).map((l) => l.join(' '));
    expect(short).toEqual([]);
  });
});

// Command lines whose options run past the page: `"--bind"` wrapped as `"--` over `bind"`, the
// dashes at the end of one line and the option's name opening the next, read as two words. Each
// line starts one character further in, so that some wrap falls at each place in the options.
const OPTIONS = Array.from(
  { length: 30 },
  (_, k) =>
    `CMD ["gunicorn", "${'x'.repeat(k + 1)}", "--workers", "4", "--bind", "0.0.0.0:8000", "--log-level", "info", "--access-logfile", "-", "--timeout", "30"]`,
);
const OPTIONS_DECK = ['# Options', '', '## Code', '', '### How is it started?', '', '> In one command.', '', '```dockerfile', ...OPTIONS, '```', ''].join('\n');

describe('a command line whose options run past the page', () => {
  let lines: string[][] = [];
  beforeAll(async () => {
    const file = path.join(await buildDeckText('option-breaks', OPTIONS_DECK, ['guide']), 'guide.pdf');
    const words = pdfWords(file).flatMap((p, page) => p.words.map((w) => ({ ...w, yMax: w.yMax + page * 10_000 })));
    const grouped: PdfWord[][] = [];
    for (const w of words.slice(words.findIndex((x) => x.text === 'CMD'))) {
      const line = grouped.find((l) => Math.abs(l[0].yMax - w.yMax) < 2);
      if (line) line.push(w);
      else grouped.push([w]);
    }
    lines = grouped.map((l) => l.sort((a, b) => a.xMin - b.xMin).map((w) => w.text));
  });

  it("never parts an option's dashes from its name, nor its name at a hyphen", () => {
    expect(lines.length).toBeGreaterThan(OPTIONS.length);
    const parted = lines.flatMap((l, i) =>
      i + 1 < lines.length && /-$/.test(l[l.length - 1]) && /^[\w-]/.test(lines[i + 1][0]) ? [`${l[l.length - 1]}|${lines[i + 1][0]}`] : [],
    );
    expect(parted).toEqual([]);
  });
});

// A host name longer than a hyphenated word kept whole (24 characters): Chromium wrapped it after
// one of its hyphens (`orders-api-canary.prod-eu-` over `west-1.internal…`), read as a name ending in a dash.
const HOSTS = Array.from(
  { length: 24 },
  (_, k) => `ssh ${'x'.repeat(k + 1)} deploy@orders-api-canary.prod-eu-west-1.internal.example.com -- systemctl status orders`,
);
const HOSTS_DECK = ['# Hosts', '', '## Code', '', '### How is it checked?', '', '> Over ssh.', '', '```bash', ...HOSTS, '```', ''].join('\n');

describe('a host name in a code line that runs past the page', () => {
  let lines: string[][] = [];
  beforeAll(async () => {
    const file = path.join(await buildDeckText('host-breaks', HOSTS_DECK, ['guide']), 'guide.pdf');
    const words = pdfWords(file).flatMap((p, page) => p.words.map((w) => ({ ...w, yMax: w.yMax + page * 10_000 })));
    const grouped: PdfWord[][] = [];
    for (const w of words.slice(words.findIndex((x) => x.text === 'ssh'))) {
      const line = grouped.find((l) => Math.abs(l[0].yMax - w.yMax) < 2);
      if (line) line.push(w);
      else grouped.push([w]);
    }
    lines = grouped.map((l) => l.sort((a, b) => a.xMin - b.xMin).map((w) => w.text));
  });

  it('wraps it before a dot, never after one of its hyphens', () => {
    const cuts = lines.flatMap((l, i) => (i + 1 < lines.length && lines[i + 1][0] !== 'ssh' ? [`${l[l.length - 1]}|${lines[i + 1][0]}`] : []));
    // A cut inside a run of characters: the two sides read on without a space in the source.
    const inName = cuts.filter((c) => HOSTS.some((h) => h.includes(c.replace('|', ''))));
    expect(inName.length).toBeGreaterThan(3);
    expect(inName.filter((c) => /-\|/.test(c))).toEqual([]);
    expect(inName.filter((c) => !/\|\./.test(c))).toEqual([]);
  });
});
