/** The readable parts of an HTML page: title, visible text and link targets. */
export interface PageText {
  title?: string;
  text: string;
  /** Absolute targets of href/src/action attributes, plus addresses Cloudflare's e-mail protection hides. */
  links: string[];
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', commat: '@', period: '.', plus: '+', lpar: '(', rpar: ')', hyphen: '-', dash: '-', ndash: '-' };

/** Decodes character references: numeric ones and the few named ones that matter for addresses and numbers. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Removes `<tag …>…</tag>` blocks with indexOf, so a missing end tag costs linear time, not a regex blow-up. */
function dropBlocks(html: string, open: string, close: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let at = 0;
  for (let start = lower.indexOf(open); start !== -1; start = lower.indexOf(open, at)) {
    out += html.slice(at, start);
    const end = lower.indexOf(close, start + open.length);
    if (end === -1) return out;
    at = end + close.length;
  }
  return out + html.slice(at);
}

/** Cloudflare's e-mail obfuscation: hex bytes XORed with the first byte. */
export function decodeCfEmail(hex: string): string | undefined {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) return undefined;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return out;
}

function absolute(target: string, base: string): string | undefined {
  try {
    return new URL(target, base).href;
  } catch {
    return undefined;
  }
}

/** The text of a page's first <title>, if it has one. */
export function titleOf(html: string): string | undefined {
  const lower = html.toLowerCase();
  const start = lower.indexOf('<title');
  const openEnd = start === -1 ? -1 : lower.indexOf('>', start);
  const end = openEnd === -1 ? -1 : lower.indexOf('</title', openEnd);
  return end === -1 ? undefined : decodeEntities(html.slice(openEnd + 1, end)).replace(/\s+/g, ' ').trim() || undefined;
}

/** Reads an HTML (or plain text) page: its title, its text without tags, and where its links point. */
export function readPage(html: string, baseUrl: string): PageText {
  const withoutComments = dropBlocks(html, '<!--', '-->');
  const title = titleOf(withoutComments);
  const links: string[] = [];
  for (const m of withoutComments.matchAll(/\b(href|src|action|data-cfemail)\s*=\s*(?:"([^"]{0,4096})"|'([^']{0,4096})'|([^\s>"']{1,4096}))/gi)) {
    const value = decodeEntities((m[2] ?? m[3] ?? m[4] ?? '').trim());
    const cf = m[1]!.toLowerCase() === 'data-cfemail' ? value : /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)/i.exec(value)?.[1];
    const decoded = cf === undefined ? undefined : decodeCfEmail(cf);
    if (decoded) links.push(`mailto:${decoded}`);
    else if (m[1]!.toLowerCase() !== 'data-cfemail') {
      const link = absolute(value, baseUrl);
      if (link) links.push(link);
    }
  }
  const visible = dropBlocks(dropBlocks(withoutComments, '<script', '</script>'), '<style', '</style>');
  const text = decodeEntities(visible.replace(/<[^<>]{0,10000}>/g, ' ')).replace(/[ \t\r\f\v\u00a0]+/g, ' ');
  return { ...(title ? { title } : {}), text, links };
}
