export const id = 431;
export const ids = [431];
export const modules = {

/***/ 85859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: githubUrls

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(62203);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/ioredis/built/index.js
var built = __webpack_require__(67796);
// EXTERNAL MODULE: ./node_modules/probot/lib/index.js + 102 modules
var probot_lib = __webpack_require__(28307);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/validate-config.ts + 7 modules
var validate_config = __webpack_require__(88525);
;// CONCATENATED MODULE: ./src/engine/sources/github/archive-limits.ts
/** Limits on what an archive may unpack to, and the error that names the one that was passed. */
class ArchiveLimitError extends Error {
    archive;
    limit;
    value;
    name = "ArchiveLimitError";
    constructor(archive, limit, value) {
        super(limit === "bytes"
            ? `${archive} unpacks to more than ${value} bytes (the limit READINESS_MAX_${archive.startsWith("the artifact") ? "ARTIFACT" : "ARCHIVE"}_MB); it was not read`
            : `${archive} has more than ${value} entries (the limit READINESS_MAX_${archive.startsWith("the artifact") ? "ARTIFACT" : "ARCHIVE"}_ENTRIES); it was not read`);
        this.archive = archive;
        this.limit = limit;
        this.value = value;
    }
}
/** An archive that cannot be read safely at all (not a limit): a zip slip name, a lying size header, … */
class ArchiveRefused extends Error {
    name = "ArchiveRefused";
}
/**
 * A relative POSIX path that stays inside the target directory, or the reason it does not. Archives from a
 * pull request or a workflow run are untrusted: no absolute path, no `..`, no backslash (a Windows separator
 * that another tool may honour), no NUL, nothing empty.
 */
function unsafePathReason(p) {
    if (p.includes("\0"))
        return "contains a NUL byte";
    if (p.includes("\\"))
        return "contains a backslash";
    if (p.startsWith("/") || /^[A-Za-z]:/.test(p))
        return "is an absolute path";
    const parts = p.split("/").filter((s) => s !== "" && s !== ".");
    if (parts.length === 0)
        return "is empty";
    if (parts.includes(".."))
        return "climbs out of the archive with ..";
    return null;
}

// EXTERNAL MODULE: ./src/core/util/format-number.ts
var format_number = __webpack_require__(7447);
// EXTERNAL MODULE: ./src/core/util/redact.ts
var redact = __webpack_require__(42619);
;// CONCATENATED MODULE: ./src/core/render/markdown-utils.ts
/**
 * The small Markdown helpers every renderer uses. Text from files and artifacts goes through `escapeText` or
 * `code` before it lands in Markdown: no raw HTML, no @mention pings, no way to close a <details> early.
 */


const MENTION = /@(?=[A-Za-z0-9])/g;
/** What GitHub turns into links or cross-references in prose: bare URLs, `www.` names, `#123`, `GH-123`. */
const AUTOLINK_SCHEME = /\b(https?|ftp)(?=:\/\/)/gi;
const AUTOLINK_WWW = /\b(www)(?=\.)/gi;
const ISSUE_REF = /(#|\bGH-)(?=\d)/gi;
/**
 * Escapes text for Markdown prose and table cells. Control and bidi characters are removed (a path must not
 * display reversed), and a zero-width joiner breaks what GitHub would otherwise link or ping: `@name`, a bare URL
 * or `www.` name from a report, and `#4242` (backslash escapes do not stop those, GitHub links the rendered text).
 */
function escapeText(text, maxLength = 500) {
    let t = (0,redact/* stripControls */.$Y)(text);
    if (t.length > maxLength)
        t = `${t.slice(0, maxLength - 1)}…`;
    return t
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/([\\`*_[\]|~])/g, "\\$1")
        .replace(MENTION, "@\u200d")
        .replace(AUTOLINK_SCHEME, "$1\u200d")
        .replace(AUTOLINK_WWW, "$1\u200d")
        .replace(ISSUE_REF, "$1\u200d")
        .replace(/#(?!\u200d)/g, "\\#");
}
/** Inline code that survives any content (backticks, pipes, HTML), for paths, URLs and identifiers. */
function code(text, maxLength = 200) {
    let t = (0,redact/* stripControls */.$Y)(text);
    if (t.length > maxLength)
        t = `${t.slice(0, maxLength - 1)}…`;
    // Pipes would split a table cell even inside a code span. `<!--` is shown as typed but defused with a zero-width
    // joiner, so a file named like a hidden marker can never put that marker into a comment's text.
    t = t.replace(/\|/g, "\\|").replace(/<!/g, "<\u200d!");
    let longest = 0;
    for (const m of t.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = "`".repeat(longest + 1);
    const pad = t.startsWith("`") || t.endsWith("`") || t === "" ? " " : "";
    return `${fence}${pad}${t}${pad}${fence}`;
}
/**
 * A message the tool wrote: its code spans (a run of backticks up to the next run of the same length, as in
 * CommonMark; values go in with `span()` from core/util/code-span.ts) are shown literally through `code`, and
 * everything else is escaped prose, so a value from a file never becomes Markdown. A backtick run with no closing
 * run of its length is escaped like any other text.
 */
function ownMessage(text, maxLength = 500) {
    const t = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
    let out = "";
    let prose = "";
    let i = 0;
    while (i < t.length) {
        if (t[i] !== "`") {
            prose += t[i];
            i++;
            continue;
        }
        let n = 0;
        while (t[i + n] === "`")
            n++;
        const close = findRun(t, i + n, n);
        if (close < 0) {
            prose += t.slice(i, i + n);
            i += n;
            continue;
        }
        let inner = t.slice(i + n, close);
        if (inner.length > 2 && inner.startsWith(" ") && inner.endsWith(" "))
            inner = inner.slice(1, -1);
        out += escapeText(prose, maxLength) + code(inner, maxLength);
        prose = "";
        i = close + n;
    }
    return out + escapeText(prose, maxLength);
}
/** Index of the next run of exactly `n` backticks at or after `from`, or -1. */
function findRun(t, from, n) {
    for (let i = from; i < t.length;) {
        if (t[i] !== "`") {
            i++;
            continue;
        }
        let m = 0;
        while (t[i + m] === "`")
            m++;
        if (m === n)
            return i;
        i += m;
    }
    return -1;
}
function table(header, rows, align) {
    const sep = header.map((_, i) => {
        const a = align?.[i] ?? "l";
        return a === "r" ? "---:" : a === "c" ? ":---:" : "---";
    });
    const line = (cells) => `| ${cells.join(" | ")} |`;
    return [line(header), line(sep), ...rows.map(line)].join("\n");
}
/** A folded section. The summary is escaped by the caller; the body must not contain raw `</details>`. */
function details(summary, body, open = false) {
    return `<details${open ? " open" : ""}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function markdown_utils_plural(n, one, many = `${one}s`) {
    return `${(0,format_number/* formatNumber */.Z)(n)} ${n === 1 ? one : many}`;
}
const MAX_LINKED_PATH = 400;
/** A link to a file in the repository at a commit, when the context is known; otherwise just the path. */
function fileLink(path, line, base) {
    const label = code(line ? `${path}:${line}` : path);
    // A path longer than any real one (a hostile report's) is shown cut, never copied whole into a link target.
    if (!base || path.length > MAX_LINKED_PATH)
        return label;
    const href = `${base}/${path.split("/").map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`;
    return `[${label}](${href})`;
}

// EXTERNAL MODULE: ./src/core/model/report.ts + 1 modules
var model_report = __webpack_require__(27937);
;// CONCATENATED MODULE: ./src/core/render/sections/types.ts
/** Where a reader finds what a section left out: the check run when there is one, else the JSON report. */
function elsewhere(ctx, annotations = false) {
    if (ctx.checkRun === false)
        return "the JSON report";
    return annotations ? "the check run annotations" : "the check run";
}

;// CONCATENATED MODULE: ./src/core/render/sections/findings-list.ts



/**
 * A finding's message as Markdown. The tool's own messages (documentation, performance, compliance) mark code
 * spans with backticks, which render; a security finding's message is the scanner's text and is shown as written.
 */
function findingMessage(f, maxLength = 500) {
    return f.dimension === "security" ? escapeText(f.message, maxLength) : ownMessage(f.message, maxLength);
}
function findings_list_sortFindings(findings) {
    return [...findings].sort((a, b) => model_report/* SEVERITY_RANK */.f3[a.severity] - model_report/* SEVERITY_RANK */.f3[b.severity] ||
        (a.path ?? "").localeCompare(b.path ?? "") ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0));
}
/** `path:line:col` as findings are compared in tests and shown in the terminal. */
function findings_list_location(f) {
    if (!f.path)
        return "";
    return `${f.path}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}`;
}
/**
 * Findings grouped by file, at most `max` lines, the rest counted. Every piece of text from the input is escaped.
 */
function findingsByFile(findings, ctx, max = ctx.maxFindings) {
    if (findings.length === 0)
        return "";
    const sorted = findings_list_sortFindings(findings);
    const shown = sorted.slice(0, max);
    const byFile = new Map();
    for (const f of shown) {
        const key = f.path ?? "";
        const list = byFile.get(key);
        if (list)
            list.push(f);
        else
            byFile.set(key, [f]);
    }
    const lines = [];
    for (const [path, list] of byFile) {
        // A blank line before each file keeps its bold header from joining the previous file's list.
        if (path)
            lines.push(...(lines.length > 0 ? [""] : []), `**${fileLink(path, undefined, ctx.fileBase)}**`);
        for (const f of list) {
            const where = f.line ? `${fileLink(path, f.line, ctx.fileBase)} ` : "";
            lines.push(`- ${where}${findingMessage(f)} ${code(f.ruleId)}`);
        }
    }
    if (sorted.length > shown.length)
        lines.push(`- … and ${sorted.length - shown.length} more (see ${elsewhere(ctx)})`);
    return lines.join("\n");
}

// EXTERNAL MODULE: ./src/core/security/build.ts
var build = __webpack_require__(20994);
;// CONCATENATED MODULE: ./src/publish/annotations.ts


/** GitHub's limit per update request. */
const ANNOTATION_BATCH = 50;
const MESSAGE_MAX = 4000;
const TITLE_MAX = 255;
const LEVEL_BY_SEVERITY = {
    critical: "failure",
    high: "failure",
    medium: "warning",
    low: "notice",
    info: "notice",
};
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/**
 * `pathPrefix` is the assessed root relative to the repository (e.g. `docs-site/` for
 * `working-directory: docs-site`), since annotations are placed by repository path.
 */
function planAnnotations(findings, max, pathPrefix = "") {
    const eligible = findings_list_sortFindings(findings.filter((f) => (f.dimension === "documentation" || f.dimension === "security") &&
        f.path &&
        // An absolute path is outside the repository: shown in the report, never annotated.
        !/^(\/|[A-Za-z]:\/)/.test(f.path) &&
        (0,build/* position */.G1)(f.line) !== undefined));
    const annotations = eligible.slice(0, Math.max(0, max)).map((f) => {
        // Whatever a front door or a report put there, GitHub gets whole numbers in range (or its 422 would leave
        // the check run unfinished).
        const line = (0,build/* position */.G1)(f.line);
        const end = (0,build/* position */.G1)(f.endLine);
        const endLine = end !== undefined && end >= line ? end : line;
        const a = {
            path: `${pathPrefix}${f.path}`,
            start_line: line,
            end_line: endLine,
            annotation_level: LEVEL_BY_SEVERITY[f.severity],
            message: clip(f.url ? `${f.message}\n${f.url}` : f.message, MESSAGE_MAX),
            title: clip(`${f.ruleId} (${f.severity})`, TITLE_MAX),
        };
        // GitHub accepts columns only on single-line annotations.
        const column = (0,build/* position */.G1)(f.column);
        const endColumn = (0,build/* position */.G1)(f.endColumn);
        if (endLine === line && column !== undefined) {
            a.start_column = column;
            a.end_column = endColumn !== undefined && endColumn >= column ? endColumn : column;
        }
        return a;
    });
    return { annotations, eligible: eligible.length, omitted: eligible.length - annotations.length };
}
function batches(items, size = ANNOTATION_BATCH) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}

;// CONCATENATED MODULE: ./src/core/render/labels.ts
const DIMENSION_LABELS = {
    documentation: "Documentation",
    performance: "Performance",
    security: "Security",
    compliance: "Compliance",
};
const VERDICT_LABELS = {
    go: { icon: "✅", text: "GO" },
    conditional: { icon: "⚠️", text: "CONDITIONAL GO" },
    "no-go": { icon: "⛔", text: "NO-GO" },
    "nothing-assessed": { icon: "❔", text: "NOTHING ASSESSED" },
};
function gateIcon(g) {
    if (g.status === "passed")
        return "✅";
    if (g.status === "skipped")
        return "⏭️";
    return g.kind === "blocking" ? "❌" : "⚠️";
}
/** A gate as one short phrase: `documentation.score ≥ 90`. */
function gateCondition(g) {
    const parts = [];
    if (g.min !== undefined)
        parts.push(`≥ ${g.min}`);
    if (g.max !== undefined)
        parts.push(`≤ ${g.max}`);
    return `${g.metric} ${parts.join(" and ")}`;
}

// EXTERNAL MODULE: ./src/core/scoring/metrics.ts
var metrics = __webpack_require__(87532);
;// CONCATENATED MODULE: ./src/core/render/mermaid.ts
/**
 * Mermaid `xychart-beta` blocks, which GitHub draws in comments, check runs and job summaries. A chart only
 * repeats numbers that a table next to it states (screen readers and e-mail notifications get the text), and
 * its labels are reduced to characters that cannot end the code fence, the quoted string or start a directive.
 */
/** A label safe inside a Mermaid quoted string in a Markdown code fence. */
function mermaidLabel(text, max = 40) {
    const printable = [...text].map((ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? " " : ch)).join("");
    const clean = printable
        .replace(/["`\\;#%<>{}[\]]/g, " ")
        .replace(/\s+/g, " ")
        .trim();
    const cut = clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
    return cut || "?";
}
function num(n) {
    return String(Math.round(n * 100) / 100);
}
/** A round upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten, at least `max`. */
function niceMax(max) {
    if (!(max > 0))
        return 1;
    const p = 10 ** Math.floor(Math.log10(max));
    for (const m of [1, 2, 2.5, 5, 10])
        if (m * p >= max)
            return m * p;
    return 10 * p;
}
function xyChart(c) {
    const lines = ["```mermaid"];
    if (c.palette && c.palette.length > 0) {
        // A fixed palette so the caption can name each series' colour.
        const init = { themeVariables: { xyChart: { plotColorPalette: c.palette.join(", ") } } };
        lines.push(`%%{init: ${JSON.stringify(init)}}%%`);
    }
    lines.push("xychart-beta");
    lines.push(`  title "${mermaidLabel(c.title, 100)}"`);
    lines.push(`  x-axis [${c.xLabels.map((l) => `"${mermaidLabel(l)}"`).join(", ")}]`);
    lines.push(`  y-axis "${mermaidLabel(c.yLabel)}" ${num(c.yMin ?? 0)} --> ${num(c.yMax)}`);
    for (const b of c.bars ?? [])
        lines.push(`  bar [${b.map(num).join(", ")}]`);
    for (const l of c.lines ?? [])
        lines.push(`  line [${l.map(num).join(", ")}]`);
    lines.push("```");
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./src/core/render/sections/comparison.ts


const scored = (f) => f.scored !== false;
/** `This PR adds 1 problem and fixes 0` with where the baseline came from; empty without a comparison. */
function comparisonLead(report) {
    const c = report.comparison;
    if (!c)
        return "";
    const fixes = c.baseline.kind === "changed-files" ? "" : ` and fixes ${c.fixed}`;
    const gating = c.gateOn === "new"
        ? c.existing > 0
            ? `; ${markdown_utils_plural(c.existing, "problem")} already on the base branch ${c.existing === 1 ? "is" : "are"} shown, not blocking`
            : ""
        : "; `gate-on: all`: every finding counts";
    return `**This PR adds ${markdown_utils_plural(c.added, "problem")}${fixes}** (compared with ${escapeText(c.baseline.description)}${gating}).`;
}
function comparisonBlock(report, ctx) {
    if (!report.comparison)
        return null;
    const added = report.findings.filter((f) => f.state === "new" && scored(f));
    const existing = report.findings.filter((f) => f.state === "existing" && scored(f));
    const newList = added.length > 0 ? `**New in this PR**\n\n${findingsByFile(added, ctx)}` : "";
    const oldList = existing.length > 0
        ? details(`Already on the base branch: ${markdown_utils_plural(existing.length, "finding")} (${report.comparison.gateOn === "new" ? "not blocking" : "counted"})`, findingsByFile(existing, ctx))
        : "";
    const compactNew = added.length > 0 ? `**New in this PR**\n\n${findingsByFile(added, ctx, Math.min(10, ctx.maxFindings))}` : "";
    const join = (...parts) => parts.filter(Boolean).join("\n\n");
    return {
        body: join(newList, oldList),
        compactBody: join(compactNew, existing.length > 0
            ? `_${markdown_utils_plural(existing.length, "finding")} already on the base branch are not listed here._`
            : ""),
    };
}
/** One terminal line, for the text renderer. */
function comparisonLine(report) {
    const c = report.comparison;
    if (!c)
        return "";
    const fixes = c.baseline.kind === "changed-files" ? "" : `, fixes ${c.fixed}`;
    return `This PR adds ${c.added}${fixes}; ${c.existing} already on the base branch${c.gateOn === "new" ? " (not blocking)" : ""} · baseline: ${c.baseline.description}`;
}

;// CONCATENATED MODULE: ./src/core/render/sections/compliance.ts

function detailsOf(report) {
    const dim = report.dimensions.compliance;
    if (dim.status !== "assessed" || !dim.details || !Array.isArray(dim.details.controls))
        return null;
    return dim.details;
}
/** `📋 Compliance: 6/8 controls have evidence, 2 missing` (also used by other renderers as the one-line summary). */
function complianceSummary(d) {
    const passed = d.controls.filter((c) => c.status === "passed").length;
    const total = d.controls.length;
    const missing = total - passed;
    return `📋 Compliance: ${passed}/${total} controls have evidence${missing > 0 ? `, ${missing} missing` : ""}`;
}
function frameworkCell(c) {
    const criteria = c.criteria.length > 0 ? `<br>${c.criteria.map((x) => escapeText(x, 60)).join(", ")}` : "";
    return `${escapeText(c.framework, 60)}${criteria}`;
}
function evidenceCell(c) {
    const lines = c.evidence.map((e) => `${e.held ? "✅" : "❌"} ${escapeText(e.detail, 300)}`);
    if (c.error && !c.evidence.some((e) => e.detail === c.error))
        lines.push(`❗ ${escapeText(c.error, 300)}`);
    return lines.join("<br>");
}
function row(c) {
    return [
        code(c.id, 60),
        frameworkCell(c),
        escapeText(c.title, 120),
        c.status === "passed" ? "✅ pass" : "❌ missing",
        evidenceCell(c),
    ];
}
const HEADER = ["Control", "Framework", "Title", "Status", "Evidence"];
function note(d) {
    return `_${escapeText(d.note)}_`;
}
/** The compliance part of the Markdown report (null when there is nothing to show). */
const complianceMarkdown = (report, ctx) => {
    const d = detailsOf(report);
    if (!d)
        return null;
    const failed = d.controls.filter((c) => c.status === "failed");
    const passed = d.controls.length - failed.length;
    const packs = d.packs.length > 0 ? ` Packs: ${d.packs.map((p) => code(p)).join(", ")}.` : "";
    const body = [note(d) + packs, table(HEADER, d.controls.map(row))].join("\n\n");
    const shown = failed.slice(0, ctx.maxFindings);
    const compactParts = [note(d)];
    if (shown.length > 0)
        compactParts.push(table(HEADER, shown.map(row)));
    const rest = failed.length - shown.length;
    compactParts.push(`${passed} control${passed === 1 ? "" : "s"} with evidence${rest > 0 ? `; ${rest} more without evidence not listed` : ""}.`);
    return { summary: escapeText(complianceSummary(d)), body, compactBody: compactParts.join("\n\n") };
};
/** The compliance part of the terminal report: failed controls first, each with what it missed. */
const complianceText = (report, ctx) => {
    const d = detailsOf(report);
    if (!d)
        return [];
    const out = [`${complianceSummary(d).replace(/^📋 /, "")} (evidence in the repository, not a certification)`];
    const ordered = [
        ...d.controls.filter((c) => c.status === "failed"),
        ...d.controls.filter((c) => c.status === "passed"),
    ];
    for (const c of ordered.slice(0, ctx.maxFindings)) {
        const mark = c.status === "passed" ? "pass" : "FAIL";
        const what = c.error ?? c.evidence.map((e) => `${e.held ? "" : "missing: "}${e.detail}`).join("; ");
        out.push(`  [${mark}] ${c.id} (${c.framework}) ${c.title}: ${what}`);
    }
    if (ordered.length > ctx.maxFindings)
        out.push(`  … and ${ordered.length - ctx.maxFindings} more controls`);
    return out;
};

// EXTERNAL MODULE: ./src/core/documentation/site-profile.ts + 6 modules
var site_profile = __webpack_require__(81465);
;// CONCATENATED MODULE: ./src/core/render/sections/documentation.ts





function count(report, key) {
    const v = report.dimensions.documentation.metrics[key];
    return typeof v === "number" ? v : 0;
}
/** "3 broken links, 1 code block without a language" (or "no problems found"). */
function documentationSummaryText(report) {
    const parts = [];
    const add = (n, one, many) => {
        if (n > 0)
            parts.push(markdown_utils_plural(n, one, many));
    };
    add(count(report, "broken-links"), "broken link");
    add(count(report, "broken-anchors"), "broken anchor");
    add(count(report, "broken-external-links"), "broken external link");
    add(count(report, "invalid-code-blocks"), "invalid code example");
    add(count(report, "missing-language"), "code block without a language", "code blocks without a language");
    if (report.dimensions.documentation.details?.lint === "auto")
        add(count(report, "lint-errors"), "markdownlint advice note");
    else
        add(count(report, "lint-errors"), "lint error");
    add(count(report, "unreadable"), "unreadable file");
    return parts.length > 0 ? parts.join(", ") : "no problems found";
}
/** "2 Markdown files not checked: `a.md` (ignored by .gitignore), …": files are never skipped silently. */
function excludedLine(list, total, path, text) {
    if (total === 0)
        return "";
    const shown = list.slice(0, 10).map((e) => `${path(e.path)} (${text(e.reason)})`);
    const more = total > shown.length ? `, … and ${(0,format_number/* formatNumber */.Z)(total - shown.length)} more` : "";
    return `${markdown_utils_plural(total, "Markdown file")} not checked: ${shown.join(", ")}${more}`;
}
/** "12 findings suppressed, 3 links not checked (ignore-links)": suppressions are counted, never silent. */
function suppressedSummary(d) {
    const s = d.suppressed;
    if (!s)
        return "";
    const parts = [];
    if (s.findings > 0)
        parts.push(`${markdown_utils_plural(s.findings, "finding")} suppressed`);
    if (s.links > 0)
        parts.push(`${markdown_utils_plural(s.links, "link")} not checked (documentation.ignore-links)`);
    return parts.join(", ");
}
const SUPPRESSED_HOW = {
    "next-line": "readiness-ignore-next-line",
    file: "readiness-ignore-file",
    markdownlint: "markdownlint comment",
    "ignore-links": "ignore-links",
};
function suppressedLine(e, path, text) {
    const by = e.kind === "ignore-links" ? `pattern ${path(e.by)}` : e.kind === "markdownlint" ? "" : ` at ${text(e.by)}`;
    return `${path(`${e.path}:${e.line}`)} ${text(e.ruleId)}: ${text(SUPPRESSED_HOW[e.kind])}${e.kind === "ignore-links" ? ` (${by})` : by}`;
}
function suppressedBlock(d) {
    const s = d.suppressed;
    if (!s)
        return "";
    const total = s.findings + s.links;
    const lines = s.listed.map((e) => `- ${suppressedLine(e, code, escapeText)}`);
    if (total > s.listed.length)
        lines.push(`- … and ${(0,format_number/* formatNumber */.Z)(total - s.listed.length)} more`);
    return details(escapeText(suppressedSummary(d)), lines.join("\n"));
}
function docFindings(report) {
    return report.findings.filter((f) => f.dimension === "documentation");
}
function headline(report) {
    const dim = report.dimensions.documentation;
    const score = dim.status === "assessed" ? ` · ${(0,metrics/* displayScore */.VW)(dim.score)}/100` : "";
    return `📄 Documentation: ${documentationSummaryText(report)}${score}`;
}
const documentationMarkdown = (report, ctx) => {
    const dim = report.dimensions.documentation;
    const d = dim.details;
    if (!d) {
        if (dim.status === "assessed")
            return null;
        return {
            summary: `📄 Documentation: ${escapeText(dim.reason ?? dim.status)}`,
            body: escapeText(dim.reason ?? dim.status),
            compactBody: escapeText(dim.reason ?? dim.status),
        };
    }
    const summary = escapeText(dim.status === "assessed" ? headline(report) : `📄 Documentation: not assessed (${dim.reason ?? dim.status})`);
    const intro = `${markdown_utils_plural(d.files, "file")}, ${markdown_utils_plural(d.lines, "line")} · markdownlint: ${d.lint === "repository" ? "repository config" : d.lint === "default" ? "default rules" : d.lint === "auto" ? "default rules, advice only (no markdownlint configuration in the repository)" : "off"}${d.sites?.length ? ` · links resolved as on the built ${d.sites.map((x) => `${site_profile/* SITE_LABELS */.cP[x.name]} site (${x.config})`).join(", ")}` : ""}`;
    const rows = d.checks.map((c) => [
        escapeText(c.label),
        (0,format_number/* formatNumber */.Z)(c.checked),
        (0,format_number/* formatNumber */.Z)(c.valid),
        c.checked > 0 ? `${(0,format_number/* formatNumber */.Z)((100 * c.valid) / c.checked, 1)} %` : "—",
        c.scored ? (0,format_number/* formatNumber */.Z)(c.weight) : "not scored",
    ]);
    const checks = table(["Check", "Checked", "Valid", "Rate", "Weight"], rows, ["l", "r", "r", "r", "r"]);
    const extra = [];
    for (const u of d.unreadable.slice(0, 20))
        extra.push(`- ${code(u.path)}: ${escapeText(u.reason)}`);
    if (d.unreadable.length > 20)
        extra.push(`- … and ${d.unreadable.length - 20} more unreadable files`);
    for (const n of d.notices)
        extra.push(`- ${escapeText(n)}`);
    const excluded = excludedLine(d.excluded ?? [], d.excludedTotal ?? 0, code, escapeText);
    if (excluded)
        extra.push(`- ${excluded}`);
    const findings = docFindings(report);
    const list = findingsByFile(findings, ctx);
    const body = [intro, checks, extra.join("\n"), suppressedBlock(d), list].filter((p) => p !== "").join("\n\n");
    const suppressedNote = suppressedSummary(d);
    const compact = [
        intro,
        checks,
        suppressedNote ? escapeText(`${suppressedNote}.`) : "",
        findings.length > 0 ? `${markdown_utils_plural(findings.length, "finding")}: see ${elsewhere(ctx, true)}.` : "",
    ]
        .filter((p) => p !== "")
        .join("\n\n");
    return { summary, body, compactBody: compact };
};
const documentationText = (report, ctx) => {
    const dim = report.dimensions.documentation;
    const d = dim.details;
    if (!d)
        return [];
    const lines = [
        dim.status === "assessed" ? headline(report) : `Documentation: not assessed (${dim.reason ?? dim.status})`,
    ];
    lines.push(`  ${plural(d.files, "file")}, ${plural(d.lines, "line")}`);
    for (const c of d.checks) {
        lines.push(`  ${c.label.padEnd(28)} ${String(c.valid).padStart(6)} / ${String(c.checked).padEnd(6)}${c.scored ? "" : " (not scored)"}`);
    }
    for (const u of d.unreadable)
        lines.push(`  unreadable: ${u.path}: ${u.reason}`);
    for (const n of d.notices)
        lines.push(`  note: ${n}`);
    const excluded = excludedLine(d.excluded ?? [], d.excludedTotal ?? 0, (t) => t, (t) => t);
    if (excluded)
        lines.push(`  ${excluded}`);
    const suppressed = suppressedSummary(d);
    if (suppressed) {
        lines.push(`  ${suppressed}:`);
        for (const e of d.suppressed?.listed ?? [])
            lines.push(`    ${suppressedLine(e, (t) => t, (t) => t)}`);
    }
    const findings = sortFindings(docFindings(report));
    for (const f of findings.slice(0, ctx.maxFindings))
        lines.push(`  ${location(f)} ${f.ruleId} ${f.message}`);
    if (findings.length > ctx.maxFindings)
        lines.push(`  … and ${findings.length - ctx.maxFindings} more`);
    return lines;
};

// EXTERNAL MODULE: ./src/core/performance/format.ts
var format = __webpack_require__(35195);
// EXTERNAL MODULE: ./src/core/performance/metrics.ts
var performance_metrics = __webpack_require__(10031);
;// CONCATENATED MODULE: ./src/core/render/sections/performance-charts.ts


const PERCENTILES = [
    ["p50", "p50-ms"],
    ["p95", "p95-ms"],
    ["p99", "p99-ms"],
];
const MAX_CHART_SCENARIOS = 12;
/**
 * One chart per latency percentile: a bar per scenario and, when the SLA sets one, a line at the target, so a
 * bar above the line is a miss. The scenario table above states every value; the charts only draw them.
 */
function latencyCharts(d) {
    const runs = d.runs.slice(0, MAX_CHART_SCENARIOS);
    const charts = [];
    for (const [p, metric] of PERCENTILES) {
        const shown = runs.filter((r) => typeof r.latency[p] === "number" && Number.isFinite(r.latency[p]));
        if (shown.length === 0)
            continue;
        const values = shown.map((r) => r.latency[p]);
        const target = d.sla.find((row) => row.metric === metric)?.max;
        const title = target === undefined
            ? `${p} latency (ms) per scenario`
            : `${p} latency (ms) per scenario, line at the SLA target of ${(0,format_number/* formatNumber */.Z)(target, 0)} ms`;
        charts.push(xyChart({
            title,
            xLabels: shown.map((r) => r.scenario),
            yLabel: "ms",
            yMax: niceMax(Math.max(...values, target ?? 0) * 1.1),
            bars: [values],
            ...(target === undefined ? {} : { lines: [shown.map(() => target)] }),
        }));
    }
    if (charts.length === 0)
        return "";
    const omitted = d.runs.length - runs.length;
    const note = omitted > 0 ? ` The first ${runs.length} scenarios are drawn; the table lists all ${d.runs.length}.` : "";
    return `**Latency against the SLA** (bars: each scenario's value; line: the target; the table above has the numbers).${note}\n\n${charts.join("\n\n")}`;
}

;// CONCATENATED MODULE: ./src/core/render/sections/performance.ts






const STATUS = {
    pass: "✅ PASS",
    partial: "⚠️ PARTIAL",
    fail: "🔴 FAIL",
    "not-evaluated": "➖ n/a",
};
const SLA_STATUS = {
    pass: "✅ PASS",
    fail: "❌ FAIL",
    "not-measured": "➖ not measured",
};
function performance_detailsOf(report) {
    const dim = report.dimensions.performance;
    const d = dim.details;
    if (!d || !Array.isArray(d.runs) || d.runs.length === 0)
        return null;
    return { dim, d };
}
function slaRun(d) {
    return d.runs.find((r) => r.scenario === d.slaScenario);
}
function users(n) {
    return n === null ? "n/a" : `${(0,format_number/* formatNumber */.Z)(n, 0)} user${n === 1 ? "" : "s"}`;
}
/** `⚡ Performance: SLA 3/6 on "peak" (1,000 users)`, plain text (callers escape). */
/** ` (stress)` after a stress run's name, unless the name already says it (never `stress (stress)`). */
function stressTag(r) {
    return r.stress && !/stress/i.test(r.scenario) ? " (stress)" : "";
}
function performanceSummary(dim, d) {
    const run = slaRun(d);
    const parts = [];
    if (dim.status === "error")
        parts.push(`⚡ Performance: error: ${dim.reason ?? "could not be assessed"}`);
    else if (run)
        parts.push(`⚡ Performance: SLA ${run.slaMet}/${run.slaEvaluated} on "${run.scenario}"${run.users !== null ? ` (${users(run.users)})` : ""}`);
    else
        parts.push(`⚡ Performance: ${d.runs.length} run${d.runs.length === 1 ? "" : "s"}`);
    const regressions = d.baseline?.rows.filter((r) => r.regression).length;
    if (regressions)
        parts.push(`${regressions} regression${regressions === 1 ? "" : "s"}`);
    return parts.join(", ");
}
function scenarioTable(d) {
    return table(["Scenario", "Users", "Duration", "Throughput", "p50", "p95", "p99", "Error rate", "Status"], d.runs.map((r) => [
        `${r.scenario === d.slaScenario ? "**" : ""}${escapeText(r.scenario, 80)}${r.scenario === d.slaScenario ? "**" : ""}${stressTag(r)}`,
        r.users === null ? "n/a" : (0,format_number/* formatNumber */.Z)(r.users, 0),
        (0,format/* fmtDuration */.c5)(r.durationS),
        (0,format/* fmtValue */.PB)(r.throughputRps, "req/s"),
        (0,format/* fmtValue */.PB)(r.latency.p50 ?? null, "ms"),
        (0,format/* fmtValue */.PB)(r.latency.p95 ?? null, "ms"),
        (0,format/* fmtValue */.PB)(r.latency.p99 ?? null, "ms"),
        (0,format/* fmtValue */.PB)(r.errorRatePct, "%"),
        `${STATUS[r.status]}${r.slaEvaluated > 0 ? ` (${r.slaMet}/${r.slaEvaluated})` : ""}`,
    ]), ["l", "r", "r", "r", "r", "r", "r", "r", "l"]);
}
function slaTable(d) {
    const run = slaRun(d);
    if (!run || d.sla.length === 0)
        return "";
    const met = d.sla.filter((r) => r.status === "pass").length;
    const evaluated = d.sla.filter((r) => r.status !== "not-measured").length;
    const head = `**SLA compliance** on ${escapeText(`"${run.scenario}"`, 80)}${run.users !== null ? ` (${users(run.users)})` : ""}: ${escapeText(d.slaScenarioReason)}`;
    const rows = d.sla.map((r) => [
        escapeText(r.label, 60),
        escapeText((0,format/* fmtBound */.aq)(r, r.unit)),
        `${(0,format/* fmtValue */.PB)(r.actual, r.unit)}${r.metric === "availability-pct" && run.availabilityDerived ? " ¹" : ""}`,
        (0,format/* fmtDelta */.OJ)(r.deltaPct),
        SLA_STATUS[r.status],
    ]);
    const foot = `**${met}/${evaluated} SLA metrics met** (score ${(0,metrics/* displayScore */.VW)(evaluated > 0 ? (100 * met) / evaluated : null)})${run.availabilityDerived && d.sla.some((r) => r.metric === "availability-pct")
        ? " · ¹ availability = 100 % − error rate"
        : ""}`;
    return [head, table(["Metric", "Target", "Actual", "Delta", "Status"], rows, ["l", "r", "r", "r", "l"]), foot].join("\n\n");
}
function endpointName(e) {
    return code(e.method ? `${e.method} ${e.name}` : e.name, 120);
}
function bottlenecks(d) {
    const b = d.bottlenecks;
    if (!b)
        return "";
    const out = [`**Bottlenecks** in ${escapeText(`"${b.scenario}"`, 80)}`];
    if (b.slowest.length === 0 && b.mostFailures.length === 0 && b.topFailures.length === 0) {
        out.push("_The files give no per-endpoint figures or failure messages._");
        return out.join("\n\n");
    }
    if (b.slowest.length > 0) {
        out.push(table(["Slowest endpoints", "Requests", "p95", "vs p95 target"], b.slowest.map((e) => [
            endpointName(e),
            e.requests === null ? "n/a" : (0,format_number/* formatNumber */.Z)(e.requests, 0),
            (0,format/* fmtValue */.PB)(e.p95Ms, "ms"),
            e.p95OverTarget === undefined
                ? "—"
                : `${e.p95OverTarget > 1 ? "🔴 " : ""}${(0,format_number/* formatNumber */.Z)(e.p95OverTarget, 2)}×`,
        ]), ["l", "r", "r", "r"]));
    }
    if (b.mostFailures.length > 0) {
        out.push(table(["Endpoints with most failures", "Failures", "Requests", "Share of failures"], b.mostFailures.map((e) => [
            endpointName(e),
            (0,format_number/* formatNumber */.Z)(e.failures ?? 0, 0),
            e.requests === null ? "n/a" : (0,format_number/* formatNumber */.Z)(e.requests, 0),
            e.failureSharePct === undefined ? "—" : `${(0,format_number/* formatNumber */.Z)(e.failureSharePct, 1)}%`,
        ]), ["l", "r", "r", "r"]));
    }
    if (b.topFailures.length > 0) {
        out.push(table(["Top failures", "Type", "Endpoint", "Count"], b.topFailures.map((f) => [
            escapeText(f.message, 200),
            escapeText(f.type, 40),
            f.endpoint ? code(f.endpoint, 120) : "—",
            (0,format_number/* formatNumber */.Z)(f.count, 0),
        ]), ["l", "l", "l", "r"]));
    }
    return out.join("\n\n");
}
function baselineTable(d) {
    const b = d.baseline;
    if (!b)
        return "";
    const regressions = b.rows.filter((r) => r.regression).length;
    const head = `**Against the baseline** (${b.files.map((f) => code(f)).join(", ")}): ${regressions === 0 ? "no regression" : `${regressions} regression${regressions === 1 ? "" : "s"}`} (limit: ${b.metrics.map((m) => code(m)).join(", ")} worse by more than ${(0,format_number/* formatNumber */.Z)(b.regressionPct)}%)`;
    const rows = b.rows.map((r) => {
        const unit = performance_metrics/* RUN_METRICS */.Ks[r.metric]?.unit ?? "";
        return [
            escapeText(r.scenario === r.baselineScenario ? r.scenario : `${r.scenario} vs ${r.baselineScenario}`, 80),
            escapeText(performance_metrics/* RUN_METRICS */.Ks[r.metric]?.label ?? r.metric, 60),
            (0,format/* fmtValue */.PB)(r.baseline, unit),
            (0,format/* fmtValue */.PB)(r.current, unit),
            (0,format/* fmtDelta */.OJ)(r.deltaPct),
            r.regression ? "❌ regression" : r.checked ? "✅" : "—",
        ];
    });
    const parts = [
        head,
        table(["Scenario", "Metric", "Baseline", "Now", "Delta", ""], rows, ["l", "l", "r", "r", "r", "l"]),
    ];
    if (b.unmatched.length > 0)
        parts.push(`_No baseline for: ${b.unmatched.map((s) => escapeText(s, 80)).join(", ")}._`);
    return parts.join("\n\n");
}
function thresholds(d) {
    const failed = d.runs.flatMap((r) => r.thresholds.filter((t) => !t.passed).map((t) => ({ r, t })));
    if (failed.length === 0)
        return "";
    return `**Tool thresholds failed:** ${failed.map(({ r, t }) => `${escapeText(r.scenario, 80)}: ${code(`${t.metric} ${t.expression}`)}`).join(" · ")}`;
}
function notes(d) {
    const lines = d.runs.flatMap((r) => r.notes.map((n) => `- ${escapeText(r.scenario, 80)}: ${escapeText(n, 300)}`));
    lines.push(...d.notes.map((n) => `- ${escapeText(n, 300)}`));
    return lines.length > 0 ? `<sub>Notes</sub>\n\n${lines.slice(0, 30).join("\n")}` : "";
}
const performanceMarkdown = (report) => {
    const x = performance_detailsOf(report);
    if (!x)
        return null;
    const { dim, d } = x;
    const summary = escapeText(performanceSummary(dim, d));
    const scenarios = `**Scenarios**\n\n${scenarioTable(d)}`;
    // The charts are in the full body only: when the comment is over its budget they go first.
    const body = [scenarios, latencyCharts(d), slaTable(d), bottlenecks(d), baselineTable(d), thresholds(d), notes(d)]
        .filter((p) => p !== "")
        .join("\n\n");
    const regressions = d.baseline?.rows.filter((r) => r.regression).length ?? 0;
    const compact = [
        scenarios,
        slaTable(d),
        regressions > 0 ? `${regressions} regression${regressions === 1 ? "" : "s"} against the baseline.` : "",
    ]
        .filter((p) => p !== "")
        .join("\n\n");
    return { summary, body, compactBody: compact };
};
const performanceText = (report, ctx) => {
    const x = performance_detailsOf(report);
    if (!x)
        return [];
    const { dim, d } = x;
    const out = [performanceSummary(dim, d).replace(/^⚡ /, "")];
    out.push("  Scenarios:");
    for (const r of d.runs) {
        out.push(`    ${r.scenario}${stressTag(r)}: ${users(r.users)}, ${fmtDuration(r.durationS)}, ${fmtValue(r.throughputRps, "req/s")}, p50 ${fmtValue(r.latency.p50 ?? null, "ms")}, p95 ${fmtValue(r.latency.p95 ?? null, "ms")}, p99 ${fmtValue(r.latency.p99 ?? null, "ms")}, errors ${fmtValue(r.errorRatePct, "%")}: ${r.status.toUpperCase()}${r.slaEvaluated > 0 ? ` (${r.slaMet}/${r.slaEvaluated})` : ""}`);
    }
    if (d.sla.length > 0 && d.slaScenario !== null) {
        out.push(`  SLA on "${d.slaScenario}" (${d.slaScenarioReason}):`);
        for (const r of d.sla) {
            const mark = r.status === "pass" ? "pass" : r.status === "fail" ? "FAIL" : "n/a ";
            out.push(`    [${mark}] ${r.label}: ${fmtValue(r.actual, r.unit)}, target ${fmtBound(r, r.unit)} (${fmtDelta(r.deltaPct)})`);
        }
    }
    const b = d.bottlenecks;
    if (b && (b.slowest.length > 0 || b.mostFailures.length > 0 || b.topFailures.length > 0)) {
        out.push("  Bottlenecks:");
        for (const e of b.slowest.slice(0, 3)) {
            out.push(`    slow: ${e.method ? `${e.method} ` : ""}${e.name} p95 ${fmtValue(e.p95Ms, "ms")}${e.p95OverTarget !== undefined ? ` (${formatNumber(e.p95OverTarget, 2)}× target)` : ""}`);
        }
        for (const e of b.mostFailures.slice(0, 3)) {
            out.push(`    failing: ${e.method ? `${e.method} ` : ""}${e.name} ${formatNumber(e.failures ?? 0, 0)} failures${e.failureSharePct !== undefined ? ` (${formatNumber(e.failureSharePct, 1)}%)` : ""}`);
        }
        for (const f of b.topFailures.slice(0, Math.min(3, ctx.maxFindings)))
            out.push(`    error: ${f.count} × ${f.message.slice(0, 160)}`);
    }
    if (d.baseline) {
        const reg = d.baseline.rows.filter((r) => r.regression);
        out.push(`  Baseline: ${reg.length} regression${reg.length === 1 ? "" : "s"}`);
        for (const r of reg) {
            const unit = RUN_METRICS[r.metric]?.unit ?? "";
            out.push(`    ${r.scenario} ${r.metric}: ${fmtValue(r.baseline, unit)} -> ${fmtValue(r.current, unit)} (${fmtDelta(r.deltaPct)})`);
        }
    }
    return out;
};

;// CONCATENATED MODULE: ./src/core/render/sections/security.ts
/**
 * The security part of the report: severity breakdown and score, OWASP Top 10:2021 table, findings by tool, top
 * findings with their fix, accepted risks and lapsed acceptances. Every text from a scanner is escaped.
 */



const SEVERITY_ICON = { critical: "🔴", high: "🟠", medium: "🟡", low: "🟢", info: "⚪" };
const STATUS_ICON = { pass: "✅ pass", warn: "⚠️ findings", fail: "❌ fail" };
function security_detailsOf(report) {
    const d = report.dimensions.security.details;
    return d && typeof d === "object" && "severity" in d ? d : undefined;
}
/** `0 critical, 0 high, 2 medium, 3 low` (info only when there is some). */
function severityPhrase(s) {
    const parts = ["critical", "high", "medium", "low"].map((k) => `${s[k]} ${k}`);
    if (s.info > 0)
        parts.push(`${s.info} info`);
    return parts.join(", ");
}
function where(f, ctx) {
    if (f.path)
        return fileLink(f.path, f.line, ctx.fileBase);
    if (f.package)
        return code(`${f.package.name}${f.package.version ? `@${f.package.version}` : ""}`);
    if (f.url)
        return code(f.url);
    return "—";
}
function what(f) {
    const id = f.aliases.find((a) => a.startsWith("CVE-")) ?? f.aliases[0] ?? f.ruleId;
    const cat = f.owasp ? ` · ${f.owasp}` : "";
    return `${escapeText(f.title, 160)} ${code(id, 80)}${cat}`;
}
function findingRows(list, ctx) {
    return list.map((f) => [
        `${SEVERITY_ICON[f.severity]} ${f.severity}`,
        what(f),
        where(f, ctx),
        f.fix ? escapeText(f.fix, 120) : "—",
        escapeText(f.tools.join(", "), 80),
    ]);
}
function scoreLine(d, score) {
    const terms = model_report/* SEVERITIES */.oC.filter((s) => d.severity[s] > 0 && d.penalties[s] > 0).map((s) => `${d.severity[s]} × ${(0,format_number/* formatNumber */.Z)(d.penalties[s])}`);
    const sum = model_report/* SEVERITIES */.oC.reduce((n, s) => n + d.severity[s] * d.penalties[s], 0);
    const formula = terms.length
        ? `100 − (${terms.join(" + ")}) = ${(0,format_number/* formatNumber */.Z)(Math.max(0, 100 - sum))}`
        : "100 − 0 = 100";
    return `Score: ${formula} → **${(0,metrics/* displayScore */.VW)(score)}**/100 (penalties per open finding; accepted risks are not scored).`;
}
function body(report, d, ctx, compact) {
    const parts = [];
    const sev = table(["Severity", "Open", "Penalty each", "Points"], model_report/* SEVERITIES */.oC.map((s) => [
        `${SEVERITY_ICON[s]} ${s}`,
        String(d.severity[s]),
        (0,format_number/* formatNumber */.Z)(d.penalties[s]),
        (0,format_number/* formatNumber */.Z)(d.severity[s] * d.penalties[s]),
    ]), ["l", "r", "r", "r"]);
    parts.push(scoreLine(d, report.dimensions.security.score));
    const dup = d.totals.reported - d.totals.unique;
    parts.push(`${d.totals.reported} reported by ${d.tools.length} tool${d.tools.length === 1 ? "" : "s"}, ${d.totals.unique} unique${dup > 0 ? ` (${dup} duplicate${dup === 1 ? "" : "s"} across tools counted once)` : ""}, ${d.totals.open} open, ${d.totals.accepted} accepted, ${d.totals.lapsed} with a lapsed acceptance${d.totals.secrets > 0 ? `, ${d.totals.secrets} leaked secret${d.totals.secrets === 1 ? "" : "s"} (values never shown)` : ""}.`);
    if (!compact)
        parts.push(sev);
    const max = compact ? Math.min(10, ctx.maxFindings) : ctx.maxFindings;
    if (d.top.length > 0) {
        const shown = d.top.slice(0, max);
        parts.push(`**Top findings**\n\n${table(["Severity", "Finding", "Where", "Fix", "Tools"], findingRows(shown, ctx))}`);
        if (d.totals.open > shown.length)
            parts.push(`… and ${d.totals.open - shown.length} more open findings (see ${ctx.checkRun === false ? "the JSON report" : "the check run annotations and the JSON report"}).`);
    }
    if (!compact) {
        parts.push(`**OWASP Top 10:2021**\n\n${table(["Category", "Open findings", "Accepted", "Status"], d.owasp.map((r) => [
            `${r.id} ${escapeText(r.name)}`,
            String(r.findings),
            String(r.accepted),
            STATUS_ICON[r.status],
        ]), ["l", "r", "r", "l"])}${d.unmapped > 0 ? `\n\n${d.unmapped} open finding${d.unmapped === 1 ? " has" : "s have"} no OWASP category (no mapped CWE).` : ""}`);
        parts.push(`**Findings by tool**\n\n${table(["Tool", "Version", "Reported", "Files"], d.tools.map((t) => [
            escapeText(t.tool, 80),
            t.version ? code(t.version, 40) : "—",
            String(t.reported),
            t.artifacts
                .slice(0, 5)
                .map((p) => code(p))
                .join(", ") + (t.artifacts.length > 5 ? ` +${t.artifacts.length - 5}` : ""),
        ]), ["l", "l", "r", "l"])}`);
    }
    if (d.accepted.length > 0) {
        const rows = d.accepted
            .slice(0, max)
            .map((f) => [
            `${SEVERITY_ICON[f.severity]} ${f.severity}`,
            what(f),
            where(f, ctx),
            escapeText(f.acceptance?.reason ?? "", 200),
            code(f.acceptance?.expires ?? ""),
        ]);
        parts.push(`**Accepted risks (not scored)**\n\n${table(["Severity", "Finding", "Where", "Reason", "Expires"], rows)}`);
    }
    if (d.lapsed.length > 0) {
        const lines = d.lapsed
            .slice(0, max)
            .map((f) => `- ⏰ ${what(f)} at ${where(f, ctx)}: the acceptance expired on ${code(f.acceptance?.expires ?? "")}, so it counts again (${f.severity}).`);
        parts.push(`**Lapsed acceptances**\n\n${lines.join("\n")}`);
    }
    if (d.unusedAcceptances.length > 0 && !compact) {
        parts.push(`Accepted-risk entries that match nothing: ${d.unusedAcceptances.map((u) => escapeText(u, 200)).join("; ")}.`);
    }
    return parts.join("\n\n");
}
/** The security part of the Markdown report (null when there is nothing to show). */
const securityMarkdown = (report, ctx) => {
    const dim = report.dimensions.security;
    if (dim.status === "not-assessed")
        return null;
    const d = security_detailsOf(report);
    if (dim.status === "error" || !d) {
        const s = `🔒 Security: ${escapeText(dim.reason ?? "could not be assessed")}`;
        return { summary: s, body: s, compactBody: s };
    }
    const extra = [
        d.totals.accepted > 0 ? `${d.totals.accepted} accepted` : "",
        d.totals.lapsed > 0 ? `${d.totals.lapsed} lapsed` : "",
    ]
        .filter(Boolean)
        .join(", ");
    return {
        summary: `🔒 Security: ${severityPhrase(d.severity)}${extra ? ` (${extra})` : ""}`,
        body: body(report, d, ctx, false),
        compactBody: body(report, d, ctx, true),
    };
};
function textWhere(f) {
    if (f.path)
        return `${f.path}${f.line ? `:${f.line}` : ""}`;
    if (f.package)
        return `${f.package.name}${f.package.version ? `@${f.package.version}` : ""}`;
    return f.url ?? "";
}
function textLine(f) {
    const id = f.aliases.find((a) => a.startsWith("CVE-")) ?? f.aliases[0] ?? f.ruleId;
    const w = textWhere(f);
    return `${f.title} (${id})${w ? ` at ${w}` : ""}${f.fix ? `; fix: ${f.fix}` : ""} [${f.tools.join(", ")}]`;
}
/** The security part of the terminal report. */
const securityText = (report, ctx) => {
    const dim = report.dimensions.security;
    const d = security_detailsOf(report);
    if (dim.status !== "assessed" || !d)
        return [];
    const out = [
        `Security: ${displayScore(dim.score)}/100, open: ${severityPhrase(d.severity)}; ${d.totals.accepted} accepted, ${d.totals.lapsed} lapsed, ${d.totals.reported - d.totals.unique} duplicates merged`,
    ];
    for (const f of d.top.slice(0, ctx.maxFindings))
        out.push(`  [${f.severity}] ${textLine(f)}`);
    if (d.totals.open > Math.min(d.top.length, ctx.maxFindings))
        out.push(`  … and ${d.totals.open - Math.min(d.top.length, ctx.maxFindings)} more`);
    const open = d.owasp.filter((r) => r.findings > 0);
    if (open.length > 0)
        out.push(`  OWASP Top 10:2021: ${open.map((r) => `${r.id} ${r.findings} (${r.status})`).join(", ")}`);
    for (const f of d.accepted)
        out.push(`  accepted until ${f.acceptance?.expires}: [${f.severity}] ${textLine(f)}: ${f.acceptance?.reason}`);
    for (const f of d.lapsed)
        out.push(`  LAPSED on ${f.acceptance?.expires}, counted again: [${f.severity}] ${textLine(f)}`);
    for (const u of d.unusedAcceptances)
        out.push(`  note: accepted risk ${u}`);
    return out;
};

;// CONCATENATED MODULE: ./src/core/render/warnings.ts
/**
 * Warnings that belong next to the verdict, because without them the verdict misleads: a run that checked no
 * documentation at all, an artifact path that matched nothing, or a run that assessed nothing must say so where
 * the decision is read, not only in a folded section.
 */



function emptyPatternWarning(p) {
    const pattern = JSON.stringify(p.pattern);
    return p.kind === "artifact"
        ? `The artifact pattern ${pattern} matched no file, so nothing was read from it. Check the path and that an earlier step wrote the report.`
        : `The performance baseline ${pattern} matched no file, so the run was not compared with a baseline. Check performance.baseline.path.`;
}
/** Why each dimension was not assessed, one phrase each: what a "nothing was assessed" result explains. */
function notAssessedReasons(report) {
    return model_report/* DIMENSIONS */.Yf.map((d) => {
        const dim = report.dimensions[d];
        return `${DIMENSION_LABELS[d].toLowerCase()}: ${dim.reason ?? "no input"}`;
    });
}
function decisionWarnings(report) {
    const out = [];
    if (report.verdict === "nothing-assessed")
        out.push(`Nothing was assessed, so this result is not a go (${notAssessedReasons(report).join("; ")}). Point the config at the documentation, the reports or the compliance controls to assess, or set allow-empty where an empty run is expected.`);
    const docs = report.dimensions.documentation;
    if (docs.status === "not-assessed" && docs.details && docs.details.files === 0) {
        const left = docs.details.excludedTotal ?? 0;
        out.push(`No documentation files matched documentation.include, so no documentation was checked${left > 0 ? ` (${markdown_utils_plural(left, "Markdown file")} left out by exclude, .gitignore or build output)` : ""}. Check the include patterns in the config.`);
    }
    for (const p of report.emptyPatterns ?? [])
        out.push(emptyPatternWarning(p));
    return out;
}

;// CONCATENATED MODULE: ./src/core/render/markdown.ts
/**
 * The PR comment / job summary / check-run text: decision first, reasons next, detail last and folded.
 * Pure: returns a string within `maxLength`, dropping detail in a planned order when it must.
 */











const COMMENT_LIMIT = 65_536;
const CHECK_RUN_LIMIT = 65_535;
const SECTIONS = {
    documentation: documentationMarkdown,
    performance: performanceMarkdown,
    security: securityMarkdown,
    compliance: complianceMarkdown,
};
function delta(now, before) {
    if (now === null || before === undefined || before === null)
        return "—";
    const d = Math.floor(now + 1e-9) - Math.floor(before + 1e-9);
    if (d === 0)
        return "=";
    return d > 0 ? `▲ +${d}` : `▼ −${-d}`;
}
function statusCell(report, d) {
    const dim = report.dimensions[d];
    if (dim.status === "not-assessed")
        return "➖ not assessed";
    if (dim.status === "error")
        return "❗ error";
    const gates = report.gates.filter((g) => g.metric.startsWith(`${d}.`) && g.status === "failed");
    if (gates.some((g) => g.kind === "blocking"))
        return "❌ blocking";
    if (gates.length > 0)
        return "⚠️ conditional";
    return "✅";
}
function renderHeader(report, opts = {}) {
    const v = VERDICT_LABELS[report.verdict];
    const h = "#".repeat(opts.headingLevel ?? 2);
    const lines = [];
    const score = report.score === null ? "no dimension assessed" : `${(0,metrics/* displayScore */.VW)(report.score)}/100`;
    // "Nothing assessed" already says there is no score.
    lines.push(`${h} ${v.icon} Readiness: ${v.text}${report.verdict === "nothing-assessed" ? "" : `, ${score}`}`);
    lines.push("");
    const lead = comparisonLead(report);
    if (lead)
        lines.push(lead, "");
    const failed = report.gates.filter((g) => g.status === "failed");
    if (failed.length > 0) {
        lines.push(`Failed gates: ${failed.map((g) => `**${escapeText(g.reason ?? g.id)}**`).join(" · ")}`);
        lines.push("");
    }
    for (const w of decisionWarnings(report))
        lines.push(`> [!WARNING]`, `> ${escapeText(w)}`, "");
    lines.push(`**Recommendation:** ${escapeText(report.recommendation)}`);
    lines.push("");
    const prev = opts.previous;
    const rows = model_report/* DIMENSIONS */.Yf.map((d) => {
        const dim = report.dimensions[d];
        return [
            DIMENSION_LABELS[d],
            dim.status === "assessed" ? (0,metrics/* displayScore */.VW)(dim.score) : "—",
            dim.target === null ? "—" : String(dim.target),
            statusCell(report, d),
            prev ? delta(dim.score, prev.dimensions[d]) : "—",
        ];
    });
    rows.push([
        "**Overall**",
        `**${(0,metrics/* displayScore */.VW)(report.score)}**`,
        "—",
        `**${VERDICT_LABELS[report.verdict].text}**`,
        prev ? delta(report.score, prev.overall) : "—",
    ]);
    lines.push(table(["Dimension", "Score", "Target", "Status", "Since last run"], rows, ["l", "r", "r", "l", "l"]));
    lines.push("");
    if (report.gates.length > 0) {
        lines.push(`**Gates**: ${report.gates
            .map((g) => `${gateIcon(g)} ${code(gateCondition(g))}${g.status === "failed" && g.actual !== null ? ` (${escapeText(String(g.metric.endsWith(".score") ? (0,metrics/* displayScore */.VW)(g.actual) : g.actual))})` : ""}${g.status === "skipped" ? " (skipped)" : ""}`)
            .join(" · ")}`);
    }
    return lines.join("\n");
}
/** Colours of the history chart's series, in plot order: the overall bar, then one line per dimension. */
const HISTORY_COLOURS = {
    overall: ["#8b949e", "grey"],
    documentation: ["#0969da", "blue"],
    performance: ["#bc4c00", "orange"],
    security: ["#cf222e", "red"],
    compliance: ["#1a7f37", "green"],
};
/**
 * The overall and per-dimension scores over this PR's runs: a table (the text of record) and a chart of it.
 * Needs at least one earlier run; a dimension is drawn only when every run assessed it.
 */
function renderHistory(report, previous) {
    if (!previous)
        return "";
    const earlier = previous.history && previous.history.length > 0 ? previous.history : [previous];
    const now = { overall: report.score, dimensions: {} };
    for (const d of model_report/* DIMENSIONS */.Yf)
        now.dimensions[d] = report.dimensions[d].status === "assessed" ? report.dimensions[d].score : null;
    const points = [...earlier, now];
    const shown = (v) => (typeof v === "number" ? Math.floor(v + 1e-9) : null);
    const labels = points.map((_, i) => (i === points.length - 1 ? "this run" : `run ${i + 1}`));
    const rows = points.map((p, i) => [
        labels[i],
        String(shown(p.overall) ?? "—"),
        ...model_report/* DIMENSIONS */.Yf.map((d) => String(shown(p.dimensions[d]) ?? "—")),
    ]);
    const tableText = table(["Run", "Overall", ...model_report/* DIMENSIONS */.Yf.map((d) => DIMENSION_LABELS[d])], rows, [
        "l",
        "r",
        "r",
        "r",
        "r",
        "r",
    ]);
    const full = (values) => values.every((v) => v !== null);
    const overall = points.map((p) => shown(p.overall));
    const series = model_report/* DIMENSIONS */.Yf.map((d) => ({ d, values: points.map((p) => shown(p.dimensions[d])) })).filter((x) => full(x.values));
    const parts = [tableText];
    if (full(overall) || series.length > 0) {
        const drawn = [...(full(overall) ? ["overall"] : []), ...series.map((x) => x.d)];
        const caption = drawn
            .map((k, i) => `${k === "overall" ? "Overall" : DIMENSION_LABELS[k]} (${i === 0 && full(overall) ? "bars" : "line"}, ${HISTORY_COLOURS[k][1]})`)
            .join(", ");
        parts.push(`${caption}.\n\n${xyChart({
            title: "Scores over this pull request's runs",
            xLabels: labels,
            yLabel: "score",
            yMax: 100,
            ...(full(overall) ? { bars: [overall] } : {}),
            lines: series.map((x) => x.values),
            palette: drawn.map((k) => HISTORY_COLOURS[k][0]),
        })}`);
    }
    return details(`📈 Score history (${points.length} runs)`, parts.join("\n\n"));
}
function renderRisks(report) {
    if (report.risks.length === 0)
        return "";
    return details(`⚠️ Risks (${report.risks.length})`, table(["Risk", "Severity", "Source", "Mitigation"], report.risks.map((r) => [
        escapeText(r.title, 200),
        r.severity,
        escapeText(r.source, 120),
        escapeText(r.mitigation, 200),
    ])));
}
function renderInputs(report) {
    const parsed = report.artifacts.filter((a) => a.status === "parsed");
    const bad = report.artifacts.filter((a) => a.status !== "parsed");
    const byFormat = new Map();
    for (const a of parsed)
        byFormat.set(a.format ?? "?", (byFormat.get(a.format ?? "?") ?? 0) + 1);
    const formats = [...byFormat].map(([f, n]) => `${f} ×${n}`).join(", ");
    // The commit the report describes, so a reader can tell an old report from a current one.
    const sha = report.context?.sha && /^[0-9a-f]{7,40}$/.test(report.context.sha) ? report.context.sha : "";
    const lines = [
        `Inputs: ${parsed.length} artifact${parsed.length === 1 ? "" : "s"} read${formats ? ` (${escapeText(formats)})` : ""}, ${bad.length} unreadable · readiness-gate ${escapeText(report.tool.version)}${sha ? ` · commit ${code(sha.slice(0, 12))}` : ""}`,
    ];
    for (const a of bad.slice(0, 20))
        lines.push(`- ${code(a.path)}: ${escapeText(a.error ?? a.status)}`);
    if (bad.length > 20)
        lines.push(`- … and ${bad.length - 20} more`);
    for (const n of report.notices.slice(0, 10))
        lines.push(`- ${escapeText(n)}`);
    return lines.join("\n");
}
const fullBody = (s) => s.body;
const compactBody = (s) => s.compactBody;
function renderMarkdown(report, opts = {}) {
    const maxLength = opts.maxLength ?? COMMENT_LIMIT;
    const ctx = {
        maxFindings: opts.maxFindings ?? 30,
        ...(opts.checkRun === false ? { checkRun: false } : {}),
        ...(opts.fileBase ? { fileBase: opts.fileBase } : {}),
    };
    const header = renderHeader(report, opts);
    const changes = comparisonBlock(report, ctx);
    const sections = model_report/* DIMENSIONS */.Yf.map((d) => SECTIONS[d](report, ctx)).filter((s) => s !== null);
    const risks = renderRisks(report);
    const history = renderHistory(report, opts.previous);
    const inputs = renderInputs(report);
    const hidden = opts.footerHidden ? `\n\n${opts.footerHidden}` : "";
    const more = opts.fullReportUrl
        ? ` [Full report](${opts.fullReportUrl}).`
        : ` The full report is ${opts.fullReportElsewhere ?? "in the check run and the job summary"}.`;
    const compose = (body, note = "", withHistory = false) => [
        header,
        changes ? (body === fullBody ? changes.body : body === compactBody ? changes.compactBody : "") : "",
        ...sections.map((s) => {
            const b = body(s);
            return b === null ? `- ${s.summary}` : details(s.summary, b);
        }),
        withHistory ? history : "",
        risks,
        note,
        inputs,
    ]
        .filter((p) => p !== "")
        .join("\n\n") + hidden;
    // Planned order of dropping detail: full sections, then compact ones, then summaries only, then a hard cut.
    // The history goes with the full detail only, so it never costs the decision its place.
    let out = compose(fullBody, "", true);
    if (out.length <= maxLength)
        return out;
    out = compose(compactBody, `_Detail shortened to fit GitHub's size limit._${more}`);
    if (out.length <= maxLength)
        return out;
    out = compose(() => null, `_Detail left out to fit GitHub's size limit._${more}`);
    if (out.length <= maxLength)
        return out;
    const cut = `${header}\n\n_Report shortened to fit GitHub's size limit._${more}`;
    return `${cut.slice(0, Math.max(0, maxLength - hidden.length))}${hidden}`.slice(0, maxLength);
}

;// CONCATENATED MODULE: ./src/publish/check-output.ts





/** `85/100`, or what to say when no dimension was assessed. */
function scoreText(score) {
    return score === null ? "no dimension assessed" : `${(0,metrics/* displayScore */.VW)(score)}/100`;
}
function checkTitle(report) {
    if (report.verdict === "nothing-assessed")
        return "Nothing was assessed";
    return `${VERDICT_LABELS[report.verdict].text}: ${scoreText(report.score)}`;
}
function annotationNote(plan, cap) {
    if (plan.eligible === 0)
        return "";
    const shown = plan.annotations.length;
    if (plan.omitted === 0)
        return `${shown} finding${shown === 1 ? " is" : "s are"} annotated.`;
    return `${shown} of ${plan.eligible} findings are annotated; ${plan.omitted} left out by the \`annotations\` limit (${cap}). All findings are listed below.`;
}
function findingsText(report, limit = CHECK_RUN_LIMIT) {
    if (report.findings.length === 0)
        return "";
    // Open findings first; accepted risks and warning-level findings are listed apart, never as open ones.
    const all = findings_list_sortFindings(report.findings);
    const open = all.filter((f) => f.scored !== false);
    const notCounted = all.filter((f) => f.scored === false);
    const sorted = [...open, ...notCounted];
    const lines = open.length > 0 ? ["### Findings", ""] : [];
    let size = lines.join("\n").length;
    // Room for the trailer, counted with the largest number it can hold (the blank line and it add two newlines).
    const reserve = moreTrailer(sorted.length).length + 2;
    let shown = 0;
    for (const f of sorted) {
        if (f === notCounted[0]) {
            const heading = `${open.length > 0 ? "\n" : ""}### Not counted (accepted risks, warnings)\n`;
            if (size + heading.length + 1 > limit - reserve)
                break;
            lines.push(heading);
            size += heading.length + 1;
        }
        const where = findings_list_location(f);
        const line = `- **${f.severity}** ${where ? `${code(where)} ` : ""}${code(f.ruleId)}: ${findingMessage(f)}`;
        if (size + line.length + 1 > limit - reserve)
            break;
        lines.push(line);
        size += line.length + 1;
        shown++;
    }
    if (shown < sorted.length)
        lines.push("", moreTrailer(sorted.length - shown));
    return lines.join("\n");
}
const moreTrailer = (n) => `_… and ${n} more findings, not shown to fit GitHub's size limit; the JSON report has all of them._`;
function checkOutput(report, note, opts = {}) {
    const suffix = note ? `\n\n${note}` : "";
    const summary = renderMarkdown(report, { ...opts, maxLength: CHECK_RUN_LIMIT - suffix.length }) + suffix;
    const text = findingsText(report);
    return { title: checkTitle(report), summary, ...(text ? { text } : {}) };
}

;// CONCATENATED MODULE: ./src/publish/check-run.ts

/** `allowEmpty`: a run that assessed nothing is expected (`allow-empty: true`), so it is neutral, not a failure. */
function conclusionFor(verdict, conditional, allowEmpty = false) {
    if (verdict === "go")
        return "success";
    if (verdict === "conditional")
        return conditional;
    if (verdict === "nothing-assessed")
        return allowEmpty ? "neutral" : "failure";
    return "failure";
}
/**
 * Creates a new check run for this run. A completed check run is final on GitHub (its status and conclusion
 * cannot change, and annotations sent on an update are appended), so a re-run never reopens an old one: branch
 * protection reads the latest check run of the name on the commit, which is this one.
 */
async function startCheckRun(client, target, opts) {
    if (opts.resume) {
        // A job another worker began and could not finish (it died): its check run is still open, and an open run may
        // be updated. A completed one is never reopened; then a new run is created.
        const { data: list } = await client.rest.checks.listForRef({
            owner: target.owner,
            repo: target.repo,
            ref: opts.headSha,
            check_name: opts.name,
            filter: "latest",
            per_page: 1,
        });
        const open = list.check_runs[0];
        if (open && open.status !== "completed")
            return { id: open.id, url: open.html_url ?? "" };
    }
    const { data } = await client.rest.checks.create({
        owner: target.owner,
        repo: target.repo,
        name: opts.name,
        head_sha: opts.headSha,
        status: "in_progress",
        started_at: opts.startedAt.toISOString(),
        ...(opts.detailsUrl ? { details_url: opts.detailsUrl } : {}),
    });
    return { id: data.id, url: data.html_url ?? "" };
}
/** What the minimal completing request says about the run when the full one was refused. */
const FALLBACK_SUMMARY_MAX = 1000;
/**
 * Sends the annotations and completes the run; returns how many update requests it made. The run must end
 * completed whatever happens: an annotation batch GitHub refuses is skipped, and a refused completing request
 * (after the client's own retries) is sent once more with only the conclusion, the title and a short summary.
 */
async function completeCheckRun(client, target, run, opts) {
    const groups = batches(opts.annotations);
    const base = { owner: target.owner, repo: target.repo, check_run_id: run.id };
    const head = { title: opts.output.title, summary: opts.output.summary };
    let requests = 0;
    for (const group of groups.slice(0, -1)) {
        requests++;
        try {
            await client.rest.checks.update({ ...base, output: { ...head, annotations: group } });
        }
        catch (e) {
            opts.warn?.(`GitHub refused ${group.length} annotations (${describe(e)}); the check run is completed without them.`);
            break;
        }
    }
    const last = groups.at(-1);
    const final = {
        ...base,
        status: "completed",
        conclusion: opts.conclusion,
        completed_at: opts.completedAt.toISOString(),
    };
    requests++;
    try {
        await client.rest.checks.update({
            ...final,
            output: {
                ...head,
                ...(opts.output.text ? { text: opts.output.text } : {}),
                ...(last ? { annotations: last } : {}),
            },
        });
    }
    catch (e) {
        opts.warn?.(`GitHub refused the check run's full result (${describe(e)}); completing it with a short summary.`);
        requests++;
        await client.rest.checks.update({
            ...final,
            output: {
                title: opts.output.title.slice(0, 255),
                summary: `${opts.output.summary.slice(0, FALLBACK_SUMMARY_MAX)}\n\n_The full report did not reach GitHub; see the job summary._`,
            },
        });
    }
    return requests;
}
function describe(e) {
    const status = e.status;
    const message = e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
    return typeof status === "number" ? `HTTP ${status}: ${message}` : message;
}

;// CONCATENATED MODULE: ./src/publish/errors.ts
/** Turns GitHub API errors into sentences a workflow author can act on. */
function errorStatus(e) {
    return typeof e === "object" && e !== null && typeof e.status === "number"
        ? e.status
        : undefined;
}
/** GitHub's answer when the token lacks a permission (or is a fork PR's read-only token). */
function isIntegrationForbidden(e) {
    if (errorStatus(e) !== 403)
        return false;
    const data = e.response?.data;
    const message = typeof data === "object" && data !== null ? String(data.message ?? "") : "";
    return /resource not accessible by integration/i.test(`${message} ${e.message ?? ""}`);
}
/** One line for an unexpected API error (status and GitHub's message, never headers or tokens). */
function describeApiError(what, e) {
    const status = errorStatus(e);
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return `Could not ${what}${status ? ` (HTTP ${status})` : ""}: ${msg}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/publish/comment-data.ts
/**
 * The hidden lines at the end of the PR comment: the marker that identifies it, and a small data block with the
 * scores of this run (read back on the next run for the "since last run" column) and a fingerprint of the
 * report (so `comment: on-change` can tell whether anything changed), the commit the comment describes, a digest
 * of the visible text (a comment someone edited is rewritten even under `on-change`) and the writing run's nonce
 * (to recognise a comment GitHub created although it answered with an error). Only numbers and hex go into
 * the block, so nothing from the repository can close the HTML comment early.
 */


const DATA_PREFIX = "<!-- readiness-gate-data: ";
/** `<!-- readiness-gate: <check-name> -->`, with anything that could end the HTML comment defused. */
function commentMarker(checkName) {
    const safe = checkName.replace(/\s+/g, " ").replace(/-{2,}/g, "-").replace(/[<>]/g, "").trim();
    return `<!-- readiness-gate: ${safe} -->`;
}
const HEX = /^[0-9a-f]{1,64}$/;
/** Same length as a real digest, so swapping it in does not change the comment's length. */
const DIGEST_PLACEHOLDER = "0".repeat(32);
/** The text a digest covers: everything before the data block. */
function visibleText(body) {
    const at = body.lastIndexOf(DATA_PREFIX);
    return at < 0 ? body : body.slice(0, at);
}
function textDigest(body) {
    return (0,external_node_crypto_.createHash)("sha256").update(visibleText(body)).digest("hex").slice(0, 32);
}
/** True when the text was changed after we wrote it (or the block has no digest). */
function wasEdited(body, data) {
    return !data.digest || textDigest(body) !== data.digest;
}
/** Equal for two runs whose reports say the same; `comment: on-change` compares it with the old comment's. */
function reportFingerprint(report) {
    const { generatedAt: _time, context: _context, ...rest } = report;
    return (0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(rest)).digest("hex").slice(0, 32);
}
/** Runs kept in the comment's history (the chart's width; about 30 characters each in the data block). */
const HISTORY_RUNS = 20;
const shown = (v) => (typeof v === "number" ? Math.floor(v + 1e-9) : null);
function displayed(p) {
    const dimensions = {};
    for (const d of model_report/* DIMENSIONS */.Yf)
        dimensions[d] = shown(p.dimensions[d]);
    return { overall: shown(p.overall), dimensions };
}
/** This run's scores, with the history it extends (the previous comment's, plus this run; at most 20 runs). */
function scoresOf(report, previous) {
    const dimensions = {};
    for (const d of model_report/* DIMENSIONS */.Yf)
        dimensions[d] = report.dimensions[d].status === "assessed" ? report.dimensions[d].score : null;
    const earlier = previous ? (previous.history?.length ? previous.history : [displayed(previous)]) : [];
    const history = [...earlier, displayed({ overall: report.score, dimensions })].slice(-HISTORY_RUNS);
    return { overall: report.score, dimensions, history };
}
function encodeCommentData(data) {
    const json = JSON.stringify({
        v: 1,
        fingerprint: data.fingerprint,
        overall: data.scores.overall,
        dimensions: data.scores.dimensions,
        // Compact rows: [overall, documentation, performance, security, compliance], integers or null.
        ...(data.scores.history
            ? { h: data.scores.history.map((p) => [p.overall, ...model_report/* DIMENSIONS */.Yf.map((d) => p.dimensions[d] ?? null)]) }
            : {}),
        ...(data.sha ? { sha: data.sha } : {}),
        ...(data.digest ? { digest: data.digest } : {}),
        ...(data.nonce ? { nonce: data.nonce } : {}),
    });
    return `${DATA_PREFIX}${json} -->`;
}
const finiteOrNull = (v) => (typeof v === "number" && Number.isFinite(v) ? v : null);
/** Reads the data block back; a missing or tampered block gives `null` (the comment then shows no deltas). */
function decodeCommentData(body) {
    const start = body.lastIndexOf(DATA_PREFIX);
    if (start < 0)
        return null;
    const end = body.indexOf(" -->", start);
    if (end < 0)
        return null;
    let raw;
    try {
        raw = JSON.parse(body.slice(start + DATA_PREFIX.length, end));
    }
    catch {
        return null;
    }
    if (typeof raw !== "object" || raw === null || raw.v !== 1)
        return null;
    const r = raw;
    const dims = typeof r.dimensions === "object" && r.dimensions !== null ? r.dimensions : {};
    const dimensions = {};
    for (const d of model_report/* DIMENSIONS */.Yf)
        if (d in dims)
            dimensions[d] = finiteOrNull(dims[d]);
    const scores = { overall: finiteOrNull(r.overall), dimensions };
    // A history that is not exactly rows of five numbers (or nulls) is ignored as a whole.
    const h = raw.h;
    if (Array.isArray(h) &&
        h.length > 0 &&
        h.every((row) => Array.isArray(row) &&
            row.length === 1 + model_report/* DIMENSIONS */.Yf.length &&
            row.every((v) => v === null || (typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100)))) {
        scores.history = h.slice(-HISTORY_RUNS).map((row) => {
            const point = { overall: row[0] ?? null, dimensions: {} };
            model_report/* DIMENSIONS */.Yf.forEach((d, i) => {
                point.dimensions[d] = row[i + 1] ?? null;
            });
            return point;
        });
    }
    const hex = (v) => (typeof v === "string" && HEX.test(v) ? v : undefined);
    const sha = hex(r.sha);
    const digest = hex(r.digest);
    const nonce = hex(r.nonce);
    return {
        fingerprint: hex(r.fingerprint) ?? "",
        scores,
        ...(sha ? { sha } : {}),
        ...(digest ? { digest } : {}),
        ...(nonce ? { nonce } : {}),
    };
}

;// CONCATENATED MODULE: ./src/publish/comment.ts

/** The marker as a whole line: how our own footer carries it, and how quoted or embedded text never does. */
function hasMarkerLine(body, marker) {
    return body.split(/\r?\n/).some((line) => line.trim() === marker);
}
/** Every comment on the PR written by `identity` that carries `marker`, oldest first. */
async function findMarkedComments(client, target, marker, identity) {
    const all = await client.paginate(client.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    return all
        .filter((c) => c.user?.login === identity && typeof c.body === "string" && hasMarkerLine(c.body, marker))
        .map((c) => ({ id: c.id, body: c.body ?? "", url: c.html_url, createdAt: c.created_at }))
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id));
}
const isTransient = (e) => {
    const status = e.status;
    return typeof status !== "number" || status >= 500;
};
async function upsertComment(client, target, opts) {
    const { owner, repo } = target;
    const [keep, ...duplicates] = opts.existing;
    let result;
    if (!keep)
        return createComment(client, target, opts);
    if (opts.skipUpdate || keep.body === opts.body) {
        result = { action: "unchanged", id: keep.id, url: keep.url, deleted: [] };
    }
    else {
        const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body: opts.body });
        result = { action: "updated", id: data.id, url: data.html_url, deleted: [] };
    }
    for (const d of duplicates)
        if (await deleteIfPresent(client, target, d.id))
            result.deleted.push(d.id);
    return result;
}
async function createComment(client, target, opts) {
    const { owner, repo } = target;
    const post = (retries) => client.rest.issues.createComment({
        owner,
        repo,
        issue_number: target.issueNumber,
        body: opts.body,
        ...(retries !== undefined ? { request: { retries } } : {}),
    });
    let mine;
    try {
        // Not retried blindly: a POST that timed out or got a 5xx may have been applied.
        const { data } = await post(opts.relist && opts.nonce ? 0 : undefined);
        mine = { id: data.id, url: data.html_url };
    }
    catch (e) {
        if (!opts.relist || !opts.nonce || !isTransient(e))
            throw e;
        const applied = (await opts.relist()).find((c) => decodeCommentData(c.body)?.nonce === opts.nonce);
        if (applied)
            mine = { id: applied.id, url: applied.url };
        else {
            const { data } = await post();
            mine = { id: data.id, url: data.html_url };
        }
    }
    if (!opts.relist)
        return { action: "created", ...mine, deleted: [] };
    // Another run may have created its comment at the same time: the oldest one stays, the newer folds into it.
    const oldest = (await opts.relist())[0];
    if (!oldest || oldest.id === mine.id)
        return { action: "created", ...mine, deleted: [] };
    const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body: opts.body });
    const deleted = (await deleteIfPresent(client, target, mine.id)) ? [mine.id] : [];
    return { action: "updated", id: data.id, url: data.html_url, deleted };
}
async function deleteIfPresent(client, target, id) {
    try {
        await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: id });
        return true;
    }
    catch (e) {
        // A parallel run may have removed it already.
        if (e.status !== 404)
            throw e;
        return false;
    }
}

;// CONCATENATED MODULE: ./src/publish/identity.ts
async function viewerLogin(client) {
    const result = await client.graphql("query { viewer { login } }");
    const login = result.viewer?.login;
    if (typeof login !== "string" || login === "")
        throw new Error("GitHub did not say which login the token has");
    return login;
}

;// CONCATENATED MODULE: ./src/publish/pr-comment.ts
/**
 * Publishing the PR comment for one assessment. Safe against what real PRs do:
 *   - only our own identity's comments are read back or changed (see comment.ts);
 *   - a run whose commit is no longer the PR's head leaves the comment to the newer run, so a slow run for an
 *     old commit never overwrites the report of a newer one, and the comment names the commit it describes;
 *   - `on-change` skips only when the report is the same **and** nobody edited the comment since we wrote it.
 */






/** What the comment says when the assessment could not run (replacing a verdict a reviewer would read as current). */
function couldNotRunBody(reason) {
    return `## ❗ Readiness Gate could not run\n\n**Readiness Gate could not run:** ${escapeText(reason, 2000)}\n\nThe previous verdict no longer applies to this commit; fix the problem and push again.`;
}
async function publishComment(opts, attempt, content) {
    const mode = "failure" in content ? "always" : content.c.comment;
    if (mode === "never")
        return { comment: null };
    const pull = await currentPull(opts, attempt);
    if (!pull)
        return { comment: null };
    if (pull.headSha && pull.headSha !== opts.target.headSha) {
        opts.info(`The PR's head is now ${pull.headSha}; the comment is left to the run for it (this run assessed ${opts.target.headSha}).`);
        return { comment: null, supersededBy: pull.headSha };
    }
    const identity = opts.identity ??
        (await attempt("learn the token's own login", "pull-requests: read", () => viewerLogin(opts.client)));
    if (!identity)
        return { comment: null };
    const target = { owner: opts.target.owner, repo: opts.target.repo, issueNumber: pull.number };
    const marker = commentMarker(opts.checkName);
    const list = () => findMarkedComments(opts.client, target, marker, identity);
    const existing = await attempt("read the pull request's comments", "pull-requests: read", list);
    if (!existing)
        return { comment: null };
    const data = existing[0] ? decodeCommentData(existing[0].body) : null;
    const nonce = (0,external_node_crypto_.randomBytes)(8).toString("hex");
    const fingerprint = "failure" in content ? "" : reportFingerprint(content.report);
    const footer = (digest) => `${marker}\n${encodeCommentData({
        scores: "failure" in content
            ? (data?.scores ?? { overall: null, dimensions: {} })
            : scoresOf(content.report, data?.scores),
        fingerprint,
        sha: opts.target.headSha,
        digest,
        nonce,
    })}`;
    const draft = "failure" in content
        ? `${couldNotRunBody(content.failure)}\n\n${footer(DIGEST_PLACEHOLDER)}`
        : renderReport(content.report, content.c, content.checkRun, footer(DIGEST_PLACEHOLDER), data?.scores);
    const body = draft.replace(DIGEST_PLACEHOLDER, textDigest(draft));
    const unchanged = mode === "on-change" &&
        data !== null &&
        data.fingerprint === fingerprint &&
        !wasEdited(existing[0]?.body ?? "", data);
    const comment = await attempt("write the pull request comment", "pull-requests: write", () => upsertComment(opts.client, target, { body, existing, skipUpdate: unchanged, nonce, relist: list }));
    if (comment)
        opts.info(`PR comment ${comment.action}: ${comment.url}${comment.deleted.length ? ` (removed ${comment.deleted.length} duplicate(s))` : ""}`);
    return { comment, ...(data?.scores && !("failure" in content) ? { previous: data.scores } : {}) };
}
function renderReport(report, c, checkRun, footerHidden, previous) {
    const fullReportUrl = checkRun?.url || c.runUrl;
    return renderMarkdown(report, {
        maxLength: COMMENT_LIMIT,
        footerHidden,
        ...(c.fileBase ? { fileBase: c.fileBase } : {}),
        ...(previous ? { previous } : {}),
        ...(fullReportUrl ? { fullReportUrl } : {}),
    });
}
/**
 * The PR to comment on and its current head. A PR number from an untrusted file must have the assessed commit
 * as its head; for a PR from the event, a head that moved on means a newer run owns the comment.
 */
async function currentPull(opts, attempt) {
    const { target } = opts;
    const number = target.pullNumber;
    if (number === null)
        return null;
    const pr = await attempt("read the pull request", "pull-requests: read", () => opts.client.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: number }));
    if (!pr)
        return target.verifyPull ? null : { number, headSha: null };
    if (opts.recheckPull && pr.data.state !== "open") {
        opts.info(`PR #${number} is ${pr.data.state}; no PR comment is written.`);
        return null;
    }
    if (target.verifyPull && pr.data.head.sha !== target.headSha) {
        opts.warn(`${opts.claimSource ?? "The PR claim"} names PR #${number}, whose head is ${pr.data.head.sha}, not the assessed ${target.headSha}; no PR comment is written.`);
        return null;
    }
    return { number, headSha: pr.data.head.sha };
}

;// CONCATENATED MODULE: ./src/publish/publish.ts






/** Creates the check run and returns the handle that fails or completes it. */
async function startPublication(opts) {
    const { client, target } = opts;
    const repo = { owner: target.owner, repo: target.repo };
    const attempt = (what, permission, fn) => attemptWrite(opts, what, permission, fn);
    const checkRun = await attempt("create the check run", "checks: write", () => startCheckRun(client, repo, {
        name: opts.checkName,
        headSha: target.headSha,
        startedAt: opts.now(),
        ...(opts.detailsUrl ? { detailsUrl: opts.detailsUrl } : {}),
        ...(opts.resumeCheckRun ? { resume: true } : {}),
    }));
    return {
        checkRun,
        async fail(reason, f = {}) {
            // The old verdict must not stay up as if it were current: the comment says the gate could not run.
            if (f.comment !== "never")
                await publishComment(opts, attempt, { failure: reason });
            if (!checkRun)
                return false;
            const done = await attempt("complete the check run", "checks: write", () => completeCheckRun(client, repo, checkRun, {
                conclusion: f.conclusion ?? "failure",
                output: { title: "Readiness Gate could not run", summary: escapeText(reason, 60_000) },
                annotations: f.annotation ? [f.annotation] : [],
                completedAt: opts.now(),
                warn: opts.warn,
            }));
            return done !== null;
        },
        async complete(report, c) {
            const { comment, previous } = await publishComment(opts, attempt, { report, c, checkRun });
            const plan = planAnnotations(report.findings, c.annotations, c.pathPrefix ?? "");
            let completed = false;
            const note = annotationNote(plan, c.annotations);
            if (checkRun) {
                const output = checkOutput(report, note, {
                    ...(c.fileBase ? { fileBase: c.fileBase } : {}),
                    ...(c.runUrl ? { fullReportUrl: c.runUrl } : {}),
                });
                const requests = await attempt("complete the check run", "checks: write", () => completeCheckRun(client, repo, checkRun, {
                    conclusion: conclusionFor(report.verdict, c.conditionalConclusion, c.allowEmpty ?? false),
                    output,
                    annotations: plan.annotations,
                    completedAt: opts.now(),
                    warn: opts.warn,
                }));
                if (requests !== null)
                    opts.info(`Check run completed: ${checkRun.url} (${plan.annotations.length} annotations in ${requests} request(s))`);
                completed = requests !== null;
            }
            // Say only what happened: annotations exist only if the check run that carries them was written.
            const said = completed || plan.annotations.length === 0 ? note : notWrittenNote(plan.annotations.length);
            return {
                checkRun,
                comment,
                ...(previous ? { previous } : {}),
                annotations: plan,
                annotationNote: said,
                checkRunCompleted: completed,
            };
        },
    };
}
function notWrittenNote(n) {
    return `${n} finding${n === 1 ? " was" : "s were"} to be annotated, but the check run could not be completed (see the warnings); no annotation was written on the check run.`;
}
/** A GitHub write that may fail: a missing permission or any API error becomes a warning, never a throw. */
async function attemptWrite(opts, what, permission, fn) {
    try {
        return await fn();
    }
    catch (e) {
        opts.warn(isIntegrationForbidden(e) ? opts.forbiddenAdvice(what, permission) : describeApiError(what, e));
        return null;
    }
}

;// CONCATENATED MODULE: ./src/app/config-source.ts

const CONFIG_PATH = ".github/readiness.yml";
async function readDefaultBranchConfig(octokit, repo) {
    const name = `${CONFIG_PATH}@${repo.defaultBranch}`;
    try {
        const { data } = await octokit.rest.repos.getContent({
            owner: repo.owner,
            repo: repo.repo,
            path: CONFIG_PATH,
            ref: repo.defaultBranch,
        });
        if (Array.isArray(data) || data.type !== "file")
            throw new Error(`${CONFIG_PATH} on ${repo.defaultBranch} is not a file`);
        if (!("content" in data) || typeof data.content !== "string" || data.encoding !== "base64")
            throw new Error(`${CONFIG_PATH} on ${repo.defaultBranch} is too large for the contents API (over 1 MB)`);
        return { name, text: Buffer.from(data.content, "base64").toString("utf8"), branch: repo.defaultBranch };
    }
    catch (e) {
        if (errorStatus(e) === 404)
            return { name, text: null, branch: repo.defaultBranch };
        throw e;
    }
}
function configNotice(c) {
    return c.text === null
        ? `Config: the default branch ${c.branch} has no ${CONFIG_PATH}, so the defaults apply (a pull request's own changes to it apply once merged).`
        : `Config: ${CONFIG_PATH} from the default branch ${c.branch} (a pull request's own changes to it apply once merged).`;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
;// CONCATENATED MODULE: ./src/engine/sources/github/tarball.ts
/**
 * Unpacks a repository tarball (GitHub's `tarball/{sha}` download) into a private directory, writing only
 * regular files and directories. Symbolic and hard links, devices and FIFOs are skipped (the collector reads
 * files by path and would follow a link out of the tree); unsafe names are skipped; the entry count and the
 * unpacked bytes are counted while the archive streams, and the first limit passed stops it. The top-level
 * `owner-repo-sha/` directory GitHub puts around the tree is removed.
 */






const FILE_TYPES = new Set(["File", "OldFile", "ContiguousFile"]);
async function unpackTarball(source, dir, opts) {
    const out = { files: 0, bytes: 0, skipped: [] };
    const root = external_node_path_default().resolve(dir);
    let entries = 0;
    const writes = [];
    const written = new Set();
    let failure = null;
    const parser = new index_min/* Parser */.iX({ strict: true });
    const stop = (e) => {
        if (failure)
            return;
        failure = e;
        source.destroy(e);
    };
    parser.on("entry", (entry) => {
        if (failure)
            return entry.resume();
        entries++;
        if (entries > opts.maxEntries) {
            entry.resume();
            return stop(new ArchiveLimitError("the tarball", "entries", opts.maxEntries));
        }
        // GitHub's tarballs wrap the tree in one directory; drop it.
        const raw = String(entry.path);
        const rel = raw.split("/").slice(1).join("/");
        if (rel === "" || rel === "/")
            return entry.resume();
        const unsafe = unsafePathReason(raw) ?? unsafePathReason(rel);
        if (unsafe) {
            out.skipped.push({ path: raw, reason: `the name ${unsafe}` });
            return entry.resume();
        }
        const top = rel.split("/")[0] ?? "";
        if (opts.reserved?.includes(top)) {
            out.skipped.push({ path: rel, reason: `${top}/ is reserved for workflow artifacts` });
            return entry.resume();
        }
        const target = external_node_path_default().resolve(root, rel);
        if (!target.startsWith(root + (external_node_path_default()).sep)) {
            out.skipped.push({ path: rel, reason: "the name leaves the directory" });
            return entry.resume();
        }
        if (entry.type === "Directory") {
            writes.push((0,promises_.mkdir)(target, { recursive: true }).then(() => { }));
            return entry.resume();
        }
        if (!FILE_TYPES.has(entry.type)) {
            const kind = entry.type === "SymbolicLink" ? "a symbolic link" : entry.type === "Link" ? "a hard link" : `a ${entry.type}`;
            out.skipped.push({ path: rel, reason: `is ${kind}; only regular files are read` });
            return entry.resume();
        }
        out.bytes += entry.size;
        if (out.bytes > opts.maxBytes) {
            entry.resume();
            return stop(new ArchiveLimitError("the tarball", "bytes", opts.maxBytes));
        }
        if (written.has(rel)) {
            out.skipped.push({ path: rel, reason: "appears twice in the archive; the first copy was kept" });
            return entry.resume();
        }
        written.add(rel);
        out.files++;
        // Pause the parser until the file's directory exists; `wx` refuses to write over anything already there.
        entry.pause();
        writes.push((0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true }).then(() => (0,external_node_stream_promises_.pipeline)(entry, (0,external_node_fs_.createWriteStream)(target, { flags: "wx", mode: 0o600 }))));
    });
    try {
        await (0,external_node_stream_promises_.pipeline)(source, parser);
    }
    catch (e) {
        if (!failure)
            throw e;
    }
    const settled = await Promise.allSettled(writes);
    if (failure)
        throw failure;
    const bad = settled.find((s) => s.status === "rejected");
    if (bad)
        throw bad.reason;
    return out;
}

;// CONCATENATED MODULE: ./src/app/downloads.ts
/**
 * The two downloads GitHub answers with a redirect to a short-lived URL on another host: the head commit's
 * tarball and a workflow artifact's zip. Octokit would follow the redirect and buffer the whole archive, so the
 * API call stops at the 302 and the archive is streamed from `Location` with no credentials (the download host
 * is another origin: the installation token must not follow it there). Byte limits apply while streaming.
 */





/** The `Location` of a redirecting API download. */
async function redirectTarget(octokit, route, params) {
    const res = await octokit.request(route, {
        ...params,
        request: { redirect: "manual", parseSuccessResponseBody: false },
    });
    const location = res.headers.location;
    if (res.status !== 302 || !location)
        throw new Error(`GitHub answered ${res.status} without a download location`);
    return location;
}
/** Streams `url` with no Authorization header; the response body counted against `maxBytes`. */
async function download(url, label, maxBytes, limitName) {
    const res = await fetch(url, { redirect: "follow" });
    if (!res.ok || !res.body)
        throw new Error(`downloading ${label} failed: HTTP ${res.status}`);
    const declared = Number(res.headers.get("content-length") ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body.cancel();
        throw new ArchiveLimitError(label, limitName, maxBytes);
    }
    let seen = 0;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _e, cb) {
            seen += chunk.length;
            if (seen > maxBytes)
                return cb(new ArchiveLimitError(label, limitName, maxBytes));
            cb(null, chunk);
        },
    });
    return external_node_stream_.Readable.fromWeb(res.body).pipe(counter);
}
async function fetchTarball(octokit, target, dir, limits) {
    const location = await redirectTarget(octokit, "GET /repos/{owner}/{repo}/tarball/{ref}", {
        owner: target.owner,
        repo: target.repo,
        ref: target.sha,
    });
    const stream = await download(location, "the tarball", limits.maxBytes, "bytes");
    return unpackTarball(stream, dir, limits);
}
async function listRunArtifacts(octokit, target) {
    const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
        owner: target.owner,
        repo: target.repo,
        run_id: target.runId,
        per_page: 100,
    });
    return all.map((a) => ({ id: a.id, name: a.name, sizeInBytes: a.size_in_bytes, expired: a.expired }));
}
/** Downloads one artifact's zip to `file` (fetched right after listing: its URL is valid for about a minute). */
async function fetchArtifactZip(octokit, target, file, maxBytes) {
    const location = await redirectTarget(octokit, "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", {
        owner: target.owner,
        repo: target.repo,
        artifact_id: target.artifactId,
        archive_format: "zip",
    });
    const stream = await download(location, `the artifact ${JSON.stringify(target.name)}`, maxBytes, "bytes");
    await (0,external_node_stream_promises_.pipeline)(stream, (0,external_node_fs_.createWriteStream)(file, { flags: "wx", mode: 0o600 }));
}

