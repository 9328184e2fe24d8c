// Kept free of the markdown pipeline and of the YAML parser: the build's own thread finds front
// matter with it (content/folder-deck.ts) before any deck is parsed.

/** Front matter is looked for in this much of a file's start. */
export const FRONT_MATTER_CHARS = 100_000;

/** What stands between a file's opening `---` and the `---` (or `...`) closing it, if one does. */
export function frontMatterBlock(text: string): string | undefined {
  const m = BLOCK.exec(text.slice(0, FRONT_MATTER_CHARS));
  return m ? (m[1] ?? '') : undefined;
}

/** The length of a front matter block that is closed only past FRONT_MATTER_CHARS (so frontMatterBlock finds none), if there is one. */
export function overlongFrontMatter(text: string): number | undefined {
  return text.length > FRONT_MATTER_CHARS ? BLOCK.exec(text)?.[1]?.length : undefined;
}

// An empty block (`---⏎---`, a template's front matter with its keys deleted) is closed too.
const BLOCK = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
