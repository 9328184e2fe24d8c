import { describe, expect, it } from 'vitest';
import { MediaCollector } from '../../src/outputs/anki-media.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('images as Anki media files', () => {
  it('names each picture by its bytes: the same picture twice is one file', () => {
    const media = new MediaCollector();
    const png = `<img src="data:image/png;base64,${PNG.toString('base64')}" alt="a">`;
    const svg = `<img src="data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"/>')}">`;
    const one = media.take(`<p>${png}</p>`);
    const two = media.take(`${png}${svg}`);
    const files = media.list();
    expect(files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^studyguide-[0-9a-f]{16}\.png$/),
      expect.stringMatching(/^studyguide-[0-9a-f]{16}\.svg$/),
    ]);
    expect(one).toBe(`<p><img src="${files[0].name}" alt="a"></p>`);
    expect(two).toBe(`<img src="${files[0].name}"><img src="${files[1].name}">`.replace('">', '" alt="a">'));
    expect(Buffer.from(files[0].data).equals(PNG)).toBe(true);
    expect(Buffer.from(files[1].data).toString('utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  it('leaves a data: URL it cannot decode as it was', () => {
    const media = new MediaCollector();
    const broken = '<img src="data:image/svg+xml,%E0%A4%A">';
    expect(media.take(broken)).toBe(broken);
    expect(media.list()).toEqual([]);
  });
});