// EXTERNAL MODULE: ./src/app/isolation.ts
var isolation = __webpack_require__(13919);
;// CONCATENATED MODULE: ./src/app/job.ts
/** One assessment the queue holds: a pull request or commit of one installation's repository. */
/** Where artifacts are unpacked inside the assessed tree; the tarball may not write there. */
const ARTIFACT_DIR = ".readiness-gate-artifacts";

;// CONCATENATED MODULE: ./src/app/job-facts.ts
function namesWorkflow(config, run) {
    return config.app.workflows.some((w) => w === run.name || w === run.path);
}
function linksWillRun(config, settings) {
    return (settings.externalLinks === "on" && config.documentation.enabled && config.documentation["external-links"] !== "off");
}
/** A token that can only read this one repository's contents: all the link checker needs for github.com links. */
async function linkCheckerToken(probot, job) {
    const app = (await probot.auth());
    const { data } = await app.rest.apps.createInstallationAccessToken({
        installation_id: job.installationId,
        repositories: [job.repo],
        permissions: { contents: "read" },
    });
    return data.token;
}
/** A fork's workflow run lists no pull request; find the open one whose head is this run's commit. */
async function findForkPull(octokit, job) {
    const run = job.workflowRun;
    if (!run?.fork)
        return null;
    const { data } = await octokit.rest.pulls.list({
        owner: job.owner,
        repo: job.repo,
        state: "open",
        head: `${run.headOwner}:${run.headBranch}`,
        per_page: 10,
    });
    return data.find((p) => p.head.sha === job.headSha)?.number ?? null;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./src/engine/sources/github/artifact-zip.ts
/**
 * Unpacks a workflow artifact (a zip GitHub builds from the uploaded files) into a private directory, with
 * yauzl's strict name checks (`..`, absolute paths and backslashes are refused) and size validation (an entry
 * whose data is longer or shorter than its header says is refused, which catches lying headers). Symbolic links
 * are skipped, and the entry count and the unpacked bytes are limited before and while streaming, so a zip
 * bomb stops at the limit. Any refusal names the artifact.
 */







const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
function openZip(file) {
    return new Promise((resolve, reject) => yauzl.open(file, { lazyEntries: true, autoClose: true, strictFileNames: true, validateEntrySizes: true, decodeStrings: true }, (err, zip) => (err ? reject(err) : resolve(zip))));
}
function openEntry(zip, entry) {
    return new Promise((resolve, reject) => zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))));
}
/** `name`: the artifact's name, for messages. */
async function unpackArtifactZip(file, dir, name, limits) {
    const label = `the artifact ${JSON.stringify(name)}`;
    const refuse = (why) => new ArchiveRefused(`${label} was refused: ${why}`);
    let zip;
    try {
        zip = await openZip(file);
    }
    catch (e) {
        throw refuse(e.message);
    }
    if (zip.entryCount > limits.maxEntries) {
        zip.close();
        throw new ArchiveLimitError(label, "entries", limits.maxEntries);
    }
    const root = external_node_path_default().resolve(dir);
    const out = { files: 0, bytes: 0, skipped: [] };
    const skipped = out.skipped;
    try {
        await new Promise((resolve, reject) => {
            const fail = (e) => {
                zip.close();
                reject(e);
            };
            zip.on("error", (e) => fail(refuse(e.message)));
            zip.on("end", () => resolve());
            zip.on("entry", (entry) => {
                handle(entry).then(() => zip.readEntry(), (e) => fail(e));
            });
            zip.readEntry();
        });
    }
    finally {
        zip.close();
    }
    return out;
    async function handle(entry) {
        const p = entry.fileName;
        const unsafe = unsafePathReason(p);
        if (unsafe)
            throw refuse(`the entry ${JSON.stringify(p)} ${unsafe}`);
        const target = external_node_path_default().resolve(root, p);
        if (!target.startsWith(root + (external_node_path_default()).sep))
            throw refuse(`the entry ${JSON.stringify(p)} leaves the directory`);
        if (p.endsWith("/")) {
            await (0,promises_.mkdir)(target, { recursive: true });
            return;
        }
        const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
        if (mode === S_IFLNK || (mode !== 0 && mode !== S_IFREG)) {
            skipped.push({
                path: p,
                reason: mode === S_IFLNK ? "is a symbolic link; only regular files are read" : "is not a regular file",
            });
            return;
        }
        if (entry.isEncrypted())
            throw refuse(`the entry ${JSON.stringify(p)} is encrypted`);
        if (out.bytes + entry.uncompressedSize > limits.maxBytes)
            throw new ArchiveLimitError(label, "bytes", limits.maxBytes);
        let seen = 0;
        // The header's size is checked against the data by yauzl; this counter also stops a stream that goes on.
        const counter = new external_node_stream_.Transform({
            transform(chunk, _enc, cb) {
                seen += chunk.length;
                if (out.bytes + seen > limits.maxBytes)
                    return cb(new ArchiveLimitError(label, "bytes", limits.maxBytes));
                cb(null, chunk);
            },
        });
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        try {
            await (0,external_node_stream_promises_.pipeline)(await openEntry(zip, entry), counter, (0,external_node_fs_.createWriteStream)(target, { flags: "wx", mode: 0o600 }));
        }
        catch (e) {
            if (e instanceof ArchiveLimitError)
                throw e;
            throw refuse(`the entry ${JSON.stringify(p)}: ${e.message}`);
        }
        out.bytes += seen;
        out.files++;
    }
}

