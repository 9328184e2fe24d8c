/**
 * The hostile-input catalogue: each entry is one deck file someone could mail you, and what a
 * build must make of it: a clear error at a line, or a PDF with the payload made harmless.
 * `{{SERVER}}` is replaced by a local HTTP server that counts every request it gets.
 */
export interface HostileDeck {
  /** File name in the deck folder (the slug comes from it). */
  name: string;
  body: string | Buffer;
  /** An error is expected: its message matches, at this line when given. */
  error?: { message: RegExp; line?: number };
  /** Strings that must not appear inside any tag of the output HTML (attributes, scripts). */
  inert?: string[];
  /** Text that must still be in guide.pdf (the rest of the deck survives). */
  printed?: string[];
  /** Warnings expected at these lines (code image-blocked). */
  imageWarnings?: number[];
}

/** A marker written into payloads: if it shows up inside a tag, the payload got through. */
export const PWN = 'PWNED6';

const deck = (answer: string, title = 'Hostile deck') =>
  `# ${title}\n\n## Section\n\n### First question?\n\n> The card answer.\n\n${answer}\n\n### Second question?\n\nSafe text survives.\n`;

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

const TEN_MB = `# Big\n\n## S\n\n### Q?\n\n${'All work and no play makes a very long deck. '.repeat(233_100)}\n`;

