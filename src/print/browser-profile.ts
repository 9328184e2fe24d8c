import { readlink, rm } from 'node:fs/promises';
import path from 'node:path';
import { makeTempFolder } from '../temp-folder.js';

/**
 * A launched browser's profile folder, made by us and removed by us. Puppeteer's own was left
 * behind when a launch was stopped after the folder was made (a build failing while the browser
 * started): one more folder in the system's temporary folder per such build.
 */
export function makeBrowserProfile(): Promise<string> {
  return makeTempFolder('studyguide-browser-', "the browser's profile folder");
}

/**
 * Removes a profile once no browser runs on it, with the folder of the browser's singleton socket,
 * which a browser killed while starting leaves in the temporary folder (the profile's link to it
 * says which). A failure to remove them is no build's failure.
 */
export async function removeBrowserProfile(profile: string): Promise<void> {
  const socket = await readlink(path.join(profile, 'SingletonSocket')).catch(() => undefined);
  const socketFolder = socket && path.dirname(socket);
  const remove = (folder: string) => rm(folder, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  // Only the browser's own kind of folder (named org.chromium.Chromium.*, .com.google.Chrome.*), never another.
  if (socketFolder && /^\.?(org\.chromium\.Chromium|com\.google\.Chrome)\.\w+$/.test(path.basename(socketFolder))) await remove(socketFolder);
  await remove(profile);
}
