import { StudyguideError } from '../errors.js';

/**
 * A JSON config file giving one key twice: JSON.parse keeps the later value without a word, where
 * a YAML config is refused. Read again as YAML (JSON's superset), whose parser names the key's line.
 */
export async function refuseDuplicateKeys(text: string, shown: string): Promise<void> {
  // Most files name each key once even read loosely: the YAML parser is not loaded for them.
  const keys = [...text.matchAll(/"((?:[^"\\]|\\.)*)"\s*:/g)].map((m) => m[1]);
  if (new Set(keys).size === keys.length) return;
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'silent' });
  const twice = doc.errors.find((e) => e.code === 'DUPLICATE_KEY');
  if (!twice) return;
  const key = /^\s*"((?:[^"\\]|\\.)*)"/.exec(text.slice(twice.pos[0]))?.[1];
  throw new StudyguideError(`config file gives ${key === undefined ? 'a key' : `"${key}"`} twice`, {
    file: shown,
    line: twice.linePos?.[0]?.line,
    hint: 'keep one of the two',
  });
}
