/** A paragraph holding one picture and nothing else, as the markdown renderer writes it. */
const LONE_PICTURE = /<p\b([^>]*)>\s*(<img\b[^>]*>)\s*<\/p>/g;

/** An attribute's value from a tag, entities left as written (they are HTML already). */
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.trim();

/** Descriptions that say nothing a reader needs under the picture: a file name, or "image", "screenshot 2". */
const SAYS_NOTHING =
  /^(?:[\w.-]+\.(?:png|jpe?g|gif|webp|svg|avif|bmp)|(?:image|img|picture|pic|photo|screenshot|figure|fig|diagram|chart|graph|alt|bild|imagen|изображение|图片|画像)\s*\d*)$/i;

/**
 * `html` (a guide answer or section text) with each picture standing alone in its paragraph set as
 * a figure captioned by its title, else by its description (alt text): a book prints what a
 * picture shows under it, and before, a chart stood bare between two paragraphs, its description
 * only in the file. A description that says nothing (a file name, "image") is no caption. Cards
 * and the cheat sheet have no room for captions: they keep the picture as it is.
 */
export function captionPictures(html: string): string {
  if (!html.includes('<img')) return html;
  return html.replace(LONE_PICTURE, (paragraph, _attrs: string, img: string) => {
    const caption = attribute(img, 'title') || attribute(img, 'alt');
    if (!caption || SAYS_NOTHING.test(caption)) return paragraph;
    return `<figure class="picture">${img}<figcaption>${caption}</figcaption></figure>`;
  });
}
