import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/documents/clean-text.js';
import { parseByline } from '../../../src/core/documents/page-header.js';

const page = `Skip to main content

Menu
Search
Home

Ministry warns of phishing wave against election staff

By Jane Holloway Political Correspondent

Tuesday 4 June 2024 09:30 BST

Share
Facebook
Twitter
Copy link

Officials at the national election authority were targeted by a phishing
campaign that ran for several weeks, the ministry said on Tuesday, adding that
no systems had been breached.

We use cookies to improve your experience on our website.

Accept all cookies

The ministry said the campaign was "highly likely" the work of a state-backed group.

Your support helps us keep reporting. Please donate today so we can keep our journalism free.

The authority has since reset the passwords of all staff and added two-factor
authentication to its mail service.

You may also like

Another story about something else entirely that is only a related link

About the author
Jane writes about security.`;

describe('cleanText on a web page saved as text', () => {
  const out = cleanText(page);

  it('finds the headline, byline and dateline and keeps them out of the body', () => {
    expect(out.title).toBe('Ministry warns of phishing wave against election staff');
    expect(out.author).toBe('Jane Holloway');
    expect(out.published).toBe('2024-06-04');
    expect(out.body).not.toContain('Jane Holloway');
    expect(out.body).not.toContain('Tuesday 4 June 2024');
  });

  it('drops navigation, share bars, cookie banners, donation pleas and everything after the article', () => {
    for (const junk of [
      'Skip to main content',
      'Facebook',
      'Copy link',
      'cookies',
      'donate',
      'You may also like',
      'related link',
      'About the author',
    ]) {
      expect(out.body).not.toContain(junk);
    }
  });

  it('keeps every article sentence and joins hard-wrapped lines', () => {
    expect(out.body).toContain(
      'Officials at the national election authority were targeted by a phishing campaign that ran for several weeks',
    );
    expect(out.body).toContain(
      'The ministry said the campaign was "highly likely" the work of a state-backed group.',
    );
    expect(out.body).toContain('added two-factor authentication to its mail service.');
    expect(out.body.split('\n\n')).toHaveLength(3);
  });
});

describe('cleanText details', () => {
  it('leaves title, author and date null when the text does not give them', () => {
    const out = cleanText(
      'The agency published an advisory about the group. It listed three techniques used against routers.',
    );
    expect(out).toMatchObject({ title: null, author: null, published: null, publisher: null });
  });

  it('reads a URL header and maps the domain to the organisation the text names', () => {
    const out = cleanText(
      'URL: https://www.cisa.gov/news/advisory-1\n\nThe Cybersecurity and Infrastructure Security Agency (CISA) released guidance today for water utilities across the country.',
    );
    expect(out.url).toBe('https://www.cisa.gov/news/advisory-1');
    expect(out.publisher).toBe('Cybersecurity and Infrastructure Security Agency');
  });

  it('keeps a list inside the article but drops a title-cased menu around it', () => {
    const text = [
      'About Us',
      'Contact',
      'Careers',
      '',
      'The advisory named three sectors that the actors had targeted over the past year.',
      '',
      'energy',
      'water treatment',
      'transport systems',
      '',
      'Operators in each sector were urged to patch their edge devices without delay.',
    ].join('\n');
    const out = cleanText(text);
    expect(out.body).toContain('water treatment');
    expect(out.body).not.toContain('Careers');
  });

  it('drops a pull quote that repeats a quotation, with its credit line', () => {
    const text = [
      'The minister said the attack had failed.',
      'No accounts were compromised and we acted quickly to protect them',
      'Anna Berg, Ministry of Digital Affairs',
      'Anna Berg, the minister for digital affairs, said: “No accounts were compromised and we acted quickly to protect them.”',
    ].join('\n\n');
    const out = cleanText(text);
    expect(out.body).not.toContain('Anna Berg, Ministry of Digital Affairs');
    expect(out.body.match(/No accounts were compromised/g)).toHaveLength(1);
  });

  it('keeps a hyphen the text uses elsewhere and joins a word broken by the line end', () => {
    const out = cleanText(
      [
        'The state-affiliated actors used servers and infra-',
        'structure in three countries, and the other state-',
        'affiliated groups did the same, the report found.',
      ].join('\n'),
    );
    expect(out.body).toContain('infrastructure');
    expect(out.body).toContain('state-affiliated groups');
  });
});

describe('parseByline', () => {
  it('reads names with and without "By" and a trailing role', () => {
    expect(parseByline('By Jane Holloway')).toEqual({ name: 'Jane Holloway', role: null });
    expect(parseByline('Mark Say Managing Editor')).toEqual({ name: 'Mark Say', role: 'Managing Editor' });
    expect(parseByline('Andrew Wooden')).toEqual({ name: 'Andrew Wooden', role: null });
  });
  it('rejects headings and sentences', () => {
    expect(parseByline('Protecting democracy a priority')).toBeNull();
    expect(parseByline('Calling out cyber actors')).toBeNull();
    expect(parseByline('Read more.')).toBeNull();
  });
});
