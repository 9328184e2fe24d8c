// JSON.parse keeps no positions: a warning about a bank's third entry said "line 1" of a file
// printed over forty lines. The lines are found here by walking the text's first two levels,
// the only ones that hold the lists of entries content/record-fields.ts reads.

/** Where each entry of the file's lists starts: under "" for a list that is the whole file, else under its key. */
export function jsonEntryLines(source: string): Map<string, number[]> {
  const lineAt = lineFinder(source);
  const lists = new Map<string, number[]>();
  let i = space(source, 0);
  if (source[i] === '[') listAt(source, i, lists, '', lineAt);
  else if (source[i] === '{') {
    i = space(source, i + 1);
    while (i < source.length && source[i] !== '}') {
      const keyEnd = skipValue(source, i);
      const key = JSON.parse(source.slice(i, keyEnd)) as string;
      i = space(source, space(source, keyEnd) + 1);
      // The last of two same keys is the one JSON.parse keeps.
      if (source[i] === '[') lists.delete(key);
      const end = source[i] === '[' ? listAt(source, i, lists, key, lineAt) : skipValue(source, i);
      i = space(source, end);
      if (source[i] === ',') i = space(source, i + 1);
    }
  }
  return lists;
}

/** Reads the list opening at `at`, noting its entries' lines under `key`; where it ends. */
function listAt(source: string, at: number, lists: Map<string, number[]>, key: string, lineAt: (offset: number) => number): number {
  const lines: number[] = [];
  lists.set(key, lines);
  let i = space(source, at + 1);
  while (i < source.length && source[i] !== ']') {
    lines.push(lineAt(i));
    i = space(source, skipValue(source, i));
    if (source[i] === ',') i = space(source, i + 1);
  }
  return i + 1;
}

/** Past white space. */
function space(source: string, at: number): number {
  let i = at;
  while (i < source.length && /\s/.test(source[i])) i++;
  return i;
}

/** Where the value starting at `at` ends; nested values are counted, never recursed into (a file may nest them 100,000 deep). */
function skipValue(source: string, at: number): number {
  let depth = 0;
  let i = at;
  while (i < source.length) {
    const c = source[i];
    if (c === '"') {
      i++;
      while (i < source.length && source[i] !== '"') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '[' || c === '{') {
      depth++;
      i++;
    } else if (c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
      i++;
    } else if (depth === 0 && (c === ',' || c === ':')) return i;
    else i++;
    if (depth === 0 && (c === '"' || c === ']' || c === '}')) return i;
  }
  return i;
}

/** The line of an offset, offsets asked for in increasing order (or not: it starts over). */
function lineFinder(source: string): (offset: number) => number {
  let [line, from] = [1, 0];
  return (offset) => {
    if (offset < from) [line, from] = [1, 0];
    for (; from < offset; from++) if (source.charCodeAt(from) === 10) line++;
    return line;
  };
}
