import { createHash } from 'node:crypto';

/** One image taken out of the notes, stored in the package as a numbered file. */
export interface MediaFile {
  /** The name the notes refer to (`<img src="studyguide-….png">`), unique by content. */
  name: string;
  data: Uint8Array;
}

const EXTENSIONS: Record<string, string> = { png: 'png', jpeg: 'jpg', gif: 'gif', webp: 'webp', 'svg+xml': 'svg' };
/** An image the deck inlined as a data: URL (content/inline-images.ts), in a double-quoted src. */
const DATA_IMAGE = /src="data:image\/(png|jpeg|gif|webp|svg\+xml)(;base64)?,([^"]*)"/gi;

/**
 * Anki keeps images as files in its media folder, not inside the note: every data: image of
 * these HTML fields becomes a file named after a hash of its bytes (the same picture twice is
 * one file), and the field refers to it by name.
 */
export class MediaCollector {
  private readonly files = new Map<string, MediaFile>();

  /** The field with its data: images replaced by media file names. */
  take(html: string): string {
    return html.replace(DATA_IMAGE, (all, type: string, base64: string | undefined, payload: string) => {
      const data = base64 ? Buffer.from(payload, 'base64') : percentDecoded(payload);
      if (!data) return all;
      const name = `studyguide-${createHash('sha1').update(data).digest('hex').slice(0, 16)}.${EXTENSIONS[type.toLowerCase()]}`;
      if (!this.files.has(name)) this.files.set(name, { name, data });
      return `src="${name}"`;
    });
  }

  /** Every file taken so far, in the order first seen. */
  list(): MediaFile[] {
    return [...this.files.values()];
  }
}

/** A data: URL's percent-encoded payload as bytes; undefined when it is not valid. */
function percentDecoded(payload: string): Buffer | undefined {
  try {
    return Buffer.from(decodeURIComponent(payload), 'utf8');
  } catch {
    return undefined;
  }
}
