import { describe, expect, it } from 'vitest';
import { contentHash, plainLength } from '../../../src/core/sources/feed.js';
import { readFeed } from '../../../src/core/sources/feed-formats.js';
import { decodeEntities } from '../../../src/core/text/html-entities.js';

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('Tom &amp; Jerry &#8217;s &#x201C;show&#x201D; &rsquo;&hellip;')).toBe(
      'Tom & Jerry ’s “show” ’…',
    );
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeEntities('write &amp;lt;b&amp;gt; for bold')).toBe('write &lt;b&gt; for bold');
    expect(decodeEntities('&amp;amp;')).toBe('&amp;');
  });

  it('keeps the case of a named letter, and what it does not know', () => {
    expect(decodeEntities('&Eacute;lys&eacute;e')).toBe('Élysée');
    expect(decodeEntities('&AMP; &madeup; &#xD800; &#0;')).toBe('& &madeup; &#xD800; &#0;');
  });
});

describe('feed text decoded once', () => {
  const escaped = '<p>Sites that echo &amp;lt;script&amp;gt; are open to injection.</p>';

  it('reads an HTML item title with an escaped tag as that text', () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Desk',
      items: [
        { id: 'a', title: 'Why &amp;lt;script&amp;gt; still matters', content_html: '<p>Body text.</p>' },
      ],
    });
    const r = readFeed(feed);
    expect(r.ok && r.feed.items[0]?.title).toBe('Why &lt;script&gt; still matters');
  });

  it('measures and hashes the text as a reader sees it', () => {
    const plain = 'Sites that echo &lt;script&gt; are open to injection.';
    expect(plainLength(escaped, true)).toBe(plain.length);
    expect(contentHash({ title: null, content: escaped, html: true })).toBe(
      contentHash({ title: null, content: plain, html: false }),
    );
  });
});
