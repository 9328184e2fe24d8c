/**
 * The languages a fenced block may name, and the other names they answer to (lower case, as
 * highlight.js looks them up). These are highlight.js's common set plus dockerfile and nginx,
 * which interview decks lean on; HCL has no grammar of its own, and the INI grammar still marks
 * its strings, numbers and comments. Written out here so no grammar is loaded until a block
 * names it: loading all of them cost every CLI start and parser thread ~0.25 s of CPU.
 * test/content/code-languages.test.ts checks this table against the grammars themselves.
 */
export const GRAMMARS = [
  'arduino', 'bash', 'c', 'cpp', 'csharp', 'css', 'diff', 'go', 'graphql', 'ini', 'java', 'javascript', 'json', 'kotlin', 'less', 'lua', 'makefile', 'markdown', 'objectivec', 'perl',
  'php', 'php-template', 'plaintext', 'python', 'python-repl', 'r', 'ruby', 'rust', 'scss', 'shell', 'sql', 'swift', 'typescript', 'vbnet', 'wasm', 'xml', 'yaml', 'dockerfile', 'nginx',
] as const;

export type Grammar = (typeof GRAMMARS)[number];

/** Each other name of a grammar (the grammars' own aliases, then ours for HCL). */
export const ALIASES: Readonly<Record<string, Grammar>> = {
  atom: 'xml', 'c#': 'csharp', 'c++': 'cpp', cc: 'cpp', cjs: 'javascript', console: 'shell', cs: 'csharp', cts: 'typescript', cxx: 'cpp', docker: 'dockerfile', gemspec: 'ruby',
  golang: 'go', gql: 'graphql', gyp: 'python', h: 'c', 'h++': 'cpp', hh: 'cpp', hpp: 'cpp', html: 'xml', hxx: 'cpp', ino: 'arduino', ipython: 'python', irb: 'ruby', js: 'javascript',
  json5: 'json', jsonc: 'json', jsp: 'java', jsx: 'javascript', kt: 'kotlin', kts: 'kotlin', mak: 'makefile', make: 'makefile', md: 'markdown', mjs: 'javascript', mk: 'makefile',
  mkd: 'markdown', mkdown: 'markdown', mm: 'objectivec', mts: 'typescript', nginxconf: 'nginx', 'obj-c': 'objectivec', 'obj-c++': 'objectivec', objc: 'objectivec',
  'objective-c++': 'objectivec', patch: 'diff', pl: 'perl', plist: 'xml', pluto: 'lua', pm: 'perl', podspec: 'ruby', py: 'python', pycon: 'python-repl', rb: 'ruby', rs: 'rust',
  rss: 'xml', sh: 'bash', shellsession: 'shell', svg: 'xml', text: 'plaintext', thor: 'ruby', toml: 'ini', ts: 'typescript', tsx: 'typescript', txt: 'plaintext', vb: 'vbnet',
  wsf: 'xml', xhtml: 'xml', xjb: 'xml', xsd: 'xml', xsl: 'xml', yml: 'yaml', zsh: 'bash',
  hcl: 'ini', tf: 'ini', terraform: 'ini',
};

const known = new Set<string>(GRAMMARS);

/** The grammar a block's language names (any case), or undefined when there is none for it. */
export function grammarFor(name: string): Grammar | undefined {
  const lower = name.toLowerCase();
  if (known.has(lower)) return lower as Grammar;
  return Object.hasOwn(ALIASES, lower) ? ALIASES[lower] : undefined;
}
