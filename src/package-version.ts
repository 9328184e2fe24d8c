import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from './render/assets.js';

/** Our version, from the package's own package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
