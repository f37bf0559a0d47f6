/**
 * One walk over markdownlint's micromark tokens collecting what scanTree collects from remark's tree: text nodes are
 * rebuilt as mdast-util-from-markdown builds them, so heading texts, anchors and literal links come out the same.
 */
import GithubSlugger, { slug as staticSlug } from "github-slugger";
import { decodeString } from "micromark-util-decode-string";
import { findLiteralLinks } from "./literal-links.js";
import { plainDirective, plainMath, strikethroughMayMatter } from "./token-fallbacks.js";
import { emptyScan, type ScannedDoc, scanHtml } from "./scan.js";
import { htmlFlowValue } from "./token-html.js";
import {
  autolinkValue,
  codeTextValue,
  definitionOf,
  eol,
  fencedCode,
  identifierOf,
  indentedCode,
  lineStartsOf,
  referenceIdentifier,
  resourceUrl,
  serialize,
  type TokenLike,
  Unsupported,
} from "./token-values.js";
import { undefinedReferencesIn } from "./undefined-references.js";

/** mdast nodes whose text keeps its line endings (mdast-util-from-markdown's `canContainEols`). */
const KEEPS_EOLS = new Set(["paragraph", "atxHeadingText", "setextHeadingText", "emphasisText", "strongText"]);

interface Block {
  start: number;
  end: number;
  ranges: [number, number][];
}

export class TokenScan {
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
  /** Block quotes and lists around the current token. */
  private containerDepth = 0;

  constructor(
    private readonly text: string,
    private readonly lineDelta: number,
    private readonly dryRun = false,
    starts?: number[],
  ) {
    this.starts = starts ?? lineStartsOf(text);
  }

  private line = (t: TokenLike): number => t.startLine + this.lineDelta;

  private offset = (line: number, column: number): number => (this.starts[line + this.lineDelta - 1] ?? 0) + column - 1;

  private startOf = (t: TokenLike): number => this.offset(t.startLine, t.startColumn);
  private endOf = (t: TokenLike): number => this.offset(t.endLine, t.endColumn);

  run(tokens: readonly TokenLike[]): ScannedDoc {
    this.flow(tokens);
    const defined = new Set(this.out.definitions.map((d) => d.identifier));
    for (const b of this.blocks)
      undefinedReferencesIn(this.text, b.start, b.end, b.ranges, defined, this.out.undefinedReferences);
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
          this.phrasingBlock(t, t.children, "paragraph");
          break;
        case "tableHeader":
        case "tableData":
          this.phrasingBlock(t, t.children.find((c) => c.type === "tableContent")?.children ?? [], "tableContent");
          break;
        case "definition":
          this.out.definitions.push(definitionOf(t, this.line(t)));
          break;
        case "gfmFootnoteDefinition": {
          const label = t.children.find((c) => c.type === "gfmFootnoteDefinitionLabel");
          const string = label?.children.find((c) => c.type === "gfmFootnoteDefinitionLabelString");
          this.out.anchors.add(`fn-${identifierOf(string)}`);
          this.flow(t.children);
          break;
        }
        case "htmlFlow":
          this.html(t);
          break;
        case "codeFenced":
          this.out.codeBlocks.push(fencedCode(t, this.line(t)));
          break;
        case "codeIndented":
          this.out.codeBlocks.push(indentedCode(t, this.line(t)));
          break;
        case "mathFlow":
        case "directiveLeaf":
        case "directiveContainer":
          throw new Unsupported(t.type);
        // markdownlint's own additions for its reference rules, appended after the document.
        case "undefinedReferenceShortcut":
        case "undefinedReferenceCollapsed":
        case "undefinedReferenceFull":
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
    const content = t.children.find((c) => c.type === "atxHeadingText" || c.type === "setextHeadingText");
    // The heading's anchor comes before anything inside it, as in a walk of the tree.
    const headingText = content ? this.headingText(content) : "";
    if (headingText.includes("~")) throw new Unsupported("strikethrough in a heading");
    this.out.anchors.add(this.slugger.slug(headingText));
    this.out.headingTexts.push(headingText);
    this.out.anchors.add(staticSlug(headingText.trim()));
    this.phrasingBlock(t, content?.children ?? [], content?.type ?? "atxHeadingText");
  }

  /** mdast-util-to-string of the heading, without HTML and image alt: a dry run that only collects text. */
  private headingText(t: TokenLike): string {
    const dry = new TokenScan(this.text, this.lineDelta, true, this.starts);
    dry.heading = "";
    dry.phrasing(t.children, t.type);
    dry.endText();
    return dry.heading ?? "";
  }

  private phrasingBlock(t: TokenLike, children: readonly TokenLike[], parent: string): void {
    const block: Block = { start: this.startOf(t), end: this.endOf(t), ranges: [] };
    this.blocks.push(block);
    this.block = block;
    this.phrasing(children, parent);
    this.endText();
    this.block = null;
  }

  private addText = (value: string): void => {
    this.textNode = (this.textNode ?? "") + value;
  };

  /** Ends the current text node: literal links that micromark did not see are found in it, as remark-gfm does. */
  private endText(): void {
    const value = this.textNode;
    this.textNode = null;
    if (value === null) return;
    if (this.heading !== null) this.heading += value;
    if (this.inLink > 0 || this.dryRun) return;
    const urls = findLiteralLinks(value);
    if (strikethroughMayMatter(value, urls)) throw new Unsupported("strikethrough next to a literal link");
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
          if (!this.dryRun) this.out.anchors.add(`fnref-${identifierOf(string)}`);
          break;
        }
        case "mathText":
          if (!plainMath(t)) throw new Unsupported("math");
          this.addText(t.text);
          break;
        case "directiveText":
          if (!plainDirective(t, this.text.charAt(this.endOf(t)))) throw new Unsupported("directive");
          this.addText(t.text);
          break;
        default:
          // Whitespace, line prefixes and suffixes, container prefixes: not text.
          break;
      }
    }
  }

  private link(t: TokenLike): void {
    const image = t.type === "image";
    if (!this.dryRun) {
      const resource = t.children.find((c) => c.type === "resource");
      if (resource)
        this.out.links.push({
          url: resourceUrl(resource),
          kind: image ? "image" : "link",
          line: this.line(t),
          column: t.startColumn,
        });
      else this.out.usedIdentifiers.add(referenceIdentifier(t));
    }
    // An image's alt is no text of its own in the tree: neither links nor heading text come from it.
    if (image) return;
    const labelText = t.children.find((c) => c.type === "label")?.children.find((c) => c.type === "labelText");
    if (!labelText) return;
    this.inLink++;
    const block = this.block;
    this.block = null; // Nothing inside a link is masked again: scan.ts masks the link as a whole.
    this.phrasing(labelText.children, "labelText");
    this.endText();
    this.block = block;
    this.inLink--;
  }

  private autolink(t: TokenLike): void {
    const value = autolinkValue(t);
    if (this.heading !== null) this.heading += value?.raw ?? "";
    if (!this.dryRun && value)
      this.out.links.push({ url: value.url, kind: "link", line: this.line(t), column: t.startColumn });
  }

  private html(t: TokenLike): void {
    let value = t.text;
    if (t.type === "htmlFlow" && t.startLine !== t.endLine) {
      if (this.containerDepth > 0 && value.includes("="))
        value = htmlFlowValue(t, this.text, this.starts, this.lineDelta, this.containerDepth);
    } else if (t.startLine !== t.endLine) value = serialize(t);
    scanHtml(value, this.line(t), t.startColumn, this.out);
  }
}
