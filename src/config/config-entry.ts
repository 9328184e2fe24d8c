import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { StudyguideError } from '../errors.js';

const HINT = 'point the link at a config file, or remove it';

/**
 * What stands at a config file's path, following links: undefined when nothing does. A link there
 * that loops or points at nothing is an error naming it (`shown`): a dotfiles repository's link
 * whose target is missing made the build go on with the defaults without a word.
 */
export function configEntry(file: string, shown: string): Stats | undefined {
  let info: Stats | undefined;
  try {
    info = statSync(file, { throwIfNoEntry: false });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP')
      throw new StudyguideError('config file is a symbolic link that loops back on itself', { file: shown, hint: HINT });
    throw err;
  }
  if (info || !lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) return info;
  throw new StudyguideError(`config file is a symbolic link to ${readlinkSync(file)}, which does not exist`, { file: shown, hint: HINT });
}
