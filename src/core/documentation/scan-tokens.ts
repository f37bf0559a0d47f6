/**
 * The scan of scan.ts computed from the micromark tokens markdownlint already made for its own rules, so that each
 * file is tokenized once instead of twice (remark and markdownlint each run micromark). The result is exactly
 * `scanTree(parseMarkdown(text), text)`: the same values, positions and order. Where the two token streams cannot
 * agree (extensions markdownlint enables and remark does not: math, directives), the file is scanned with remark
 * instead, so the result is never approximate; see `scanTokensDetailed` for which files those are.
 */
import GithubSlugger, { slug as staticSlug } from "github-slugger";
import { decodeString } from "micromark-util-decode-string";
import { normalizeIdentifier } from "micromark-util-normalize-identifier";
import { findLiteralLinks } from "./literal-links.js";
import { parseMarkdown } from "./parse-markdown.js";
import { emptyScan, type ScannedDoc, scanHtml, scanTree, undefinedReferencesIn } from "./scan.js";

/** The part of markdownlint's `MicromarkToken` read here (positions are 1-based, relative to the text after front matter). */
export interface TokenLike {
  readonly type: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
  readonly children: readonly TokenLike[];
}

/** Tokens of the document tokenizer between a container's lines: not part of any value (micromark skips them). */
const CONTAINER_PREFIX = new Set(["blockQuotePrefix", "listItemIndent"]);
/** Inline nodes that scan.ts masks when looking for undefined references. */
const MASKED = new Set(["codeText", "htmlText", "link", "image", "autolink", "literalAutolink", "gfmFootnoteCall"]);
/** mdast nodes whose text keeps its line endings (mdast-util-from-markdown's `canContainEols`). */
const KEEPS_EOLS = new Set(["paragraph", "atxHeadingText", "setextHeadingText", "emphasisText", "strongText"]);

const AUTOLINK_VALUE = new Set([
  "autolinkProtocol",
  "autolinkEmail",
  "literalAutolinkHttp",
  "literalAutolinkWww",
  "literalAutolinkEmail",
]);

class Unsupported extends Error {}

export interface DetailedScan {
  doc: ScannedDoc;
  /** Why the file was scanned with remark instead of from the tokens, or null. */
  fallback: string | null;
}

interface Block {
  start: number;
  end: number;
  ranges: [number, number][];
}

/**
 * A line ending's own characters: markdownlint's `lineEnding` tokens end where the next line's content starts, so
 * their text also holds the container prefix skipped there.
 */
function eol(t: TokenLike): string {
  return t.text.startsWith("\r\n") ? "\r\n" : t.text.charAt(0);
}

/** The text of a token without the container prefixes inside it: what micromark's `sliceSerialize` gives. */
function serialize(token: TokenLike): string {
  if (token.children.length === 0 || (!token.text.includes("\n") && !token.text.includes("\r"))) return token.text;
  let out = "";
  const visit = (t: TokenLike): void => {
    if (CONTAINER_PREFIX.has(t.type)) return;
    if (t.type === "lineEnding") out += eol(t);
    else if (t.children.length === 0) out += t.text;
    else for (const c of t.children) visit(c);
  };
  visit(token);
  return out;
}

class TokenScan {
  readonly out = emptyScan();
  private readonly slugger = new GithubSlugger();
  private readonly blocks: Block[] = [];
  private readonly starts: number[];
  /** Text of the mdast text node being built, or null between text nodes. */
  private textNode: string | null = null;
  /** Inside a link or link reference: its text is not searched for literal links (mdast-util-gfm-autolink-literal). */
  private inLink = 0;
  /** Heading text being collected (mdast-util-to-string without HTML and image alt), or null outside headings. */
  private heading: string | null = null;
  private block: Block | null = null;
  private atHardBreak = false;

  /** Blocks quotes and lists around the current token. */
  private containerDepth = 0;

