/**
 * The literal links (`https://…`, `www.…`, e-mail addresses) that remark-gfm finds in a text node after micromark
 * has tokenized it: mdast-util-gfm-autolink-literal searches every text node outside links with these expressions,
 * in four passes, each over the text the previous passes left. Mirrored here so that a scan from micromark's tokens
 * finds the same links; the expressions and checks are those of that package.
 */
import { unicodePunctuation, unicodeWhitespace } from "micromark-util-character";

type Segment = string | { url: string };
type Find = (m: RegExpExecArray) => Segment[] | false;

const PASSES: [RegExp, Find][] = [
  [/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, findUrl],
  [/(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g, findXmpp],
  [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
  [/(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findEmail],
];

/** Cheap test: none of the passes can match without one of these. */
const MAYBE = /[@.]/;

/** The URLs of the literal links in one text node's value, in order. */
export function findLiteralLinks(value: string): string[] {
  if (!MAYBE.test(value)) return [];
  let segments: Segment[] = [value];
  for (const [re, find] of PASSES) {
    const next: Segment[] = [];
    const add = (s: Segment): void => {
      const last = next[next.length - 1];
      if (typeof s === "string" && typeof last === "string") next[next.length - 1] = last + s;
      else next.push(s);
    };
    for (const seg of segments) {
      if (typeof seg !== "string") {
        next.push(seg);
        continue;
      }
      let start = 0;
      re.lastIndex = 0;
      for (let m = re.exec(seg); m; m = re.exec(seg)) {
        const found = find(m);
        if (found === false) {
          re.lastIndex = m.index + 1;
          continue;
        }
        if (start !== m.index) add(seg.slice(start, m.index));
        for (const s of found) add(s);
        start = m.index + m[0].length;
      }
      if (start < seg.length) add(seg.slice(start));
    }
    segments = next;
  }
  const urls: string[] = [];
  for (const s of segments) if (typeof s !== "string") urls.push(s.url);
  return urls;
}

function previous(m: RegExpExecArray): boolean {
  const code = m.input.charCodeAt(m.index - 1);
  return m.index === 0 || unicodeWhitespace(code) || unicodePunctuation(code);
}

function findUrl(m: RegExpExecArray): Segment[] | false {
  let protocol = m[1] ?? "";
  let domain = m[2] ?? "";
  const path = m[3] ?? "";
  if (!previous(m)) return false;
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain = protocol + domain;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain.charCodeAt(0)) || !isCorrectDomain(domain)) return false;
  const [url, trail] = splitUrl(domain + path);
  const link = { url: prefix + protocol + url };
  return trail ? [link, trail] : [link];
}

function findEmail(m: RegExpExecArray): Segment[] | false {
  const label = m[2] ?? "";
  if (/[\d\-_]$/.test(label)) return false;
  return [{ url: `mailto:${m[1]}@${label}` }];
}

function findMailto(m: RegExpExecArray): Segment[] | false {
  const label = m[2] ?? "";
  if (/[\d\-_]$/.test(label)) return false;
  return [{ url: `mailto:${m[1]}@${label}` }];
}

function findXmpp(m: RegExpExecArray): Segment[] | false {
  const label = m[2] ?? "";
  const resource = m[3];
  if (
    /[\d\-_]$/.test(label) ||
    (resource && (!/[A-Za-z]$/.test(resource) || m.input.charAt(m.index + m[0].length) === "@"))
  )
    return false;
  return [{ url: `xmpp:${m[1]}@${label}${resource ?? ""}` }];
}

function isCorrectDomain(domain: string): boolean {
  const parts = domain.split(".");
  const last = parts[parts.length - 1];
  const second = parts[parts.length - 2];
  return !(
    parts.length < 2 ||
    (last && (/_/.test(last) || !/[\dA-Za-z]/.test(last))) ||
    (second && (/_/.test(second) || !/[\dA-Za-z]/.test(second)))
  );
}

/** Trailing punctuation is not part of a literal link, except closing parentheses that balance opening ones. */
const TRAILING = new Set([33, 34, 38, 39, 41, 44, 46, 58, 59, 60, 62, 63, 93, 125]);

function splitUrl(whole: string): [string, string | undefined] {
  let index = whole.length;
  while (index > 0 && TRAILING.has(whole.charCodeAt(index - 1))) index--;
  if (index === whole.length) return [whole, undefined];
  let trail = whole.slice(index);
  let url = whole.slice(0, index);
  let closingParenIndex = trail.indexOf(")");
  const openingParens = count(url, "(");
  let closingParens = count(url, ")");
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail.slice(0, closingParenIndex + 1);
    trail = trail.slice(closingParenIndex + 1);
    closingParenIndex = trail.indexOf(")");
    closingParens++;
  }
  return [url, trail];
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
