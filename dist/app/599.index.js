export const id = 599;
export const ids = [599,484];
export const modules = {

/***/ 93036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  processBatch: () => (/* binding */ processBatch),
  processDoc: () => (/* binding */ processDoc)
});

// EXTERNAL MODULE: ./node_modules/markdownlint/lib/exports-promise.mjs
var exports_promise = __webpack_require__(78391);
// EXTERNAL MODULE: ./src/core/documentation/lint.ts
var documentation_lint = __webpack_require__(5285);
// EXTERNAL MODULE: ./node_modules/github-slugger/index.js + 1 modules
var github_slugger = __webpack_require__(42710);
// EXTERNAL MODULE: ./node_modules/mdast-util-to-string/lib/index.js
var lib = __webpack_require__(31869);
// EXTERNAL MODULE: ./src/core/documentation/suggest.ts
var suggest = __webpack_require__(3644);
;// CONCATENATED MODULE: ./src/core/documentation/undefined-references.ts
/**
 * `[text][label]` whose label has no definition: GitHub renders it as plain text, so a link that was meant is lost.
 * Found in a block's raw text, outside code, HTML, links and references, by both scans (scan.ts, scan-tokens.ts).
 */

// Not after a word character, `\`, `]`, `!` or `=` (`a[i][j]`, `--flag=[x][y]` are not references).
const REFERENCE = /(^|[^\w\\\]!=])\[((?:[^[\]\\]|\\.){1,999})\]\[((?:[^[\]\\]|\\.){0,999})\]/g;
/** What a reference label looks like when a link was meant: words, numbers, `-`, `_`, `.`, `/`, `#`, `&`, `'`. */
const LABEL_LIKE = /^[\p{L}\p{N}][\p{L}\p{N} ._/#&'-]*$/u;
/**
 * Whether `[text][label]` without a definition was plausibly meant as a link, rather than bracketed prose
 * (`[owner][if time allows]`), test labels (`[Slow][NodeFeature:Eviction]`) or option syntax (`[cpu=100m][,]`).
 * Meant: the label is close to an existing definition's (a likely typo); or it looks like a label and either the file
 * uses reference definitions, the label is a number (`[text][1]`) or the form is collapsed (`[label][]`).
 */
function plausibleReference(label, collapsed, defined, followedBy) {
    // `[a][b][c]`: a chain of bracketed tags, never one reference.
    if (followedBy === "[")
        return false;
    const id = normalizeLabel(label);
    if (defined.size > 0 && (0,suggest/* closest */.kp)(id, defined) !== undefined)
        return true;
    if (!LABEL_LIKE.test(label.trim()))
        return false;
    return defined.size > 0 || /^\d+$/.test(id) || collapsed;
}
/** mdast's identifier normalisation (micromark folds case via lower then upper case; mdast lower-cases that). */
function normalizeLabel(label) {
    return label
        .replace(/[\t\n\r ]+/g, " ")
        .trim()
        .toLowerCase()
        .toUpperCase()
        .toLowerCase();
}
/**
 * The `[text][label]` with an undefined label in `text[start, end)` (one block), outside `ranges` (absolute offsets
 * of the code, HTML, links, images and references in the block, which never hold such a reference).
 */
function undefinedReferencesIn(text, start, end, ranges, defined, out) {
    const raw = text.slice(start, end);
    if (!raw.includes("]["))
        return;
    ranges.sort((a, b) => a[0] - b[0]);
    let masked = "";
    let at = 0;
    for (const [as, ae] of ranges) {
        const s = as - start;
        const e = ae - start;
        if (s < at)
            continue;
        masked += raw.slice(at, s) + "\u0001".repeat(e - s);
        at = e;
    }
    masked += raw.slice(at);
    for (const m of masked.matchAll(REFERENCE)) {
        const label = m[3] ? m[3] : (m[2] ?? "");
        if (label.startsWith("^") || label.includes("\u0001"))
            continue;
        if (defined.has(normalizeLabel(label)))
            continue;
        const after = masked.charAt((m.index ?? 0) + m[0].length);
        if (!plausibleReference(label, !m[3], defined, after))
            continue;
        const offset = start + (m.index ?? 0) + (m[1] ?? "").length;
        const before = text.slice(0, offset);
        const nl = before.lastIndexOf("\n");
        // Line counting here is rare (only for real findings), so a slice is fine.
        out.push({ label, line: lineOf(before), column: offset - nl });
    }
}
function lineOf(before) {
    let n = 1;
    for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1))
        n++;
    return n;
}

