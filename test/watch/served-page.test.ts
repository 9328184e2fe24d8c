import { describe, expect, it } from 'vitest';
import { servePage } from '../../src/watch/live-client.js';

// The live-reload script goes in before the page's last </body>, in whatever case it is written;
// found from the end of the page, not in a lower-cased copy of it.
describe('a page as the preview serves it', () => {
  const scriptAt = (page: string) => page.indexOf('<script>');

  it('has the script just before its last </body>, in any case', () => {
    const lower = servePage('<html><head></head><body><p>a</p></body></html>');
    expect(lower.slice(scriptAt(lower)).endsWith('</script></body></html>')).toBe(true);
    const upper = servePage('<html><head></head><BODY><p>a &lt;/body&gt; b</p></BODY></html>');
    expect(upper.slice(scriptAt(upper)).endsWith('</script></BODY></html>')).toBe(true);
    const twice = servePage('<html><body><pre></body></pre></Body>\n</html>');
    expect(twice.slice(scriptAt(twice))).toMatch(/<\/script><\/Body>\n<\/html>$/);
  });

  it('without a </body>, at the end', () => {
    const page = servePage('</p>text');
    expect(page.startsWith('</p>text<script>')).toBe(true);
    expect(page.endsWith('</script>')).toBe(true);
  });
});
