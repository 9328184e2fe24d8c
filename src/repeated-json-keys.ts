/**
 * Keys valid JSON text gives twice in one object, each with the line of its later use: JSON.parse
 * keeps the later value without a word. One pass over the text, a set of keys per open object.
 */
export function repeatedJsonKeys(text: string): { key: string; line: number }[] {
  const found: { key: string; line: number }[] = [];
  const open: (Set<string> | undefined)[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') open.push(new Set());
    else if (ch === '[') open.push(undefined);
    else if (ch === '}' || ch === ']') open.pop();
    else if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const start = i;
      i = end;
      const keys = open[open.length - 1];
      // A string is a key when a colon follows it (only spaces between).
      if (!keys || !/^\s*:/.test(text.slice(end + 1, end + 64))) continue;
      const key = JSON.parse(text.slice(start, end + 1)) as string;
      if (keys.has(key)) found.push({ key, line: text.slice(0, start).split('\n').length });
      keys.add(key);
    }
  }
  return found;
}