;// CONCATENATED MODULE: ./src/app/run-artifacts.ts
/** A completed workflow run's artifacts, downloaded and unpacked with limits into the assessed tree. */







async function readRunArtifacts(octokit, job, config, root, zipDir, settings) {
    const run = job.workflowRun;
    if (!run)
        return { refused: [], notices: [] };
    const wanted = picomatch_default()(config.app.artifacts);
    const listed = await listRunArtifacts(octokit, { owner: job.owner, repo: job.repo, runId: run.id });
    const chosen = listed.filter((a) => !a.expired && wanted(a.name));
    const notices = [];
    const refused = [];
    if (chosen.length === 0)
        notices.push(`The workflow run ${run.name} has no artifact matching app.artifacts.`);
    if (chosen.length > settings.maxArtifacts)
        notices.push(`Only the first ${settings.maxArtifacts} of ${chosen.length} artifacts were read (READINESS_MAX_ARTIFACTS).`);
    await (0,promises_.mkdir)(zipDir, { recursive: true });
    for (const a of chosen.slice(0, settings.maxArtifacts)) {
        const label = `${ARTIFACT_DIR}/${safeDirName(a.name)}`;
        try {
            const zip = external_node_path_default().join(zipDir, `${a.id}.zip`);
            await fetchArtifactZip(octokit, { owner: job.owner, repo: job.repo, artifactId: a.id, name: a.name }, zip, settings.maxArtifactBytes);
            const tree = await unpackArtifactZip(zip, external_node_path_default().join(root, label), a.name, {
                maxBytes: settings.maxArtifactBytes,
                maxEntries: settings.maxArtifactEntries,
            });
            for (const s of tree.skipped.slice(0, 10))
                notices.push(`${s.path} in the artifact ${a.name} ${s.reason}.`);
        }
        catch (e) {
            if (!(e instanceof ArchiveLimitError || e instanceof ArchiveRefused))
                throw e;
            await (0,promises_.rm)(external_node_path_default().join(root, label), { recursive: true, force: true });
            // Listed with the report's unreadable inputs, which name it and say why.
            refused.push({ path: label, format: null, dimension: null, status: "unreadable", error: e.message });
        }
    }
    return { refused, notices };
}
/** Artifact names may hold any character; the directory name keeps a safe subset. */
function safeDirName(name) {
    const s = name.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_");
    return s || "_";
}

