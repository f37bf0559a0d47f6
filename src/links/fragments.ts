/** Fragment checks: does an HTML page carry an element with the `id` (or `name`) a link's `#fragment` names? */

const ATTRIBUTE = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Every `id` and `name` attribute value in an HTML document. */
export function htmlAnchors(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(ATTRIBUTE)) out.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ""));
  return out;
}

/** The fragment as the page names it (percent-decoded), or null when no check applies. */
export function fragmentToCheck(url: URL): string | null {
  const raw = url.hash.slice(1);
  if (raw === "" || raw.toLowerCase() === "top") return null; // HTML: an empty or `top` fragment scrolls to the top
  if (raw.startsWith(":~:")) return null; // text fragments name text, not elements
  const host = url.hostname.toLowerCase();
  // GitHub's code views scroll to lines with script (#L10, #L10-L20), not with ids in the HTML.
  if ((host === "github.com" || host.endsWith(".github.com")) && /^L\d+(C\d+)?(-L\d+(C\d+)?)?$/.test(raw)) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** GitHub renders Markdown headings with `user-content-` ids and resolves the bare name with script. */
export function hasFragment(anchors: ReadonlySet<string>, fragment: string): boolean {
  return (
    anchors.has(fragment) ||
    anchors.has(`user-content-${fragment}`) ||
    anchors.has(`user-content-${fragment.toLowerCase()}`)
  );
}