/** Every hostile document (31 of them). */
export const HOSTILE_DECKS: HostileDeck[] = [
  { name: 'script-block.md', body: deck(`<script>document.title = "${PWN}"</script>\n\nAfter the script.`), inert: [PWN], printed: ['After the script.'] },
  { name: 'script-inline.md', body: deck(`Text <script>window.${PWN}=1</script> and more.`), inert: [PWN], printed: ['and more.'] },
  { name: 'iframe.md', body: deck(`<iframe src="{{SERVER}}/iframe-${PWN}"></iframe>\n\nAfter the frame.`), inert: [PWN], printed: ['After the frame.'] },
  {
    name: 'object-embed.md',
    body: deck(`<object data="{{SERVER}}/object-${PWN}"></object>\n\n<embed src="{{SERVER}}/embed-${PWN}">\n\nAfter the object.`),
    inert: [PWN],
    printed: ['After the object.'],
  },
  {
    name: 'svg-inline-script.md',
    body: deck(`<svg onload="${PWN}()"><script>${PWN}()</script><image href="{{SERVER}}/svg-${PWN}"/></svg>\n\nAfter the svg.`),
    inert: [PWN],
    printed: ['After the svg.'],
  },
  { name: 'svg-image-file.md', body: deck('![a drawing](evil.svg)\n\nAfter the image.'), printed: ['After the image.'] },
  {
    name: 'style-tag.md',
    body: deck(`<style>body { display: none; background: url({{SERVER}}/style-${PWN}) }</style>\n\nStill visible.`),
    inert: [PWN],
    printed: ['Still visible.'],
  },
  {
    name: 'event-handlers.md',
    body: deck(
      `<img src="x" onerror="${PWN}()">\n\n<a href="#" onclick="${PWN}()">click</a> <div onmouseover="${PWN}()">hover</div>\n\nText ![i](ok.png "t\\" onerror=\\"${PWN}") end.`,
    ),
    inert: [PWN],
    printed: ['end.'],
  },
  {
    name: 'remote-image.md',
    body: deck(`![remote](<{{SERVER}}/remote-${PWN}.png>)\n\nAfter the remote image.`),
    inert: [PWN],
    printed: ['remote', 'After the remote image.'],
    imageWarnings: [9],
  },
  { name: 'file-url-image.md', body: deck('![passwd](file:///etc/passwd)'), printed: ['passwd'], imageWarnings: [9] },
  { name: 'traversal-image.md', body: deck('![secret](../secret/secret.png) ![abs](/etc/passwd) ![deep](../../../../../../etc/hostname)'), imageWarnings: [9] },
  { name: 'symlink-image.md', body: deck('![linked](escape.png) ![folder](linked-dir/secret.png)'), imageWarnings: [9] },
  {
    name: 'javascript-links.md',
    body: deck(
      `[a](javascript:${PWN}()) [b](JaVaScRiPt:${PWN}()) [c](java&#x09;script:${PWN}()) [d]( javascript:${PWN}()) <javascript:${PWN}()> [e](&#106;avascript:${PWN}())\n\n[ok](https://example.org/ok)`,
    ),
    inert: [PWN],
    printed: ['ok'],
  },
  {
    name: 'other-schemes.md',
    body: deck(
      `[d](data:text/html;base64,PHNjcmlwdD4=${PWN}) [v](vbscript:${PWN}) [f](file:///etc/${PWN}) [i](irc://host/${PWN})\n\n[mail](mailto:someone@example.org) [anchor](#q-second-question)`,
    ),
    inert: [PWN],
    printed: ['mail', 'anchor'],
  },
  { name: 'remote-link.md', body: deck(`A plain link [to the server]({{SERVER}}/link-${PWN}) is kept but never followed.`), printed: ['to the server'] },
  { name: 'ten-megabytes.md', body: TEN_MB, error: { message: /MB, over the 4 MB limit/, line: 1 } },
  // A pasted blob: one line of code (laid out whole, with highlighting, 60,000 characters timed the
  // print out) and a run of letters (hyphenating 80,000 stopped the parse at 120 s). 10,000 of each:
  // ten times the longest line printed as it is (render/code-lines.ts LONG_LINE, 21 pieces) and a
  // hundred times the longest word hyphenated (content/hyphenate.ts), the paths those sizes take.
  // At 60,000 and 80,000 the two decks were three quarters of this build (140 of its 130 s on two
  // pages at once, under load). Their own limits are pinned by test/render/code-lines.test.ts
  // (40,000 characters) and test/content/hyphenate.test.ts.
  { name: 'long-code-line.md', body: deck(`\`\`\`js\n${'x=1;'.repeat(2_500)}\n\`\`\`\n\nAfter the code.`), printed: ['After the code.'] },
  { name: 'letter-blob.md', body: deck(`Before ${'blob'.repeat(2_500)} after the blob.`), printed: ['after the blob.'] },
  { name: 'deep-lists.md', body: deck(`${'- '.repeat(5000)}bottom`), error: { message: /nested more than 100 levels/, line: 9 } },
  { name: 'emphasis-marks.md', body: deck('*a'.repeat(50_000)), error: { message: /more than 5000 runs of \* _ or ~ marks/, line: 9 } },
  { name: 'deep-quotes.md', body: deck(`${'> '.repeat(5000)}bottom`), error: { message: /nested more than 100 levels/, line: 9 } },
  {
    name: 'binary.md',
    body: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR', [0, 0, 1, 0, 0xff, 0xfe]),
    error: { message: /NUL bytes/, line: 3 },
  },
  { name: 'invalid-utf8.md', body: bytes('# Title\n\n## S\n\n### Q?\n\n> caf', [0xc3, 0x28], ' broken\n'), error: { message: /not valid UTF-8/, line: 7 } },
  { name: 'bom.md', body: bytes([0xef, 0xbb, 0xbf], deck('A deck saved with a byte order mark.', 'BOM deck')), printed: ['BOM deck', 'byte order mark'] },
  {
    name: 'crlf.md',
    body: deck('Windows line endings\neverywhere.', 'CRLF deck').replace(/\n/g, '\r\n'),
    printed: ['CRLF deck', 'Windows line endings', 'Second question?'],
  },
  { name: 'nul-bytes.md', body: bytes(deck('Hidden'), [0], 'tail\n'), error: { message: /NUL bytes/, line: 14 } },
  {
    name: 'yaml-bomb.md',
    body: `---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\ntitle: *g\n---\n${deck('x')}`,
    error: { message: /malformed front matter/, line: 1 },
  },
  { name: 'bad-front-matter.md', body: `---\ntitle: [unclosed\nauthor: : :\n---\n${deck('x')}`, error: { message: /malformed front matter/ } },
  {
    name: 'duplicate-ids.md',
    body: '# Ids\n\n## S\n\n### One?\n\nId: same\n\n> a\n\n### Two?\n\nId: same\n\n> b\n',
    error: { message: /duplicate question id "same" \(first used on line 5\)/i, line: 11 },
  },
  {
    name: 'dotdot-title.md',
    body: `---\ntitle: ../../../../../../tmp/${PWN}/../../etc/passwd\nsubtitle: ..\\..\\..\\windows\n---\n\n## S\n\n### Where does this go?\n\n> Into out/dotdot-title/ and nowhere else.\n`,
    printed: ['Into out/dotdot-title/'],
  },
  {
    name: 'mermaid-and-math.md',
    body: deck(
      `\`\`\`mermaid\n%%{init: {"securityLevel": "loose"}}%%\nflowchart LR\n  A[start] --> B[end]\n  click A "javascript:${PWN}()"\n  click B call ${PWN}()\n\`\`\`\n\nMaths $\\href{javascript:${PWN}()}{link}$ done.`,
    ),
    inert: [PWN],
    printed: ['done.'],
  },
  // A question bank of <details> blocks: its HTML is read as structure, so payloads inside must
  // come out as text or not at all, in both forms (one HTML block; HTML around markdown).
  {
    name: 'details-bank.md',
    body: [
      '# Details bank',
      '',
      '<details>',
      `<summary>Is <b onclick="${PWN}()">this</b> safe?<script>${PWN}()</script></summary><br><b>`,
      `Yes: <a href="javascript:${PWN}()">a link</a> and <img src="x" onerror="${PWN}()"> stay inert. <iframe src="{{SERVER}}/details-${PWN}"></iframe>`,
      '</b></details>',
      '',
      '<details>',
      `<summary>Does the markdown form hold <code onmouseover="${PWN}()">code</code>?</summary>`,
      '',
      `It does, and [this link](javascript:${PWN}()) is not followed.`,
      '',
      `<details><summary>Nested <svg onload="${PWN}()"></svg></summary><style>body{background:url({{SERVER}}/nested-${PWN})}</style>Inner words survive.</details>`,
      '',
      '</details>',
      '',
      '<details>',
      '<summary>Second question?</summary><br><b>',
      'Safe text survives.',
      '</b></details>',
      '',
    ].join('\n'),
    inert: [PWN],
    printed: ['Is this safe?', 'stay inert.', 'It does, and', 'Inner words survive.'],
  },
];
