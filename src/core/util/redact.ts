/**
 * The one place credentials are masked. Every string that travels from an input (a report, a Markdown file, a
 * server's answer) to an output (comment, check run, annotation, log, JSON report, link cache) passes through
 * `redact`, so a new output channel cannot forget a case that another one handles.
 *
 * Every pattern is linear: quantifiers on names are bounded and values stop at the first delimiter, so redacting a
 * hostile 100,000-character string costs one pass.
 */

export const MASK = "***";

/** Parameter and field names that carry credentials (query strings, fragments, JSON, `key=value` text). */
const CREDENTIAL_NAME =
  /token|secret|passw(or)?d|^pwd$|api[-_]?key|access[-_]?key|private[-_]?key|client[-_]?secret|credential|signature|^sig$|^x-amz-|^x-goog-|session|auth|^key$|^code$/i;

/** `?name=value`, `&name=value`, `#name=value`, `;name=value`: values of credential-like names. */
const URL_PARAM = /([?&#;])([^=&\s#?;]{1,64})=([^&\s#'"<>)}\]]*)/g;

/** `scheme://user@` and `scheme://user:password@`: the whole user-info part goes. */
const USER_INFO = /\b([a-z][a-z0-9+.-]{0,30}:\/\/)[^/\s@?#'"<>]{1,512}@/gi;

/** Credential-bearing headers quoted in free text (`Authorization: …`, `Cookie: a=b; c=d`, `X-Api-Key: …`). */
const HEADER =
  /\b(authorization|proxy-authorization|cookie|set-cookie|x-[a-z0-9-]{0,40}?(?:key|token|secret|auth|signature|session)[a-z0-9-]{0,20})(\s{0,4}[:=]\s{0,4})([^\r\n"'}]+)/gi;

/** `"password": "…"` and `'token': '…'` in JSON or Python reprs quoted in messages. */
const QUOTED_FIELD =
  /(["'])([a-z0-9_-]{0,40}(?:passw(?:or)?d|secret|token|api[-_]?key|apikey|credential|private[-_]?key)[a-z0-9_-]{0,40})\1(\s{0,4}:\s{0,4})(["'])(?:\\.|[^"'\\\r\n]){0,4096}\4/gi;

/** `password=hunter2` outside a URL. */
const BARE_ASSIGNMENT =
  /\b([a-z0-9_-]{0,40}(?:passw(?:or)?d|secret|token|api[-_]?key|apikey))(\s{0,4}=\s{0,4})([^\s&"',;)}\]]+)/gi;

/** `Bearer …`, `Basic …`, `Token …` credentials. */
const SCHEME_CREDENTIAL = /\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}/g;

/** Token formats that are credentials wherever they appear. */
const KNOWN_TOKENS = [
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bgh[opsur]_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  /\bsk_(?:live|test)_[A-Za-z0-9]{16,}\b/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[^-]{0,8192}(?:-----END [A-Z ]{0,40}PRIVATE KEY-----)?/g,
];

/** Masks every credential this module knows in `text`. Idempotent. */
export function redact(text: string): string {
  let out = text
    .replace(USER_INFO, `$1${MASK}@`)
    .replace(URL_PARAM, (m, sep: string, name: string) =>
      CREDENTIAL_NAME.test(name) && !m.endsWith(`=${MASK}`) ? `${sep}${name}=${MASK}` : m,
    )
    .replace(HEADER, (_m, name: string, sep: string) => `${name}${sep}${MASK}`)
    .replace(
      QUOTED_FIELD,
      (_m, q: string, name: string, sep: string, vq: string) => `${q}${name}${q}${sep}${vq}${MASK}${vq}`,
    )
    .replace(BARE_ASSIGNMENT, (_m, name: string, sep: string) => `${name}${sep}${MASK}`)
    .replace(SCHEME_CREDENTIAL, `$1 ${MASK}`);
  for (const re of KNOWN_TOKENS) out = out.replace(re, MASK);
  return out;
}

/** Whether `text` holds something `redact` would mask. */
export function hasCredentials(text: string): boolean {
  return redact(text) !== text;
}

/**
 * A string from an input, made fit for a finding: redacted, control and bidirectional-override characters
 * removed, and cut to `max` characters (an ellipsis marks the cut). The cut is made before redaction too, with
 * room to spare, so a hostile megabyte costs no more than a bounded string.
 */
export function boundedText(text: string, max: number): string {
  const head = text.length > max * 2 + 256 ? text.slice(0, max * 2 + 256) : text;
  const clean = stripControls(redact(head));
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/**
 * C0/C1 control characters (but tab), and the Unicode bidi embedding, override and isolate controls that can make
 * text display reversed (a path that reads as another one). Newlines become spaces: one value is one line.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(CONTROLS, "");
}
