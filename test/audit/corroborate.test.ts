import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corroborate, emailsIn, evidenceFrom, normaliseEmail, normalisePhone, normaliseUrl, phoneRunsIn, statesPhone, type Evidence, type Unreadable } from '../../scripts/audit/corroborate.js';
import { decodeCfEmail, readPage } from '../../scripts/audit/page-text.js';
import type { ContactDetail } from '../../scripts/audit/types.js';

const detail = (kind: ContactDetail['kind'], value: string, evidence: string[]): ContactDetail => ({ kind, value, contactKind: kind, evidence, recordId: 'example-fund', file: 'data/organisations/example-fund.yml', line: 1, column: 1, pointer: '/contacts/0/x' });
const page = (html: string, url = 'https://fund.org/contact') => evidenceFrom(readPage(html, url));

describe('normalising e-mail addresses', () => {
  it('ignores case and finds every usual obfuscation', () => {
    const text = 'Write to Help@Example-Fund.org, grants [at] example-fund [dot] org, urgent(at)example-fund(dot)org, info at example-fund dot org or press {at} example-fund.org.';
    expect([...emailsIn(text)].sort()).toEqual(['grants@example-fund.org', 'help@example-fund.org', 'info@example-fund.org', 'press@example-fund.org', 'urgent@example-fund.org']);
  });

  it('does not read an address out of a longer one', () => {
    expect(emailsIn('xhelp@example-fund.org').has('help@example-fund.org')).toBe(false);
  });

  const local = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/);
  const domain = fc.tuple(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}[a-z0-9]$/), fc.constantFrom('org', 'net', 'org.uk', 'ngo')).map(([name, tld]) => `${name}.${tld}`);
  const styles = [(l: string, d: string) => `${l}@${d}`, (l: string, d: string) => `${l} [at] ${d.replace(/\./g, ' [dot] ')}`, (l: string, d: string) => `${l}(at)${d.replace(/\./g, '(dot)')}`, (l: string, d: string) => `${l} at ${d.replace(/\./g, ' dot ')}`];

  it('property: any address, written in any supported obfuscation and case, is found again', () => {
    fc.assert(
      fc.property(local, domain, fc.integer({ min: 0, max: styles.length - 1 }), fc.boolean(), (l, d, style, upper) => {
        const written = styles[style]!(l, d);
        const text = `Contact: ${upper ? written.toUpperCase() : written}. Thanks.`;
        expect(emailsIn(text).has(normaliseEmail(`${l}@${d}`))).toBe(true);
      }),
    );
  });
});

describe('normalising phone numbers', () => {
  it('keeps digits only, without a (0) trunk prefix or a leading + or 00', () => {
    expect(normalisePhone('+353 1 210 0489')).toBe('35312100489');
    expect(normalisePhone('+44 (0)20 7946 0000')).toBe('442079460000');
    expect(normalisePhone('0044-20-7946-0000')).toBe('442079460000');
  });

  it('finds a number however the page spaces, dashes or prefixes it', () => {
    for (const written of ['+353 1 210 0489', '+353 (0)1 210 0489', '00353 1 2100489', '+353-1-210-0489', '(+353) 1.210.0489']) {
      expect(statesPhone(phoneRunsIn(`Call ${written} any time`), '35312100489'), written).toBe(true);
    }
  });

  it('does not accept a shorter number inside a longer one, but finds one of two numbers side by side', () => {
    expect(statesPhone(phoneRunsIn('Call +353 1 210 0489'), '3531210048')).toBe(false);
    expect(statesPhone(phoneRunsIn('Tel +44 20 7946 0000 +44 20 7946 0999'), '442079460999')).toBe(true);
    expect(statesPhone(phoneRunsIn('Tel +44 20 7946 0000'), '442079460999')).toBe(false);
  });

  it('property: a number written with any grouping and separators is found again', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{7,12}$/), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '-', '.'), fc.constantFrom('+', '00'), (digits, cuts, separator, prefix) => {
        const groups: string[] = [];
        let at = 0;
        for (const cut of cuts) if (at < digits.length) groups.push(digits.slice(at, (at += cut)));
        if (at < digits.length) groups.push(digits.slice(at));
        const written = `${prefix}${groups.join(separator)}`;
        expect(normalisePhone(written)).toBe(digits);
        expect(statesPhone(phoneRunsIn(`Phone: ${written}.`), normalisePhone(`+${digits}`))).toBe(true);
      }),
    );
  });
});

