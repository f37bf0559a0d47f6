/**
 * One walk over a parsed Markdown tree collects everything the link, anchor and code-block checks need, so each
 * file is parsed and walked once. Code spans and code blocks never yield links: remark does not parse inside them.
 */
import { slug as staticSlug } from "github-slugger";
import GithubSlugger from "github-slugger";
import type { Code, Nodes, Parent, Root } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import { type UndefinedReference, undefinedReferencesIn } from "./undefined-references.js";

export { normalizeLabel, plausibleReference } from "./undefined-references.js";

export interface LinkOccurrence {
  url: string;
  /** `link`, `image`, `definition` (reference definitions, added by the link check) or `html` (`<a href>` / `<img src>`). */
  kind: "link" | "image" | "definition" | "html";
  line: number;
  column: number;
}

export interface DefinitionInfo {
  identifier: string;
  label: string;
  url: string;
  line: number;
  column: number;
}

export interface CodeBlockInfo {
  /** Lower-cased first word of the info string, or null. */
  lang: string | null;
  /** Lower-cased rest of the info string (`lines` in ```json lines), or null. */
  meta: string | null;
  value: string;
  fenced: boolean;
  line: number;
  column: number;
}

export interface ScannedDoc {
  /** Anchor names as GitHub exposes them, lower-cased. */
  anchors: Set<string>;
  /** `id`/`name` on raw HTML elements other than `<a>`: GitHub's sanitizer removes them, so they anchor nothing. */
  strippedIds: Set<string>;
  /** Links and images; reference definitions are in `definitions` (only the used ones are checked). */
  links: LinkOccurrence[];
  definitions: DefinitionInfo[];
  usedIdentifiers: Set<string>;
  /** `[text][label]` / `[label][]` whose label has no definition (rendered as plain text on GitHub). */
  undefinedReferences: UndefinedReference[];
  codeBlocks: CodeBlockInfo[];
  /** Heading texts in document order, for site generators that derive anchors their own way. */
  headingTexts: string[];
}

const TAG = /<([a-zA-Z][\w-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /(?:^|\s)([a-zA-Z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const HTML_HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;
function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Anchors and links inside raw HTML: `id`/`name` on `<a>` (the only element whose ids survive GitHub's sanitizer,
 * prefixed `user-content-`), `href` on `<a>`, `src` on `<img>`. Ids on other elements are kept apart so that a link
 * to one can say why it fails.
 */
export function scanHtml(html: string, line: number, column: number, out: ScannedDoc): void {
  if (!html.includes("=")) return;
  for (const tag of html.matchAll(TAG)) {
    const name = (tag[1] ?? "").toLowerCase();
    for (const attr of (tag[2] ?? "").matchAll(ATTR)) {
      const key = (attr[1] ?? "").toLowerCase();
      const value = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? "");
      if ((key === "id" || key === "name") && value) {
        if (name === "a") out.anchors.add(value.toLowerCase());
        else out.strippedIds.add(value.toLowerCase());
      } else if ((key === "href" && name === "a") || (key === "src" && name === "img")) {
        // Position of the tag within the HTML node, for an exact location.
        const before = html.slice(0, tag.index);
        const nl = before.lastIndexOf("\n");
        const lines = before.split("\n").length - 1;
        out.links.push({
          url: value,
          kind: name === "img" ? "image" : "html",
          line: line + lines,
          column: nl === -1 ? column + before.length : before.length - nl,
        });
      }
    }
  }
  // GitHub gives raw HTML headings no id of their own; they are accepted anyway so that no working link is flagged.
  for (const h of html.matchAll(HTML_HEADING)) {
    const text = decodeEntities((h[2] ?? "").replace(/<[^>]*>/g, ""));
    out.anchors.add(staticSlug(text));
  }
}

const MASKED = new Set([
  "inlineCode",
  "html",
  "link",
  "image",
  "linkReference",
  "imageReference",
  "footnoteReference",
  "inlineMath",
]);

/** Finds `[text][label]` that did not become a reference because `label` is not defined. */
function scanUndefinedReferences(block: Parent, text: string, defined: ReadonlySet<string>, out: ScannedDoc): void {
  const start = block.position?.start.offset;
  const end = block.position?.end.offset;
  if (start === undefined || end === undefined) return;
  if (!text.slice(start, end).includes("][")) return;
  const ranges: [number, number][] = [];
  const stack: Nodes[] = [...(block.children as Nodes[])];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (MASKED.has(node.type)) {
      if (s !== undefined && e !== undefined) ranges.push([s, e]);
    } else if ("children" in node) {
      stack.push(...(node.children as Nodes[]));
    }
  }
  undefinedReferencesIn(text, start, end, ranges, defined, out.undefinedReferences);
}

function isFenced(node: Code, text: string): boolean {
  const offset = node.position?.start.offset;
  if (offset === undefined) return true;
  const head = text.slice(offset, offset + 3);
  return head === "```" || head === "~~~";
}

export function emptyScan(): ScannedDoc {
  return {
    anchors: new Set(),
    strippedIds: new Set(),
    links: [],
    definitions: [],
    usedIdentifiers: new Set(),
    undefinedReferences: [],
    codeBlocks: [],
    headingTexts: [],
  };
}

export function scanTree(tree: Root, text: string): ScannedDoc {
  const out = emptyScan();
  const slugger = new GithubSlugger();
  const blocks: Parent[] = [];
  // Iterative walk in document order: deep trees cannot overflow the stack here.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    const pos = node.position?.start;
    const line = pos?.line ?? 1;
    const column = pos?.column ?? 1;
    switch (node.type) {
      case "heading": {
        const headingText = nodeText(node, { includeHtml: false, includeImageAlt: false });
        out.anchors.add(slugger.slug(headingText));
        out.headingTexts.push(headingText);
        // GitHub trims the heading text; the untrimmed form is kept too so neither spelling is a false alarm.
        const trimmed = staticSlug(headingText.trim());
        out.anchors.add(trimmed);
        blocks.push(node);
        break;
      }
      case "paragraph":
      case "tableCell":
        blocks.push(node);
        break;
      case "link":
      case "image":
        out.links.push({ url: node.url, kind: node.type, line, column });
        break;
      case "definition":
        out.definitions.push({
          identifier: node.identifier,
          label: node.label ?? node.identifier,
          url: node.url,
          line,
          column,
        });
        break;
      case "linkReference":
      case "imageReference":
        out.usedIdentifiers.add(node.identifier);
        break;
      case "footnoteDefinition":
        out.anchors.add(`fn-${node.identifier.toLowerCase()}`);
        break;
      case "footnoteReference":
        out.anchors.add(`fnref-${node.identifier.toLowerCase()}`);
        break;
      case "html":
        scanHtml(node.value, line, column, out);
        break;
      case "code":
        out.codeBlocks.push({
          lang: node.lang ? node.lang.toLowerCase() : null,
          meta: node.meta ? node.meta.trim().toLowerCase() : null,
          value: node.value,
          fenced: isFenced(node, text),
          line,
          column,
        });
        break;
    }
    if ("children" in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
    }
  }
  const defined = new Set(out.definitions.map((d) => d.identifier));
  for (const block of blocks) scanUndefinedReferences(block, text, defined, out);
  return out;
}