  constructor(
    private readonly text: string,
    private readonly lineDelta: number,
    private readonly dryRun = false,
  ) {
    this.starts = [0];
    const re = /\r\n?|\n/g;
    for (let m = re.exec(text); m; m = re.exec(text)) this.starts.push(m.index + m[0].length);
  }

  private line(t: TokenLike): number {
    return t.startLine + this.lineDelta;
  }

  private offset(line: number, column: number): number {
    return (this.starts[line + this.lineDelta - 1] ?? 0) + column - 1;
  }

  private startOf(t: TokenLike): number {
    return this.offset(t.startLine, t.startColumn);
  }

  private endOf(t: TokenLike): number {
    return this.offset(t.endLine, t.endColumn);
  }

  run(tokens: readonly TokenLike[]): ScannedDoc {
    this.flow(tokens);
    const defined = new Set(this.out.definitions.map((d) => d.identifier));
    for (const b of this.blocks) undefinedReferencesIn(this.text, b.start, b.end, b.ranges, defined, this.out);
    return this.out;
  }

  private flow(tokens: readonly TokenLike[]): void {
    for (const t of tokens) {
      switch (t.type) {
        case "atxHeading":
        case "setextHeading":
          this.headingBlock(t);
          break;
        case "paragraph":
          this.phrasingBlock(t, t.children);
          break;
        case "tableHeader":
        case "tableData":
          this.phrasingBlock(t, t.children.find((c) => c.type === "tableContent")?.children ?? []);
          break;
        case "definition":
          this.definition(t);
          break;
        case "gfmFootnoteDefinition": {
          const label = t.children.find((c) => c.type === "gfmFootnoteDefinitionLabel");
          const string = label?.children.find((c) => c.type === "gfmFootnoteDefinitionLabelString");
          const id = normalizeIdentifier(string ? serialize(string) : "").toLowerCase();
          this.out.anchors.add(`fn-${id}`);
          this.flow(t.children);
          break;
        }
        case "htmlFlow":
          this.html(t);
          break;
        case "codeFenced":
          this.codeFenced(t);
          break;
        case "codeIndented":
          this.codeIndented(t);
          break;
        case "mathFlow":
        case "directiveLeaf":
        case "directiveContainer":
          throw new Unsupported(t.type);
        case "undefinedReferenceShortcut":
        case "undefinedReferenceCollapsed":
        case "undefinedReferenceFull":
          // markdownlint's own additions for its reference rules, appended after the document.
          break;
        case "blockQuote":
        case "listOrdered":
        case "listUnordered":
          this.containerDepth++;
          this.flow(t.children);
          this.containerDepth--;
          break;
        default:
          if (t.children.length > 0) this.flow(t.children);
      }
    }
  }

  private headingBlock(t: TokenLike): void {
    const textToken = t.children.find((c) => c.type === "atxHeadingText" || c.type === "setextHeadingText");
    const block: Block = { start: this.startOf(t), end: this.endOf(t), ranges: [] };
    // The heading's anchor comes before anything inside it, as in a walk of the tree.
    const headingText = textToken ? this.headingText(textToken) : "";
    if (headingText.includes("~")) throw new Unsupported("strikethrough in a heading");
    this.out.anchors.add(this.slugger.slug(headingText));
    this.out.headingTexts.push(headingText);
    this.out.anchors.add(staticSlug(headingText.trim()));
    this.heading = null;
    this.blocks.push(block);
    this.block = block;
    if (textToken) this.phrasing(textToken.children, textToken.type);
    this.endText();
    this.block = null;
  }

  /** mdast-util-to-string of the heading, without HTML and image alt. */
  private headingText(t: TokenLike): string {
    // A dry run over the heading's content that only collects text: the real pass follows.
    const dry = new TokenScan(this.text, this.lineDelta, true);
    dry.heading = "";
    dry.phrasing(t.children, t.type);
    dry.endText();
    return dry.heading ?? "";
  }

