import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tokensOf } from "../../src/core/documentation/lint-and-scan.js";
import { parseMarkdown } from "../../src/core/documentation/parse-markdown.js";
import { scanTree } from "../../src/core/documentation/scan.js";
import { scanTokensDetailed } from "../../src/core/documentation/scan-tokens.js";
import { expectedScan, plain } from "../../scripts/scan-parity-lib.js";

async function tokenScan(text: string) {
  const captured = await tokensOf(text);
  if (!captured) throw new Error("no tokens");
  return scanTokensDetailed(captured.tokens, text, captured.frontMatterLines);
}

/** Equal to remark's scan, in order (Sets compared as arrays), and scanned from the tokens (no remark fallback). */
async function expectParity(text: string): Promise<void> {
  const got = await tokenScan(text);
  expect(plain(got.doc)).toEqual(plain(expectedScan(text)));
  expect(got.fallback).toBeNull();
}

function* markdownFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* markdownFiles(p);
    else if (e.name.endsWith(".md")) yield p;
  }
}

const CASES: Record<string, string> = {
  "heading with code, emphasis, links, images and html": `# A \`code\` *em* **strong** [link](a.md) ![img](i.png) <b>x</b> &amp; end\n\n[to](#a-code-em-strong-link--x--end)\n`,
  "duplicate headings and trailing spaces": "## Usage\n\n## Usage  \n\n## Usage #\n\n#   Spaced   #\n",
  "setext headings": "Title *one*\n===\n\nSub `two`\nover lines\n---\n",
  "empty headings": "#\n\n## \n\ntext\n",
  "autolink literals": "see https://example.com/a_b, www.example.org. and http://x.io/(a)) or mail a.b+c@ex.co.uk.\n",
  "autolink literals that micromark leaves to remark":
    "x*https://a.com* _www.b.org_ (http://c.net) ~~https://d.io~~ foo@bar.baz_ a@b-c.d-e\n",
  "mailto and xmpp after a space": "write to mailto: a@b.co or xmpp: me@host.org\n",
  "times and colons that markdownlint reads as directives": "at 20:39Z, 12:30 and a:b c:d-e [x](x.md)\n",
  "trailing punctuation": "go to https://example.com/path?. or www.a.com). or https://a.b/c?x=1&y;\n",
  "angle-bracket autolinks": "<https://example.com/a b> <mailto:x@y.z> <x@y.z> <irc://h/c>\n",
  "reference definitions with titles": `[a]: https://a.example "Title"\n[B c]: <./b c.md> 'single'\n[d]:\n  ./d.md\n  (paren)\n\n[a] [b C][] [x][d]\n`,
  "case-folding labels": "[ẞ]: /sharp\n[Foo  Bar]: /fb\n\n[ss] [ẞ] [foo bar][] [FOO\nBAR]\n",
  "collapsed, shortcut, full and undefined references":
    "[def]: /d\n\n[a][def] [def][] [def] [text][undef] [undef][] [1][2] [x] [y][z][w]\n\narr[i][j] --flag=[x][y] [owner][if time allows]\n",
  footnotes:
    "Text[^note] and [^Other].\n\n[^note]: The note with [a link](n.md).\n[^Other]:\n    Indented [l](o.md)\n\n[^missing] ref\n",
  "links in tables": "| a | b |\n| - | :-: |\n| [x](x.md) | `[no](no)` |\n| ![i](i.png) \\| [y][] | z |\n\n[y]: y.md\n",
  "links in block quotes and lists":
    "> [q](q.md)\n> > [qq](qq.md) [r][\n> ref]\n\n[ref]: r.md\n\n- [l](l.md)\n  1. [n](n.md)\n     continued [m](m.md)\n- > [lq](lq.md)\n",
  "html blocks and inline html": `<div id="top" name="n">\n<a href="a.md" id="anchor">x</a>\n<img src="i.png">\n</div>\n\nText <a name="inline"></a> and <img\nsrc="multi.png"> and <span id="s">.\n\n<h2>Raw &amp; heading</h2>\n\n<!-- <a href="hidden.md"> -->\n`,
  "html blocks inside containers": `> <div>\n> <a href="q.md" id="Q">\n> </div>\n\n- <p>\n  <a href="l.md">\n  </p>\n- item\n`,
  "code spans containing brackets": "`[a](b)` and ``[c][d]`` and ` `` ` and `a\nb` [e](e.md)\n\n# Head `[x](y)`\n",
  "indented and fenced code":
    '    indented [no](no.md)\n\n```js title="a b"\nconst a = 1;\n```\n\n~~~ Python  Extra META\nprint()\n~~~\n\n```\nno lang\n```\n\n````md\n```\nnested\n```\n````\n',
  "fence info with escapes and entities": "```j\\_s &amp; x\ncode\n```\n",
  "unclosed fence": "text\n\n```sh\necho [a](b)\n\nmore\n",
  "code in a list and a quote": '- item\n\n  ```json\n  {"a": 1}\n  ```\n\n> ```yaml\n> a: 1\n> ```\n',
  "front matter (YAML)": "---\ntitle: The title\nlink: [x](y.md)\n---\n\n# Real heading\n\n[a](a.md)\n",
  "CRLF line endings":
    '# Title\r\n\r\nText [a](a.md)\r\nmore [b][]\r\n\r\n[b]: b.md\r\n\r\n```js\r\ncode\r\n```\r\n\r\n<a href="h.md"\r\nid="x">\r\n',
  tabs: "#\tTab heading\n\n-\t[t](t.md)\n\n\tindented code\n\n> \t[q](q.md)\n",
  "non-ASCII": "# Café crème ☕ 日本語\n\n[c](#café-crème--日本語) [ü](ü.md) www.bücher.de\n",
  "entities in URLs":
    "[a](a&amp;b.md) [c](c%20d.md) [e](&#x2F;e.md) [f](<f g.md>) [h](h\\)i.md)\n\n[r]: r&amp;s.md\n\n[r]\n",
  "escaped characters":
    '\\[not a link](x) \\# not heading \\<a href="no"> [a\\]b](ab.md) \\*x\\*\n\n# Esc\\_aped \\`tick\\`\n',
  "hard breaks": "line one  \nline two\\\nhttps://a.com three\n",
  "emphasis around links": "*[a](a.md)* **[b](b.md)** _x [c](c.md) y_\n",
  "images in links": "[![badge](badge.svg)](https://ci.example) [![alt][img]][dest]\n\n[img]: i.png\n[dest]: d.md\n",
  "link text with a line break": "[one\ntwo](t.md) and [three\n> four](f.md)\n",
  "heading in a list and quote": "- # In list\n> ## In quote\n",
  "strikethrough outside headings": "~~old [x](x.md)~~ ~one~\n",
  "dollar signs that are plain": "costs $5 and $10 for [it](it.md)\n",
  "an HTML block with lines that look like block quotes": '</b>\n| a | b |\n>  <img\nsrc="s.png">\n',
  "an HTML block in a quote in a list": '- > <div\n  >   id="x">\n  > <a href="y.md"></a>\n',
  "task lists": "- [ ] todo [a](a.md)\n- [x] done\n",
};