describe('reading pages', () => {
  it('keeps the title and visible text, drops scripts, styles and comments, decodes entities', () => {
    const read = readPage('<html><head><title>Contact &amp; help</title><style>p{}</style></head><body><!-- help@hidden.org --><script>var x="a@b.org"</script><p>help&#64;fund.org</p></body></html>', 'https://fund.org/');
    expect(read.title).toBe('Contact & help');
    expect(read.text).toContain('help@fund.org');
    expect(read.text).not.toContain('a@b.org');
    expect(read.text).not.toContain('hidden');
  });

  it('resolves links against the page and decodes Cloudflare-protected addresses', () => {
    const read = readPage('<a href="/apply">Apply</a> <a href="/cdn-cgi/l/email-protection#9ffbfafbdff9eaf1fbb1f0edf8">mail</a>', 'https://fund.org/contact');
    expect(read.links).toContain('https://fund.org/apply');
    expect(read.links).toContain('mailto:ded@fund.org');
    expect(decodeCfEmail('zz')).toBeUndefined();
  });

  it('stays fast on a large page without closing tags or quotes', () => {
    const start = Date.now();
    readPage(`<script ${'<a href="'.repeat(20_000)}${'x '.repeat(200_000)}`, 'https://fund.org/');
    emailsIn('a'.repeat(300_000));
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('corroborating contact details against source pages', () => {
  const contact = page('<p>Write to help [at] example-fund [dot] org or call <a href="tel:+442079460000">+44 (0)20 7946 0000</a>.</p><a href="https://fund.org/apply/">Apply</a>');
  const about = page('<p>We fund defenders.</p>');
  const pages = new Map<string, Evidence | Unreadable>([
    ['https://fund.org/contact', contact],
    ['https://fund.org/about', about],
    ['https://fund.org/blocked', { problem: 'HTTP 403 bot-protection challenge' }],
  ]);

  it('corroborates an e-mail, a phone number and a form address that a cited page states', () => {
    expect(corroborate(detail('email', 'Help@example-fund.org', ['https://fund.org/about', 'https://fund.org/contact']), pages)).toEqual({ status: 'corroborated', by: 'https://fund.org/contact' });
    expect(corroborate(detail('phone', '+44 20 7946 0000', ['https://fund.org/contact']), pages).status).toBe('corroborated');
    expect(corroborate(detail('url', 'https://www.fund.org/apply', ['https://fund.org/contact']), pages).status).toBe('corroborated');
  });

  it('reports details no page states, naming the pages read', () => {
    expect(corroborate(detail('email', 'help@examp1e-fund.org', ['https://fund.org/contact', 'https://fund.org/about']), pages)).toEqual({ status: 'not-stated', read: ['https://fund.org/contact', 'https://fund.org/about'] });
    expect(corroborate(detail('phone', '+44 20 7946 0999', ['https://fund.org/contact']), pages).status).toBe('not-stated');
  });

  it('says when no cited page could be read, and why', () => {
    expect(corroborate(detail('email', 'help@example-fund.org', ['https://fund.org/blocked']), pages)).toEqual({ status: 'unreadable', problems: [{ url: 'https://fund.org/blocked', problem: 'HTTP 403 bot-protection challenge' }] });
  });

  it('never lets a form page vouch for its own address', () => {
    expect(corroborate(detail('url', 'https://fund.org/contact', ['https://fund.org/contact/']), pages)).toEqual({ status: 'self-cited' });
  });

  it('normalises addresses without scheme, www, fragment or trailing slash', () => {
    expect(normaliseUrl('https://WWW.Fund.org/apply/#form')).toBe(normaliseUrl('http://fund.org/apply'));
    expect(normaliseUrl('https://fund.org/apply?id=1')).not.toBe(normaliseUrl('https://fund.org/apply?id=2'));
  });
});
