// Kept free of the markdown pipeline and of the YAML parser: the build's own thread finds front
// matter with it (content/folder-deck.ts) before any deck is parsed.

/** Front matter is looked for in this much of a file's start. */
const FRONT_MATTER_CHARS = 100_000;

/** What stands between a file's opening `---` and the `---` (or `...`) closing it, if one does. */
export function frontMatterBlock(text: string): string | undefined {
  return /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(0, FRONT_MATTER_CHARS))?.[1];
}