  private phrasingBlock(t: TokenLike, children: readonly TokenLike[]): void {
    const block: Block = { start: this.startOf(t), end: this.endOf(t), ranges: [] };
    this.blocks.push(block);
    this.block = block;
    this.phrasing(children, t.type === "paragraph" ? "paragraph" : "tableContent");
    this.endText();
    this.block = null;
  }

  private addText(value: string): void {
    this.textNode = (this.textNode ?? "") + value;
  }

  /** Ends the current text node: literal links that micromark did not see are found in it, as remark-gfm does. */
  private endText(): void {
    const value = this.textNode;
    this.textNode = null;
    if (value === null) return;
    if (this.heading !== null) this.heading += value;
    if (this.inLink > 0 || this.dryRun) return;
    const urls = findLiteralLinks(value);
    // remark-gfm's strikethrough (which markdownlint does not parse) splits text nodes at `~`, which changes where
    // a literal link ends or whether it is one: such text is left to remark.
    if (value.includes("~") && (urls.length > 0 || value.split(/~+/).some((p) => findLiteralLinks(p).length > 0)))
      throw new Unsupported("strikethrough next to a literal link");
    // mdast-util-gfm-autolink-literal's links have no position: scan.ts reports them at 1:1.
    for (const url of urls) this.out.links.push({ url, kind: "link", line: 1, column: 1 });
  }

  private mask(t: TokenLike): void {
    if (this.block && !this.dryRun) this.block.ranges.push([this.startOf(t), this.endOf(t)]);
  }

