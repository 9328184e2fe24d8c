import { StudyguideError } from '../errors.js';
import { repeatedJsonKeys } from '../repeated-json-keys.js';

/** A JSON config file giving one key twice is refused, as a YAML one is. */
export function refuseDuplicateKeys(text: string, shown: string): void {
  const [twice] = repeatedJsonKeys(text);
  if (twice)
    throw new StudyguideError(`config file gives ${twice.key ? `"${twice.key}"` : 'a key'} twice`, {
      file: shown,
      line: twice.line,
      hint: 'keep one of the two',
    });
}