;// CONCATENATED MODULE: ./src/core/documentation/scan.ts
/**
 * One walk over a parsed Markdown tree collects everything the link, anchor and code-block checks need, so each
 * file is parsed and walked once. Code spans and code blocks never yield links: remark does not parse inside them.
 */





const TAG = /<([a-zA-Z][\w-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /(?:^|\s)([a-zA-Z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const HTML_HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;
function decodeEntities(s) {
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
function scanHtml(html, line, column, out) {
    if (!html.includes("="))
        return;
    for (const tag of html.matchAll(TAG)) {
        const name = (tag[1] ?? "").toLowerCase();
        for (const attr of (tag[2] ?? "").matchAll(ATTR)) {
            const key = (attr[1] ?? "").toLowerCase();
            const value = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? "");
            if ((key === "id" || key === "name") && value) {
                if (name === "a")
                    out.anchors.add(value.toLowerCase());
                else
                    out.strippedIds.add(value.toLowerCase());
            }
            else if ((key === "href" && name === "a") || (key === "src" && name === "img")) {
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
        out.anchors.add((0,github_slugger/* slug */.y)(text));
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
function scanUndefinedReferences(block, text, defined, out) {
    const start = block.position?.start.offset;
    const end = block.position?.end.offset;
    if (start === undefined || end === undefined)
        return;
    if (!text.slice(start, end).includes("]["))
        return;
    const ranges = [];
    const stack = [...block.children];
    while (stack.length > 0) {
        const node = stack.pop();
        const s = node.position?.start.offset;
        const e = node.position?.end.offset;
        if (MASKED.has(node.type)) {
            if (s !== undefined && e !== undefined)
                ranges.push([s, e]);
        }
        else if ("children" in node) {
            stack.push(...node.children);
        }
    }
    undefinedReferencesIn(text, start, end, ranges, defined, out.undefinedReferences);
}
function isFenced(node, text) {
    const offset = node.position?.start.offset;
    if (offset === undefined)
        return true;
    const head = text.slice(offset, offset + 3);
    return head === "```" || head === "~~~";
}
function emptyScan() {
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
function scanTree(tree, text) {
    const out = emptyScan();
    const slugger = new github_slugger/* default */.A();
    const blocks = [];
    // Iterative walk in document order: deep trees cannot overflow the stack here.
    const stack = [tree];
    while (stack.length > 0) {
        const node = stack.pop();
        const pos = node.position?.start;
        const line = pos?.line ?? 1;
        const column = pos?.column ?? 1;
        switch (node.type) {
            case "heading": {
                const headingText = (0,lib/* toString */.d)(node, { includeHtml: false, includeImageAlt: false });
                out.anchors.add(slugger.slug(headingText));
                out.headingTexts.push(headingText);
                // GitHub trims the heading text; the untrimmed form is kept too so neither spelling is a false alarm.
                const trimmed = (0,github_slugger/* slug */.y)(headingText.trim());
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
            const children = node.children;
            for (let i = children.length - 1; i >= 0; i--)
                stack.push(children[i]);
        }
    }
    const defined = new Set(out.definitions.map((d) => d.identifier));
    for (const block of blocks)
        scanUndefinedReferences(block, text, defined, out);
    return out;
}

// EXTERNAL MODULE: ./node_modules/micromark-util-decode-string/index.js
var micromark_util_decode_string = __webpack_require__(79886);
// EXTERNAL MODULE: ./node_modules/micromark-util-character/index.js
var micromark_util_character = __webpack_require__(10401);
;// CONCATENATED MODULE: ./src/core/documentation/literal-links.ts
/**
 * The literal links (`https://…`, `www.…`, e-mail addresses) that remark-gfm finds in a text node after micromark
 * has tokenized it: mdast-util-gfm-autolink-literal searches every text node outside links with these expressions,
 * in four passes, each over the text the previous passes left. Mirrored here so that a scan from micromark's tokens
 * finds the same links; the expressions and checks are those of that package.
 */

const PASSES = [
    [/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, findUrl],
    [/(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g, findXmpp],
    [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
    [/(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findEmail],
];
/** Cheap test: none of the passes can match without one of these. */
const MAYBE = /[@.]/;
/** The URLs of the literal links in one text node's value, in order. */
function findLiteralLinks(value) {
    if (!MAYBE.test(value))
        return [];
    let segments = [value];
    for (const [re, find] of PASSES) {
        const next = [];
        const add = (s) => {
            const last = next[next.length - 1];
            if (typeof s === "string" && typeof last === "string")
                next[next.length - 1] = last + s;
            else
                next.push(s);
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
                if (start !== m.index)
                    add(seg.slice(start, m.index));
                for (const s of found)
                    add(s);
                start = m.index + m[0].length;
            }
            if (start < seg.length)
                add(seg.slice(start));
        }
        segments = next;
    }
    const urls = [];
    for (const s of segments)
        if (typeof s !== "string")
            urls.push(s.url);
    return urls;
}
function previous(m) {
    const code = m.input.charCodeAt(m.index - 1);
    return m.index === 0 || (0,micromark_util_character/* unicodeWhitespace */.Ny)(code) || (0,micromark_util_character/* unicodePunctuation */.es)(code);
}
function findUrl(m) {
    let protocol = m[1] ?? "";
    let domain = m[2] ?? "";
    const path = m[3] ?? "";
    if (!previous(m))
        return false;
    let prefix = "";
    if (/^w/i.test(protocol)) {
        domain = protocol + domain;
        protocol = "";
        prefix = "http://";
    }
    if ((0,micromark_util_character/* unicodePunctuation */.es)(domain.charCodeAt(0)) || !isCorrectDomain(domain))
        return false;
    const [url, trail] = splitUrl(domain + path);
    const link = { url: prefix + protocol + url };
    return trail ? [link, trail] : [link];
}
function findEmail(m) {
    const label = m[2] ?? "";
    if (/[\d\-_]$/.test(label))
        return false;
    return [{ url: `mailto:${m[1]}@${label}` }];
}
function findMailto(m) {
    const label = m[2] ?? "";
    if (/[\d\-_]$/.test(label))
        return false;
    return [{ url: `mailto:${m[1]}@${label}` }];
}
function findXmpp(m) {
    const label = m[2] ?? "";
    const resource = m[3];
    if (/[\d\-_]$/.test(label) ||
        (resource && (!/[A-Za-z]$/.test(resource) || m.input.charAt(m.index + m[0].length) === "@")))
        return false;
    return [{ url: `xmpp:${m[1]}@${label}${resource ?? ""}` }];
}
function isCorrectDomain(domain) {
    const parts = domain.split(".");
    const last = parts[parts.length - 1];
    const second = parts[parts.length - 2];
    return !(parts.length < 2 ||
        (last && (/_/.test(last) || !/[\dA-Za-z]/.test(last))) ||
        (second && (/_/.test(second) || !/[\dA-Za-z]/.test(second))));
}
/** Trailing punctuation is not part of a literal link, except closing parentheses that balance opening ones. */
const TRAILING = new Set([33, 34, 38, 39, 41, 44, 46, 58, 59, 60, 62, 63, 93, 125]);
function splitUrl(whole) {
    let index = whole.length;
    while (index > 0 && TRAILING.has(whole.charCodeAt(index - 1)))
        index--;
    if (index === whole.length)
        return [whole, undefined];
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
function count(s, ch) {
    let n = 0;
    for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1))
        n++;
    return n;
}

;// CONCATENATED MODULE: ./src/core/documentation/token-fallbacks.ts
/**
 * Where markdownlint's micromark and remark read the same characters differently, and whether that matters to the
 * scan. markdownlint enables math and directives, remark-gfm enables strikethrough; when the difference could change
 * a link, an anchor or a text node, the scan from tokens gives up and remark scans the file (scan-tokens.ts).
 */

/** `$…$` holding only characters that remark reads as plain text (`costs $5 and $10`). */
function plainMath(t) {
    return /^[^[\]<>*_`&\\!~:@\r\n]*$/.test(t.text) && !/www/i.test(t.text);
}
/**
 * `a:b` and the `:39Z` of a time are directives to markdownlint and text to remark: plain when it is only a name
 * that starts nothing else in remark (an e-mail address in `mailto:a@b.co`, a `www.` link, emphasis). `next` is
 * the character after it.
 */
function plainDirective(t, next) {
    return /^:[A-Za-z0-9][A-Za-z0-9-]*$/.test(t.text) && !/^:www/i.test(t.text) && !/^[@.+\-_]/.test(next);
}
/**
 * remark-gfm's strikethrough (which markdownlint does not parse) ends text nodes at `~`, and so where a literal
 * link that remark-gfm finds in text ends, or whether there is one.
 */
function strikethroughMayMatter(value, urls) {
    if (!value.includes("~"))
        return false;
    return urls.length > 0 || value.split(/~+/).some((p) => findLiteralLinks(p).length > 0);
}

// EXTERNAL MODULE: ./node_modules/micromark-util-normalize-identifier/index.js
var micromark_util_normalize_identifier = __webpack_require__(20031);
;// CONCATENATED MODULE: ./src/core/documentation/token-values.ts
/**
 * Reading values out of markdownlint's micromark tokens as mdast-util-from-markdown reads them out of micromark's
 * events: line endings, container prefixes, code blocks.
 */


/** Tokens of the document tokenizer between a container's lines: not part of any value (micromark skips them). */
const CONTAINER_PREFIX = new Set(["blockQuotePrefix", "listItemIndent"]);
const AUTOLINK_VALUE = new Set([
    "autolinkProtocol",
    "autolinkEmail",
    "literalAutolinkHttp",
    "literalAutolinkWww",
    "literalAutolinkEmail",
]);
/** What the scan from tokens leaves to remark, and why. */
class Unsupported extends Error {
}
/** Offsets of line starts, with micromark's line endings (CR LF, CR, LF). */
function lineStartsOf(text) {
    const starts = [0];
    const re = /\r\n?|\n/g;
    for (let m = re.exec(text); m; m = re.exec(text))
        starts.push(m.index + m[0].length);
    return starts;
}
/**
 * A line ending's own characters: markdownlint's `lineEnding` tokens end where the next line's content starts, so
 * their text also holds the container prefix skipped there.
 */
function eol(t) {
    return t.text.startsWith("\r\n") ? "\r\n" : t.text.charAt(0);
}
/** The text of a token without the container prefixes inside it: what micromark's `sliceSerialize` gives. */
function serialize(token) {
    if (token.children.length === 0 || (!token.text.includes("\n") && !token.text.includes("\r")))
        return token.text;
    let out = "";
    const visit = (t) => {
        if (CONTAINER_PREFIX.has(t.type))
            return;
        if (t.type === "lineEnding")
            out += eol(t);
        else if (t.children.length === 0)
            out += t.text;
        else
            for (const c of t.children)
                visit(c);
    };
    visit(token);
    return out;
}
function findDeep(t, type) {
    for (const c of t.children) {
        if (c.type === type)
            return c;
        const d = findDeep(c, type);
        if (d)
            return d;
    }
    return undefined;
}
/** An inline code's value: its data, line endings as they are, one padding space removed at each end. */
function codeTextValue(t) {
    let value = "";
    for (const c of t.children) {
        if (c.type === "codeTextData")
            value += c.text;
        else if (c.type === "lineEnding")
            value += eol(c);
    }
    return value;
}
function fencedCode(t, line) {
    const fence = t.children.find((c) => c.type === "codeFencedFence");
    const info = fence?.children.find((c) => c.type === "codeFencedFenceInfo");
    const meta = fence?.children.find((c) => c.type === "codeFencedFenceMeta");
    const lang = info ? (0,micromark_util_decode_string/* decodeString */.s)(serialize(info)) : "";
    const metaValue = meta ? (0,micromark_util_decode_string/* decodeString */.s)(serialize(meta)) : "";
    let value = "";
    let opened = false;
    for (const c of t.children) {
        if (c.type === "codeFencedFence") {
            if (opened)
                break;
            opened = true;
        }
        else if (c.type === "codeFlowValue")
            value += c.text;
        else if (c.type === "lineEnding")
            value += eol(c);
    }
    return {
        lang: lang ? lang.toLowerCase() : null,
        meta: metaValue ? metaValue.trim().toLowerCase() : null,
        value: value.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, ""),
        fenced: true,
        line,
        column: t.startColumn,
    };
}
function indentedCode(t, line) {
    let value = "";
    for (const c of t.children) {
        if (c.type === "codeFlowValue")
            value += c.text;
        else if (c.type === "lineEnding")
            value += eol(c);
    }
    return {
        lang: null,
        meta: null,
        value: value.replace(/(\r?\n|\r)$/g, ""),
        fenced: false,
        line,
        column: t.startColumn,
    };
}
/** An identifier as mdast gives it: normalized (case folded, whitespace collapsed), lower-cased. */
function identifierOf(t) {
    return (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(t ? serialize(t) : "").toLowerCase();
}
/** The URL of an inline link or image: its destination, escapes and character references decoded. */
function resourceUrl(resource) {
    const dest = findDeep(resource, "resourceDestinationString");
    return dest ? (0,micromark_util_decode_string/* decodeString */.s)(serialize(dest)) : "";
}
/** The identifier of a reference: the full reference's label, or else the link text's (collapsed, shortcut). */
function referenceIdentifier(t) {
    const reference = t.children.find((c) => c.type === "reference");
    const string = reference?.children.find((c) => c.type === "referenceString");
    const label = t.children.find((c) => c.type === "label");
    return identifierOf(string ?? label?.children.find((c) => c.type === "labelText"));
}
/** An autolink's (`<…>`) or literal link's raw text and URL, as mdast gives them. */
function autolinkValue(t) {
    const value = t.children.find((c) => AUTOLINK_VALUE.has(c.type));
    if (!value)
        return undefined;
    const raw = value.text;
    if (value.type === "autolinkEmail" || value.type === "literalAutolinkEmail")
        return { raw, url: `mailto:${raw}` };
    return { raw, url: value.type === "literalAutolinkWww" ? `http://${raw}` : raw };
}
function definitionOf(t, line) {
    const label = findDeep(t, "definitionLabelString");
    const dest = findDeep(t, "definitionDestinationString");
    const labelSource = label ? serialize(label) : "";
    return {
        identifier: (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(labelSource).toLowerCase(),
        label: (0,micromark_util_decode_string/* decodeString */.s)(labelSource),
        url: dest ? (0,micromark_util_decode_string/* decodeString */.s)(serialize(dest)) : "",
        line,
        column: t.startColumn,
    };
}

;// CONCATENATED MODULE: ./src/core/documentation/token-html.ts
/** The text of an HTML block inside block quotes or lists, as mdast gives it, from markdownlint's tokens. */

/**
 * An HTML block's text without the prefixes of the `depth` containers it is in, on its lines after the first.
 * markdownlint re-parses HTML blocks (not comments) as Markdown, so those prefixes are found among the re-parsed
 * tokens: the first `depth` prefixes from the start of each line. A line where they are not all found is left to
 * remark. `starts` are the text's line starts; token lines are `lineDelta` lines after the text's.
 */
function htmlFlowValue(t, text, starts, lineDelta, depth) {
    const at = (line, column) => (starts[line + lineDelta - 1] ?? 0) + column - 1;
    const lineEnd = (line) => starts[line + lineDelta] ?? text.length;
    const start = at(t.startLine, t.startColumn);
    const end = at(t.endLine, t.endColumn);
    const byLine = new Map();
    const visit = (c) => {
        if (CONTAINER_PREFIX.has(c.type)) {
            const s = at(c.startLine, c.startColumn);
            if (s < start || s >= end)
                return;
            const list = byLine.get(c.startLine) ?? [];
            list.push([s, at(c.endLine, c.endColumn)]);
            byLine.set(c.startLine, list);
        }
        else
            for (const d of c.children)
                visit(d);
    };
    for (const c of t.children)
        visit(c);
    let value = text.slice(start, lineEnd(t.startLine));
    for (let line = t.startLine + 1; line <= t.endLine; line++) {
        let from = at(line, 1);
        let found = 0;
        for (const [s, e] of (byLine.get(line) ?? []).sort((a, b) => a[0] - b[0])) {
            if (s !== from || found === depth)
                break;
            from = e;
            found++;
        }
        const rest = text.slice(from, line === t.endLine ? end : lineEnd(line));
        if (found < depth && /\S/.test(rest.replace(/[\r\n]+$/, "")))
            throw new Unsupported("HTML block in a container");
        value += rest;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/core/documentation/token-scan.ts
/**
 * One walk over markdownlint's micromark tokens collecting what scanTree collects from remark's tree: text nodes are
 * rebuilt as mdast-util-from-markdown builds them, so heading texts, anchors and literal links come out the same.
 */








/** mdast nodes whose text keeps its line endings (mdast-util-from-markdown's `canContainEols`). */
const KEEPS_EOLS = new Set(["paragraph", "atxHeadingText", "setextHeadingText", "emphasisText", "strongText"]);
class TokenScan {
    text;
    lineDelta;
    dryRun;
    out = emptyScan();
    slugger = new github_slugger/* default */.A();
    blocks = [];
    starts;
    /** Text of the mdast text node being built, or null between text nodes. */
    textNode = null;
    /** Inside a link or link reference: its text is not searched for literal links (mdast-util-gfm-autolink-literal). */
    inLink = 0;
    /** Heading text being collected (mdast-util-to-string without HTML and image alt), or null outside headings. */
    heading = null;
    block = null;
    atHardBreak = false;
    /** Block quotes and lists around the current token. */
    containerDepth = 0;
    constructor(text, lineDelta, dryRun = false, starts) {
        this.text = text;
        this.lineDelta = lineDelta;
        this.dryRun = dryRun;
        this.starts = starts ?? lineStartsOf(text);
    }
    line = (t) => t.startLine + this.lineDelta;
    offset = (line, column) => (this.starts[line + this.lineDelta - 1] ?? 0) + column - 1;
    startOf = (t) => this.offset(t.startLine, t.startColumn);
    endOf = (t) => this.offset(t.endLine, t.endColumn);
    run(tokens) {
        this.flow(tokens);
        const defined = new Set(this.out.definitions.map((d) => d.identifier));
        for (const b of this.blocks)
            undefinedReferencesIn(this.text, b.start, b.end, b.ranges, defined, this.out.undefinedReferences);
        return this.out;
    }
    flow(tokens) {
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
                    if (t.children.length > 0)
                        this.flow(t.children);
            }
        }
    }
    headingBlock(t) {
        const content = t.children.find((c) => c.type === "atxHeadingText" || c.type === "setextHeadingText");
        // The heading's anchor comes before anything inside it, as in a walk of the tree.
        const headingText = content ? this.headingText(content) : "";
        if (headingText.includes("~"))
            throw new Unsupported("strikethrough in a heading");
        this.out.anchors.add(this.slugger.slug(headingText));
        this.out.headingTexts.push(headingText);
        this.out.anchors.add((0,github_slugger/* slug */.y)(headingText.trim()));
        this.phrasingBlock(t, content?.children ?? [], content?.type ?? "atxHeadingText");
    }
    /** mdast-util-to-string of the heading, without HTML and image alt: a dry run that only collects text. */
    headingText(t) {
        const dry = new TokenScan(this.text, this.lineDelta, true, this.starts);
        dry.heading = "";
        dry.phrasing(t.children, t.type);
        dry.endText();
        return dry.heading ?? "";
    }
    phrasingBlock(t, children, parent) {
        const block = { start: this.startOf(t), end: this.endOf(t), ranges: [] };
        this.blocks.push(block);
        this.block = block;
        this.phrasing(children, parent);
        this.endText();
        this.block = null;
    }
    addText = (value) => {
        this.textNode = (this.textNode ?? "") + value;
    };
    /** Ends the current text node: literal links that micromark did not see are found in it, as remark-gfm does. */
    endText() {
        const value = this.textNode;
        this.textNode = null;
        if (value === null)
            return;
        if (this.heading !== null)
            this.heading += value;
        if (this.inLink > 0 || this.dryRun)
            return;
        const urls = findLiteralLinks(value);
        if (strikethroughMayMatter(value, urls))
            throw new Unsupported("strikethrough next to a literal link");
        // mdast-util-gfm-autolink-literal's links have no position: scan.ts reports them at 1:1.
        for (const url of urls)
            this.out.links.push({ url, kind: "link", line: 1, column: 1 });
    }
    mask(t) {
        if (this.block && !this.dryRun)
            this.block.ranges.push([this.startOf(t), this.endOf(t)]);
    }
    phrasing(tokens, parent) {
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
                    this.addText((0,micromark_util_decode_string/* decodeString */.s)(t.text));
                    break;
                case "lineEnding":
                    if (this.atHardBreak) {
                        this.atHardBreak = false;
                        break;
                    }
                    if (KEEPS_EOLS.has(parent))
                        this.addText(eol(t));
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
                        if (c.type === "emphasisText" || c.type === "strongText")
                            this.phrasing(c.children, c.type);
                    this.endText();
                    break;
                case "codeText":
                    this.endText();
                    this.mask(t);
                    if (this.heading !== null)
                        this.heading += codeTextValue(t);
                    break;
                case "htmlText":
                    this.endText();
                    this.mask(t);
                    if (!this.dryRun)
                        this.html(t);
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
                    if (!this.dryRun)
                        this.out.anchors.add(`fnref-${identifierOf(string)}`);
                    break;
                }
                case "mathText":
                    if (!plainMath(t))
                        throw new Unsupported("math");
                    this.addText(t.text);
                    break;
                case "directiveText":
                    if (!plainDirective(t, this.text.charAt(this.endOf(t))))
                        throw new Unsupported("directive");
                    this.addText(t.text);
                    break;
                default:
                    // Whitespace, line prefixes and suffixes, container prefixes: not text.
                    break;
            }
        }
    }
    link(t) {
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
            else
                this.out.usedIdentifiers.add(referenceIdentifier(t));
        }
        // An image's alt is no text of its own in the tree: neither links nor heading text come from it.
        if (image)
            return;
        const labelText = t.children.find((c) => c.type === "label")?.children.find((c) => c.type === "labelText");
        if (!labelText)
            return;
        this.inLink++;
        const block = this.block;
        this.block = null; // Nothing inside a link is masked again: scan.ts masks the link as a whole.
        this.phrasing(labelText.children, "labelText");
        this.endText();
        this.block = block;
        this.inLink--;
    }
    autolink(t) {
        const value = autolinkValue(t);
        if (this.heading !== null)
            this.heading += value?.raw ?? "";
        if (!this.dryRun && value)
            this.out.links.push({ url: value.url, kind: "link", line: this.line(t), column: t.startColumn });
    }
    html(t) {
        let value = t.text;
        if (t.type === "htmlFlow" && t.startLine !== t.endLine) {
            if (this.containerDepth > 0 && value.includes("="))
                value = htmlFlowValue(t, this.text, this.starts, this.lineDelta, this.containerDepth);
        }
        else if (t.startLine !== t.endLine)
            value = serialize(t);
        scanHtml(value, this.line(t), t.startColumn, this.out);
    }
}

;// CONCATENATED MODULE: ./src/core/documentation/scan-from-tokens.ts


/** YAML front matter, which GitHub renders as a table (remark, without a front-matter extension, reads it as Markdown). */
const YAML_FRONT_MATTER = /^---[^\S\r\n\u2028\u2029]*$/m;
/** `frontMatterLines`: the number of lines markdownlint removed from the top before tokenizing. */
function scanFromTokens(tokens, text, frontMatterLines = 0) {
    try {
        if (frontMatterLines > 0 && !YAML_FRONT_MATTER.test(text.slice(0, text.search(/\r?\n|\r|$/) + 1)))
            throw new Unsupported("front matter other than YAML");
        return { doc: new TokenScan(text, frontMatterLines).run(tokens), fallback: null };
    }
    catch (e) {
        if (!(e instanceof Unsupported))
            throw e;
        return { fallback: e.message };
    }
}

;// CONCATENATED MODULE: ./src/core/documentation/lint-and-scan.ts




const CAPTURE = "readiness-gate-capture-tokens";
/** The markdownlint configuration with the capturing rule on; every other rule off when markdownlint is off. */
function captureConfig(repoConfig, lintOn) {
    return withCapture(lintOn ? lintConfiguration(repoConfig) : undefined);
}
/** markdownlint's effective configuration (from `lintConfiguration`) with the capturing rule on; none: only it on. */
function withCapture(lintConfig) {
    return lintConfig ? { ...lintConfig, [CAPTURE]: true } : { default: false, [CAPTURE]: true };
}
/**
 * remark's scan, for the files the tokens cannot scan exactly. Loaded on first use; "eager" keeps it in the same
 * bundle file (the worker bundle is a single file) while still evaluating remark only when called.
 */
async function remarkScan(text) {
    const { parseMarkdown } = await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 32055));
    return scanTree(parseMarkdown(text), text);
}
/** The scan from the tokens, or remark's where the tokens cannot give it exactly (or the walk itself failed). */
async function scanOf(captured, text) {
    if (captured) {
        try {
            const r = scanFromTokens(captured.tokens, text, captured.frontMatterLines);
            if (r.doc)
                return r.doc;
        }
        catch {
            // Whatever remark makes of the file, as if it had scanned it from the start.
        }
    }
    return remarkScan(text);
}
/**
 * Lints `text` once and scans it from the same tokens. `config` comes from `captureConfig`. A parser failure of
 * remark (the fallback when no tokens were made) is thrown, as `scanTree(parseMarkdown(text), text)` throws it.
 */
async function lintAndScan(path, text, config, lintOn) {
    let captured;
    const rule = {
        names: [CAPTURE],
        description: "keeps the micromark tokens for the documentation scan",
        tags: ["readiness-gate"],
        parser: "micromark",
        function: (params) => {
            captured = {
                tokens: params.parsers.micromark.tokens,
                frontMatterLines: params.frontMatterLines.length,
            };
        },
    };
    let errors;
    let failed;
    let suppressed = [];
    try {
        const results = await (0,exports_promise/* lint */.u8)({ strings: { [path]: text }, config, customRules: [rule], handleRuleFailures: true });
        if (lintOn)
            errors = (results[path] ?? []).filter((e) => e.ruleNames[0] !== CAPTURE);
    }
    catch (e) {
        failed = `markdownlint could not process it (${e instanceof RangeError ? "nesting too deep" : e.message})`;
    }
    if (errors && (0,documentation_lint.hasInlineConfig)(text)) {
        // As lint-run.ts counts them: a second run that ignores the comments; if that one fails, nothing is counted.
        try {
            const plain = await (0,exports_promise/* lint */.u8)({ strings: { [path]: text }, config, handleRuleFailures: true, noInlineConfig: true });
            suppressed = (0,documentation_lint.inlineSuppressed)(path, errors, plain[path] ?? []);
        }
        catch {
            suppressed = [];
        }
    }
    // No tokens (markdownlint failed, or an inline comment switched the capturing rule off): remark scans the file.
    const scan = await scanOf(captured, text);
    return { scan, errors: failed || !lintOn ? undefined : errors, suppressed, ...(failed ? { failed } : {}) };
}
/** markdownlint's tokens for `text` and the number of front-matter lines it removed first (for tests and tools). */
async function tokensOf(text) {
    let captured;
    const rule = {
        names: [CAPTURE],
        description: "keeps the micromark tokens",
        tags: ["readiness-gate"],
        parser: "micromark",
        function: (params) => {
            captured = {
                tokens: params.parsers.micromark.tokens,
                frontMatterLines: params.frontMatterLines.length,
            };
        },
    };
    await lint({ strings: { doc: text }, config: { default: false, [CAPTURE]: true }, customRules: [rule] });
    return captured;
}

;// CONCATENATED MODULE: ./src/core/documentation/doc-work.ts

function parseError(e) {
    return e instanceof RangeError
        ? "the Markdown parser ran out of stack (nesting too deep)"
        : `the Markdown parser rejected it (${e.message})`;
}
/**
 * The per-file work: scan `text` and lint it with `lintConfig` (markdownlint's effective configuration for this
 * file; none when linting is off or done elsewhere, and then markdownlint runs with every rule off, for its tokens:
 * one micromark parse costs less than remark's parse and compile). A file that did not parse is not linted.
 */
async function processDoc(path, text, lintConfig) {
    const lintOn = lintConfig !== undefined;
    let r;
    try {
        r = await lintAndScan(path, text, withCapture(lintConfig), lintOn);
    }
    catch (e) {
        // Only remark's fallback throws: the file did not parse.
        return { error: parseError(e) };
    }
    if (!lintOn)
        return { scan: r.scan };
    const lint = r.failed ? { failed: r.failed } : { errors: r.errors ?? [], suppressed: r.suppressed };
    return { scan: r.scan, lint };
}
/** The jobs one after the other; one per job, in job order. */
async function processBatch(jobs, lintConfig) {
    const out = [];
    for (const j of jobs)
        out.push(await processDoc(j.path, j.text, lintConfig));
    return out;
}


/***/ }),

/***/ 32055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMarkdown: () => (/* binding */ parseMarkdown)
/* harmony export */ });
/* harmony import */ var remark_gfm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55211);
/* harmony import */ var remark_parse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76566);
/* harmony import */ var unified__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23900);



const processor = (0,unified__WEBPACK_IMPORTED_MODULE_0__/* .unified */ .l)().use(remark_parse__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A).use(remark_gfm__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A).freeze();
function parseMarkdown(text) {
    return processor.parse(text);
}


/***/ }),

/***/ 1484:
/***/ ((module) => {

function webpackEmptyContext(req) {
	var e = new Error("Cannot find module '" + req + "'");
	e.code = 'MODULE_NOT_FOUND';
	throw e;
}
webpackEmptyContext.keys = () => ([]);
webpackEmptyContext.resolve = webpackEmptyContext;
webpackEmptyContext.id = 1484;
module.exports = webpackEmptyContext;

/***/ })

};