/**
 * Where markdownlint's micromark reads a construct remark does not know (math, directives: its own extensions) in a
 * way that changes what remark would see, or where the prefixes of an HTML block's lines cannot be told from the
 * tokens, the file is scanned with remark instead: still equal, with the reason stated.
 */
const FALLBACK_CASES: Record<string, [string, string]> = {
  "display math": ["$$\n[a](a.md)\n$$\n", "mathFlow"],
  "inline math holding a link": ["cost $5 [a](a.md) or $10\n", "math"],
  "a directive with a label": ["see :abbr[HTML]{title=x} and [b](b.md)\n", "directive"],
  "a directive in front of an e-mail address": ["mailto:a@b.co xmpp:me@host.org/res\n", "directive"],
  "a leaf directive": ["::video{src=x}\n\n[a](a.md)\n", "directiveLeaf"],
  "a container directive": [":::note\n[a](a.md)\n:::\n", "directiveContainer"],
  "an HTML block that is not first in its list item": [
    '- item\n\n  <div\n    id="deep">\n  <img src="d.png"></div>\n',
    "HTML block in a container",
  ],
  "strikethrough next to a literal link": ["> !www.y.org)12:30~~d~~\n", "strikethrough next to a literal link"],
  "TOML front matter (GitHub renders it as Markdown)": [
    "+++\ntitle = 'x'\n+++\n\n# T\n",
    "front matter other than YAML",
  ],
};

describe("scanTokens (from markdownlint's micromark tokens) equals scanTree(parseMarkdown(text))", () => {
  for (const file of markdownFiles("test/fixtures")) {
    it(`fixture ${file}`, async () => {
      await expectParity(readFileSync(file, "utf8"));
    });
  }
  for (const [name, text] of Object.entries(CASES)) {
    it(name, async () => {
      await expectParity(text);
    });
  }
  for (const [name, [text, reason]] of Object.entries(FALLBACK_CASES)) {
    it(`${name}: scanned with remark (${reason})`, async () => {
      const got = await tokenScan(text);
      expect(got.fallback).toBe(reason);
      expect(plain(got.doc)).toEqual(plain(scanTree(parseMarkdown(text), text)));
    });
  }

  it("YAML front matter is not read as Markdown, as GitHub renders it as a table and markdownlint removes it", async () => {
    const text = "---\ntitle: The title\nlink: [x](y.md)\n---\n\n# Real heading\n\n[a](a.md)\n";
    const got = (await tokenScan(text)).doc;
    expect([...got.anchors]).toEqual(["real-heading"]);
    expect(got.headingTexts).toEqual(["Real heading"]);
    expect(got.links).toEqual([{ url: "a.md", kind: "link", line: 8, column: 1 }]);
    // remark (without a front-matter extension) reads the block as a thematic break and a setext heading.
    const remark = scanTree(parseMarkdown(text), text);
    expect(remark.headingTexts).toEqual(["title: The title\nlink: x", "Real heading"]);
    expect(remark.links.map((l) => l.url)).toEqual(["y.md", "a.md"]);
  });
});