  private phrasing(tokens: readonly TokenLike[], parent: string): void {
    for (const t of tokens) {
      switch (t.type) {
        case "data":
          this.atHardBreak = false;
          this.addText(t.text);
          break;
        case "characterEscape":
          this.addText(t.text.slice(1));
          break;
        case "characterReference":
          this.addText(decodeString(t.text));
          break;
        case "lineEnding":
          if (this.atHardBreak) {
            this.atHardBreak = false;
            break;
          }
          if (KEEPS_EOLS.has(parent)) this.addText(eol(t));
          break;
        case "hardBreakEscape":
        case "hardBreakTrailing":
          this.endText();
          this.atHardBreak = true;
          break;
        case "emphasis":
        case "strong":
          this.endText();
          for (const c of t.children)
            if (c.type === "emphasisText" || c.type === "strongText") this.phrasing(c.children, c.type);
          this.endText();
          break;
        case "codeText":
          this.endText();
          this.mask(t);
          if (this.heading !== null) this.heading += codeTextValue(t);
          break;
        case "htmlText":
          this.endText();
          this.mask(t);
          if (!this.dryRun) this.html(t);
          break;
        case "link":
        case "image":
          this.endText();
          this.mask(t);
          this.link(t);
          break;
        case "autolink":
        case "literalAutolink":
          this.endText();
          this.mask(t);
          this.autolink(t);
          break;
        case "gfmFootnoteCall": {
          this.endText();
          this.mask(t);
          const string = t.children.find((c) => c.type === "gfmFootnoteCallString");
          const id = normalizeIdentifier(string ? serialize(string) : "").toLowerCase();
          if (!this.dryRun) this.out.anchors.add(`fnref-${id}`);
          break;
        }
        case "mathText":
          if (!/^[^[\]<>*_`&\\!~:@\r\n]*$/.test(t.text) || /www/i.test(t.text)) throw new Unsupported("math");
          // Plain characters between dollars: remark reads them as the text they are.
          this.addText(t.text);
          break;
        case "directiveText":
          // `a:b` is a directive to markdownlint and text to remark. Read as text only when the name can start
          // nothing else in remark (an e-mail address in `mailto:a@b.co`, a `www.` link, emphasis).
          if (
            !/^:[A-Za-z0-9][A-Za-z0-9-]*$/.test(t.text) ||
            /^:www/i.test(t.text) ||
            /^[@.+\-_]/.test(this.text.charAt(this.endOf(t)))
          )
            throw new Unsupported("directive");
          this.addText(t.text);
          break;
        default:
          // Whitespace, line prefixes and suffixes, container prefixes: not text.
          break;
      }
    }
  }

  private link(t: TokenLike): void {
    const label = t.children.find((c) => c.type === "label");
    const resource = t.children.find((c) => c.type === "resource");
    const reference = t.children.find((c) => c.type === "reference");
    const image = t.type === "image";
    if (!this.dryRun) {
      if (resource) {
        const dest = findDeep(resource, "resourceDestinationString");
        this.out.links.push({
          url: dest ? decodeString(serialize(dest)) : "",
          kind: image ? "image" : "link",
          line: this.line(t),
          column: t.startColumn,
        });
      } else {
        const string = reference?.children.find((c) => c.type === "referenceString");
        const labelText = label?.children.find((c) => c.type === "labelText");
        const source = string ?? labelText;
        this.out.usedIdentifiers.add(normalizeIdentifier(source ? serialize(source) : "").toLowerCase());
      }
    }
    // An image's alt is no text of its own in the tree: neither links nor heading text come from it.
    if (image) return;
    const labelText = label?.children.find((c) => c.type === "labelText");
    if (!labelText) return;
    this.inLink++;
    const block = this.block;
    // Nodes inside a link are not masked again (scan.ts masks the link as a whole).
    this.block = null;
    this.phrasing(labelText.children, "labelText");
    this.endText();
    this.block = block;
    this.inLink--;
  }

  private autolink(t: TokenLike): void {
    const value = t.children.find((c) => AUTOLINK_VALUE.has(c.type));
    const raw = value?.text ?? "";
    if (this.heading !== null) this.heading += raw;
    if (this.dryRun || !value) return;
    const url =
      value.type === "autolinkEmail" || value.type === "literalAutolinkEmail"
        ? `mailto:${raw}`
        : value.type === "literalAutolinkWww"
          ? `http://${raw}`
          : raw;
    this.out.links.push({ url, kind: "link", line: this.line(t), column: t.startColumn });
  }

  private definition(t: TokenLike): void {
    const label = findDeep(t, "definitionLabelString");
    const dest = findDeep(t, "definitionDestinationString");
    const labelSource = label ? serialize(label) : "";
    this.out.definitions.push({
      identifier: normalizeIdentifier(labelSource).toLowerCase(),
      label: decodeString(labelSource),
      url: dest ? decodeString(serialize(dest)) : "",
      line: this.line(t),
      column: t.startColumn,
    });
  }

  private html(t: TokenLike): void {
    let value = t.text;
    if (t.type === "htmlFlow" && t.startLine !== t.endLine) {
      if (this.containerDepth > 0 && value.includes("=")) value = this.htmlFlowValue(t);
    } else if (t.startLine !== t.endLine) value = serialize(t);
    scanHtml(value, this.line(t), t.startColumn, this.out);
  }

  /**
   * An HTML block's text without the prefixes of the containers it is in, on its lines after the first. markdownlint
   * re-parses HTML blocks (not comments) as Markdown, so those prefixes are found among the re-parsed tokens: the
   * first `containerDepth` prefixes from the start of each line. A line where they are not all found is left to
   * remark.
   */
  private htmlFlowValue(t: TokenLike): string {
    const start = this.startOf(t);
    const end = this.endOf(t);
    const byLine = new Map<number, [number, number][]>();
    const visit = (c: TokenLike): void => {
      if (CONTAINER_PREFIX.has(c.type)) {
        const s = this.startOf(c);
        if (s < start || s >= end) return;
        const list = byLine.get(c.startLine) ?? [];
        list.push([s, this.endOf(c)]);
        byLine.set(c.startLine, list);
      } else for (const d of c.children) visit(d);
    };
    for (const c of t.children) visit(c);
    let value = this.text.slice(start, this.lineEnd(t.startLine));
    for (let line = t.startLine + 1; line <= t.endLine; line++) {
      const lineStart = this.offset(line, 1);
      const lineEnd = line === t.endLine ? end : this.lineEnd(line);
      let at = lineStart;
      let found = 0;
      for (const [s, e] of (byLine.get(line) ?? []).sort((a, b) => a[0] - b[0])) {
        if (s !== at || found === this.containerDepth) break;
        at = e;
        found++;
      }
      const rest = this.text.slice(at, lineEnd);
      if (found < this.containerDepth && /\S/.test(rest.replace(/[\r\n]+$/, "")))
        throw new Unsupported("HTML block in a container");
      value += rest;
    }
    return value;
  }

  /** The offset just past the line ending of `line` (relative), or the end of the text. */
  private lineEnd(line: number): number {
    return this.starts[line + this.lineDelta] ?? this.text.length;
  }

  private codeFenced(t: TokenLike): void {
    const fence = t.children.find((c) => c.type === "codeFencedFence");
    const info = fence?.children.find((c) => c.type === "codeFencedFenceInfo");
    const meta = fence?.children.find((c) => c.type === "codeFencedFenceMeta");
    const lang = info ? decodeString(serialize(info)) : "";
    const metaValue = meta ? decodeString(serialize(meta)) : "";
    let value = "";
    let opened = false;
    for (const c of t.children) {
      if (c.type === "codeFencedFence") {
        if (opened) break;
        opened = true;
      } else if (c.type === "codeFlowValue") value += c.text;
      else if (c.type === "lineEnding") value += eol(c);
    }
    this.out.codeBlocks.push({
      lang: lang ? lang.toLowerCase() : null,
      meta: metaValue ? metaValue.trim().toLowerCase() : null,
      value: value.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, ""),
      fenced: true,
      line: this.line(t),
      column: t.startColumn,
    });
  }

  private codeIndented(t: TokenLike): void {
    let value = "";
    for (const c of t.children) {
      if (c.type === "codeFlowValue") value += c.text;
      else if (c.type === "lineEnding") value += eol(c);
    }
    this.out.codeBlocks.push({
      lang: null,
      meta: null,
      value: value.replace(/(\r?\n|\r)$/g, ""),
      fenced: false,
      line: this.line(t),
      column: t.startColumn,
    });
  }
}

function findDeep(t: TokenLike, type: string): TokenLike | undefined {
  for (const c of t.children) {
    if (c.type === type) return c;
    const d = findDeep(c, type);
    if (d) return d;
  }
  return undefined;
}

/** An inline code's value: its data, line endings as they are, one padding space removed at each end. */
function codeTextValue(t: TokenLike): string {
  let value = "";
  for (const c of t.children) {
    if (c.type === "codeTextData") value += c.text;
    else if (c.type === "lineEnding") value += eol(c);
  }
  return value;
}

/** YAML front matter, which GitHub renders as a table (remark, without a front-matter extension, reads it as Markdown). */
const YAML_FRONT_MATTER = /^---[^\S\r\n\u2028\u2029]*$/m;

/**
 * The scan of a file from markdownlint's micromark tokens. `frontMatterLines` is the number of lines markdownlint
 * removed from the top before tokenizing.
 */
export function scanTokensDetailed(tokens: readonly TokenLike[], text: string, frontMatterLines = 0): DetailedScan {
  try {
    if (frontMatterLines > 0 && !YAML_FRONT_MATTER.test(text.slice(0, text.search(/\r?\n|\r|$/) + 1)))
      throw new Unsupported("front matter other than YAML");
    return { doc: new TokenScan(text, frontMatterLines).run(tokens), fallback: null };
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return { doc: scanTree(parseMarkdown(text), text), fallback: e.message };
  }
}

export function scanTokens(tokens: readonly TokenLike[], text: string, frontMatterLines = 0): ScannedDoc {
  return scanTokensDetailed(tokens, text, frontMatterLines).doc;
}