;// CONCATENATED MODULE: ./src/app/assess-job.ts
/**
 * One assessment, from a queued job to a completed check run: the config from the default branch, the head
 * commit's tree from its tarball, the named workflow run's artifacts, the engine in an isolated process, then
 * the shared publisher. Every path ends with the check run completed and the temporary directory removed.
 */













function appForbiddenAdvice(what, permission) {
    const appPermission = permission.replace("pull-requests", "pull_requests");
    return `Could not ${what}: the installation does not grant \`${appPermission}\` (GitHub answered 403). Accept the App's requested permissions in the installation's settings; app.yml lists them.`;
}
function createJobRunner(deps) {
    return (job, signal, attempt) => runJob(job, signal, deps, attempt?.final ?? true);
}
/** A job that will not be tried again: its check run (restarted, or created) ends `failure` with the reason. */
function createJobFailer(deps) {
    return async (job, reason) => {
        const octokit = await deps.probot.auth(job.installationId);
        const publication = await startPublication({
            client: octokit,
            target: { owner: job.owner, repo: job.repo, headSha: job.headSha, pullNumber: job.pullNumber, verifyPull: false },
            checkName: deps.settings.checkName,
            now: deps.now ?? (() => new Date()),
            info: (m) => deps.log.info(m),
            warn: (m) => deps.log.warn(m),
            forbiddenAdvice: appForbiddenAdvice,
        });
        await publication.fail(reason);
    };
}
/** A push whose pull request has a newer head (or is closed) by the time its job runs. */
async function superseded(octokit, job) {
    if (job.pullNumber === null || !job.trigger.startsWith("pull_request."))
        return null;
    const { data: pr } = await octokit.rest.pulls.get({ owner: job.owner, repo: job.repo, pull_number: job.pullNumber });
    if (pr.state !== "open")
        return `#${job.pullNumber} is ${pr.state}`;
    return pr.head.sha === job.headSha ? null : `#${job.pullNumber} moved on to ${pr.head.sha.slice(0, 7)}`;
}
async function runJob(job, signal, deps, final) {
    const { settings } = deps;
    const now = deps.now ?? (() => new Date());
    const log = deps.log.child({
        delivery: job.deliveryId,
        repo: `${job.owner}/${job.repo}`,
        sha: job.headSha.slice(0, 7),
    });
    const octokit = await deps.probot.auth(job.installationId);
    if (deps.skipSuperseded) {
        const why = await superseded(octokit, job);
        if (why)
            return void log.info(`${job.trigger} for ${job.headSha.slice(0, 7)} skipped: ${why}`);
    }
    const repoRef = { owner: job.owner, repo: job.repo };
    const start = (pullNumber) => startPublication({
        client: octokit,
        target: { ...repoRef, headSha: job.headSha, pullNumber, verifyPull: false },
        checkName: settings.checkName,
        now,
        info: (m) => log.info(m),
        warn: (m) => log.warn(m),
        forbiddenAdvice: appForbiddenAdvice,
        recheckPull: true,
        resumeCheckRun: true,
    });
    // A pull request's check run shows `in_progress` before anything is read; a workflow run first needs the
    // config to know whether its workflow is one the App assesses at all.
    let publication = job.workflowRun ? null : await start(job.pullNumber);
    const loaded = await loadRepoConfig(octokit, job);
    if (job.workflowRun) {
        if (loaded.config && !namesWorkflow(loaded.config, job.workflowRun)) {
            log.debug(`workflow ${job.workflowRun.name} is not in app.workflows; nothing to do`);
            return;
        }
        publication = await start(job.pullNumber ?? (await findForkPull(octokit, job)));
    }
    if (!publication)
        return;
    const { config, source } = loaded;
    if (!config || !source)
        return void (await publication.fail(loaded.problem ?? "the config could not be read"));
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), "readiness-app-"));
    try {
        await assessAndPublish(job, config, source, octokit, publication, tmp, signal, { ...deps, now }, log);
    }
    catch (e) {
        if (!final && mayPassOff(e, signal)) {
            // The check run stays in progress; the next try restarts it.
            log.warn(`assessment failed, to be tried again: ${e instanceof Error ? e.message : String(e)}`);
            throw e;
        }
        await publication.fail(...failure(e, signal, settings));
        if (!(e instanceof isolation/* AssessmentStopped */.M1 || e instanceof ArchiveLimitError || e instanceof ArchiveRefused))
            log.error(`assessment failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/** The default branch's config, parsed; a read or parse problem is returned as the check run's reason. */
async function loadRepoConfig(octokit, job) {
    let source;
    try {
        source = await readDefaultBranchConfig(octokit, {
            owner: job.owner,
            repo: job.repo,
            defaultBranch: job.defaultBranch,
        });
    }
    catch (e) {
        return {
            problem: `Could not read ${CONFIG_PATH} from the default branch ${job.defaultBranch}: ${e instanceof Error ? e.message : String(e)}`,
        };
    }
    try {
        return { source, config: (0,validate_config/* parseConfig */.o4)(source.name, source.text) };
    }
    catch (e) {
        if (!(e instanceof validate_config/* ConfigError */.xL))
            throw e;
        return { source, problem: e.message };
    }
}
/** A network or server error (GitHub, the download host) may pass off; a refused archive or a failed assessment not. */
function mayPassOff(e, signal) {
    if (signal.aborted)
        return false;
    if (e instanceof isolation/* AssessmentStopped */.M1 || e instanceof isolation/* AssessmentFailed */._V)
        return false;
    if (e instanceof ArchiveLimitError || e instanceof ArchiveRefused)
        return false;
    const status = e.status;
    return typeof status !== "number" || status >= 500 || status === 429;
}
function failure(e, signal, settings) {
    const reason = (signal.aborted ? signal.reason : null);
    if (reason === "timeout")
        return [
            `The assessment took longer than ${settings.jobTimeoutMs / 1000} s (the server's limit, READINESS_JOB_TIMEOUT_S) and was stopped.`,
            { conclusion: "timed_out" },
        ];
    if (reason === "shutdown")
        return [
            "The server shut down before the assessment finished; re-run this check to assess again.",
            { conclusion: "cancelled" },
        ];
    return [e instanceof Error ? e.message : String(e)];
}
const stopIfAborted = (signal) => {
    if (signal.aborted)
        throw new isolation/* AssessmentStopped */.M1(String(signal.reason));
};
async function assessAndPublish(job, config, source, octokit, publication, tmp, signal, deps, log) {
    const { settings } = deps;
    const root = external_node_path_default().join(tmp, "tree");
    await (0,promises_.mkdir)(root);
    const tree = await fetchTarball(octokit, { owner: job.owner, repo: job.repo, sha: job.headSha }, root, {
        maxBytes: settings.maxArchiveBytes,
        maxEntries: settings.maxArchiveEntries,
        reserved: [ARTIFACT_DIR],
    });
    stopIfAborted(signal);
    const notices = [configNotice(source)];
    for (const s of tree.skipped.slice(0, 20))
        notices.push(`${s.path} in the head commit ${s.reason}; it was not read.`);
    if (tree.skipped.length > 20)
        notices.push(`${tree.skipped.length - 20} more entries of the head commit were not read.`);
    const unopened = [];
    if (job.workflowRun) {
        const found = await readRunArtifacts(octokit, job, config, root, external_node_path_default().join(tmp, "zips"), settings);
        unopened.push(...found.refused);
        notices.push(...found.notices);
        stopIfAborted(signal);
    }
    const base = job.baseSha && job.pullNumber !== null ? await fetchBase(octokit, job, job.baseSha, tmp, settings) : null;
    if (base && "notice" in base)
        notices.push(base.notice);
    stopIfAborted(signal);
    const linkToken = linksWillRun(config, settings) ? await linkCheckerToken(deps.probot, job) : undefined;
    const result = await (0,isolation/* assessInChild */.UY)({
        root,
        config: { name: source.name, text: source.text },
        extraArtifacts: job.workflowRun ? [`${ARTIFACT_DIR}/**/*`] : [],
        unopened,
        limits: {
            externalLinks: settings.externalLinks,
            externalLinkConcurrency: settings.externalLinkConcurrency,
            allowPrivateHosts: settings.allowPrivateHosts,
        },
        ...(linkToken ? { linkToken } : {}),
        apiUrl: deps.apiUrl,
        now: deps.now().toISOString(),
        ...(base && "root" in base ? { base } : {}),
    }, { ...deps.isolation, heapMb: settings.assessHeapMb, signal });
    const report = result.report;
    report.notices = [...notices, ...result.notices, ...report.notices];
    report.context = {
        repository: `${job.owner}/${job.repo}`,
        sha: job.headSha,
        ...(job.pullNumber !== null ? { pullRequest: job.pullNumber } : {}),
    };
    const published = await publication.complete(report, {
        comment: config.app.comment,
        annotations: config.app.annotations,
        conditionalConclusion: config.app["conditional-conclusion"],
        fileBase: `${deps.serverUrl}/${job.owner}/${job.repo}/blob/${job.headSha}/`,
    });
    log.info(`assessed (${job.trigger}): ${report.verdict}, comment ${published.comment?.action ?? "not written"}`);
}
/** The base commit's tree, for the comparison; a base that cannot be read is a notice, and every finding gates. */
async function fetchBase(octokit, job, sha, tmp, settings) {
    const root = external_node_path_default().join(tmp, "base");
    try {
        await (0,promises_.mkdir)(root);
        await fetchTarball(octokit, { owner: job.owner, repo: job.repo, sha }, root, {
            maxBytes: settings.maxArchiveBytes,
            maxEntries: settings.maxArchiveEntries,
            reserved: [ARTIFACT_DIR],
        });
        return { root, sha };
    }
    catch (e) {
        await (0,promises_.rm)(root, { recursive: true, force: true });
        return {
            notice: `The base commit ${sha.slice(0, 7)} could not be read (${e.message.split("\n")[0]}): every finding gates, old ones included.`,
        };
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/app/env-file.ts
/**
 * Writes the credentials Probot's setup flow receives into `.env`, merged with what is there, readable by the
 * owner only (0600): the file holds the App's private key. Probot's own writer leaves it at 0644.
 */



// Node's .env reader turns `\n` back into newlines inside double quotes (the private key is multi-line).
const quote = (v) => (/[\s#"']/.test(v) ? `"${v.replace(/\n/g, "\\n")}"` : v);
function writeEnvFile(values, dir = process.cwd()) {
    const file = external_node_path_default().join(dir, ".env");
    const current = (0,external_node_fs_.existsSync)(file) ? (0,external_node_util_.parseEnv)((0,external_node_fs_.readFileSync)(file, "utf8")) : {};
    // Probot hands the key pre-quoted for its own writer; keep the bare value.
    const clean = Object.fromEntries(Object.entries(values)
        .filter((e) => e[1] !== undefined)
        .map(([k, v]) => [k, v.replace(/^"([\s\S]*)"$/, "$1")]));
    const merged = { ...current, ...clean };
    const text = `${Object.entries(merged)
        .map(([k, v]) => `${k}=${quote(v)}`)
        .join("\n")}\n`;
    (0,external_node_fs_.writeFileSync)(file, text, { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(file, 0o600);
    Object.assign(process.env, clean);
    return merged;
}

;// CONCATENATED MODULE: ./src/app/handlers.ts
const PR_ACTIONS = ["opened", "synchronize", "reopened", "ready_for_review"];
const COMMAND = /^\/readiness(?:\s|$)/;
const SEEN_LIMIT = 10_000;
function createHandlers(deps) {
    const seen = new Set();
    const lastCommand = new Map();
    const now = deps.now ?? Date.now;
    const interval = deps.commandIntervalMs ?? 60_000;
    /** First sighting of a delivery: true. Oldest ids are forgotten first. */
    const firstTime = (id) => {
        if (deps.dedupeDeliveries === false)
            return true;
        if (seen.has(id))
            return false;
        seen.add(id);
        if (seen.size > SEEN_LIMIT)
            seen.delete(seen.values().next().value);
        return true;
    };
    const enqueue = async (ctx, fields, trigger, rerun = false) => {
        const p = ctx.payload;
        const installationId = p.installation?.id;
        if (!installationId)
            return deps.log.warn(`${trigger} (delivery ${ctx.id}) has no installation; ignored`);
        const owner = p.repository.owner.login;
        const repo = p.repository.name;
        const job = {
            deliveryId: ctx.id,
            trigger,
            installationId,
            owner,
            repo,
            defaultBranch: p.repository.default_branch,
            ...fields,
        };
        const key = fields.pullNumber !== null ? `${owner}/${repo}#${fields.pullNumber}` : `${owner}/${repo}@${fields.headSha}`;
        const id = jobId(key, fields, rerun ? ctx.id : null);
        let outcome;
        try {
            outcome = await deps.queue.add({ key, id, installationId, data: job });
        }
        catch (e) {
            // Not stored: forget the delivery, so GitHub's redelivery of it (the webhook answered 500) is taken.
            seen.delete(ctx.id);
            deps.log.error(`${trigger} (delivery ${ctx.id}) for ${key} not queued: ${e instanceof Error ? e.message : e}`);
            throw e;
        }
        deps.log.info(`${trigger} (delivery ${ctx.id}) for ${key}: ${outcome}`);
    };
    return (app) => {
        app.on(PR_ACTIONS.map((a) => `pull_request.${a}`), async (ctx) => {
            if (!firstTime(ctx.id))
                return;
            const pr = ctx.payload.pull_request;
            if (pr.draft)
                return deps.log.info(`pull_request.${ctx.payload.action} for draft #${pr.number}; not assessed until ready`);
            await enqueue(ctx, { headSha: pr.head.sha, pullNumber: pr.number, baseSha: pr.base.sha }, `pull_request.${ctx.payload.action}`);
        });
        app.on("workflow_run.completed", async (ctx) => {
            if (!firstTime(ctx.id))
                return;
            const run = ctx.payload.workflow_run;
            const listed = (run.pull_requests ?? []).find((p) => p?.head.sha === run.head_sha);
            const headRepo = run.head_repository?.full_name ?? ctx.payload.repository.full_name;
            await enqueue(ctx, {
                headSha: run.head_sha,
                pullNumber: listed?.number ?? null,
                ...(listed?.base.sha ? { baseSha: listed.base.sha } : {}),
                workflowRun: {
                    id: run.id,
                    name: run.name ?? "",
                    path: run.path ?? "",
                    headOwner: run.head_repository?.owner?.login ?? "",
                    headBranch: run.head_branch ?? "",
                    fork: headRepo !== ctx.payload.repository.full_name,
                },
            }, "workflow_run.completed");
        });
        app.on("check_run.rerequested", async (ctx) => {
            if (!firstTime(ctx.id))
                return;
            const run = ctx.payload.check_run;
            if (run.name !== deps.checkName)
                return;
            await enqueue(ctx, {
                headSha: run.head_sha,
                pullNumber: run.pull_requests[0]?.number ?? null,
                ...(run.pull_requests[0]?.base.sha ? { baseSha: run.pull_requests[0].base.sha } : {}),
            }, "check_run.rerequested", true);
        });
        app.on("check_suite.rerequested", async (ctx) => {
            if (!firstTime(ctx.id))
                return;
            const suite = ctx.payload.check_suite;
            await enqueue(ctx, {
                headSha: suite.head_sha,
                pullNumber: suite.pull_requests[0]?.number ?? null,
                ...(suite.pull_requests[0]?.base.sha ? { baseSha: suite.pull_requests[0].base.sha } : {}),
            }, "check_suite.rerequested", true);
        });
        app.on("merge_group.checks_requested", async (ctx) => {
            if (!firstTime(ctx.id))
                return;
            await enqueue(ctx, { headSha: ctx.payload.merge_group.head_sha, pullNumber: null }, "merge_group.checks_requested");
        });
        app.on("issue_comment.created", async (ctx) => {
            if (!firstTime(ctx.id))
                return;
            const { comment, issue, sender } = ctx.payload;
            if (!issue.pull_request || !COMMAND.test(comment.body.trim()))
                return;
            // Bots never trigger a run (a bot answering a bot loops).
            if (sender.type === "Bot" || comment.user?.type === "Bot")
                return;
            const task = readinessCommand(ctx, deps, lastCommand, now, interval, enqueue).catch((e) => deps.log.warn(`/readiness on #${issue.number}: ${e instanceof Error ? e.message : String(e)}`));
            deps.tasks.add(task);
            void task.finally(() => deps.tasks.delete(task));
        });
    };
}
/**
 * The job's identity: the pull request (or commit) and head SHA, plus the workflow run whose artifacts it reads,
 * plus the delivery for a re-run someone asked for (a re-run of an assessed commit must run again).
 */
function jobId(key, fields, rerunDelivery) {
    const base = key.includes("@") ? key : `${key}@${fields.headSha}`;
    const run = fields.workflowRun ? `/run-${fields.workflowRun.id}` : "";
    // BullMQ refuses ":" in a custom id; delivery ids are UUIDs, but nothing from a payload is trusted to be one.
    return `${base}${run}${rerunDelivery ? `/rerun-${rerunDelivery}` : ""}`.replaceAll(":", "_");
}
/**
 * `/readiness` re-runs the check, for users with write access only. `author_association` does not say that
 * (a private organisation member shows as CONTRIBUTOR or NONE), so the collaborator-permission API decides.
 */
async function readinessCommand(ctx, deps, lastCommand, now, interval, enqueue) {
    const octokit = ctx.octokit;
    const { comment, issue, repository } = ctx.payload;
    const repo = { owner: repository.owner.login, repo: repository.name };
    const login = comment.user?.login ?? ctx.payload.sender.login;
    const react = (content) => octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content });
    const { data: perm } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    if (perm.permission !== "admin" && perm.permission !== "write") {
        await react("-1");
        await octokit.rest.issues.createComment({
            ...repo,
            issue_number: issue.number,
            body: `@${login} \`/readiness\` re-runs the readiness check for users with write access to this repository; your access is \`${perm.permission}\`, so nothing was run.`,
        });
        return;
    }
    const key = `${repository.full_name}#${issue.number}`;
    const last = lastCommand.get(key);
    if (last !== undefined && now() - last < interval) {
        await react("confused");
        deps.log.info(`/readiness on ${key} within ${interval / 1000} s of the last one; ignored`);
        return;
    }
    lastCommand.set(key, now());
    const { data: pr } = await octokit.rest.pulls.get({ ...repo, pull_number: issue.number });
    if (pr.state !== "open")
        return;
    await react("+1");
    await enqueue(ctx, { headSha: pr.head.sha, pullNumber: pr.number, baseSha: pr.base.sha }, "/readiness", true);
}

;// CONCATENATED MODULE: ./src/app/queue.ts
/**
 * Where assessments wait and run. The server only talks to `AssessmentQueue`, so the engine that shares one
 * queue between replicas (BullMQ on Redis, redis-queue.ts) replaces the in-process one without touching the
 * handlers.
 *
 * The in-process engine: a global concurrency limit, a per-installation limit, coalescing (a job added while
 * another with the same key still waits replaces it, and the wait restarts, so quick successive pushes give one
 * assessment of the newest head), a time limit per job, and a drain for shutdown.
 */
function createInProcessQueue(opts) {
    const waiting = new Map();
    const running = new Set();
    let closed = false;
    let timer = null;
    const perInstallation = (id) => [...running].filter((r) => r.installationId === id).length;
    const schedule = () => {
        if (timer)
            clearTimeout(timer);
        timer = null;
        const next = Math.min(...[...waiting.values()].map((w) => w.readyAt));
        if (Number.isFinite(next))
            timer = setTimeout(pump, Math.max(0, next - Date.now()));
    };
    const start = (w) => {
        const controller = new AbortController();
        const limit = setTimeout(() => controller.abort("timeout"), opts.jobTimeoutMs);
        const entry = {
            installationId: w.job.installationId,
            controller,
            done: Promise.resolve()
                .then(() => opts.run(w.job.data, controller.signal))
                .catch((e) => opts.onError(e, w.job))
                .finally(() => {
                clearTimeout(limit);
                running.delete(entry);
                if (!closed)
                    pump();
            }),
        };
        running.add(entry);
    };
    function pump() {
        const now = Date.now();
        for (const [key, w] of waiting) {
            if (running.size >= opts.concurrency)
                break;
            if (w.readyAt > now || perInstallation(w.job.installationId) >= opts.perInstallation)
                continue;
            waiting.delete(key);
            start(w);
        }
        schedule();
    }
    return {
        async add(job) {
            if (closed)
                return "closed";
            const had = waiting.delete(job.key);
            // Re-inserting moves it to the back: a job that keeps being replaced does not starve others.
            waiting.set(job.key, { job, readyAt: Date.now() + opts.coalesceMs });
            if (opts.coalesceMs === 0)
                pump();
            else
                schedule();
            return had ? "coalesced" : "queued";
        },
        stats: async () => ({ waiting: waiting.size, running: running.size }),
        async drain(timeoutMs) {
            closed = true;
            if (timer)
                clearTimeout(timer);
            const dropped = [...waiting.values()].map((w) => w.job.data);
            waiting.clear();
            const all = () => Promise.all([...running].map((r) => r.done));
            let grace;
            await Promise.race([all(), new Promise((r) => (grace = setTimeout(r, timeoutMs)))]);
            clearTimeout(grace);
            for (const r of running)
                r.controller.abort("shutdown");
            await all();
            return { dropped };
        },
    };
}

// EXTERNAL MODULE: ./node_modules/bullmq/dist/cjs/index.js
var cjs = __webpack_require__(11365);
;// CONCATENATED MODULE: ./src/app/installation-slots.ts
// KEYS[1]: the installation's set. ARGV: job id, limit, lease ms. 1 when the job holds a slot, else 0.
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local lease = tonumber(ARGV[3])
if redis.call('ZSCORE', KEYS[1], ARGV[1]) or redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + lease, ARGV[1])
  redis.call('PEXPIRE', KEYS[1], lease * 2)
  return 1
end
return 0
`;
function installationSlots(redis, opts) {
    const key = (id) => `${opts.prefix}:installation-slots:${id}`;
    return {
        take: async (installationId, jobId) => (await redis.eval(TAKE, 1, key(installationId), jobId, opts.limit, opts.leaseMs)) === 1,
        release: async (installationId, jobId) => {
            await redis.zrem(key(installationId), jobId);
        },
    };
}

;// CONCATENATED MODULE: ./src/app/redis-queue.ts
/**
 * The shared engine: BullMQ on Redis, for any number of App processes. Every process can add jobs; those whose
 * role runs jobs take them from the one queue.
 *
 * - The job id is the pull request (or commit) and head SHA: a delivery received by two replicas, or redelivered,
 *   adds nothing (the finished job's record is kept a day for that).
 * - A job waits `coalesceMs` before it runs; a pull request's job whose head has moved on by then is skipped by
 *   the runner (GitHub holds which head is newest), so quick pushes give one assessment of the newest head.
 * - Concurrency: `concurrency` per process, `perInstallation` over all processes (installation-slots.ts); a job
 *   that finds its installation's slots held goes back to the delayed set for a moment.
 * - A worker that dies stops renewing its job's lock; after `stallMs` another worker takes the job over
 *   (BullMQ's stalled-job check) and restarts the same check run. A job that throws is retried with backoff;
 *   after its last try `onFinalFailure` ends its check run with the reason.
 * - Nothing but the queue lives in Redis: losing it loses waiting jobs, never a result (those are on GitHub).
 */



const QUEUE_NAME = "assessments";
/** How soon a job whose installation has no free slot is looked at again. */
const SLOT_RETRY_MS = 500;
const DAY_S = 24 * 3600;
function createRedisQueue(opts) {
    const warn = throttledWarn(opts.log);
    // Adding fails at once while Redis is away (the webhook gets a 500 and can be redelivered) instead of
    // holding the delivery past GitHub's 10 s.
    const addConnection = new built.Redis(opts.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    addConnection.on("error", (e) => warn(`Redis (queue): ${e.message}`));
    const queue = new cjs.Queue(QUEUE_NAME, { connection: addConnection, prefix: opts.prefix });
    queue.on("error", (e) => warn(`Redis (queue): ${e.message}`));
    const running = new Map();
    let closed = false;
    let worker = null;
    let workConnection = null;
    let slotConnection = null;
    if (opts.work) {
        // BullMQ's blocking reads need retries without a limit; they resume by themselves after a reconnect.
        workConnection = new built.Redis(opts.url, { maxRetriesPerRequest: null });
        workConnection.on("error", (e) => warn(`Redis (worker): ${e.message}`));
        slotConnection = new built.Redis(opts.url, { maxRetriesPerRequest: null });
        slotConnection.on("error", (e) => warn(`Redis (slots): ${e.message}`));
        const slots = installationSlots(slotConnection, {
            prefix: opts.prefix,
            limit: opts.perInstallation,
            leaseMs: opts.stallMs,
        });
        const processor = async (job, token) => {
            const id = job.id ?? job.data.key;
            const { installationId } = job.data;
            if (!(await slots.take(installationId, id))) {
                await job.moveToDelayed(Date.now() + SLOT_RETRY_MS + Math.floor(Math.random() * 100), token);
                throw new cjs.DelayedError();
            }
            const controller = new AbortController();
            const limit = setTimeout(() => controller.abort("timeout"), opts.jobTimeoutMs);
            const renew = setInterval(() => void slots.take(installationId, id).catch(() => { }), Math.max(200, opts.stallMs / 3));
            running.set(id, controller);
            const tryNumber = job.attemptsMade + 1;
            const taken = job.stalledCounter > 0 ? ", taken over from a worker that stopped" : "";
            opts.log.info(`job ${id} started (installation ${installationId}, try ${tryNumber}${taken})`);
            try {
                await opts.run(job.data.data, controller.signal, { final: tryNumber >= opts.attempts });
                opts.log.info(`job ${id} finished (installation ${installationId})`);
            }
            catch (e) {
                const reason = e instanceof Error ? e.message : String(e);
                if (tryNumber >= opts.attempts) {
                    opts.log.error(`job ${id} failed after ${tryNumber} tries: ${reason}`);
                    await opts
                        .onFinalFailure(job.data.data, `The assessment failed ${tryNumber} time(s); the last error: ${reason}`)
                        .catch((f) => opts.log.error(`job ${id}: the check run could not be ended: ${String(f)}`));
                }
                else
                    opts.log.warn(`job ${id} failed (try ${tryNumber} of ${opts.attempts}), retried: ${reason}`);
                throw e;
            }
            finally {
                clearTimeout(limit);
                clearInterval(renew);
                running.delete(id);
                await slots.release(installationId, id).catch(() => { });
            }
        };
        worker = new cjs.Worker(QUEUE_NAME, processor, {
            connection: workConnection,
            prefix: opts.prefix,
            concurrency: opts.concurrency,
            lockDuration: opts.stallMs,
            stalledInterval: opts.stallMs,
            // A job whose workers keep dying (it kills them?) is not handed on for ever.
            maxStalledCount: 2,
        });
        worker.on("error", (e) => warn(`Redis (worker): ${e.message}`));
    }
    return {
        async ready() {
            await queue.waitUntilReady();
            await worker?.waitUntilReady();
        },
        async add(job) {
            if (closed)
                return "closed";
            if (await queue.getJob(job.id))
                return "duplicate";
            await queue.add("assess", { key: job.key, installationId: job.installationId, data: job.data }, {
                jobId: job.id,
                delay: opts.coalesceMs,
                attempts: opts.attempts,
                backoff: { type: "exponential", delay: opts.retryDelayMs },
                // The finished job's record makes a late redelivery a duplicate; it holds no result.
                removeOnComplete: { age: DAY_S },
                removeOnFail: { age: 7 * DAY_S },
            });
            return "queued";
        },
        async stats() {
            const counts = await queue.getJobCounts("waiting", "delayed", "prioritized");
            return {
                waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
                running: running.size,
            };
        },
        async drain(timeoutMs) {
            closed = true;
            if (worker) {
                const done = worker.close();
                let grace;
                await Promise.race([done, new Promise((r) => (grace = setTimeout(r, timeoutMs)))]);
                clearTimeout(grace);
                for (const c of running.values())
                    c.abort("shutdown");
                await done;
            }
            await queue.close();
            for (const c of [addConnection, workConnection, slotConnection])
                c?.disconnect();
            // Waiting jobs stay in Redis for the other processes.
            return { dropped: [] };
        },
    };
}
/** Redis errors come in bursts while it is away: the first of each message, then at most one every 10 s. */
function throttledWarn(log) {
    const last = new Map();
    return (m) => {
        const now = Date.now();
        if (now - (last.get(m) ?? 0) < 10_000)
            return;
        last.set(m, now);
        log.warn(m);
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/app/body-limit.ts
class BodyTooLarge extends Error {
    limit;
    name = "BodyTooLarge";
    constructor(limit) {
        super(`the request body is over the ${limit}-byte limit`);
        this.limit = limit;
    }
}
/** How much of an oversized body is read and dropped before the connection is cut. */
const DISCARD_ALLOWANCE = 64 * 1024 * 1024;
/**
 * Reads on and drops what arrives, holding nothing, so the client gets the 413 rather than a reset (a reset
 * can destroy the answer before the client reads it); a sender that goes on past the allowance is cut off.
 */
function discard(req) {
    let dropped = 0;
    req.on("data", (c) => {
        dropped += c.length;
        if (dropped > DISCARD_ALLOWANCE)
            req.destroy();
    });
}
/** Resolves to the body as text, or rejects with `BodyTooLarge` as soon as the limit is passed. */
function readBoundedBody(req, limit) {
    const declared = Number(req.headers["content-length"] ?? Number.NaN);
    if (Number.isFinite(declared) && declared > limit) {
        discard(req);
        return Promise.reject(new BodyTooLarge(limit));
    }
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        const onData = (chunk) => {
            size += chunk.length;
            if (size > limit) {
                req.off("data", onData);
                chunks.length = 0;
                discard(req);
                reject(new BodyTooLarge(limit));
                return;
            }
            chunks.push(chunk);
        };
        req.on("data", onData);
        req.once("end", () => {
            if (size <= limit)
                resolve(Buffer.concat(chunks).toString("utf8"));
        });
        req.once("error", reject);
    });
}

;// CONCATENATED MODULE: ./src/app/server.ts
/**
 * The App's HTTP server: `GET /healthz`, and webhooks at `POST /api/github/webhooks` and `POST /` (where the
 * manifest registration points GitHub). Before Probot's middleware sees a delivery, its body is read with a
 * size limit (413 above it) and its signature is checked (400 when missing or wrong), so an unsigned or huge
 * request costs bounded memory, reaches no handler, makes no GitHub call and leaves no payload in the log.
 */



const WEBHOOK_PATH = "/api/github/webhooks";
const json = (res, status, body, headers = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
};
async function startAppServer(deps) {
    const middleware = await (0,probot_lib/* createNodeMiddleware */.Pb)(deps.appFn, { probot: deps.probot, webhooksPath: WEBHOOK_PATH });
    let closing = false;
    const webhook = async (req, res) => {
        const delivery = String(req.headers["x-github-delivery"] ?? "?");
        let body;
        try {
            body = await readBoundedBody(req, deps.maxWebhookBytes);
        }
        catch (e) {
            if (!(e instanceof BodyTooLarge))
                throw e;
            deps.log.warn(`webhook delivery ${delivery} refused: body over ${deps.maxWebhookBytes} bytes`);
            return json(res, 413, { error: `payload over ${deps.maxWebhookBytes} bytes` });
        }
        const signature = req.headers["x-hub-signature-256"];
        const valid = typeof signature === "string" && (await deps.probot.webhooks.verify(body, signature).catch(() => false));
        if (!valid) {
            deps.log.warn(`webhook delivery ${delivery} refused: ${signature ? "wrong" : "missing"} signature`);
            return json(res, 400, { error: "signature does not match the payload and secret" });
        }
        // The middleware uses `req.body` instead of reading the (already consumed) stream again.
        req.body = body;
        req.url = WEBHOOK_PATH;
        await middleware(req, res, () => json(res, 404, { error: "not found" }));
    };
    const server = (0,external_node_http_.createServer)((req, res) => {
        const path = (req.url ?? "/").split("?")[0];
        const route = req.method === "GET" && path === "/healthz"
            ? deps.health().then((h) => json(res, closing ? 503 : 200, { status: closing ? "draining" : "ok", ...h }))
            : req.method === "POST" && (path === WEBHOOK_PATH || path === "/") && deps.webhooks !== false
                ? webhook(req, res)
                : Promise.resolve(json(res, 404, { error: "not found" }));
        route.catch((e) => {
            deps.log.error(`request ${req.method} ${path} failed: ${e instanceof Error ? e.message : String(e)}`);
            if (!res.headersSent)
                json(res, 500, { error: "internal error" });
        });
    });
    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(deps.port, deps.host, () => resolve());
    });
    const addr = server.address();
    const host = addr.family === "IPv6" ? `[${addr.address}]` : addr.address;
    return {
        url: `http://${host}:${addr.port}`,
        server,
        close: () => new Promise((resolve) => {
            closing = true;
            server.close(() => resolve());
            server.closeIdleConnections();
        }),
    };
}

;// CONCATENATED MODULE: ./src/app/settings.ts
/**
 * The operator's settings, read once from the environment. Nothing here comes from a repository: a repository's
 * config can tighten its own checks but never reach past these limits.
 */

class SettingsError extends Error {
    name = "SettingsError";
}
const settings_int = (env, name, dflt, min = 1) => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "")
        return dflt;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min)
        throw new SettingsError(`${name} must be an integer of at least ${min}, not ${JSON.stringify(raw)}`);
    return n;
};
const MB = 1024 * 1024;
function readSettings(env = process.env) {
    const links = (env.READINESS_EXTERNAL_LINKS ?? "on").trim();
    if (links !== "on" && links !== "off")
        throw new SettingsError(`READINESS_EXTERNAL_LINKS must be "on" or "off", not ${JSON.stringify(links)}`);
    const throttle = (env.READINESS_THROTTLE ?? "on").trim();
    if (throttle !== "on" && throttle !== "off")
        throw new SettingsError(`READINESS_THROTTLE must be "on" or "off", not ${JSON.stringify(throttle)}`);
    const role = (env.READINESS_ROLE ?? "all").trim() || "all";
    if (role !== "all" && role !== "web" && role !== "worker")
        throw new SettingsError(`READINESS_ROLE must be "all", "web" or "worker", not ${JSON.stringify(role)}`);
    const redisUrl = env.REDIS_URL?.trim() || null;
    if (redisUrl && !/^rediss?:\/\//.test(redisUrl))
        throw new SettingsError("REDIS_URL must be a redis:// or rediss:// URL");
    if (role !== "all" && !redisUrl)
        throw new SettingsError(`READINESS_ROLE=${role} needs REDIS_URL: web-only and worker-only processes share the queue through Redis`);
    return {
        host: env.HOST?.trim() || "localhost",
        port: settings_int(env, "PORT", 3000, 0),
        concurrency: settings_int(env, "READINESS_CONCURRENCY", (0,external_node_os_.availableParallelism)()),
        perInstallation: settings_int(env, "READINESS_PER_INSTALLATION", 2),
        coalesceMs: settings_int(env, "READINESS_COALESCE_MS", 2000, 0),
        jobTimeoutMs: settings_int(env, "READINESS_JOB_TIMEOUT_S", 600) * 1000,
        drainTimeoutMs: settings_int(env, "READINESS_DRAIN_TIMEOUT_S", 30, 0) * 1000,
        assessHeapMb: settings_int(env, "READINESS_ASSESS_HEAP_MB", 1024, 64),
        maxWebhookBytes: settings_int(env, "READINESS_MAX_WEBHOOK_BYTES", 25 * MB),
        maxArchiveBytes: settings_int(env, "READINESS_MAX_ARCHIVE_MB", 512) * MB,
        maxArchiveEntries: settings_int(env, "READINESS_MAX_ARCHIVE_ENTRIES", 100_000),
        maxArtifactBytes: settings_int(env, "READINESS_MAX_ARTIFACT_MB", 256) * MB,
        maxArtifactEntries: settings_int(env, "READINESS_MAX_ARTIFACT_ENTRIES", 10_000),
        maxArtifacts: settings_int(env, "READINESS_MAX_ARTIFACTS", 20),
        externalLinks: links,
        externalLinkConcurrency: settings_int(env, "READINESS_EXTERNAL_LINK_CONCURRENCY", 8),
        allowPrivateHosts: (env.READINESS_ALLOW_PRIVATE_HOSTS ?? "")
            .split(",")
            .map((h) => h.trim())
            .filter(Boolean),
        checkName: env.READINESS_CHECK_NAME?.trim() || "Readiness Gate",
        throttle: throttle === "on",
        redisUrl,
        redisPrefix: env.READINESS_REDIS_PREFIX?.trim() || "readiness-gate",
        role,
        attempts: settings_int(env, "READINESS_JOB_ATTEMPTS", 3),
        retryDelayMs: settings_int(env, "READINESS_RETRY_DELAY_S", 5, 0) * 1000,
        stallMs: settings_int(env, "READINESS_STALL_S", 30) * 1000,
    };
}

;// CONCATENATED MODULE: ./src/app/main.ts
/**
 * `npm run app`: with no App credentials, Probot's setup page registers the App from app.yml (the manifest
 * flow) and the credentials land in `.env` (mode 0600); with them, the server takes webhooks. SIGTERM and
 * SIGINT drain: no new deliveries, running assessments finish within the drain time or end `cancelled`.
 */











function githubUrls(env) {
    if (!env.GHE_HOST)
        return { apiUrl: "https://api.github.com", serverUrl: "https://github.com" };
    const root = `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST}`;
    return { apiUrl: `${root}/api/v3`, serverUrl: root };
}
async function main() {
    if ((0,external_node_fs_.existsSync)(".env"))
        process.loadEnvFile(".env");
    const env = process.env;
    // Smee (a public relay) only when the operator asks for one with WEBHOOK_PROXY_URL.
    env.NO_SMEE_SETUP ??= "true";
    env.LOG_LEVEL ??= "info";
    const settings = readSettings(env);
    if (!env.APP_ID || !(env.PRIVATE_KEY || env.PRIVATE_KEY_PATH)) {
        env.HOST = settings.host;
        await (0,probot_lib/* run */.eF)(() => { }, { updateEnv: writeEnvFile });
        return;
    }
    const throttleCluster = settings.redisUrl && settings.throttle ? redisThrottle(settings) : null;
    const Octokit = settings.throttle && !throttleCluster
        ? probot_lib/* ProbotOctokit */.Cj
        : // The function form: probot's own throttle options win a shallow merge of the object form.
            probot_lib/* ProbotOctokit */.Cj.defaults((o) => ({
                ...o,
                ...(throttleCluster
                    ? { throttle: { ...o.throttle, ...throttleCluster } }
                    : { retry: { enabled: false }, throttle: { ...o.throttle, enabled: false } }),
            }));
    // REDIS_URL stays away from probot: it would load its own ioredis at run time (absent from the bundle); the
    // same Bottleneck clustering is set up above with the bundled client.
    const { REDIS_URL: _, ...probotEnv } = env;
    const probot = (0,probot_lib/* createProbot */.LR)({ env: probotEnv, overrides: { Octokit } });
    await probot.ready();
    const log = probot.log.child({ name: "readiness-gate" });
    const urls = githubUrls(env);
    const runnerDeps = {
        probot,
        settings,
        log,
        ...urls,
        isolation: { entry: process.argv[1] ?? "", execArgv: process.execArgv },
        skipSuperseded: settings.redisUrl !== null,
    };
    const queue = await createQueue(settings, runnerDeps, log);
    const tasks = new Set();
    const server = await startAppServer({
        probot,
        appFn: createHandlers({
            queue,
            checkName: settings.checkName,
            log,
            tasks,
            dedupeDeliveries: settings.redisUrl === null,
        }),
        log,
        host: settings.host,
        port: settings.port,
        maxWebhookBytes: settings.maxWebhookBytes,
        webhooks: settings.role !== "worker",
        health: async () => ({
            role: settings.role,
            queue: await queue.stats().catch((e) => ({ error: e instanceof Error ? e.message : String(e) })),
            rssBytes: process.memoryUsage().rss,
        }),
    });
    log.info(`Readiness Gate App listening on ${server.url} (${settings.redisUrl ? `queue on Redis, role ${settings.role}` : "in-process queue"})`);
    let stopping = false;
    const stop = async (signal) => {
        if (stopping)
            return;
        stopping = true;
        log.info(`${signal}: draining (up to ${settings.drainTimeoutMs / 1000} s)`);
        const closed = server.close();
        await Promise.all(tasks);
        const { dropped } = await queue.drain(settings.drainTimeoutMs);
        if (dropped.length)
            log.warn(`${dropped.length} waiting assessment(s) dropped: ${dropped.map((d) => `${d.owner}/${d.repo}@${d.headSha.slice(0, 7)}`).join(", ")}`);
        await closed;
        await throttleCluster?.connection.disconnect();
        log.info("stopped");
        process.exit(0);
    };
    process.on("SIGTERM", () => void stop("SIGTERM"));
    process.on("SIGINT", () => void stop("SIGINT"));
}
async function createQueue(settings, deps, log) {
    const run = createJobRunner(deps);
    if (!settings.redisUrl)
        return createInProcessQueue({
            run,
            concurrency: settings.concurrency,
            perInstallation: settings.perInstallation,
            coalesceMs: settings.coalesceMs,
            jobTimeoutMs: settings.jobTimeoutMs,
            onError: (e, job) => log.error(`job ${job.key} failed: ${e instanceof Error ? e.message : String(e)}`),
        });
    const queue = createRedisQueue({
        url: settings.redisUrl,
        prefix: settings.redisPrefix,
        work: settings.role !== "web",
        run,
        concurrency: settings.concurrency,
        perInstallation: settings.perInstallation,
        coalesceMs: settings.coalesceMs,
        jobTimeoutMs: settings.jobTimeoutMs,
        attempts: settings.attempts,
        retryDelayMs: settings.retryDelayMs,
        stallMs: settings.stallMs,
        onFinalFailure: createJobFailer(deps),
        log,
    });
    await queue.ready();
    return queue;
}
/**
 * Octokit's throttling (Bottleneck) clustered on Redis, as probot does for REDIS_URL: every replica's limiters
 * share one view of each installation's limits.
 */
function redisThrottle(settings) {
    const client = new built.Redis(settings.redisUrl ?? "");
    // Passing the client class keeps Bottleneck from loading ioredis by name at run time.
    const connection = new (lib_default()).IORedisConnection({ client, Redis: built.Redis });
    connection.on("error", (e) => console.error(`Redis (rate limits): ${e instanceof Error ? e.message : e}`));
    return { Bottleneck: (lib_default()), connection, id: `${settings.redisPrefix}-octokit` };
}


/***/ }),

/***/ 59807:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 59807;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 37098:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 37098;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 70670:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 70670;
module.exports = webpackEmptyAsyncContext;

/***/ })

};
