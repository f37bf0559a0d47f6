export const id = 241;
export const ids = [241];
export const modules = {

/***/ 80637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cK: () => (/* binding */ matches),
  Vq: () => (/* binding */ parseContains)
});

// UNUSED EXPORTS: headingTexts

// EXTERNAL MODULE: ./src/core/util/regex-runner.ts
var regex_runner = __webpack_require__(7958);
;// CONCATENATED MODULE: ./src/core/compliance/regex-runner.ts
/** The time-limited regex runner is shared with the link checker's URL patterns: see util/regex-runner.ts. */


;// CONCATENATED MODULE: ./src/core/compliance/contains.ts
/**
 * `contains:` patterns. Three forms, told apart by their first character so nobody has to escape anything by accident:
 * - `"/RTO:\s*\d+/i"`: a regular expression between slashes, flags i, m, s, u;
 * - `"## Escalation"`: a Markdown heading (any level) whose text contains these words;
 * - `"RTO"`: plain words that must appear anywhere, case-insensitively, as whole words.
 */

const REGEX_FORM = /^\/(.+)\/([a-z]*)$/s;
const HEADING_FORM = /^#{1,6}[ \t]+(.+)$/s;
const ALLOWED_FLAGS = new Set(["i", "m", "s", "u"]);
/** Parses a `contains` value; throws an Error whose message says what is wrong (the caller adds the key). */
function parseContains(spec) {
    const re = REGEX_FORM.exec(spec);
    if (re) {
        const source = re[1];
        const flags = re[2];
        for (const f of flags) {
            if (!ALLOWED_FLAGS.has(f))
                throw new Error(`flag "${f}" is not supported (use i, m, s or u)`);
        }
        try {
            new RegExp(source, flags);
        }
        catch (e) {
            throw new Error(`the regular expression does not compile: ${e.message}`);
        }
        return { kind: "regex", source, flags, label: spec };
    }
    const heading = HEADING_FORM.exec(spec.trim());
    if (heading) {
        const text = heading[1].trim();
        return { kind: "heading", text, label: `heading "${text}"` };
    }
    const text = spec.trim();
    if (text === "")
        throw new Error("the text is empty");
    return { kind: "text", text, label: `"${text}"` };
}
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
/** A literal as a whole-word, case-insensitive, whitespace-tolerant expression (linear time: no nested quantifiers). */
function wordsRegex(text) {
    const body = text.split(/\s+/).map(escapeRegex).join("\\s+");
    const start = /^\w/.test(text) ? "\\b" : "";
    const end = /\w$/.test(text) ? "\\b" : "";
    return new RegExp(`${start}${body}${end}`, "i");
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
/** Heading texts of a Markdown file (ATX and setext), outside fenced code blocks, with inline markup removed. */
function headingTexts(markdown) {
    const out = [];
    const lines = markdown.split(/\r?\n|\r/);
    let fence = null;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const f = FENCE.exec(line);
        if (fence !== null) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length)
                fence = null;
            continue;
        }
        if (f) {
            fence = f[1];
            continue;
        }
        const atx = ATX.exec(line);
        if (atx) {
            out.push(atx[1] ?? "");
            continue;
        }
        const next = lines[i + 1];
        if (next !== undefined && line.trim() !== "" && SETEXT.test(next) && !/^ {0,3}[-*+>]/.test(line)) {
            out.push(line.trim());
            i++;
        }
    }
    return out.map((t) => t
        .replace(/[*_`]/g, "")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .trim());
}
/**
 * Whether `text` contains the pattern. User regular expressions run with a time limit (see `regex-runner.ts`); the
 * other forms are built here from escaped literals and cannot backtrack badly.
 */
function matches(pattern, text, timeoutMs) {
    switch (pattern.kind) {
        case "regex":
            return (0,regex_runner/* runRegex */.f)(pattern.source, pattern.flags, text, timeoutMs);
        case "heading": {
            const re = wordsRegex(pattern.text);
            return { found: headingTexts(text).some((h) => re.test(h)) };
        }
        case "text":
            return { found: wordsRegex(pattern.text).test(text) };
    }
}


/***/ }),

/***/ 13729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ PACKS)
/* harmony export */ });
/* unused harmony export BASELINE_PACK */
const BASELINE_FRAMEWORK = "Baseline";
const BASELINE_PACK = [
    {
        id: "security-policy",
        framework: BASELINE_FRAMEWORK,
        title: "Security policy: how to report a vulnerability",
        criteria: ["SOC 2 CC2.3", "ISO 27001 A.5.1", "ISO 27001 A.8.8"],
        evidence: [{ file: ["SECURITY.md", "docs/SECURITY.md", ".github/SECURITY.md"] }],
    },
    {
        id: "code-owners",
        framework: BASELINE_FRAMEWORK,
        title: "Code owners review changes",
        criteria: ["SOC 2 CC8.1", "ISO 27001 A.5.2", "ISO 27001 A.8.32"],
        evidence: [{ file: ["CODEOWNERS", "docs/CODEOWNERS", ".github/CODEOWNERS"] }],
    },
    {
        id: "license",
        framework: BASELINE_FRAMEWORK,
        title: "Licence terms are stated",
        criteria: ["ISO 27001 A.5.32"],
        evidence: [{ file: ["LICENSE", "LICENSE.*", "LICENSE-*", "LICENCE", "LICENCE.*", "COPYING", "COPYING.*"] }],
    },
    {
        id: "dependency-updates",
        framework: BASELINE_FRAMEWORK,
        title: "Dependency updates are automated (Dependabot or Renovate)",
        criteria: ["SOC 2 CC7.1", "SOC 2 CC9.2", "ISO 27001 A.5.21", "ISO 27001 A.8.8"],
        evidence: [
            {
                file: [
                    ".github/dependabot.yml",
                    ".github/dependabot.yaml",
                    "renovate.json",
                    "renovate.json5",
                    ".renovaterc",
                    ".renovaterc.json",
                    ".renovaterc.json5",
                    ".github/renovate.json",
                    ".github/renovate.json5",
                    ".gitlab/renovate.json",
                    ".gitlab/renovate.json5",
                ],
            },
        ],
    },
    {
        id: "incident-response",
        framework: BASELINE_FRAMEWORK,
        title: "Incident response plan with escalation",
        criteria: ["SOC 2 CC7.3", "SOC 2 CC7.4", "ISO 27001 A.5.24", "ISO 27001 A.5.26", "GDPR Art. 33"],
        evidence: [
            {
                file: ["*incident*response*.md", "docs/**/*incident*response*.md", ".github/*incident*response*.md"],
                contains: "## Escalation",
            },
        ],
    },
    {
        id: "disaster-recovery",
        framework: BASELINE_FRAMEWORK,
        title: "Disaster recovery plan with RTO and RPO",
        criteria: ["SOC 2 A1.2", "SOC 2 A1.3", "ISO 27001 A.5.30", "ISO 27001 A.8.13", "GDPR Art. 32"],
        evidence: [
            {
                file: ["*disaster*recovery*.md", "docs/**/*disaster*recovery*.md", ".github/*disaster*recovery*.md"],
                contains: ["/\\bRTO\\b|recovery time objective/i", "/\\bRPO\\b|recovery point objective/i"],
            },
        ],
    },
    {
        id: "runbooks",
        framework: BASELINE_FRAMEWORK,
        title: "Operational runbooks",
        criteria: ["SOC 2 CC5.3", "ISO 27001 A.5.37"],
        evidence: [
            {
                file: [
                    "runbooks/**/*.md",
                    "docs/**/runbooks/**/*.md",
                    ".github/runbooks/**/*.md",
                    "RUNBOOK*.md",
                    "docs/**/runbook*.md",
                ],
            },
        ],
    },
    {
        id: "privacy-policy",
        framework: BASELINE_FRAMEWORK,
        title: "Privacy policy",
        criteria: ["SOC 2 P1.1", "ISO 27001 A.5.34", "GDPR Art. 12", "GDPR Art. 13"],
        evidence: [
            {
                file: ["PRIVACY*.md", "docs/**/privacy*.md", ".github/PRIVACY*.md", "*privacy*policy*.md"],
            },
        ],
    },
];
const PACKS = {
    baseline: BASELINE_PACK,
};


/***/ }),

/***/ 81465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cP: () => (/* reexport */ SITE_LABELS),
  IA: () => (/* binding */ buildSiteProfiles),
  yL: () => (/* binding */ siteConfigCandidates)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/formats/json.ts
var json = __webpack_require__(28100);
// EXTERNAL MODULE: ./node_modules/github-slugger/index.js + 1 modules
var github_slugger = __webpack_require__(42710);
;// CONCATENATED MODULE: ./src/core/documentation/site-anchors.ts
/** Heading anchors as GitHub derives them, so a site profile can tell them apart from the page's HTML anchors. */

function githubSlugs(headings) {
    const slugger = new github_slugger/* default */.A();
    const out = new Set();
    for (const h of headings) {
        out.add(slugger.slug(h));
        out.add((0,github_slugger/* slug */.y)(h.trim()));
    }
    return out;
}
/** Explicit heading ids written `## Title {#custom-id}` (Docusaurus, and MkDocs with attr_list). */
function explicitHeadingIds(headings) {
    const out = new Set();
    for (const h of headings) {
        const m = /\{#([^}\s]+)\}\s*$/.exec(h);
        if (m)
            out.add(m[1].toLowerCase());
    }
    return out;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/core/documentation/site-paths.ts
/** Path and URL arithmetic shared by the site profiles. */

/** `a/b` joined with `../c` → `c`; null when it climbs out of the repository. */
function joinPath(dir, rel) {
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(dir === "." ? "" : dir, rel));
    if (joined === ".." || joined.startsWith("../"))
        return null;
    const out = joined === "." ? "" : joined.replace(/\/+$/, "");
    return out;
}
function dirOf(p) {
    const d = external_node_path_.posix.dirname(p);
    return d === "." ? "" : d;
}
/** Whether `p` is `root` or inside it ("" is the repository root). */
function isWithin(p, root) {
    return root === "" || p === root || p.startsWith(`${root}/`);
}
/** Path relative to `root` (which contains it). */
function relativeTo(p, root) {
    return root === "" ? p : p === root ? "" : p.slice(root.length + 1);
}
function decodePath(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** Resolves a URL path written on the page served at `pageUrl` (both site-absolute, starting with `/`). */
function resolveUrl(pageUrl, link) {
    const u = new URL(link, `https://site.invalid${pageUrl}`);
    return decodePath(u.pathname);
}

// EXTERNAL MODULE: ./src/core/util/code-span.ts
var code_span = __webpack_require__(55332);
;// CONCATENATED MODULE: ./src/core/documentation/site-docusaurus.ts
/**
 * Docusaurus: the docs are the `.md`/`.mdx` files under `docs/` beside docusaurus.config.* (files and directories
 * starting with `_` are partials, not pages), served under `/docs/`. A doc's URL comes from its front matter `slug`
 * (absolute from `/docs`, or relative to its directory), else from its path with front matter `id` replacing the
 * file name; number prefixes (`01-intro.md`) are dropped, and `index`, `README` or a file named like its directory
 * is the directory's page. A link with a `.md`/`.mdx` file path is resolved as a file (relative to the page; `/…`
 * from the docs root, then the site directory; `@site/…` from the site directory) and must be a doc; any other link
 * is a URL, resolved against the page's URL. The configuration file is code and is never run: these are
 * Docusaurus' defaults (`path: "docs"`, `routeBasePath: "docs"`, `static/`).
 */





const DOC_EXT = /\.mdx?$/i;
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*(?=[^-_.\s])/;
/** Front matter: a YAML block at the very start, closed by `---` on its own line (at most 64 kB looked at). */
const FRONT_MATTER = /^---\r?\n([\s\S]{0,65536}?)\r?\n---[ \t]*(?:\r?\n|$)/;
function frontMatter(text) {
    const m = FRONT_MATTER.exec(text);
    if (!m)
        return {};
    try {
        const v = (0,dist.parse)(m[1], { maxAliasCount: 10 });
        if (!(0,json/* isObject */.Gv)(v))
            return {};
        return {
            ...(typeof v.id === "string" ? { id: v.id } : {}),
            ...(typeof v.slug === "string" ? { slug: v.slug } : {}),
        };
    }
    catch {
        return {};
    }
}
const key = (u) => u.replace(/\/+$/, "") || "/";
function docusaurusProfile(file, ctx) {
    const siteDir = dirOf(file.path);
    const docsRoot = joinPath(siteDir, "docs");
    const staticDir = joinPath(siteDir, "static");
    const isPartial = (p) => relativeTo(p, docsRoot)
        .split("/")
        .some((s) => s.startsWith("_"));
    const urlOf = new Map();
    const docAt = new Map();
    for (const p of ctx.index.files) {
        if (!isWithin(p, docsRoot) || !DOC_EXT.test(p) || isPartial(p))
            continue;
        const rel = relativeTo(p, docsRoot);
        const dirs = dirOf(rel)
            .split("/")
            .filter((s) => s !== "")
            .map((s) => s.replace(NUMBER_PREFIX, ""));
        const base = rel
            .slice(rel.lastIndexOf("/") + 1)
            .replace(DOC_EXT, "")
            .replace(NUMBER_PREFIX, "");
        const fm = frontMatter(ctx.texts.get(p) ?? "");
        const dirUrl = `/docs${dirs.length ? `/${dirs.join("/")}` : ""}`;
        let url;
        if (fm.slug !== undefined) {
            url = fm.slug.startsWith("/") ? `/docs${fm.slug}` : `${dirUrl}/${fm.slug}`;
        }
        else {
            const last = dirs[dirs.length - 1];
            const isIndex = fm.id === undefined &&
                (/^(?:index|readme)$/i.test(base) || (last !== undefined && base.toLowerCase() === last.toLowerCase()));
            url = isIndex ? dirUrl : `${dirUrl}/${fm.id ?? base}`;
        }
        url = key(url.replace(/\/{2,}/g, "/"));
        urlOf.set(p, url);
        if (!docAt.has(url))
            docAt.set(url, p);
    }
    ctx.notices.push(`${file.path} is code and was not run: Docusaurus' defaults were assumed (docs in ${(0,code_span/* span */.L)(docsRoot)} served under /docs/, static files in ${(0,code_span/* span */.L)(staticDir)})`);
    const docs = new Set(urlOf.keys());
    const asDoc = (target) => target !== null && docs.has(target) ? { status: "ok", target } : null;
    const resolve = (from, link, image) => {
        const decoded = decodePath(link);
        const site = decoded.startsWith("@site/") ? joinPath(siteDir, decoded.slice("@site/".length)) : undefined;
        if (!image && DOC_EXT.test(decoded)) {
            const tries = site !== undefined
                ? [site]
                : decoded.startsWith("/")
                    ? [joinPath(docsRoot, decoded.slice(1)), joinPath(siteDir, decoded.slice(1))]
                    : [joinPath(dirOf(from), decoded), joinPath(docsRoot, decoded), joinPath(siteDir, decoded)];
            for (const t of tries) {
                const ok = asDoc(t);
                if (ok)
                    return ok;
            }
            const first = tries[0] ?? null;
            return {
                status: "broken",
                reason: first !== null && ctx.index.exists(first)
                    ? `points to ${(0,code_span/* span */.L)(first)}, which is not a doc of the site (outside ${(0,code_span/* span */.L)(docsRoot)}, or a \`_\` partial); Docusaurus leaves the link as written and it does not open`
                    : `points to ${(0,code_span/* span */.L)(first ?? decoded)}, which does not exist`,
            };
        }
        if (site !== undefined)
            return site !== null && ctx.index.exists(site) === "file"
                ? { status: "ok" }
                : { status: "broken", reason: `points to ${(0,code_span/* span */.L)(site ?? decoded)}, which does not exist` };
        // Images and other assets are bundled from the file system; `/…` serves from static/.
        if (image || /\.[a-z0-9]{1,8}$/i.test(decoded)) {
            const t = decoded.startsWith("/") ? joinPath(staticDir, decoded.slice(1)) : joinPath(dirOf(from), decoded);
            if (t !== null && ctx.index.exists(t) === "file")
                return { status: "ok" };
            if (!decoded.startsWith("/"))
                return { status: "unknown" };
            return {
                status: "broken",
                reason: `is served from ${(0,code_span/* span */.L)(staticDir)}, where ${(0,code_span/* span */.L)(decoded.slice(1))} does not exist`,
            };
        }
        const page = urlOf.get(from) ?? "/docs";
        // Served as `/docs/a/b` or `/docs/a/b/` depending on trailingSlash and the host: either base is accepted.
        const candidates = [resolveUrl(page, link), resolveUrl(`${page}/`, link)].map(key);
        for (const u of candidates) {
            const doc = docAt.get(u);
            if (doc)
                return { status: "ok", target: doc };
        }
        const u = candidates[0];
        if (u === "/docs" || u.startsWith("/docs/"))
            return { status: "broken", reason: `resolves to ${(0,code_span/* span */.L)(u)} on the built site, where there is no doc` };
        const asStatic = joinPath(staticDir, u.slice(1));
        if (asStatic !== null && ctx.index.exists(asStatic) === "file")
            return { status: "ok" };
        // Pages, the blog and plugin routes are not modelled: such a link is not judged.
        return { status: "unknown" };
    };
    return {
        name: "docusaurus",
        configPath: file.path,
        owns: (p) => docs.has(p) && ctx.scans.has(p),
        resolve,
        anchorsOf: (p) => {
            const scan = ctx.scans.get(p);
            if (!scan)
                return undefined;
            const ids = explicitHeadingIds(scan.headingTexts);
            if (ids.size === 0)
                return undefined;
            return new Set([...scan.anchors, ...ids]);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/documentation/site-mdbook.ts


/** The few keys of book.toml that decide where pages are: `[book] src`. A table/key/string reader, not full TOML. */
function readBookToml(text) {
    let table = "";
    let src = "src";
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === "" || line.startsWith("#"))
            continue;
        const t = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
        if (t) {
            table = t[1];
            continue;
        }
        const kv = /^([A-Za-z0-9_.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/.exec(line);
        if (!kv)
            continue;
        const key = table ? `${table}.${kv[1]}` : kv[1];
        if (key === "book.src")
            src = (kv[2] ?? kv[3] ?? "src").replace(/\\(.)/g, "$1");
    }
    return { src };
}
function mdbookProfile(file, ctx) {
    const { src: srcSetting } = readBookToml(file.text);
    const src = joinPath(dirOf(file.path), srcSetting);
    if (src === null)
        throw new Error(`[book] src ${JSON.stringify(srcSetting)} points outside the repository`);
    const summaryPath = src === "" ? "SUMMARY.md" : `${src}/SUMMARY.md`;
    const summary = ctx.scans.get(summaryPath);
    if (!summary) {
        ctx.notices.push(`${file.path} names the book's source directory ${(0,code_span/* span */.L)(src || ".")}, but ${summaryPath} was not found or not checked; links are resolved as GitHub resolves them`);
        return null;
    }
    const chapters = new Set();
    /** Built page (`a/b.html`) → its chapter source. */
    const built = new Map();
    for (const link of summary.links) {
        const hash = link.url.indexOf("#");
        const raw = (hash === -1 ? link.url : link.url.slice(0, hash)).trim();
        // `[Draft]()` is a draft chapter: listed, not built.
        if (raw === "" || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("/"))
            continue;
        const chapter = joinPath(src, decodePath(raw));
        if (chapter === null || !/\.md$/i.test(chapter))
            continue;
        chapters.add(chapter);
        const name = chapter.slice(chapter.lastIndexOf("/") + 1);
        const page = name === "README.md" ? `${dirOf(chapter) ? `${dirOf(chapter)}/` : ""}index.html` : `${chapter.slice(0, -3)}.html`;
        if (!built.has(page))
            built.set(page, chapter);
    }
    const first = [...chapters][0];
    const rootIndex = src === "" ? "index.html" : `${src}/index.html`;
    if (first && !built.has(rootIndex))
        built.set(rootIndex, first);
    const where = `${(0,code_span/* span */.L)(src || ".")}`;
    const resolve = (from, link, image) => {
        const decoded = decodePath(link);
        const target = decoded.startsWith("/")
            ? joinPath(src, decoded.replace(/^\/+/, ""))
            : joinPath(dirOf(from), decoded);
        if (target === null || !isWithin(target, src))
            return {
                status: "broken",
                reason: `points outside the book's source directory ${where}, which is all mdBook publishes`,
            };
        const asDir = decoded.endsWith("/") || ctx.index.exists(target) === "dir";
        if (!image && /\.md$/i.test(target)) {
            if (chapters.has(target)) {
                if (target.endsWith("/README.md") || target === "README.md" || target === `${src}/README.md`)
                    return {
                        status: "broken",
                        reason: `points to a README.md chapter: mdBook builds it as \`index.html\` but rewrites the link to \`README.html\`, which does not exist. Link to the directory's \`index.html\` instead`,
                    };
                return { status: "ok", target };
            }
            return {
                status: "broken",
                reason: ctx.index.exists(target)
                    ? `points to ${(0,code_span/* span */.L)(relativeTo(target, src))}, which SUMMARY.md does not list, so mdBook does not build it. Add it to SUMMARY.md or link to a chapter`
                    : `points to ${(0,code_span/* span */.L)(relativeTo(target, src))}, which does not exist`,
            };
        }
        if (asDir) {
            const page = target === "" ? "index.html" : `${target}/index.html`;
            const chapter = built.get(page);
            if (chapter)
                return { status: "ok", target: chapter };
            if (ctx.index.exists(page) === "file")
                return { status: "ok" };
            return {
                status: "broken",
                reason: `points to the directory ${(0,code_span/* span */.L)(relativeTo(target, src) || ".")}, which has no \`index.html\` in the built book (no README.md or index.md chapter there)`,
            };
        }
        if (/\.html?$/i.test(target)) {
            const chapter = built.get(target);
            if (chapter)
                return { status: "ok", target: chapter };
            if (ctx.index.exists(target) === "file")
                return { status: "ok" };
            const source = `${target.replace(/\.html?$/i, "")}.md`;
            return {
                status: "broken",
                reason: ctx.index.exists(source)
                    ? `is built from ${(0,code_span/* span */.L)(relativeTo(source, src))}, which SUMMARY.md does not list, so mdBook does not build it`
                    : `is not a page of the book: no chapter ${(0,code_span/* span */.L)(relativeTo(source, src))} in SUMMARY.md`,
            };
        }
        if (ctx.index.exists(target) === "file")
            return { status: "ok" };
        return { status: "broken", reason: `points to ${(0,code_span/* span */.L)(relativeTo(target, src))}, which does not exist` };
    };
    return {
        name: "mdbook",
        configPath: file.path,
        owns: (p) => chapters.has(p),
        resolve,
    };
}

;// CONCATENATED MODULE: ./src/core/documentation/site-mkdocs.ts
/**
 * MkDocs: every Markdown file under `docs_dir` (default `docs/` beside mkdocs.yml) is a page, except those in or
 * named with a leading dot; `README.md` is the directory's index when there is no `index.md`. A relative link to a
 * file of the docs directory (a page or any other file) is rewritten to that file's URL; any other link is left as
 * written and the browser resolves it against the page's URL: `/a/b/` for `a/b.md` with `use_directory_urls`
 * (the default), `/a/b.html` without. Absolute `/x.md` links are left as written unless
 * `validation.links.absolute_links` is `relative_to_docs`. Heading ids follow Python-Markdown's toc slugs.
 */





/** Python-Markdown's toc `slugify`: NFKD to ASCII, drop what is not a word, space or hyphen, collapse runs to `-`. */
function mkdocsSlug(text) {
    const ascii = text.normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
    return ascii
        .replace(/[^\w\s-]/g, "")
        .trim()
        .toLowerCase()
        .replace(/[-\s]+/g, "-");
}
/** Ids of a page's headings in order, made unique the way the toc extension does (`id`, `id_1`, `id_2`). */
function mkdocsAnchors(headings) {
    const out = new Set();
    for (const h of headings) {
        const base = mkdocsSlug(h);
        let id = base;
        for (let n = 1; out.has(id); n++)
            id = `${base}_${n}`;
        out.add(id);
    }
    return out;
}
function readMkdocsYaml(text) {
    // mkdocs.yml often holds `!!python/name:` tags; unknown tags are kept as plain values, not errors.
    const doc = (0,dist.parseDocument)(text, { logLevel: "silent", uniqueKeys: false });
    const err = doc.errors[0];
    if (err)
        throw new Error(`invalid YAML: ${err.message.split("\n")[0]}`);
    const cfg = doc.toJS({ maxAliasCount: 100 });
    const o = (0,json/* isObject */.Gv)(cfg) ? cfg : {};
    const validation = (0,json/* isObject */.Gv)(o.validation) ? o.validation : {};
    const links = (0,json/* isObject */.Gv)(validation.links) ? validation.links : validation;
    return {
        docsDir: typeof o.docs_dir === "string" ? o.docs_dir : "docs",
        directoryUrls: o.use_directory_urls !== false,
        absoluteToDocs: links.absolute_links === "relative_to_docs",
    };
}
const MD_EXT = /\.(?:md|markdown|mdown|mkdn|mkd)$/i;
function mkdocsProfile(file, ctx) {
    const settings = readMkdocsYaml(file.text);
    const root = joinPath(dirOf(file.path), settings.docsDir);
    if (root === null)
        throw new Error(`docs_dir ${JSON.stringify(settings.docsDir)} points outside the repository`);
    const where = `${(0,code_span/* span */.L)(root || ".")}`;
    const isHidden = (p) => relativeTo(p, root)
        .split("/")
        .some((s) => s.startsWith("."));
    const pages = new Set();
    for (const p of ctx.index.files)
        if (isWithin(p, root) && MD_EXT.test(p) && !isHidden(p))
            pages.add(p);
    const urlOf = new Map();
    const pageAt = new Map();
    for (const p of pages) {
        const rel = relativeTo(p, root);
        const dir = dirOf(rel);
        const name = rel.slice(rel.lastIndexOf("/") + 1).replace(MD_EXT, "");
        const hasIndex = pages.has(joinPath(root, dir ? `${dir}/index.md` : "index.md") ?? "");
        const isIndex = name === "index" || (/^readme$/i.test(name) && !hasIndex);
        const prefix = dir ? `/${dir}/` : "/";
        const url = isIndex
            ? settings.directoryUrls
                ? prefix
                : `${prefix}index.html`
            : settings.directoryUrls
                ? `${prefix}${name}/`
                : `${prefix}${name}.html`;
        urlOf.set(p, url);
        pageAt.set(url, p);
        // A static server answers `/a/` with `/a/index.html` and the reverse.
        if (url.endsWith("/"))
            pageAt.set(`${url}index.html`, p);
        else if (url.endsWith("/index.html"))
            pageAt.set(url.slice(0, -"index.html".length), p);
    }
    const byUrl = (u) => {
        const page = pageAt.get(u) ?? (settings.directoryUrls && !u.endsWith("/") ? pageAt.get(`${u}/`) : undefined);
        if (page)
            return { status: "ok", target: page };
        const asFile = joinPath(root, u.replace(/^\/+/, ""));
        if (asFile !== null && asFile !== root && ctx.index.exists(asFile) === "file" && !MD_EXT.test(asFile))
            return { status: "ok" };
        return { status: "broken", reason: `resolves to ${(0,code_span/* span */.L)(u)} on the built site, where there is no page or file` };
    };
    const resolve = (from, link, image) => {
        const decoded = decodePath(link);
        if (decoded.startsWith("/")) {
            if (settings.absoluteToDocs && MD_EXT.test(decoded)) {
                const t = joinPath(root, decoded.replace(/^\/+/, ""));
                if (t !== null && pages.has(t))
                    return { status: "ok", target: t };
                return { status: "broken", reason: `is not a page under the docs directory ${where}` };
            }
            if (MD_EXT.test(decoded))
                return {
                    status: "broken",
                    reason: "is an absolute link to a Markdown file: MkDocs leaves it as written and the site has no such URL. Write it relative to this page (or set validation.links.absolute_links: relative_to_docs)",
                };
            return byUrl(decoded);
        }
        const target = joinPath(dirOf(from), decoded);
        if (target !== null && isWithin(target, root)) {
            if (pages.has(target))
                return { status: "ok", target };
            if (ctx.index.exists(target) === "file" && !isHidden(target) && !MD_EXT.test(target))
                return { status: "ok" };
        }
        if (!image && MD_EXT.test(decoded)) {
            const reason = target === null || !isWithin(target, root)
                ? `points outside the docs directory ${where}, which is all MkDocs publishes`
                : ctx.index.exists(target)
                    ? `points to ${(0,code_span/* span */.L)(relativeTo(target, root))}, which MkDocs does not build (its name or a directory starts with a dot)`
                    : `points to ${(0,code_span/* span */.L)(relativeTo(target, root))}, which is not in the docs directory ${where}`;
            return { status: "broken", reason };
        }
        const page = urlOf.get(from) ?? "/";
        return byUrl(resolveUrl(page, link));
    };
    return {
        name: "mkdocs",
        configPath: file.path,
        owns: (p) => pages.has(p),
        resolve,
        anchorsOf: (p) => {
            const scan = ctx.scans.get(p);
            if (!scan)
                return undefined;
            // HTML anchors (`<a id>`) stay; GitHub's heading slugs give way to the toc extension's.
            const gh = githubSlugs(scan.headingTexts);
            const out = mkdocsAnchors(scan.headingTexts);
            for (const a of scan.anchors)
                if (!gh.has(a))
                    out.add(a);
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/core/documentation/site-types.ts
const SITE_LABELS = {
    mdbook: "mdBook",
    mkdocs: "MkDocs",
    docusaurus: "Docusaurus",
};

;// CONCATENATED MODULE: ./src/core/documentation/site-profile.ts
/**
 * Site profiles: many documentation trees are read on a built site (mdBook, MkDocs, Docusaurus) rather than on
 * GitHub, and those generators resolve links their own way. A profile owns the pages of its site and answers, for a
 * link written in one of them, whether it works on the built site; links in other files resolve as GitHub does.
 * Pure: the generator's configuration file comes in as text, the pages as parsed scans.
 */





const CONFIG_NAMES = [
    { name: "mdbook", test: /(?:^|\/)book\.toml$/ },
    { name: "mkdocs", test: /(?:^|\/)mkdocs\.ya?ml$/ },
    { name: "docusaurus", test: /(?:^|\/)docusaurus\.config\.(?:js|cjs|mjs|ts|cts|mts)$/ },
];
/** Configuration files deeper than this are not taken as a site (test fixtures, vendored examples). */
const MAX_CONFIG_DEPTH = 2;
/** The site configuration files an adapter should read for `setting`: paths of the repository's candidates. */
function siteConfigCandidates(setting, repoFiles) {
    if (setting === "github")
        return [];
    const out = [];
    for (const p of repoFiles) {
        if (p.split("/").length - 1 > MAX_CONFIG_DEPTH)
            continue;
        const kind = CONFIG_NAMES.find((c) => c.test.test(p));
        if (kind && (setting === "auto" || setting === kind.name))
            out.push(p);
    }
    return out.sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : 1));
}
/** Builds the profiles the setting asks for; `auto` takes every site whose configuration file is present. */
function buildSiteProfiles(setting, files, ctx) {
    if (setting === "github")
        return [];
    const profiles = [];
    for (const file of files) {
        const kind = CONFIG_NAMES.find((c) => c.test.test(file.path));
        if (!kind || (setting !== "auto" && setting !== kind.name))
            continue;
        try {
            const p = kind.name === "mdbook"
                ? mdbookProfile(file, ctx)
                : kind.name === "mkdocs"
                    ? mkdocsProfile(file, ctx)
                    : docusaurusProfile(file, ctx);
            if (p)
                profiles.push(p);
        }
        catch (e) {
            ctx.notices.push(`${file.path} could not be read as ${SITE_LABELS[kind.name]} configuration (${e.message}); links are resolved as GitHub resolves them`);
        }
    }
    if (setting !== "auto" && profiles.length === 0)
        ctx.notices.push(`documentation.site is ${setting}, but no ${SITE_LABELS[setting]} configuration file was found; links are resolved as GitHub resolves them`);
    return profiles;
}


/***/ }),

/***/ 28100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Nt: () => (/* binding */ asObjects),
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   b: () => (/* binding */ trimmedHead),
/* harmony export */   hq: () => (/* binding */ nonEmpty),
/* harmony export */   i: () => (/* binding */ asNumber),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   xb: () => (/* binding */ jsonHeadHas)
/* harmony export */ });
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18131);
/**
 * Reading report JSON (scanners and load-test tools alike): a byte-order mark is dropped; empty, truncated and
 * banner-prefixed files become one clear sentence, never a crash. Plus the small readers of untyped JSON values.
 */

function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function asArray(v) {
    return Array.isArray(v) ? v : [];
}
function asObjects(v) {
    return asArray(v).filter(isObject);
}
function asString(v) {
    if (typeof v === "string")
        return v;
    if (typeof v === "number" && Number.isFinite(v))
        return String(v);
    return undefined;
}
/** A number, also when the tool wrote it as a string ("3"). */
function asNumber(v) {
    if (typeof v === "number" && Number.isFinite(v))
        return v;
    if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)))
        return Number(v);
    return undefined;
}
function nonEmpty(v) {
    const s = asString(v)?.trim();
    return s ? s : undefined;
}
/** Masks credentials (URL user-info, tokens) in error messages quoted from a tool. */

/** The whole file parsed as JSON. Throws UnreadableArtifactError with the reason. */
async function readJson(source, what, opts = {}) {
    let text = await source.text();
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === "")
        throw new _source_js__WEBPACK_IMPORTED_MODULE_0__/* .UnreadableArtifactError */ .u7(`the ${what} file is empty (a tool run that failed or wrote nothing)`);
    if (opts.allowLeadingText) {
        const start = text.search(/^\s*[{[]/m);
        if (start > 0)
            text = text.slice(start);
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        const truncated = /end of (JSON )?input|Unterminated|Expected/i.test(reason) ? " (the file looks truncated)" : "";
        throw new _source_js__WEBPACK_IMPORTED_MODULE_0__/* .UnreadableArtifactError */ .u7(`not valid ${what} JSON${truncated}: ${reason}`);
    }
}
/** The head with leading whitespace and a BOM removed, for detection. */
function trimmedHead(head) {
    return head.replace(/^\uFEFF/, "").trimStart();
}
/** True when the head looks like the start of a JSON document that contains every one of `patterns`. */
function jsonHeadHas(head, ...patterns) {
    const h = trimmedHead(head);
    if (!h.startsWith("{") && !h.startsWith("["))
        return false;
    return patterns.every((p) => p.test(h));
}


/***/ }),

/***/ 80864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tz: () => (/* binding */ detectFormat),
  sC: () => (/* binding */ formatFamilies)
});

// UNUSED EXPORTS: formats

// EXTERNAL MODULE: ./src/core/security/build.ts
var build = __webpack_require__(20994);
// EXTERNAL MODULE: ./src/core/model/report.ts + 1 modules
var report = __webpack_require__(27937);
// EXTERNAL MODULE: ./src/core/util/budgets.ts
var budgets = __webpack_require__(89770);
// EXTERNAL MODULE: ./src/core/util/redact.ts
var redact = __webpack_require__(42619);
// EXTERNAL MODULE: ./src/core/formats/source.ts
var formats_source = __webpack_require__(18131);
;// CONCATENATED MODULE: ./src/core/formats/budget.ts
/**
 * The per-artifact budget, applied to every registered format: a file over the byte budget is not parsed, and a
 * scanner report with more findings than the finding budget keeps its worst ones plus one finding that says how
 * many more there were, so the score still counts them and the report stays a size that can be written.
 */





function mb(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
function checkSize(source) {
    if (source.size > budgets/* MAX_ARTIFACT_BYTES */.o9)
        throw new formats_source/* UnreadableArtifactError */.u7(`the file is ${mb(source.size)}, over the budget of ${mb(budgets/* MAX_ARTIFACT_BYTES */.o9)} per artifact; it was not parsed`);
}
/** The findings over the budget, summed up as one finding of the worst severity among them. */
function withinFindingBudget(result, path, max = budgets/* MAX_FINDINGS_PER_ARTIFACT */.zQ) {
    const tool = (0,redact/* boundedText */.LD)(result.tool, budgets/* FIELD_MAX */.oo.tool);
    const out = { ...result, tool };
    if (result.toolVersion !== undefined)
        out.toolVersion = (0,redact/* boundedText */.LD)(result.toolVersion, budgets/* FIELD_MAX */.oo.version);
    if (result.findings.length <= max)
        return out;
    const sorted = [...result.findings].sort((a, b) => report/* SEVERITY_RANK */.f3[a.severity] - report/* SEVERITY_RANK */.f3[b.severity]);
    const kept = sorted.slice(0, max - 1);
    const rest = sorted.slice(max - 1);
    const worst = rest[0].severity;
    const summary = (0,build/* makeFinding */.MH)({
        tool: result.findings[0].tool,
        ruleId: "finding-budget",
        severity: worst,
        title: `${rest.length.toLocaleString("en-US")} more findings in ${path} (over the budget of ${max.toLocaleString("en-US")} findings per artifact); see the scanner's own report`,
        occurrences: rest.length,
    });
    return { ...out, findings: [...kept, summary] };
}
/**
 * Every string of a load-test part (endpoint names, methods, messages, notes) bounded and redacted: load-test tools
 * copy request URLs and headers into them, and there is no single door like makeFinding for those.
 */
function cleanStrings(value, max = budgets/* FIELD_MAX */.oo.message) {
    if (typeof value === "string")
        return (0,redact/* boundedText */.LD)(value, max);
    if (Array.isArray(value))
        return value.map((v) => cleanStrings(v, max));
    if (value !== null && typeof value === "object") {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = cleanStrings(v, max);
        return out;
    }
    return value;
}
/** A parser's error can quote the file (a JSON parser shows the token it choked on): bounded and redacted too. */
function cleanError(e) {
    if (e instanceof Error)
        e.message = (0,redact/* boundedText */.LD)(e.message, budgets/* FIELD_MAX */.oo.message);
    return e;
}
function withBudgets(format) {
    if (format.dimension === "performance") {
        return {
            ...format,
            parse: async (source) => {
                checkSize(source);
                try {
                    return cleanStrings(await format.parse(source));
                }
                catch (e) {
                    throw cleanError(e);
                }
            },
        };
    }
    return {
        ...format,
        parse: async (source) => {
            checkSize(source);
            try {
                return withinFindingBudget(await format.parse(source), source.path);
            }
            catch (e) {
                throw cleanError(e);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/core/formats/json.ts
var json = __webpack_require__(28100);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js
var lib = __webpack_require__(68075);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js
var sync = __webpack_require__(42016);
;// CONCATENATED MODULE: ./src/core/formats/performance/shared.ts
/** Small helpers the load-test parsers share: tolerant number reading, scenario names from paths, CSV options. */




/**
 * Reads a number from a cell or JSON value. Strings holding numbers are accepted (`"400.0"`, `" 12 "`); empty
 * cells, `N/A`, `NaN` and anything else give `undefined`, never 0.
 */
function num(v) {
    if (typeof v === "number")
        return Number.isFinite(v) ? v : undefined;
    if (typeof v !== "string")
        return undefined;
    const t = v.trim();
    if (t === "" || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t))
        return undefined;
    const n = Number(t);
    return Number.isFinite(n) ? n : undefined;
}
/** The file name without directories. */
function baseName(path) {
    const i = path.lastIndexOf("/");
    return i < 0 ? path : path.slice(i + 1);
}
/** The directory part of a path ("" for none). */
function dirName(path) {
    const i = path.lastIndexOf("/");
    return i < 0 ? "" : path.slice(0, i);
}
/** A scenario name from a file name: the base name without the given suffixes (matched case-insensitively). */
function scenarioFromPath(path, suffixes) {
    let name = baseName(path);
    for (const s of suffixes) {
        const stripped = name.replace(s, "");
        if (stripped !== name && stripped !== "") {
            name = stripped;
            break;
        }
    }
    return name;
}
/**
 * csv-parse options for tool output: records end in LF, CRLF or `\r\r\n` (Python's csv module on Windows writes
 * `\r\n` through a text-mode file), quoted fields may span lines, and a BOM is dropped.
 */
const CSV_OPTIONS = {
    bom: true,
    record_delimiter: ["\r\r\n", "\r\n", "\n"],
    skip_empty_lines: true,
    relax_column_count: true,
};
/** Case- and space-insensitive header lookup: the index of the first column whose name matches one of `names`. */
function columnIndex(header, names) {
    const norm = (s) => s.trim().toLowerCase().replace(/\s+/g, " ");
    const wanted = names.map(norm);
    return header.findIndex((h) => wanted.includes(norm(h)));
}
/** Rounds to a fixed number of decimals to keep derived figures free of floating-point noise. */
function round(n, decimals = 6) {
    const f = 10 ** decimals;
    return Math.round(n * f) / f;
}
/** Credentials in messages and request names that load-test tools copy from requests are masked in one place. */

/** The first non-blank line of a head, without a BOM (some tools and shell redirects write blank lines first). */
function firstLine(head) {
    const h = (head.charCodeAt(0) === 0xfeff ? head.slice(1) : head).replace(/^(?:[ \t]*\r?\n)+/, "");
    const end = h.search(/\r|\n/);
    return end < 0 ? h : h.slice(0, end);
}
/** Parses a whole (small) CSV file into records; a CSV syntax error becomes an UnreadableArtifactError. */
async function readCsv(source, options = {}) {
    const text = (await source.text()).replace(/^\uFEFF/, "");
    try {
        return (0,sync/* parse */.qg)(text, { ...CSV_OPTIONS, ...options });
    }
    catch (e) {
        throw new formats_source/* UnreadableArtifactError */.u7(`not valid CSV: ${e.message}`);
    }
}
/**
 * Streams CSV records from `source.chunks()` so a file of any size is read in bounded memory; the caller keeps
 * only what it needs from each record.
 */
async function* streamCsv(source, options = {}) {
    const parser = (0,lib/* parse */.qg)({ ...CSV_OPTIONS, ...options });
    const input = external_node_stream_.Readable.from(source.chunks());
    input.on("error", (e) => parser.destroy(e));
    input.pipe(parser);
    try {
        for await (const record of parser)
            yield record;
    }
    catch (e) {
        if (e instanceof formats_source/* UnreadableArtifactError */.u7)
            throw e;
        throw new formats_source/* UnreadableArtifactError */.u7(`not valid CSV: ${e.message}`);
    }
    finally {
        input.destroy();
    }
}

;// CONCATENATED MODULE: ./src/core/formats/performance/artillery/index.ts



const SUMMARY_KEYS = [
    ["mean", "avg"],
    ["min", "min"],
    ["max", "max"],
    ["median", "p50"],
    ["p50", "p50"],
    ["p75", "p75"],
    ["p90", "p90"],
    ["p95", "p95"],
    ["p99", "p99"],
    ["p999", "p999"],
];
function summary(v) {
    const out = {};
    if (!(0,json/* isObject */.Gv)(v))
        return out;
    for (const [from, to] of SUMMARY_KEYS) {
        const n = num(v[from]);
        if (n !== undefined && out[to] === undefined)
            out[to] = n;
    }
    return out;
}
const ENDPOINT_PREFIX = "plugins.metrics-by-endpoint.";
async function parseArtillery(source) {
    const data = await (0,json/* readJson */.Vh)(source, "Artillery");
    if (!(0,json/* isObject */.Gv)(data) || !(0,json/* isObject */.Gv)(data.aggregate))
        throw new formats_source/* UnreadableArtifactError */.u7('not an Artillery report: no "aggregate" object');
    const agg = data.aggregate;
    const counters = (0,json/* isObject */.Gv)(agg.counters) ? agg.counters : {};
    const summaries = (0,json/* isObject */.Gv)(agg.summaries) ? agg.summaries : {};
    const notes = [];
    const part = {
        runKey: `artillery:${source.path}`,
        kind: "summary",
        tool: "artillery",
        scenario: scenarioFromPath(source.path, [/\.json$/i]),
        notes,
    };
    const requests = num(counters["http.requests"]);
    const first = num(agg.firstMetricAt) ?? num(agg.firstCounterAt);
    const last = num(agg.lastMetricAt) ?? num(agg.lastCounterAt);
    if (first !== undefined && last !== undefined && last >= first)
        part.durationS = round((last - first) / 1000, 3);
    if (requests !== undefined) {
        part.requests = requests;
        if (part.durationS) {
            part.throughputRps = round(requests / part.durationS);
            part.derived = {
                throughputRps: "throughput derived from http.requests ÷ the time between the first and last metric",
            };
        }
    }
    part.latency = summary(summaries["http.response_time"]);
    const failures = [];
    const globalFailures = [];
    const endpoints = new Map();
    const endpoint = (name) => {
        const clean = (0,redact/* redact */.E$)(name);
        let e = endpoints.get(clean);
        if (!e) {
            e = { name: clean, latency: {}, requests: 0, failures: 0 };
            endpoints.set(clean, e);
        }
        return e;
    };
    let failed = 0;
    let failedKnown = false;
    for (const [key, raw] of Object.entries(counters)) {
        const n = num(raw);
        if (n === undefined)
            continue;
        let m = /^http\.codes\.(\d{3})$/.exec(key);
        if (m) {
            failedKnown = true;
            if (Number(m[1]) >= 400) {
                failed += n;
                globalFailures.push({ type: `HTTP ${m[1]}`, message: `HTTP ${m[1]} response`, count: n });
            }
            continue;
        }
        m = /^errors\.(.+)$/.exec(key);
        if (m) {
            failedKnown = true;
            failed += n;
            globalFailures.push({ type: m[1], message: (0,redact/* redact */.E$)(m[1]), count: n });
            continue;
        }
        if (!key.startsWith(ENDPOINT_PREFIX))
            continue;
        const rest = key.slice(ENDPOINT_PREFIX.length);
        m = /^(.+)\.codes\.(\d{3})$/.exec(rest);
        if (m) {
            const e = endpoint(m[1]);
            e.requests += n;
            if (Number(m[2]) >= 400) {
                e.failures += n;
                failures.push({ type: `HTTP ${m[2]}`, message: `HTTP ${m[2]} response`, endpoint: e.name, count: n });
            }
            continue;
        }
        m = /^(.+)\.errors\.([\w-]+)$/.exec(rest);
        if (m) {
            const e = endpoint(m[1]);
            e.requests += n;
            e.failures += n;
            failures.push({ type: m[2], message: (0,redact/* redact */.E$)(m[2]), endpoint: e.name, count: n });
        }
    }
    for (const [key, v] of Object.entries(summaries)) {
        if (key.startsWith(`${ENDPOINT_PREFIX}response_time.`))
            endpoint(key.slice(`${ENDPOINT_PREFIX}response_time.`.length)).latency = summary(v);
    }
    if (requests !== undefined && failedKnown) {
        part.failedRequests = failed;
        if (requests > 0)
            part.errorRatePct = round((failed / requests) * 100);
    }
    const created = num(counters["vusers.created"]);
    if (created !== undefined)
        notes.push(`${created} virtual users created (arrivals, not concurrent users)`);
    part.endpoints = [...endpoints.values()];
    // Per-endpoint failures say where; fall back to the global counters when the plugin was off.
    part.failures = failures.length > 0 ? failures : globalFailures;
    return [part];
}
const artilleryFormat = {
    id: "artillery-report",
    family: "artillery",
    label: "Artillery JSON report",
    dimension: "performance",
    detect: ({ head }) => {
        if (!/^\s*\{/.test(head) || !head.includes('"aggregate"'))
            return 0;
        return head.includes('"counters"') || head.includes('"intermediate"') ? 0.95 : 0.5;
    },
    parse: parseArtillery,
};

;// CONCATENATED MODULE: ./src/core/formats/performance/jmeter/samples.ts

/** A growable Float64Array: far smaller than a JS array of boxed numbers for millions of samples. */
class Values {
    buf = new Float64Array(1024);
    length = 0;
    push(v) {
        if (this.length === this.buf.length) {
            const next = new Float64Array(this.buf.length * 2);
            next.set(this.buf);
            this.buf = next;
        }
        this.buf[this.length++] = v;
    }
    sorted() {
        return this.buf.slice(0, this.length).sort();
    }
}
/** Nearest-rank percentile of sorted values. */
function percentile(sorted, p) {
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}
function stats(values, sum) {
    if (values.length === 0)
        return {};
    const s = values.sorted();
    return {
        avg: round(sum / values.length, 3),
        min: s[0],
        max: s[s.length - 1],
        p50: percentile(s, 50),
        p90: percentile(s, 90),
        p95: percentile(s, 95),
        p99: percentile(s, 99),
    };
}
class SampleAggregator {
    all = { count: 0, values: new Values(), sum: 0, failures: 0 };
    byLabel = new Map();
    failureGroups = new Map();
    start = Number.POSITIVE_INFINITY;
    end = Number.NEGATIVE_INFINITY;
    timed = true;
    peakThreads;
    skippedTransactions = 0;
    add(s) {
        const label = (0,redact/* redact */.E$)(s.label);
        let b = this.byLabel.get(label);
        if (!b) {
            b = { count: 0, values: new Values(), sum: 0, failures: 0 };
            this.byLabel.set(label, b);
        }
        for (const bucket of [this.all, b]) {
            bucket.count++;
            if (s.elapsedMs !== undefined) {
                bucket.values.push(s.elapsedMs);
                bucket.sum += s.elapsedMs;
            }
            if (!s.success)
                bucket.failures++;
        }
        if (s.startMs === undefined)
            this.timed = false;
        else {
            this.start = Math.min(this.start, s.startMs);
            this.end = Math.max(this.end, s.startMs + (s.elapsedMs ?? 0));
        }
        if (s.allThreads !== undefined)
            this.peakThreads = Math.max(this.peakThreads ?? 0, s.allThreads);
        if (!s.success) {
            const code = s.responseCode?.trim() ?? "";
            // A failed sample with a 2xx code failed an assertion; the code says nothing then.
            const type = /^[45]\d\d$/.test(code) ? `HTTP ${code}` : code && !/^\d+$/.test(code) ? code : "failure";
            const message = (0,redact/* redact */.E$)(s.message?.trim() || "failed sample (no message)");
            const key = `${type}\u0000${message}\u0000${label}`;
            const g = this.failureGroups.get(key);
            if (g)
                g.count++;
            else
                this.failureGroups.set(key, { type, message, endpoint: label, count: 1 });
        }
    }
    get count() {
        return this.all.count;
    }
    toPart(runKey, scenario, notes) {
        const requests = this.all.count;
        const untimed = requests - this.all.values.length;
        if (untimed === requests && requests > 0)
            notes.push("no sample has an elapsed time: latency unknown");
        else if (untimed > 0)
            notes.push(`${untimed} of ${requests} samples have no elapsed time: latency covers the others only`);
        const part = {
            runKey,
            kind: "summary",
            tool: "jmeter",
            scenario,
            requests,
            failedRequests: this.all.failures,
            latency: stats(this.all.values, this.all.sum),
            notes,
        };
        if (requests > 0)
            part.errorRatePct = round((this.all.failures / requests) * 100);
        if (this.timed && requests > 0) {
            part.durationS = round((this.end - this.start) / 1000, 3);
            if (part.durationS > 0) {
                part.throughputRps = round(requests / part.durationS);
                part.derived = {
                    throughputRps: "throughput derived from samples ÷ the time from the first sample's start to the last sample's end",
                };
            }
        }
        else if (requests > 0) {
            notes.push("samples carry no timestamp: duration and throughput unknown");
        }
        if (this.peakThreads !== undefined)
            part.users = this.peakThreads;
        if (this.skippedTransactions > 0)
            notes.push(`${this.skippedTransactions} transaction-controller parent samples left out (their children are counted)`);
        if (this.all.values.length > 0)
            notes.push("percentiles by nearest rank over every sample");
        part.endpoints = [...this.byLabel].map(([name, b]) => ({
            name,
            requests: b.count,
            failures: b.failures,
            latency: stats(b.values, b.sum),
        }));
        part.failures = [...this.failureGroups.values()];
        return part;
    }
}
/** JMeter's transaction controller writes a parent sample with this message; its children are the requests. */
function isTransactionParent(message) {
    return message !== undefined && /^Number of samples in transaction\s*:/.test(message);
}

;// CONCATENATED MODULE: ./src/core/formats/performance/jmeter/csv.ts



/** JMeter 5's default CSV columns, in the order it writes them. */
const DEFAULT_JTL_COLUMNS = [
    "timeStamp",
    "elapsed",
    "label",
    "responseCode",
    "responseMessage",
    "threadName",
    "dataType",
    "success",
    "failureMessage",
    "bytes",
    "sentBytes",
    "grpThreads",
    "allThreads",
    "URL",
    "Latency",
    "IdleTime",
    "Connect",
];
const JMETER_SCENARIO_SUFFIXES = [/\.jtl\.(csv|xml)$/i, /\.(jtl|csv|xml)$/i];
function delimiterOf(line) {
    for (const d of [",", "\t", ";", "|"])
        if (line.includes(`timeStamp${d}`) || line.includes(`elapsed${d}`))
            return d;
    // Headerless: the delimiter follows the leading epoch-millisecond timestamp.
    const m = /^\d{10,13}([,\t;|])/.exec(line);
    return m ? m[1] : ",";
}
function timestamp(v) {
    const n = num(v);
    if (n !== undefined)
        return n;
    if (!v)
        return undefined;
    const t = Date.parse(v.replace(/\//g, "-"));
    return Number.isNaN(t) ? undefined : t;
}
async function parseJmeterCsv(source) {
    const delimiter = delimiterOf(firstLine(source.head));
    const agg = new SampleAggregator();
    let col;
    let rowNo = 0;
    for await (const row of streamCsv(source, { delimiter })) {
        rowNo++;
        if (!col) {
            const header = row.includes("elapsed") && row.includes("label") ? row : null;
            if (header) {
                col = Object.fromEntries(header.map((h, i) => [h.trim(), i]));
                continue;
            }
            if (timestamp(row[0]) !== undefined && num(row[1]) !== undefined && /^(true|false)$/i.test(row[7] ?? "")) {
                col = Object.fromEntries(DEFAULT_JTL_COLUMNS.map((h, i) => [h, i]));
            }
            else {
                throw new formats_source/* UnreadableArtifactError */.u7("JMeter CSV without a header row and not in JMeter's default column order, so its columns cannot be told apart; save results with jmeter.save.saveservice.print_field_names=true");
            }
        }
        const c = col;
        const elapsed = num(row[c.elapsed]);
        if (elapsed === undefined)
            throw new formats_source/* UnreadableArtifactError */.u7(`row ${rowNo}: "elapsed" is not a number (${JSON.stringify(row[c.elapsed] ?? "")})`);
        const message = c.responseMessage !== undefined ? row[c.responseMessage] : undefined;
        if (isTransactionParent(message)) {
            agg.skippedTransactions++;
            continue;
        }
        const failureMessage = c.failureMessage !== undefined ? row[c.failureMessage] : undefined;
        const startMs = c.timeStamp !== undefined ? timestamp(row[c.timeStamp]) : undefined;
        const allThreads = c.allThreads !== undefined ? num(row[c.allThreads]) : undefined;
        agg.add({
            label: (c.label !== undefined ? row[c.label] : undefined) ?? "",
            elapsedMs: elapsed,
            ...(startMs !== undefined ? { startMs } : {}),
            success: c.success === undefined || (row[c.success] ?? "").trim().toLowerCase() === "true",
            ...(c.responseCode !== undefined ? { responseCode: row[c.responseCode] ?? "" } : {}),
            ...(failureMessage || message ? { message: failureMessage || message } : {}),
            ...(allThreads !== undefined ? { allThreads } : {}),
        });
    }
    if (!col)
        throw new formats_source/* UnreadableArtifactError */.u7("the file is empty");
    if (agg.count === 0)
        throw new formats_source/* UnreadableArtifactError */.u7("header only: the JMeter results hold no samples");
    return [agg.toPart(`jmeter:${source.path}`, scenarioFromPath(source.path, JMETER_SCENARIO_SUFFIXES), [])];
}

;// CONCATENATED MODULE: ./src/core/formats/performance/jmeter/xml.ts





const SAMPLE_TAGS = ["httpSample", "sample"];
function children(node) {
    const out = [];
    for (const tag of SAMPLE_TAGS) {
        const v = node[tag];
        if (Array.isArray(v))
            for (const c of v)
                if ((0,json/* isObject */.Gv)(c))
                    out.push(c);
    }
    return out;
}
function visit(node, agg) {
    const message = typeof node["@_rm"] === "string" ? node["@_rm"] : undefined;
    const kids = children(node);
    // Transaction samples summarise others: with children they are the parent, without they follow them.
    if (isTransactionParent(message)) {
        agg.skippedTransactions++;
        for (const k of kids)
            visit(k, agg);
        return;
    }
    const elapsed = num(node["@_t"]);
    const ts = num(node["@_ts"]);
    const threads = num(node["@_na"]);
    agg.add({
        label: String(node["@_lb"] ?? ""),
        ...(elapsed !== undefined ? { elapsedMs: elapsed } : {}),
        ...(ts !== undefined ? { startMs: ts } : {}),
        success: String(node["@_s"] ?? "true").toLowerCase() === "true",
        ...(node["@_rc"] !== undefined ? { responseCode: String(node["@_rc"]) } : {}),
        ...(message ? { message } : {}),
        ...(threads !== undefined ? { allThreads: threads } : {}),
    });
}
async function parseJmeterXml(source) {
    const text = await source.text();
    if (text.trim() === "")
        throw new formats_source/* UnreadableArtifactError */.u7("the file is empty");
    // Loaded when an XML report is read: its name tables take tens of milliseconds to build at start-up.
    const { XMLParser, XMLValidator } = await __webpack_require__.e(/* import() */ 131).then(__webpack_require__.bind(__webpack_require__, 99131));
    const valid = XMLValidator.validate(text);
    if (valid !== true)
        throw new formats_source/* UnreadableArtifactError */.u7(`not well-formed XML (truncated?): ${valid.err.msg} at line ${valid.err.line}`);
    const doc = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: "@_",
        parseAttributeValue: false,
        isArray: (name) => SAMPLE_TAGS.includes(name),
    }).parse(text);
    const root = doc.testResults;
    if (!(0,json/* isObject */.Gv)(root)) {
        if (root === "" || root === undefined) {
            if (root === "")
                throw new formats_source/* UnreadableArtifactError */.u7("the JMeter results hold no samples");
            throw new formats_source/* UnreadableArtifactError */.u7("not JMeter results: no <testResults> root element");
        }
        throw new formats_source/* UnreadableArtifactError */.u7("not JMeter results: unexpected <testResults> content");
    }
    const agg = new SampleAggregator();
    for (const s of children(root))
        visit(s, agg);
    if (agg.count === 0)
        throw new formats_source/* UnreadableArtifactError */.u7("the JMeter results hold no samples");
    return [agg.toPart(`jmeter:${source.path}`, scenarioFromPath(source.path, JMETER_SCENARIO_SUFFIXES), [])];
}

;// CONCATENATED MODULE: ./src/core/formats/performance/jmeter/index.ts



const jmeterCsvFormat = {
    id: "jmeter-csv",
    family: "jmeter",
    label: "JMeter CSV results",
    dimension: "performance",
    detect: ({ head, path }) => {
        const line = firstLine(head);
        if (/\btimeStamp\b/.test(line) && /\belapsed\b/.test(line) && /\blabel\b/.test(line))
            return 0.95;
        if (/^\s*</.test(head))
            return 0;
        // No header: JMeter's default column order starts with an epoch-ms timestamp and the elapsed time.
        if (/^\d{13}[,\t;|]\d+[,\t;|]/.test(line))
            return 0.7;
        // A `.jtl` name is a strong hint even when the columns are a custom set (the parser then explains).
        if (/\.jtl(\.csv)?$/i.test(path))
            return 0.5;
        return 0;
    },
    parse: parseJmeterCsv,
};
const jmeterXmlFormat = {
    id: "jmeter-xml",
    family: "jmeter",
    label: "JMeter XML results",
    dimension: "performance",
    detect: ({ head }) => (/<testResults[\s>]/.test(head) ? 0.95 : 0),
    parse: parseJmeterXml,
};
const jmeterFormats = [jmeterCsvFormat, jmeterXmlFormat];

;// CONCATENATED MODULE: ./src/core/formats/performance/k6/index.ts



/** The metric's numbers, whichever layout: `values` in handleSummary, the object itself in the legacy export. */
function values(metric) {
    if (!(0,json/* isObject */.Gv)(metric))
        return undefined;
    return (0,json/* isObject */.Gv)(metric.values) ? metric.values : metric;
}
const TREND_KEYS = [
    ["avg", "avg"],
    ["min", "min"],
    ["max", "max"],
    ["med", "p50"],
    ["p(50)", "p50"],
    ["p(75)", "p75"],
    ["p(90)", "p90"],
    ["p(95)", "p95"],
    ["p(99)", "p99"],
    ["p(99.9)", "p999"],
    ["p(99.99)", "p9999"],
];
function trend(v) {
    const out = {};
    if (!v)
        return out;
    for (const [from, to] of TREND_KEYS) {
        const n = num(v[from]);
        if (n !== undefined && out[to] === undefined)
            out[to] = n;
    }
    return out;
}
/** `http_req_duration{name:/api/x}` → `["http_req_duration", "name", "/api/x"]`. */
function splitTagged(key) {
    const m = /^([^{]+)\{([^:}]+):(.*)\}$/.exec(key);
    return m ? [m[1], m[2], m[3]] : null;
}
function collectChecks(group, out) {
    if (!(0,json/* isObject */.Gv)(group))
        return;
    const checks = Array.isArray(group.checks) ? group.checks : (0,json/* isObject */.Gv)(group.checks) ? Object.values(group.checks) : [];
    for (const c of checks) {
        if (!(0,json/* isObject */.Gv)(c))
            continue;
        const fails = num(c.fails);
        if (fails && fails > 0) {
            const path = typeof c.path === "string" ? c.path.replace(/^::/, "").replace(/::/g, " › ") : String(c.name ?? "check");
            out.push({ type: "check", message: (0,redact/* redact */.E$)(`check failed: ${path}`), count: fails });
        }
    }
    const groups = Array.isArray(group.groups) ? group.groups : (0,json/* isObject */.Gv)(group.groups) ? Object.values(group.groups) : [];
    for (const g of groups)
        collectChecks(g, out);
}
async function parseK6(source) {
    const data = await (0,json/* readJson */.Vh)(source, "k6");
    if (!(0,json/* isObject */.Gv)(data) || !(0,json/* isObject */.Gv)(data.metrics))
        throw new formats_source/* UnreadableArtifactError */.u7('not a k6 summary: no "metrics" object');
    const metrics = data.metrics;
    const legacy = !Object.values(metrics).some((m) => (0,json/* isObject */.Gv)(m) && (0,json/* isObject */.Gv)(m.values));
    const notes = [];
    const part = {
        runKey: `k6:${source.path}`,
        kind: "summary",
        tool: "k6",
        scenario: scenarioFromPath(source.path, [/[._-]?summary(-export)?\.json$/i, /\.json$/i]),
        notes,
    };
    // HTTP first; gRPC-only tests have grpc_* metrics instead.
    const protocol = metrics.http_reqs || metrics.http_req_duration
        ? "http"
        : metrics.grpc_reqs || metrics.grpc_req_duration
            ? "grpc"
            : null;
    if (protocol === null)
        notes.push("no http_* or grpc_* request metrics in this summary");
    const reqs = protocol ? values(metrics[`${protocol}_reqs`]) : undefined;
    const requests = num(reqs?.count);
    const rate = num(reqs?.rate);
    if (requests !== undefined)
        part.requests = requests;
    if (rate !== undefined)
        part.throughputRps = rate;
    part.latency = protocol ? trend(values(metrics[`${protocol}_req_duration`])) : {};
    const state = (0,json/* isObject */.Gv)(data.state) ? data.state : undefined;
    const durMs = num(state?.testRunDurationMs);
    if (durMs !== undefined)
        part.durationS = round(durMs / 1000, 3);
    else if (requests !== undefined && rate) {
        part.durationS = round(requests / rate, 3);
        part.derived = { durationS: "duration derived from request count ÷ rate (the summary has no test duration)" };
    }
    const vus = values(metrics.vus);
    const vusMax = values(metrics.vus_max);
    const users = num(vus?.max) ?? num(vusMax?.max);
    if (users !== undefined)
        part.users = users;
    const failed = values(metrics.http_req_failed);
    if (failed) {
        const passes = num(failed.passes);
        const fails = num(failed.fails);
        if (passes !== undefined)
            part.failedRequests = passes;
        if (passes !== undefined && fails !== undefined && passes + fails > 0)
            part.errorRatePct = round((passes / (passes + fails)) * 100);
        else if (num(failed.rate) !== undefined)
            part.errorRatePct = round(num(failed.rate) * 100);
        else if (num(failed.value) !== undefined)
            part.errorRatePct = round(num(failed.value) * 100);
    }
    else if (protocol === "http") {
        notes.push("no http_req_failed metric (k6 before 0.31): error rate unknown");
    }
    const thresholds = [];
    const endpoints = new Map();
    for (const [key, metric] of Object.entries(metrics)) {
        if ((0,json/* isObject */.Gv)(metric) && (0,json/* isObject */.Gv)(metric.thresholds)) {
            for (const [expression, result] of Object.entries(metric.thresholds)) {
                // handleSummary: {ok: true} passed. Legacy export: true means the threshold was crossed (failed).
                const passed = (0,json/* isObject */.Gv)(result) ? result.ok === true : result === false;
                thresholds.push({ metric: key, expression, passed });
            }
        }
        const tagged = splitTagged(key);
        if (!tagged || !protocol)
            continue;
        const [base, tag, value] = tagged;
        if (!["name", "url", "endpoint"].includes(tag))
            continue;
        const name = (0,redact/* redact */.E$)(value);
        const e = endpoints.get(name) ?? { name, latency: {} };
        endpoints.set(name, e);
        const v = values(metric);
        if (base === `${protocol}_req_duration`)
            e.latency = trend(v);
        if (base === `${protocol}_reqs`) {
            const c = num(v?.count);
            if (c !== undefined)
                e.requests = c;
            const r = num(v?.rate);
            if (r !== undefined)
                e.throughputRps = r;
        }
        if (base === "http_req_failed") {
            const p = num(v?.passes);
            if (p !== undefined)
                e.failures = p;
        }
    }
    part.thresholds = thresholds;
    part.endpoints = [...endpoints.values()];
    const failures = [];
    collectChecks(data.root_group, failures);
    part.failures = failures;
    if (legacy)
        notes.push("k6 --summary-export (legacy) layout");
    return [part];
}
const k6Format = {
    id: "k6-summary",
    family: "k6",
    label: "k6 summary JSON",
    dimension: "performance",
    detect: ({ head }) => {
        if (!/^\s*\{/.test(head) || !head.includes('"metrics"'))
            return 0;
        // Our own JSON report quotes k6 metric names too.
        if (head.includes('"readiness-gate"') && head.includes('"schemaVersion"'))
            return 0;
        const k6Names = [
            "http_req_duration",
            "iteration_duration",
            "vus_max",
            "root_group",
            "http_reqs",
            "grpc_req_duration",
        ];
        const hits = k6Names.filter((n) => head.includes(`"${n}`)).length;
        return hits >= 2 ? 0.95 : hits === 1 ? 0.6 : 0;
    },
    parse: parseK6,
};

;// CONCATENATED MODULE: ./src/core/formats/performance/locust/files.ts
/** How Locust names its CSV files (`--csv <prefix>` writes `<prefix>_stats.csv`, …) and how a run is keyed. */

const LOCUST_SUFFIXES = {
    history: /_stats_history\.csv$/i,
    stats: /_stats\.csv$/i,
    failures: /_failures\.csv$/i,
    exceptions: /_exceptions\.csv$/i,
};
/** The `--csv` prefix of a Locust file (its base name without the suffix), or the base name without `.csv`. */
function locustPrefix(path) {
    const name = baseName(path);
    for (const re of [
        LOCUST_SUFFIXES.history,
        LOCUST_SUFFIXES.stats,
        LOCUST_SUFFIXES.failures,
        LOCUST_SUFFIXES.exceptions,
    ]) {
        const stripped = name.replace(re, "");
        if (stripped !== name && stripped !== "")
            return stripped;
    }
    return name.replace(/\.csv$/i, "") || name;
}
/** Files of one run share directory and prefix. */
function locustRunKey(path) {
    return `locust:${dirName(path)}/${locustPrefix(path)}`;
}

;// CONCATENATED MODULE: ./src/core/formats/performance/locust/failures.ts



/** A short class for a Locust error string: `HTTP 429` for HTTP errors, else the exception class name. */
function failureType(error) {
    const http = /\b([1-5]\d\d) (?:Client|Server) Error\b/.exec(error) ?? /\bHTTP(?:Error)?\W+([1-5]\d\d)\b/.exec(error);
    if (http)
        return `HTTP ${http[1]}`;
    const cls = /^\s*([A-Za-z_][\w.]*)\(/.exec(error);
    if (cls)
        return cls[1];
    return "error";
}
async function parseLocustFailures(source) {
    const records = await readCsv(source);
    const header = records[0];
    if (!header)
        throw new formats_source/* UnreadableArtifactError */.u7("the file is empty");
    const col = {
        method: columnIndex(header, ["Method", "Type"]),
        name: columnIndex(header, ["Name"]),
        error: columnIndex(header, ["Error"]),
        count: columnIndex(header, ["Occurrences", "Occurences", "Count"]),
    };
    if (col.error < 0 || col.count < 0) {
        throw new formats_source/* UnreadableArtifactError */.u7(`Locust failures without "Error" and "Occurrences" columns (header: ${header.join(",")})`);
    }
    const failures = [];
    for (const row of records.slice(1)) {
        const count = num(row[col.count]);
        const error = row[col.error] ?? "";
        if (count === undefined)
            throw new formats_source/* UnreadableArtifactError */.u7(`failure row without a number of occurrences: ${JSON.stringify((0,redact/* redact */.E$)(error)).slice(0, 120)}`);
        const name = col.name >= 0 ? (row[col.name] ?? "") : "";
        const method = col.method >= 0 ? (row[col.method] ?? "") : "";
        failures.push({
            type: failureType(error),
            message: (0,redact/* redact */.E$)(error),
            ...(name ? { endpoint: (0,redact/* redact */.E$)(method ? `${method} ${name}` : name) } : {}),
            count,
        });
    }
    // A header-only failures file is Locust's way of saying "no failures": a valid, empty part.
    return [
        {
            runKey: locustRunKey(source.path),
            kind: "failures",
            tool: "locust",
            scenario: locustPrefix(source.path),
            failures,
        },
    ];
}
async function parseLocustExceptions(source) {
    const records = await readCsv(source);
    const header = records[0];
    if (!header)
        throw new formats_source/* UnreadableArtifactError */.u7("the file is empty");
    const col = { count: columnIndex(header, ["Count"]), message: columnIndex(header, ["Message"]) };
    if (col.count < 0 || col.message < 0) {
        throw new formats_source/* UnreadableArtifactError */.u7(`Locust exceptions without "Count" and "Message" columns (header: ${header.join(",")})`);
    }
    const failures = [];
    for (const row of records.slice(1)) {
        const count = num(row[col.count]);
        if (count === undefined)
            continue;
        // The traceback is left out on purpose: it is long and may quote source lines with secrets.
        failures.push({ type: "exception", message: (0,redact/* redact */.E$)(row[col.message] ?? ""), count });
    }
    return [
        {
            runKey: locustRunKey(source.path),
            kind: "exceptions",
            tool: "locust",
            scenario: locustPrefix(source.path),
            failures,
        },
    ];
}

;// CONCATENATED MODULE: ./src/core/formats/performance/locust/columns.ts

const PERCENTILE_HEADER = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;
/** `50%` → `p50`, `99.9%` → `p999`; `100%` is the maximum and has its own column. */
function percentileKey(header) {
    const m = PERCENTILE_HEADER.exec(header);
    if (!m)
        return null;
    const key = `p${m[1].replace(".", "")}`;
    return ["p50", "p66", "p75", "p80", "p90", "p95", "p98", "p99", "p999", "p9999"].includes(key)
        ? key
        : null;
}
function latencyColumns(header, prefix = "") {
    const percentiles = [];
    if (prefix === "") {
        header.forEach((h, i) => {
            const k = percentileKey(h);
            if (k)
                percentiles.push([k, i]);
        });
    }
    return {
        percentiles,
        median: columnIndex(header, [`${prefix}Median Response Time`]),
        avg: columnIndex(header, [`${prefix}Average Response Time`]),
        min: columnIndex(header, [`${prefix}Min Response Time`]),
        max: columnIndex(header, [`${prefix}Max Response Time`]),
    };
}
/** Latency figures of one row; cells that are empty or `N/A` are left out. */
function readLatency(row, cols) {
    const out = {};
    const put = (k, i) => {
        if (i < 0)
            return;
        const v = num(row[i]);
        if (v !== undefined)
            out[k] = v;
    };
    for (const [k, i] of cols.percentiles)
        put(k, i);
    // The explicit median column is more precise than the rounded 50% bucket.
    put("p50", cols.median);
    put("avg", cols.avg);
    put("min", cols.min);
    put("max", cols.max);
    return out;
}
const COLUMN_NAMES = {
    type: ["Type", "Method"],
    name: ["Name"],
    requests: ["Request Count", "# requests", "# reqs"],
    failures: ["Failure Count", "# failures", "# fails"],
    rps: ["Requests/s", "Current RPS"],
    timestamp: ["Timestamp"],
    users: ["User Count", "User count", "Users"],
    totalRequests: ["Total Request Count", "# requests", "Request Count"],
    totalFailures: ["Total Failure Count", "# failures", "Failure Count"],
};
/** The summary row is `Aggregated` (1.x, 2.x) or `Total` (older), with an empty or `None` type. */
function isAggregateRow(type, name) {
    const n = (name ?? "").trim();
    const t = (type ?? "").trim();
    return (n === "Aggregated" || n === "Total") && (t === "" || t === "None");
}

;// CONCATENATED MODULE: ./src/core/formats/performance/locust/history.ts




async function parseLocustHistory(source) {
    let header;
    let col = { timestamp: -1, users: -1, type: -1, name: -1, requests: -1, failures: -1 };
    let lat = latencyColumns([]);
    let rows = 0;
    let firstTs;
    let lastTs;
    let peakUsers;
    let last;
    for await (const row of streamCsv(source)) {
        if (!header) {
            header = row;
            col = {
                timestamp: columnIndex(header, COLUMN_NAMES.timestamp),
                users: columnIndex(header, COLUMN_NAMES.users),
                type: columnIndex(header, COLUMN_NAMES.type),
                name: columnIndex(header, COLUMN_NAMES.name),
                requests: columnIndex(header, COLUMN_NAMES.totalRequests),
                failures: columnIndex(header, COLUMN_NAMES.totalFailures),
            };
            if (col.timestamp < 0 || col.name < 0) {
                throw new formats_source/* UnreadableArtifactError */.u7(`Locust stats history without "Timestamp" and "Name" columns (header: ${header.join(",")})`);
            }
            // Cumulative columns are prefixed `Total`; the percentile columns only cover the last few seconds.
            lat = { ...latencyColumns(header, "Total "), percentiles: [] };
            continue;
        }
        rows++;
        const type = col.type >= 0 ? row[col.type] : "";
        if (!isAggregateRow(type, row[col.name]))
            continue;
        const ts = num(row[col.timestamp]);
        if (ts !== undefined) {
            firstTs ??= ts;
            lastTs = ts;
        }
        const users = col.users >= 0 ? num(row[col.users]) : undefined;
        if (users !== undefined)
            peakUsers = Math.max(peakUsers ?? 0, users);
        last = row;
    }
    if (!header)
        throw new formats_source/* UnreadableArtifactError */.u7("the file is empty");
    if (rows === 0)
        throw new formats_source/* UnreadableArtifactError */.u7("header only: the stats history has no samples");
    if (!last)
        throw new formats_source/* UnreadableArtifactError */.u7("the stats history has no Aggregated rows");
    const part = {
        runKey: locustRunKey(source.path),
        kind: "history",
        tool: "locust",
        scenario: locustPrefix(source.path),
        notes: [],
    };
    // A history holding only the t=0 row says nothing about users or duration.
    if (peakUsers)
        part.users = peakUsers;
    if (firstTs !== undefined && lastTs !== undefined && lastTs > firstTs)
        part.durationS = lastTs - firstTs;
    const requests = col.requests >= 0 ? num(last[col.requests]) : undefined;
    const failed = col.failures >= 0 ? num(last[col.failures]) : undefined;
    if (requests !== undefined) {
        part.requests = requests;
        if (failed !== undefined) {
            part.failedRequests = failed;
            if (requests > 0)
                part.errorRatePct = round((failed / requests) * 100);
        }
        if (requests > 0) {
            const { p50, avg, min, max } = readLatency(last, lat);
            part.latency = {
                ...(p50 !== undefined ? { p50 } : {}),
                ...(avg !== undefined ? { avg } : {}),
                ...(min !== undefined ? { min } : {}),
                ...(max !== undefined ? { max } : {}),
            };
            if (part.durationS) {
                part.throughputRps = round(requests / part.durationS);
                part.derived = { throughputRps: "throughput derived from the history's total request count ÷ its time span" };
            }
        }
    }
    return [part];
}

;// CONCATENATED MODULE: ./src/core/formats/performance/locust/stats.ts




async function parseLocustStats(source) {
    const records = await readCsv(source);
    const header = records[0];
    if (!header)
        throw new formats_source/* UnreadableArtifactError */.u7("the file is empty");
    const col = {
        type: columnIndex(header, COLUMN_NAMES.type),
        name: columnIndex(header, COLUMN_NAMES.name),
        requests: columnIndex(header, COLUMN_NAMES.requests),
        failures: columnIndex(header, COLUMN_NAMES.failures),
        rps: columnIndex(header, COLUMN_NAMES.rps),
    };
    for (const [key, label] of [
        ["name", "Name"],
        ["requests", "Request Count"],
        ["failures", "Failure Count"],
    ]) {
        if (col[key] < 0)
            throw new formats_source/* UnreadableArtifactError */.u7(`Locust stats without a "${label}" column (header: ${header.join(",")})`);
    }
    const lat = latencyColumns(header);
    const rows = records.slice(1);
    if (rows.length === 0) {
        throw new formats_source/* UnreadableArtifactError */.u7("header only: Locust recorded no requests in this run, so there is nothing to assess");
    }
    const endpoints = [];
    let aggregate;
    for (const row of rows) {
        const type = col.type >= 0 ? row[col.type] : "";
        const name = row[col.name] ?? "";
        if (isAggregateRow(type, name)) {
            aggregate = row;
            continue;
        }
        const requests = num(row[col.requests]);
        const failures = num(row[col.failures]);
        const rps = col.rps >= 0 ? num(row[col.rps]) : undefined;
        endpoints.push({
            name: (0,redact/* redact */.E$)(name),
            ...(type ? { method: type } : {}),
            ...(requests !== undefined ? { requests } : {}),
            ...(failures !== undefined ? { failures } : {}),
            ...(rps !== undefined ? { throughputRps: rps } : {}),
            latency: requests === 0 ? {} : readLatency(row, lat),
        });
    }
    const notes = [];
    let requests;
    let failed;
    let rps;
    let latency = {};
    if (aggregate) {
        requests = num(aggregate[col.requests]);
        failed = num(aggregate[col.failures]);
        rps = col.rps >= 0 ? num(aggregate[col.rps]) : undefined;
        latency = requests === 0 ? {} : readLatency(aggregate, lat);
    }
    else {
        // Counts add up across rows; percentiles do not, so they stay unknown.
        const sum = (f) => endpoints.every((e) => f(e) !== undefined) ? endpoints.reduce((a, e) => a + f(e), 0) : undefined;
        requests = sum((e) => e.requests);
        failed = sum((e) => e.failures);
        rps = sum((e) => e.throughputRps);
        notes.push("no Aggregated row: totals summed over the request rows, percentiles unknown");
    }
    if (requests === undefined)
        throw new formats_source/* UnreadableArtifactError */.u7("the Aggregated row has no request count");
    const part = {
        runKey: locustRunKey(source.path),
        kind: "summary",
        tool: "locust",
        scenario: locustPrefix(source.path),
        requests,
        latency,
        endpoints,
        notes,
    };
    if (failed !== undefined) {
        part.failedRequests = failed;
        if (requests > 0)
            part.errorRatePct = round((failed / requests) * 100);
    }
    if (rps !== undefined) {
        part.throughputRps = rps;
        if (rps > 0) {
            part.durationS = round(requests / rps, 3);
            part.derived = { durationS: "duration derived from request count ÷ requests/s" };
        }
    }
    return [part];
}

;// CONCATENATED MODULE: ./src/core/formats/performance/locust/index.ts





function headerCells(head) {
    return firstLine(head)
        .split(",")
        .map((c) => c.trim().replace(/^"|"$/g, "").toLowerCase());
}
function has(cells, ...names) {
    return names.every((n) => cells.includes(n.toLowerCase()));
}
/** Content decides; the file name only breaks ties and lifts confidence. */
function score(byContent, nameHint, path) {
    if (!byContent)
        return 0;
    return nameHint.test(path) ? 0.98 : 0.9;
}
const locustStatsFormat = {
    id: "locust-stats",
    family: "locust",
    label: "Locust stats CSV",
    dimension: "performance",
    detect: ({ head, path }) => {
        const c = headerCells(head);
        const ok = has(c, "name") &&
            !has(c, "timestamp") &&
            (has(c, "request count") || has(c, "# requests")) &&
            (has(c, "median response time") || has(c, "average response time"));
        return score(ok, LOCUST_SUFFIXES.stats, path);
    },
    parse: parseLocustStats,
};
const locustHistoryFormat = {
    id: "locust-stats-history",
    family: "locust",
    label: "Locust stats history CSV",
    dimension: "performance",
    detect: ({ head, path }) => {
        const c = headerCells(head);
        return score(has(c, "timestamp", "name") && (has(c, "user count") || has(c, "total request count")), LOCUST_SUFFIXES.history, path);
    },
    parse: parseLocustHistory,
};
const locustFailuresFormat = {
    id: "locust-failures",
    family: "locust",
    label: "Locust failures CSV",
    dimension: "performance",
    detect: ({ head, path }) => {
        const c = headerCells(head);
        return score(has(c, "name", "error") && (has(c, "occurrences") || has(c, "occurences")), LOCUST_SUFFIXES.failures, path);
    },
    parse: parseLocustFailures,
};
const locustExceptionsFormat = {
    id: "locust-exceptions",
    family: "locust",
    label: "Locust exceptions CSV",
    dimension: "performance",
    detect: ({ head, path }) => {
        const c = headerCells(head);
        return score(has(c, "count", "message", "traceback"), LOCUST_SUFFIXES.exceptions, path);
    },
    parse: parseLocustExceptions,
};
const locustFormats = [locustStatsFormat, locustHistoryFormat, locustFailuresFormat, locustExceptionsFormat];

;// CONCATENATED MODULE: ./src/core/formats/performance/readiness-report/index.ts



async function parseReadinessReport(source) {
    const data = await (0,json/* readJson */.Vh)(source, "readiness-gate report");
    const details = (0,json/* isObject */.Gv)(data) && (0,json/* isObject */.Gv)(data.dimensions) && (0,json/* isObject */.Gv)(data.dimensions.performance)
        ? data.dimensions.performance.details
        : undefined;
    if (!(0,json/* isObject */.Gv)(details) || !Array.isArray(details.runs)) {
        throw new formats_source/* UnreadableArtifactError */.u7("a readiness-gate report without performance runs (dimensions.performance.details.runs)");
    }
    return details.runs.filter(json/* isObject */.Gv).map((r, i) => {
        const part = {
            runKey: `report:${source.path}#${i}`,
            kind: "report",
            tool: typeof r.tool === "string" ? r.tool : "unknown",
            scenario: typeof r.scenario === "string" ? r.scenario : `run ${i + 1}`,
            latency: {},
            notes: [],
        };
        if ((0,json/* isObject */.Gv)(r.latency)) {
            for (const [k, v] of Object.entries(r.latency)) {
                const n = num(v);
                if (n !== undefined)
                    part.latency[k] = n;
            }
        }
        for (const key of ["users", "durationS", "requests", "failedRequests", "throughputRps", "errorRatePct"]) {
            const n = num(r[key]);
            if (n !== undefined)
                part[key] = n;
        }
        // Only availability the tool reported directly is carried over; a derived one is derived again.
        if (r.availabilityDerived === false && num(r.availabilityPct) !== undefined)
            part.availabilityPct = num(r.availabilityPct);
        return part;
    });
}
const readinessReportFormat = {
    id: "readiness-report",
    family: "readiness-report",
    label: "readiness-gate JSON report (baseline)",
    dimension: "performance",
    detect: ({ head }) => /^\s*\{/.test(head) && head.includes('"readiness-gate"') && head.includes('"schemaVersion"') ? 0.99 : 0,
    parse: parseReadinessReport,
};

;// CONCATENATED MODULE: ./src/core/formats/performance/index.ts





/** Registered load-test formats, in detection priority order. */
const performanceFormats = [
    ...locustFormats,
    k6Format,
    artilleryFormat,
    ...jmeterFormats,
    readinessReportFormat,
];

;// CONCATENATED MODULE: ./src/core/formats/security/detect-secrets/index.ts
/**
 * detect-secrets baselines (0.x and 1.x). An entry is a finding unless an audit marked it a false positive
 * (`is_secret: false`); unaudited and confirmed (`is_secret: true`) entries count as leaked secrets, severity high.
 * Only the secret's type, file and line are kept (the baseline holds a hash, never the value).
 */



const detectSecretsFormat = {
    id: "detect-secrets",
    family: "detect-secrets",
    label: "detect-secrets baseline",
    dimension: "security",
    detect({ head }) {
        if ((0,json/* jsonHeadHas */.xb)(head, /"results"\s*:/, /"plugins_used"|"hashed_secret"|"filters_used"/))
            return 0.95;
        return 0;
    },
    async parse(source) {
        const doc = await (0,json/* readJson */.Vh)(source, "detect-secrets baseline");
        if (!(0,json/* isObject */.Gv)(doc) || !(0,json/* isObject */.Gv)(doc.results))
            throw new formats_source/* UnreadableArtifactError */.u7("not a detect-secrets baseline: no `results` object");
        const findings = [];
        for (const [file, entries] of Object.entries(doc.results)) {
            for (const e of (0,json/* asObjects */.Nt)(entries)) {
                if (e.is_secret === false)
                    continue;
                const type = (0,json/* nonEmpty */.hq)(e.type) ?? "Secret";
                const path = (0,build/* normalizePath */.Fd)((0,json/* nonEmpty */.hq)(e.filename) ?? file);
                const line = (0,json/* asNumber */.i)(e.line_number);
                findings.push((0,build/* makeFinding */.MH)({
                    tool: "detect-secrets",
                    ruleId: type,
                    severity: "high",
                    title: `${type}${e.is_secret === true ? " (confirmed by audit)" : " (not audited)"}`,
                    path,
                    ...(line !== undefined ? { line } : {}),
                    secret: true,
                }));
            }
        }
        const version = (0,json/* nonEmpty */.hq)(doc.version);
        return { tool: "detect-secrets", ...(version ? { toolVersion: version } : {}), findings };
    },
};

;// CONCATENATED MODULE: ./src/core/formats/security/gitleaks/index.ts
/**
 * gitleaks JSON: v8 (array of PascalCase objects) and v7 (camelCase: `rule`, `offender`, `lineNumber`). Every
 * finding is a leaked secret, severity high. `Secret`, `Match`, `offender`, `line`, commit messages and authors are
 * never read; only rule, file, line and our fingerprint are kept. Clean runs: `[]` (v8) or `null` (v7).
 */



function fromEntry(e) {
    const v8 = "RuleID" in e || "StartLine" in e || "File" in e;
    const ruleId = (v8 ? (0,json/* nonEmpty */.hq)(e.RuleID) : (0,json/* nonEmpty */.hq)(e.rule)) ?? "gitleaks";
    const description = v8 ? (0,json/* nonEmpty */.hq)(e.Description) : (0,json/* nonEmpty */.hq)(e.rule);
    const file = v8 ? (0,json/* nonEmpty */.hq)(e.File) : (0,json/* nonEmpty */.hq)(e.file);
    const line = v8 ? (0,json/* asNumber */.i)(e.StartLine) : (0,json/* asNumber */.i)(e.lineNumber);
    const column = v8 ? (0,json/* asNumber */.i)(e.StartColumn) : undefined;
    return (0,build/* makeFinding */.MH)({
        tool: "gitleaks",
        ruleId,
        severity: "high",
        title: `${description ?? ruleId} (secret value not shown)`,
        ...(file ? { path: (0,build/* normalizePath */.Fd)(file) } : {}),
        ...(line !== undefined ? { line } : {}),
        ...(column !== undefined ? { column } : {}),
        secret: true,
    });
}
const gitleaksFormat = {
    id: "gitleaks",
    family: "gitleaks",
    label: "gitleaks JSON",
    dimension: "security",
    detect({ head }) {
        if ((0,json/* jsonHeadHas */.xb)(head, /^\[\s*\{/, /"RuleID"\s*:/, /"Secret"\s*:|"Match"\s*:|"StartLine"\s*:/))
            return 0.95;
        if ((0,json/* jsonHeadHas */.xb)(head, /^\[\s*\{/, /"offender"\s*:/, /"rule"\s*:/))
            return 0.95;
        // An empty list or `null` is what gitleaks writes for a clean scan; other tools that do the same can be named
        // with the config's `format:`.
        if (/^(\[\s*\]|null)\s*$/.test((0,json/* trimmedHead */.b)(head)))
            return 0.2;
        return 0;
    },
    async parse(source) {
        const doc = await (0,json/* readJson */.Vh)(source, "gitleaks");
        if (doc === null)
            return { tool: "gitleaks", findings: [] };
        if (!Array.isArray(doc))
            throw new formats_source/* UnreadableArtifactError */.u7("not a gitleaks report: the JSON is not a list");
        return { tool: "gitleaks", findings: (0,json/* asObjects */.Nt)(doc).map(fromEntry) };
    },
};

// EXTERNAL MODULE: ./src/core/security/severity.ts
var security_severity = __webpack_require__(19331);
;// CONCATENATED MODULE: ./src/core/formats/security/shared/text.ts
/** Small text helpers shared by the scanner parsers. */
/** First sentence (or line) of a description, for titles of tools that give no title. */
function firstSentence(text, max = 140) {
    if (!text)
        return undefined;
    const plain = text
        .replace(/<[^>]*>/g, " ")
        .replace(/\s+/g, " ")
        .trim();
    if (!plain)
        return undefined;
    const m = /^(.+?[.!?])(\s|$)/.exec(plain);
    const s = m?.[1] ?? plain;
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
/** `>= 1.2.3` or `1.2.3` → `1.2.3`; anything else (ranges, lists) as written. */
function versionFromSpec(spec) {
    if (!spec)
        return undefined;
    const s = spec.trim();
    const m = /^(?:>=|>|=|==|\^|~)?\s*v?(\d[\w.+-]*)$/.exec(s);
    return m?.[1] ?? (s || undefined);
}

;// CONCATENATED MODULE: ./src/core/formats/security/grype/index.ts
/**
 * Grype JSON (`matches[]`). Critical/High/Medium/Low map one to one, Negligible is info, Unknown counts as medium.
 * The related vulnerabilities' ids (often the CVE behind a GHSA) become aliases, for de-duplication.
 */





const grypeFormat = {
    id: "grype",
    family: "grype",
    label: "Grype JSON",
    dimension: "security",
    detect({ head }) {
        if ((0,json/* jsonHeadHas */.xb)(head, /"matches"\s*:/, /"vulnerability"\s*:|"descriptor"\s*:|"distro"\s*:|"matchDetails"/))
            return 0.9;
        if ((0,json/* jsonHeadHas */.xb)(head, /^\{\s*"matches"\s*:\s*\[/))
            return 0.8;
        return 0;
    },
    async parse(source) {
        const doc = await (0,json/* readJson */.Vh)(source, "Grype");
        if (!(0,json/* isObject */.Gv)(doc) || !Array.isArray(doc.matches))
            throw new formats_source/* UnreadableArtifactError */.u7("not a Grype report: no `matches` list");
        const findings = (0,json/* asObjects */.Nt)(doc.matches).map((m) => {
            const v = (0,json/* isObject */.Gv)(m.vulnerability) ? m.vulnerability : {};
            const a = (0,json/* isObject */.Gv)(m.artifact) ? m.artifact : {};
            const related = (0,json/* asObjects */.Nt)(m.relatedVulnerabilities);
            const id = (0,json/* nonEmpty */.hq)(v.id) ?? "grype-match";
            const name = (0,json/* nonEmpty */.hq)(a.name) ?? "package";
            const version = (0,json/* nonEmpty */.hq)(a.version);
            const fix = (0,json/* isObject */.Gv)(v.fix) ? v.fix : {};
            const fixed = fix.state === "fixed" || fix.state === undefined
                ? (0,json/* asArray */._j)(fix.versions)
                    .map((x) => (0,json/* asString */.oJ)(x))
                    .find((x) => x)
                : undefined;
            const description = (0,json/* nonEmpty */.hq)(v.description) ?? related.map((r) => (0,json/* nonEmpty */.hq)(r.description)).find((x) => x);
            const url = (0,json/* nonEmpty */.hq)(v.dataSource) ??
                (0,json/* asArray */._j)(v.urls)
                    .map((x) => (0,json/* asString */.oJ)(x))
                    .find((x) => x);
            const type = (0,json/* nonEmpty */.hq)(a.type);
            return (0,build/* makeFinding */.MH)({
                tool: "grype",
                ruleId: id,
                severity: (0,security_severity/* severityFromWord */.GX)(v.severity) ?? security_severity/* UNKNOWN_SEVERITY */.J_,
                title: firstSentence(description) ?? `${id} in ${name}`,
                package: {
                    name,
                    ...(version ? { version } : {}),
                    ...(fixed ? { fixedVersion: fixed } : {}),
                    ...(type ? { ecosystem: type } : {}),
                },
                aliases: [id, ...related.map((r) => (0,json/* asString */.oJ)(r.id))],
                ...(url ? { helpUrl: url } : {}),
            });
        });
        const d = (0,json/* isObject */.Gv)(doc.descriptor) ? doc.descriptor : {};
        const version = (0,json/* nonEmpty */.hq)(d.version);
        return { tool: "grype", ...(version ? { toolVersion: version } : {}), findings };
    },
};

;// CONCATENATED MODULE: ./src/core/formats/security/npm-audit/index.ts
/**
 * npm audit JSON: npm 7+ (`auditReportVersion: 2`) and npm 6 (`advisories`). One finding per advisory and package.
 * npm 7+ packages that are vulnerable only through another package (`via` holds just names) are not counted again:
 * the advisory is reported on the package that has it. npm's `moderate` is our `medium`.
 * npm's error outputs (`{"error": …}` from npm 6, `{"message", "statusCode", …}` from npm 7+) are unreadable, with
 * npm's reason, because an audit that did not run says nothing about vulnerabilities.
 */





function ghsaFromUrl(url) {
    return url ? /GHSA(-[0-9a-z]{4}){3}/i.exec(url)?.[0] : undefined;
}
function fixText(fix, pkg) {
    if ((0,json/* isObject */.Gv)(fix)) {
        const name = (0,json/* nonEmpty */.hq)(fix.name);
        const version = (0,json/* nonEmpty */.hq)(fix.version);
        if (name && version)
            return `upgrade ${name} to ${version}${fix.isSemVerMajor === true ? " (a major version change)" : ""}`;
    }
    if (fix === true)
        return `run \`npm audit fix\` (a fixed ${pkg} is available)`;
    return undefined;
}
function v7(doc) {
    const out = [];
    const vulns = (0,json/* isObject */.Gv)(doc.vulnerabilities) ? doc.vulnerabilities : {};
    for (const [key, v] of Object.entries(vulns)) {
        if (!(0,json/* isObject */.Gv)(v))
            continue;
        const name = (0,json/* nonEmpty */.hq)(v.name) ?? key;
        const fix = fixText(v.fixAvailable, name);
        for (const adv of (0,json/* asObjects */.Nt)(v.via)) {
            const url = (0,json/* nonEmpty */.hq)(adv.url);
            const ghsa = ghsaFromUrl(url);
            const source = (0,json/* asString */.oJ)(adv.source);
            out.push((0,build/* makeFinding */.MH)({
                tool: "npm audit",
                ruleId: ghsa ?? (source ? `npm-${source}` : name),
                severity: (0,security_severity/* severityFromWord */.GX)(adv.severity) ?? (0,security_severity/* severityFromWord */.GX)(v.severity) ?? security_severity/* UNKNOWN_SEVERITY */.J_,
                title: (0,json/* nonEmpty */.hq)(adv.title) ?? `Vulnerable ${name}`,
                cwes: (0,json/* asArray */._j)(adv.cwe).map((c) => (0,json/* asString */.oJ)(c) ?? ""),
                // npm 7+ names the vulnerable range, not the installed version.
                package: { name, ecosystem: "npm" },
                aliases: [ghsa],
                ...(url ? { helpUrl: url } : {}),
                ...(fix ? { fix } : {}),
                occurrences: (0,json/* asArray */._j)(v.nodes).length || 1,
            }));
        }
    }
    return out;
}
function v6(doc) {
    const out = [];
    const advisories = (0,json/* isObject */.Gv)(doc.advisories) ? doc.advisories : {};
    for (const [id, a] of Object.entries(advisories)) {
        if (!(0,json/* isObject */.Gv)(a))
            continue;
        const name = (0,json/* nonEmpty */.hq)(a.module_name) ?? "package";
        const version = (0,json/* asObjects */.Nt)(a.findings)
            .map((f) => (0,json/* nonEmpty */.hq)(f.version))
            .find((x) => x !== undefined);
        const patched = (0,json/* nonEmpty */.hq)(a.patched_versions);
        const fixed = patched && patched !== "<0.0.0" ? versionFromSpec(patched) : undefined;
        const url = (0,json/* nonEmpty */.hq)(a.url);
        const ghsa = (0,json/* nonEmpty */.hq)(a.github_advisory_id) ?? ghsaFromUrl(url);
        out.push((0,build/* makeFinding */.MH)({
            tool: "npm audit",
            ruleId: ghsa ?? `npm-${id}`,
            severity: (0,security_severity/* severityFromWord */.GX)(a.severity) ?? security_severity/* UNKNOWN_SEVERITY */.J_,
            title: (0,json/* nonEmpty */.hq)(a.title) ?? `Vulnerable ${name}`,
            cwes: Array.isArray(a.cwe) ? a.cwe.map((c) => (0,json/* asString */.oJ)(c) ?? "") : [(0,json/* asString */.oJ)(a.cwe) ?? ""],
            package: { name, ecosystem: "npm", ...(version ? { version } : {}), ...(fixed ? { fixedVersion: fixed } : {}) },
            aliases: [ghsa, ...(0,json/* asArray */._j)(a.cves).map((c) => (0,json/* asString */.oJ)(c))],
            ...(url ? { helpUrl: url } : {}),
            occurrences: (0,json/* asObjects */.Nt)(a.findings).reduce((n, f) => n + ((0,json/* asArray */._j)(f.paths).length || 1), 0) || 1,
        }));
    }
    return out;
}
function npmError(doc) {
    if ((0,json/* isObject */.Gv)(doc.error) && !("vulnerabilities" in doc) && !("advisories" in doc)) {
        const e = doc.error;
        const parts = [(0,json/* nonEmpty */.hq)(doc.message), (0,json/* nonEmpty */.hq)(e.code), (0,json/* nonEmpty */.hq)(e.summary), (0,json/* nonEmpty */.hq)(e.detail)].filter((x) => x !== undefined);
        return (0,redact/* redact */.E$)(parts.join(": ") || "no details");
    }
    return undefined;
}
const npmAuditFormat = {
    id: "npm-audit",
    family: "npm-audit",
    label: "npm audit JSON",
    dimension: "security",
    detect({ head }) {
        if ((0,json/* jsonHeadHas */.xb)(head, /"auditReportVersion"\s*:/))
            return 1;
        if ((0,json/* jsonHeadHas */.xb)(head, /"advisories"\s*:/, /"muted"|"actions"|"module_name"/))
            return 0.9;
        if ((0,json/* jsonHeadHas */.xb)(head, /"error"\s*:/, /"code"\s*:\s*"E[A-Z]+"|"ENOAUDIT"|\/-\/npm\/v1\/security\//))
            return 0.7;
        return 0;
    },
    async parse(source) {
        const doc = await (0,json/* readJson */.Vh)(source, "npm audit");
        if (!(0,json/* isObject */.Gv)(doc))
            throw new formats_source/* UnreadableArtifactError */.u7("not an npm audit report: the JSON is not an object");
        const err = npmError(doc);
        if (err)
            throw new formats_source/* UnreadableArtifactError */.u7(`npm audit did not run: ${err}`);
        if ("auditReportVersion" in doc || "vulnerabilities" in doc) {
            // An npm 7+ report always has the `vulnerabilities` object (empty when clean): without it nothing was read.
            if (!(0,json/* isObject */.Gv)(doc.vulnerabilities))
                throw new formats_source/* UnreadableArtifactError */.u7(`not an npm audit report: \`vulnerabilities\` is ${doc.vulnerabilities === undefined ? "missing" : "not an object"} (npm 7+ writes an object keyed by package)`);
            return { tool: "npm audit", findings: v7(doc) };
        }
        if ((0,json/* isObject */.Gv)(doc.advisories))
            return { tool: "npm audit", findings: v6(doc) };
        throw new formats_source/* UnreadableArtifactError */.u7("not an npm audit report: neither `vulnerabilities` (npm 7+) nor `advisories` (npm 6)");
    },
};

;// CONCATENATED MODULE: ./src/core/formats/security/osv-scanner/index.ts
/**
 * osv-scanner JSON (v1 and v2). One finding per vulnerability group (ids that name the same flaw) per package.
 * Severity: the group's `max_severity` (a CVSS base score), else the highest of its records' CVSS v3 vectors,
 * numeric scores or `database_specific.severity` words, else medium (unknown). License violations are not security
 * findings and are ignored. A 0-byte file is unreadable ("empty"): a crashed run writes nothing too.
 */




function recordSeverity(v) {
    let best;
    for (const s of (0,json/* asObjects */.Nt)(v.severity)) {
        const score = (0,json/* asString */.oJ)(s.score);
        if (!score)
            continue;
        const n = (0,security_severity/* cvss3BaseScore */.yg)(score) ?? (0,json/* asNumber */.i)(score);
        if (n !== undefined)
            best = best ? (0,security_severity/* worse */.JJ)(best, (0,security_severity/* severityFromScore */.qI)(n)) : (0,security_severity/* severityFromScore */.qI)(n);
    }
    if (best)
        return best;
    const db = (0,json/* isObject */.Gv)(v.database_specific) ? v.database_specific : {};
    return (0,security_severity/* severityFromWord */.GX)(db.severity);
}
function fixedVersion(v, name) {
    for (const aff of (0,json/* asObjects */.Nt)(v.affected)) {
        const p = (0,json/* isObject */.Gv)(aff.package) ? aff.package : {};
        if ((0,json/* nonEmpty */.hq)(p.name) !== name)
            continue;
        for (const r of (0,json/* asObjects */.Nt)(aff.ranges)) {
            for (const e of (0,json/* asObjects */.Nt)(r.events)) {
                const f = (0,json/* nonEmpty */.hq)(e.fixed);
                if (f)
                    return f;
            }
        }
    }
    return undefined;
}
const osvScannerFormat = {
    id: "osv-scanner",
    family: "osv-scanner",
    label: "osv-scanner JSON",
    dimension: "security",
    detect({ head }) {
        if ((0,json/* jsonHeadHas */.xb)(head, /"results"\s*:/, /"packages"\s*:|"experimental_config"|"source"\s*:\s*\{/)) {
            return /"plugins_used"|"hashed_secret"/.test(head) ? 0 : 0.85;
        }
        return 0;
    },
    async parse(source) {
        const doc = await (0,json/* readJson */.Vh)(source, "osv-scanner");
        if (!(0,json/* isObject */.Gv)(doc) || !Array.isArray(doc.results))
            throw new formats_source/* UnreadableArtifactError */.u7("not an osv-scanner report: no `results` list");
        const findings = [];
        for (const r of (0,json/* asObjects */.Nt)(doc.results)) {
            const src = (0,json/* isObject */.Gv)(r.source) ? r.source : {};
            const rawPath = (0,json/* nonEmpty */.hq)(src.path);
            const path = rawPath ? (0,build/* normalizePath */.Fd)(rawPath.replace(/^<rootdir>\//, "")) : undefined;
            for (const p of (0,json/* asObjects */.Nt)(r.packages)) {
                const pkg = (0,json/* isObject */.Gv)(p.package) ? p.package : {};
                const name = (0,json/* nonEmpty */.hq)(pkg.name) ?? "package";
                const version = (0,json/* nonEmpty */.hq)(pkg.version);
                const ecosystem = (0,json/* nonEmpty */.hq)(pkg.ecosystem);
                const records = (0,json/* asObjects */.Nt)(p.vulnerabilities);
                const groups = (0,json/* asObjects */.Nt)(p.groups);
                // v1 files before groups existed: one group per record.
                const effective = groups.length > 0 ? groups : records.map((v) => ({ ids: [v.id ?? null] }));
                for (const g of effective) {
                    const ids = (0,json/* asArray */._j)(g.ids)
                        .map((x) => (0,json/* asString */.oJ)(x))
                        .filter((x) => !!x);
                    const inGroup = records.filter((v) => ids.includes((0,json/* asString */.oJ)(v.id) ?? ""));
                    let severity = (0,security_severity/* severityFromScoreOrWord */.pc)((0,json/* nonEmpty */.hq)(g.max_severity));
                    for (const v of inGroup) {
                        const s = recordSeverity(v);
                        if (s && !severity)
                            severity = s;
                        else if (s && severity && !(0,json/* nonEmpty */.hq)(g.max_severity))
                            severity = (0,security_severity/* worse */.JJ)(severity, s);
                    }
                    const first = inGroup[0];
                    const fixed = inGroup.map((v) => fixedVersion(v, name)).find((x) => x);
                    const cwes = inGroup.flatMap((v) => (0,json/* isObject */.Gv)(v.database_specific) ? (0,json/* asArray */._j)(v.database_specific.cwe_ids) : []);
                    const ruleId = ids.find((i) => /^GHSA-/i.test(i)) ?? ids[0] ?? "osv";
                    findings.push((0,build/* makeFinding */.MH)({
                        tool: "osv-scanner",
                        ruleId,
                        severity: severity ?? security_severity/* UNKNOWN_SEVERITY */.J_,
                        title: (0,json/* nonEmpty */.hq)(first?.summary) ?? `${ruleId} in ${name}`,
                        cwes: cwes.map((c) => (0,json/* asString */.oJ)(c) ?? ""),
                        package: {
                            name,
                            ...(version ? { version } : {}),
                            ...(fixed ? { fixedVersion: fixed } : {}),
                            ...(ecosystem ? { ecosystem } : {}),
                        },
                        ...(path ? { path } : {}),
                        aliases: [
                            ...ids,
                            ...(0,json/* asArray */._j)(g.aliases).map((x) => (0,json/* asString */.oJ)(x)),
                            ...inGroup.flatMap((v) => (0,json/* asArray */._j)(v.aliases).map((x) => (0,json/* asString */.oJ)(x))),
                        ],
                    }));
                }
            }
        }
        return { tool: "osv-scanner", findings };
    },
};

;// CONCATENATED MODULE: ./src/core/formats/security/pip-audit/index.ts
/**
 * pip-audit JSON: `{"dependencies": [...]}` (2.x) and the top-level array of 1.x. pip-audit reports no severity, so
 * every vulnerability counts as `medium` (our "unknown" severity): counted and shown, but not blocking on its own.
 */





const pipAuditFormat = {
    id: "pip-audit",
    family: "pip-audit",
    label: "pip-audit JSON",
    dimension: "security",
    detect({ head }) {
        if ((0,json/* jsonHeadHas */.xb)(head, /"dependencies"\s*:\s*\[/, /"vulns"\s*:|"skip_reason"\s*:|"fixes"\s*:/))
            return 0.9;
        if ((0,json/* jsonHeadHas */.xb)(head, /^\s*\[\s*\{\s*"name"\s*:/, /"vulns"\s*:/))
            return 0.9;
        if ((0,json/* jsonHeadHas */.xb)(head, /^\s*\{\s*"dependencies"\s*:\s*\[\s*\]\s*(,\s*"fixes"\s*:\s*\[\s*\]\s*)?\}\s*$/))
            return 0.5;
        return 0;
    },
    async parse(source) {
        const doc = await (0,json/* readJson */.Vh)(source, "pip-audit");
        const deps = Array.isArray(doc)
            ? doc
            : (0,json/* isObject */.Gv)(doc) && Array.isArray(doc.dependencies)
                ? doc.dependencies
                : undefined;
        if (!deps)
            throw new formats_source/* UnreadableArtifactError */.u7("not a pip-audit report: no `dependencies` list");
        // Every dependency names its package; an item without `name` is not pip-audit's (a report wrapped in a list).
        const bad = deps.findIndex((d) => !(0,json/* isObject */.Gv)(d) || (0,json/* nonEmpty */.hq)(d.name) === undefined);
        if (bad >= 0)
            throw new formats_source/* UnreadableArtifactError */.u7(`not a pip-audit report: dependency ${bad + 1} has no \`name\``);
        const findings = [];
        for (const d of (0,json/* asObjects */.Nt)(deps)) {
            const name = (0,json/* nonEmpty */.hq)(d.name);
            if (!name)
                continue;
            const version = (0,json/* nonEmpty */.hq)(d.version);
            for (const v of (0,json/* asObjects */.Nt)(d.vulns)) {
                const id = (0,json/* nonEmpty */.hq)(v.id) ?? "pip-audit";
                const fixed = (0,json/* asArray */._j)(v.fix_versions)
                    .map((x) => (0,json/* asString */.oJ)(x))
                    .find((x) => x);
                findings.push((0,build/* makeFinding */.MH)({
                    tool: "pip-audit",
                    ruleId: id,
                    severity: security_severity/* UNKNOWN_SEVERITY */.J_,
                    title: firstSentence((0,json/* asString */.oJ)(v.description)) ?? `${id} in ${name}`,
                    package: {
                        name,
                        ecosystem: "PyPI",
                        ...(version ? { version } : {}),
                        ...(fixed ? { fixedVersion: fixed } : {}),
                    },
                    aliases: (0,json/* asArray */._j)(v.aliases).map((a) => (0,json/* asString */.oJ)(a)),
                }));
            }
        }
        return { tool: "pip-audit", findings };
    },
};

;// CONCATENATED MODULE: ./src/core/formats/security/safety/index.ts
/**
 * safety `check --json` (2.x and 3.x, which may print a deprecation banner before the JSON). Severity from the
 * CVSS v3 (then v2) base score or word when safety has one (it needs an API key); otherwise `medium` (unknown).
 */





function severityOf(v) {
    const s = v.severity;
    if (!(0,json/* isObject */.Gv)(s))
        return (0,security_severity/* severityFromWord */.GX)(s) ?? security_severity/* UNKNOWN_SEVERITY */.J_;
    for (const key of ["cvssv3", "cvssv2"]) {
        const c = s[key];
        if ((0,json/* isObject */.Gv)(c)) {
            const sev = (0,security_severity/* severityFromScoreOrWord */.pc)(c.base_score) ?? (0,security_severity/* severityFromWord */.GX)(c.base_severity);
            if (sev)
                return sev;
        }
    }
    return security_severity/* UNKNOWN_SEVERITY */.J_;
}
const safetyFormat = {
    id: "safety",
    family: "safety",
    label: "safety JSON",
    dimension: "security",
    detect({ head }) {
        const h = (0,json/* trimmedHead */.b)(head);
        if (/"report_meta"\s*:/.test(h) && /"safety_version"|"vulnerabilities"\s*:|"scanned_packages"/.test(h))
            return 0.95;
        return 0;
    },
    async parse(source) {
        const doc = await (0,json/* readJson */.Vh)(source, "safety", { allowLeadingText: true });
        if (!(0,json/* isObject */.Gv)(doc) || !Array.isArray(doc.vulnerabilities))
            throw new formats_source/* UnreadableArtifactError */.u7("not a safety report: no `vulnerabilities` list");
        const meta = (0,json/* isObject */.Gv)(doc.report_meta) ? doc.report_meta : {};
        const findings = (0,json/* asObjects */.Nt)(doc.vulnerabilities).map((v) => {
            const name = (0,json/* nonEmpty */.hq)(v.package_name) ?? "package";
            const id = (0,json/* nonEmpty */.hq)(v.vulnerability_id) ?? "safety";
            const version = (0,json/* nonEmpty */.hq)(v.analyzed_version);
            const fixed = (0,json/* asArray */._j)(v.fixed_versions)
                .map((x) => (0,json/* nonEmpty */.hq)(x))
                .find((x) => x);
            const url = (0,json/* nonEmpty */.hq)(v.more_info_url);
            return (0,build/* makeFinding */.MH)({
                tool: "safety",
                ruleId: `PYUP-${id}`,
                severity: severityOf(v),
                title: firstSentence((0,json/* asString */.oJ)(v.advisory)) ?? `Vulnerability ${id} in ${name}`,
                package: {
                    name,
                    ecosystem: "PyPI",
                    ...(version ? { version } : {}),
                    ...(fixed ? { fixedVersion: fixed } : {}),
                },
                aliases: [(0,json/* asString */.oJ)(v.CVE)],
                ...(url ? { helpUrl: url } : {}),
            });
        });
        const version = (0,json/* nonEmpty */.hq)(meta.safety_version);
        return { tool: "safety", ...(version ? { toolVersion: version } : {}), findings };
    },
};

// EXTERNAL MODULE: ./node_modules/@streamparser/json/dist/mjs/index.js + 7 modules
var mjs = __webpack_require__(75497);
;// CONCATENATED MODULE: ./src/core/formats/security/sarif/read.ts
/**
 * Streams a SARIF log: results are taken one by one from `source.chunks()` and reduced to the few fields a finding
 * needs, so a 100 MB log never exists in memory as text plus a full tree. Tools may write `results` before `tool`
 * (Semgrep does), so slim results are kept until the end of the file.
 */



const MESSAGE_MAX = 400;
function slimResult(r) {
    const rule = (0,json/* isObject */.Gv)(r.rule) ? r.rule : undefined;
    const loc = (0,json/* asObjects */.Nt)(r.locations)[0];
    const phys = loc && (0,json/* isObject */.Gv)(loc.physicalLocation) ? loc.physicalLocation : undefined;
    const art = phys && (0,json/* isObject */.Gv)(phys.artifactLocation) ? phys.artifactLocation : undefined;
    const region = phys && (0,json/* isObject */.Gv)(phys.region) ? phys.region : undefined;
    const props = (0,json/* isObject */.Gv)(r.properties) ? r.properties : undefined;
    const message = (0,json/* isObject */.Gv)(r.message) ? (0,json/* asString */.oJ)(r.message.text) : undefined;
    const out = { tags: [] };
    const ruleId = (0,json/* asString */.oJ)(r.ruleId) ?? (rule ? (0,json/* asString */.oJ)(rule.id) : undefined);
    if (ruleId)
        out.ruleId = ruleId;
    const ruleIndex = (0,json/* asNumber */.i)(r.ruleIndex) ?? (rule ? (0,json/* asNumber */.i)(rule.index) : undefined);
    if (ruleIndex !== undefined)
        out.ruleIndex = ruleIndex;
    const level = (0,json/* asString */.oJ)(r.level);
    if (level)
        out.level = level;
    if (message)
        out.message = message.slice(0, MESSAGE_MAX);
    const uri = art ? (0,json/* asString */.oJ)(art.uri) : undefined;
    if (uri)
        out.uri = uri;
    const base = art ? (0,json/* asString */.oJ)(art.uriBaseId) : undefined;
    if (base)
        out.uriBaseId = base;
    const ai = art ? (0,json/* asNumber */.i)(art.index) : undefined;
    if (ai !== undefined)
        out.artifactIndex = ai;
    const line = region ? (0,json/* asNumber */.i)(region.startLine) : undefined;
    if (line !== undefined)
        out.line = line;
    const col = region ? (0,json/* asNumber */.i)(region.startColumn) : undefined;
    if (col !== undefined)
        out.column = col;
    const endLine = region ? (0,json/* asNumber */.i)(region.endLine) : undefined;
    if (endLine !== undefined)
        out.endLine = endLine;
    const endCol = region ? (0,json/* asNumber */.i)(region.endColumn) : undefined;
    if (endCol !== undefined)
        out.endColumn = endCol;
    if (props) {
        if (props["security-severity"] !== undefined)
            out.securitySeverity = props["security-severity"];
        const iss = (0,json/* asString */.oJ)(props.issue_severity);
        if (iss)
            out.issueSeverity = iss;
        for (const t of Array.isArray(props.tags) ? props.tags : [])
            if (typeof t === "string")
                out.tags.push(t);
    }
    return out;
}
function runAt(log, i) {
    while (log.runs.length <= i)
        log.runs.push({ artifactUris: [], results: [] });
    return log.runs[i];
}
/** Reads a SARIF log in bounded memory. Throws UnreadableArtifactError for broken or non-SARIF JSON. */
async function readSarif(source) {
    if (source.size === 0)
        throw new formats_source/* UnreadableArtifactError */.u7("the SARIF file is empty (a scanner run that failed or wrote nothing)");
    const log = { runs: [] };
    const head = source.head.replace(/^\uFEFF/, "").trimStart();
    if (!head.startsWith("{"))
        throw new formats_source/* UnreadableArtifactError */.u7("not a SARIF log: the file is not a JSON object");
    // `"runs": []` emits nothing below; the head tells whether the key exists at all.
    let sawRuns = /"runs"\s*:/.test(head);
    const parser = new mjs/* JSONParser */.oj({
        paths: ["$.version", "$.runs.*.tool", "$.runs.*.originalUriBaseIds", "$.runs.*.artifacts.*", "$.runs.*.results.*"],
        keepStack: false,
    });
    parser.onValue = ({ value, key, stack }) => {
        const depth = stack.length;
        if (depth === 1 && key === "version") {
            log.version = (0,json/* asString */.oJ)(value);
            return;
        }
        if (stack[1]?.key !== "runs")
            return;
        sawRuns = true;
        // `runs` is a list: an object's key is not an index (`{"4294967294": …}` would make four billion runs).
        const index = stack[2]?.key;
        if (typeof index !== "number")
            throw new formats_source/* UnreadableArtifactError */.u7("not a SARIF log: `runs` must be a list of runs, but it is an object");
        const run = runAt(log, index);
        if (depth === 3 && key === "tool" && (0,json/* isObject */.Gv)(value))
            run.tool = value;
        else if (depth === 3 && key === "originalUriBaseIds" && (0,json/* isObject */.Gv)(value))
            run.originalUriBaseIds = value;
        else if (depth === 4 && stack[3]?.key === "results" && (0,json/* isObject */.Gv)(value))
            run.results.push(slimResult(value));
        else if (depth === 4 && stack[3]?.key === "artifacts") {
            const a = value;
            const loc = (0,json/* isObject */.Gv)(a) && (0,json/* isObject */.Gv)(a.location) ? a.location : undefined;
            if (typeof key === "number")
                run.artifactUris[key] = loc ? (0,json/* asString */.oJ)(loc.uri) : undefined;
        }
    };
    try {
        for await (const chunk of source.chunks()) {
            if (parser.isEnded)
                break;
            parser.write(chunk);
        }
        if (!parser.isEnded)
            parser.end();
    }
    catch (e) {
        if (e instanceof formats_source/* UnreadableArtifactError */.u7)
            throw e;
        const reason = e instanceof Error ? e.message : String(e);
        const truncated = /middle of a token|ended|Unexpected end/i.test(reason) ? " (the file looks truncated)" : "";
        throw new formats_source/* UnreadableArtifactError */.u7(`not valid SARIF JSON${truncated}: ${reason}`);
    }
    if (!parser.isEnded)
        throw new formats_source/* UnreadableArtifactError */.u7("not valid SARIF JSON (the file looks truncated)");
    if (!sawRuns && log.version === undefined)
        throw new formats_source/* UnreadableArtifactError */.u7("not a SARIF log: it has neither `version` nor `runs`");
    return log;
}

;// CONCATENATED MODULE: ./src/core/formats/security/sarif/index.ts
/**
 * SARIF 2.1.0 from any producer. Severity order: the rule's (or result's) `security-severity` (a CVSS-like number,
 * or a word as Semgrep writes it), Bandit's `issue_severity`, then `result.level`, the rule's
 * `defaultConfiguration.level`, and SARIF's default `warning`.
 */








const LEVELS = { error: "high", warning: "medium", note: "low", none: "info" };
function readRule(r) {
    const props = (0,json/* isObject */.Gv)(r.properties) ? r.properties : {};
    const dc = (0,json/* isObject */.Gv)(r.defaultConfiguration) ? r.defaultConfiguration : {};
    const text = (v) => ((0,json/* isObject */.Gv)(v) ? (0,json/* nonEmpty */.hq)(v.text) : undefined);
    const tags = (Array.isArray(props.tags) ? props.tags : []).filter((t) => typeof t === "string");
    const cwes = [];
    for (const key of ["cwe", "CWE", "cwes"]) {
        const v = props[key];
        if (Array.isArray(v))
            cwes.push(...v);
        else if (v !== undefined)
            cwes.push(v);
    }
    const rule = { tags, cwes, securitySeverity: props["security-severity"] };
    const id = (0,json/* asString */.oJ)(r.id);
    if (id)
        rule.id = id;
    const name = (0,json/* nonEmpty */.hq)(r.name);
    if (name)
        rule.name = name;
    const short = text(r.shortDescription) ?? text(r.fullDescription);
    if (short)
        rule.short = short;
    const level = (0,json/* asString */.oJ)(dc.level);
    if (level)
        rule.level = level;
    const help = (0,json/* nonEmpty */.hq)(r.helpUri);
    if (help)
        rule.helpUri = help;
    return rule;
}
const SECRET_TOOLS = /gitleaks|trufflehog|detect-secrets|secretlint|ggshield|talisman|whispers|secret/i;
const SECRET_WORDS = /secret|credential|password|passwd|private[-_ ]?key|api[-_ ]?key|access[-_ ]?key|token/i;
/**
 * Rules known to report credentials by their id alone, per tool, for logs that carry no rule metadata (Bandit writes
 * SARIF without a `rules` array, and its B105 message quotes the password).
 */
const SECRET_RULES = [
    { tool: /bandit/i, rule: /^B10[5-7]$/ },
    { tool: /gosec/i, rule: /^G101$/ },
    { tool: /checkov/i, rule: /^CKV_SECRET_\d+$/ },
    { tool: /trivy/i, rule: /^(aws|github|gitlab|slack|private-key|jwt|generic)-/i },
    { tool: /./, rule: /hard-?coded[-_ ]?(password|credential|secret|key|token)/i },
];
/** A result that reports a leaked credential: its message may quote the value, so only rule text is used. */
function isSecretResult(toolName, rule, r) {
    if (SECRET_TOOLS.test(toolName))
        return true;
    const ids = [r.ruleId, rule?.id].filter((s) => s !== undefined);
    if (SECRET_RULES.some((k) => k.tool.test(toolName) && ids.some((id) => k.rule.test(id))))
        return true;
    const tags = [...(rule?.tags ?? []), ...r.tags];
    if (tags.some((t) => /^secrets?$/i.test(t)))
        return true;
    return [r.ruleId, rule?.id, rule?.name].some((s) => s !== undefined && SECRET_WORDS.test(s));
}
/** The stated severity, or undefined when neither result nor rule states one. */
function sarif_severityOf(rule, r) {
    return ((0,security_severity/* severityFromScoreOrWord */.pc)(r.securitySeverity) ??
        (0,security_severity/* severityFromScoreOrWord */.pc)(rule?.securitySeverity) ??
        (0,security_severity/* severityFromWord */.GX)(r.issueSeverity) ??
        LEVELS[r.level ?? ""] ??
        LEVELS[rule?.level ?? ""]);
}
function baseUri(run, id) {
    if (!id)
        return undefined;
    const b = run.originalUriBaseIds?.[id];
    return (0,json/* isObject */.Gv)(b) ? (0,json/* asString */.oJ)(b.uri) : undefined;
}
function pathOf(run, r) {
    const uri = r.uri ?? (r.artifactIndex !== undefined ? run.artifactUris[r.artifactIndex] : undefined);
    if (!uri)
        return undefined;
    const stripped = uri.replace(/^%[A-Z_]+%\/?/, "");
    return (0,build/* normalizePath */.Fd)(stripped, baseUri(run, r.uriBaseId)) || undefined;
}
const EMBEDDED_IDS = /(CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3})/gi;
/** The run's findings. Its slim results are released as they are converted, so they and the findings never all coexist. */
function findingsOfRun(run) {
    const driver = run.tool && (0,json/* isObject */.Gv)(run.tool.driver) ? run.tool.driver : undefined;
    const name = (0,redact/* boundedText */.LD)((0,json/* nonEmpty */.hq)(driver?.name) ?? "sarif", budgets/* FIELD_MAX */.oo.tool);
    const version = (0,json/* nonEmpty */.hq)(driver?.semanticVersion) ?? (0,json/* nonEmpty */.hq)(driver?.version);
    const rules = (0,json/* asObjects */.Nt)(driver?.rules).map(readRule);
    const byId = new Map();
    for (const r of rules)
        if (r.id && !byId.has(r.id))
            byId.set(r.id, r);
    const tool = name.toLowerCase();
    const results = run.results;
    run.results = [];
    const findings = results.map((r, i) => {
        results[i] = undefined;
        const rule = (r.ruleIndex !== undefined ? rules[r.ruleIndex] : undefined) ?? (r.ruleId ? byId.get(r.ruleId) : undefined);
        const ruleId = r.ruleId ?? rule?.id ?? "sarif-result";
        const secret = isSecretResult(name, rule, r);
        const path = pathOf(run, r);
        const ruleText = rule?.short ?? rule?.name;
        // A rule's description may quote the matched value too: a secret finding is titled by the rule's name or id.
        const title = secret
            ? `${rule?.name ?? ruleId} (secret value not shown)`
            : (firstSentence(r.message, 200) ?? ruleText ?? ruleId);
        // Tags name CWEs as `CWE-79`, `external/cwe/cwe-079` or `CWE-798: Use of…`; other tags are ignored.
        const cweTags = [...(rule?.tags ?? []), ...r.tags].filter((t) => /cwe/i.test(t));
        const cwes = [...(rule?.cwes ?? []), ...cweTags].filter((t) => (0,build/* parseCwe */.dq)(t) !== undefined);
        const aliases = [...`${ruleId} ${rule?.id ?? ""}`.matchAll(EMBEDDED_IDS)].map((m) => m[1]);
        return (0,build/* makeFinding */.MH)({
            tool,
            ruleId,
            // Unstated: a leaked secret is high (as gitleaks' own JSON is mapped), anything else SARIF's default warning.
            severity: sarif_severityOf(rule, r) ?? (secret ? "high" : "medium"),
            title,
            cwes: cwes,
            ...(path ? { path } : {}),
            ...(r.line !== undefined ? { line: r.line } : {}),
            ...(r.column !== undefined ? { column: r.column } : {}),
            ...(r.endLine !== undefined ? { endLine: r.endLine } : {}),
            // SARIF's endColumn is the column after the region; a finding's end column is its last character.
            ...(r.endColumn !== undefined ? { endColumn: r.endColumn - 1 } : {}),
            aliases: aliases.filter((a) => (0,build/* advisoryId */.Jb)(a) !== undefined),
            secret,
            ...(rule?.helpUri ? { helpUrl: rule.helpUri } : {}),
        });
    });
    return { tool, ...(version ? { version } : {}), findings };
}
const sarifFormat = {
    id: "sarif",
    family: "sarif",
    label: "SARIF 2.1.0",
    dimension: "security",
    detect({ path, head }) {
        if ((0,json/* jsonHeadHas */.xb)(head, /"runs"\s*:/, /sarif/i))
            return 1;
        if ((0,json/* jsonHeadHas */.xb)(head, /"runs"\s*:/, /"version"\s*:\s*"2\.1\.0"/))
            return 0.95;
        if (/\.sarif(\.json)?$/i.test(path) && (0,json/* jsonHeadHas */.xb)(head, /"runs"\s*:|"version"\s*:/))
            return 0.6;
        return 0;
    },
    async parse(source) {
        const log = await readSarif(source);
        if (log.runs.length === 0) {
            throw new formats_source/* UnreadableArtifactError */.u7("the SARIF log has no runs (`runs: []`): no scanner results in it");
        }
        const parts = log.runs.map(findingsOfRun);
        const tools = [...new Set(parts.map((p) => p.tool))];
        const first = parts.find((p) => p.findings.length > 0) ?? parts[0];
        return {
            tool: tools.join(", "),
            ...(first.version && tools.length === 1 ? { toolVersion: first.version } : {}),
            findings: parts.flatMap((p) => p.findings),
        };
    },
};

;// CONCATENATED MODULE: ./src/core/formats/security/trivy/index.ts
/**
 * Trivy JSON: SchemaVersion 2 (`Results[]` with Vulnerabilities, Misconfigurations, Secrets), the legacy top-level
 * array (< 0.20, `null` when clean), and `trivy k8s` reports (`ClusterName` with per-resource `Results`).
 * Trivy's CRITICAL/HIGH/MEDIUM/LOW map one to one; UNKNOWN counts as medium. Secret `Match` and `Code` are never read.
 */




/** CWE-16 (Configuration) files misconfigurations under OWASP A05, Security Misconfiguration. */
const CWE_CONFIGURATION = 16;
function resultFindings(r, resource) {
    const out = [];
    const target = (0,json/* nonEmpty */.hq)(r.Target) ?? "";
    const cls = (0,json/* nonEmpty */.hq)(r.Class) ?? "";
    const ecosystem = (0,json/* nonEmpty */.hq)(r.Type);
    const filePath = target && cls !== "os-pkgs" && !resource ? (0,build/* normalizePath */.Fd)(target) : undefined;
    for (const v of (0,json/* asObjects */.Nt)(r.Vulnerabilities)) {
        const id = (0,json/* nonEmpty */.hq)(v.VulnerabilityID) ?? "trivy-vulnerability";
        const name = (0,json/* nonEmpty */.hq)(v.PkgName) ?? "package";
        const version = (0,json/* nonEmpty */.hq)(v.InstalledVersion);
        const fixed = (0,json/* nonEmpty */.hq)(v.FixedVersion);
        const url = (0,json/* nonEmpty */.hq)(v.PrimaryURL);
        out.push((0,build/* makeFinding */.MH)({
            tool: "trivy",
            ruleId: id,
            severity: (0,security_severity/* severityFromWord */.GX)(v.Severity) ?? security_severity/* UNKNOWN_SEVERITY */.J_,
            title: (0,json/* nonEmpty */.hq)(v.Title) ?? `${id} in ${name}`,
            cwes: (0,json/* asArray */._j)(v.CweIDs).map((c) => (0,json/* asString */.oJ)(c) ?? ""),
            package: {
                name,
                ...(version ? { version } : {}),
                ...(fixed ? { fixedVersion: fixed.split(",")[0].trim() } : {}),
                ...(ecosystem ? { ecosystem } : {}),
            },
            ...(filePath ? { path: filePath } : {}),
            aliases: [id, ...(0,json/* asArray */._j)(v.VendorIDs).map((x) => (0,json/* asString */.oJ)(x))],
            ...(url ? { helpUrl: url } : {}),
        }));
    }
    for (const m of (0,json/* asObjects */.Nt)(r.Misconfigurations)) {
        const status = (0,json/* nonEmpty */.hq)(m.Status);
        if (status && status !== "FAIL")
            continue;
        const id = (0,json/* nonEmpty */.hq)(m.ID) ?? (0,json/* nonEmpty */.hq)(m.AVDID) ?? "trivy-misconfiguration";
        const cause = (0,json/* isObject */.Gv)(m.CauseMetadata) ? m.CauseMetadata : {};
        const line = (0,json/* asNumber */.i)(cause.StartLine);
        const url = (0,json/* nonEmpty */.hq)(m.PrimaryURL);
        const resolution = (0,json/* nonEmpty */.hq)(m.Resolution);
        out.push((0,build/* makeFinding */.MH)({
            tool: "trivy",
            ruleId: id,
            severity: (0,security_severity/* severityFromWord */.GX)(m.Severity) ?? security_severity/* UNKNOWN_SEVERITY */.J_,
            title: `${(0,json/* nonEmpty */.hq)(m.Title) ?? id}${resource ? ` (${resource})` : ""}`,
            cwes: [CWE_CONFIGURATION],
            ...(resource ? {} : target ? { path: (0,build/* normalizePath */.Fd)(target) } : {}),
            ...(line !== undefined ? { line } : {}),
            ...(url ? { helpUrl: url } : {}),
            ...(resolution ? { fix: resolution } : {}),
        }));
    }
    for (const s of (0,json/* asObjects */.Nt)(r.Secrets)) {
        const id = (0,json/* nonEmpty */.hq)(s.RuleID) ?? "trivy-secret";
        const line = (0,json/* asNumber */.i)(s.StartLine);
        out.push((0,build/* makeFinding */.MH)({
            tool: "trivy",
            ruleId: id,
            severity: (0,security_severity/* severityFromWord */.GX)(s.Severity) ?? security_severity/* UNKNOWN_SEVERITY */.J_,
            title: `${(0,json/* nonEmpty */.hq)(s.Title) ?? id} (secret value not shown)`,
            ...(target ? { path: (0,build/* normalizePath */.Fd)(target) } : {}),
            ...(line !== undefined ? { line } : {}),
            secret: true,
        }));
    }
    return out;
}
function k8sFindings(doc) {
    const out = [];
    for (const key of ["Vulnerabilities", "Misconfigurations", "Resources"]) {
        for (const res of (0,json/* asObjects */.Nt)(doc[key])) {
            const resource = [(0,json/* nonEmpty */.hq)(res.Namespace), (0,json/* nonEmpty */.hq)(res.Kind), (0,json/* nonEmpty */.hq)(res.Name)].filter(Boolean).join("/");
            for (const r of (0,json/* asObjects */.Nt)(res.Results))
                out.push(...resultFindings(r, resource || undefined));
        }
    }
    return out;
}
const trivyFormat = {
    id: "trivy",
    family: "trivy",
    label: "Trivy JSON",
    dimension: "security",
    detect({ head }) {
        if ((0,json/* jsonHeadHas */.xb)(head, /"SchemaVersion"\s*:/, /"ArtifactName"|"Results"|"ArtifactType"/))
            return 0.95;
        if ((0,json/* jsonHeadHas */.xb)(head, /^\{\s*"ClusterName"\s*:/))
            return 0.9;
        if ((0,json/* jsonHeadHas */.xb)(head, /^\[\s*\{\s*"Target"\s*:/))
            return 0.9;
        if (/^null\s*$/.test((0,json/* trimmedHead */.b)(head)))
            return 0.1;
        return 0;
    },
    async parse(source) {
        const doc = await (0,json/* readJson */.Vh)(source, "Trivy");
        // Trivy before 0.20 writes `null` for a clean scan.
        if (doc === null)
            return { tool: "trivy", findings: [] };
        if (Array.isArray(doc)) {
            // The legacy layout is a list of results, each naming its `Target`; a whole report in a list is not one.
            const bad = doc.findIndex((r) => !(0,json/* isObject */.Gv)(r) || !("Target" in r));
            if (bad >= 0)
                throw new formats_source/* UnreadableArtifactError */.u7(`not a Trivy report: item ${bad + 1} of the top-level list has no \`Target\` (is a whole report wrapped in a list?)`);
            return { tool: "trivy", findings: (0,json/* asObjects */.Nt)(doc).flatMap((r) => resultFindings(r)) };
        }
        if (!(0,json/* isObject */.Gv)(doc))
            throw new formats_source/* UnreadableArtifactError */.u7("not a Trivy report: the JSON is neither an object nor a list");
        if ("ClusterName" in doc)
            return { tool: "trivy", findings: k8sFindings(doc) };
        if (!("SchemaVersion" in doc) && !("Results" in doc) && !("ArtifactName" in doc)) {
            throw new formats_source/* UnreadableArtifactError */.u7("not a Trivy report: no `Results`, `SchemaVersion` or `ArtifactName`");
        }
        if (doc.Results !== undefined && doc.Results !== null && !Array.isArray(doc.Results))
            throw new formats_source/* UnreadableArtifactError */.u7("not a Trivy report: `Results` must be a list of results");
        const meta = (0,json/* isObject */.Gv)(doc.Trivy) ? doc.Trivy : {};
        const version = (0,json/* nonEmpty */.hq)(meta.Version);
        return {
            tool: "trivy",
            ...(version ? { toolVersion: version } : {}),
            findings: (0,json/* asObjects */.Nt)(doc.Results).flatMap((r) => resultFindings(r)),
        };
    },
};

;// CONCATENATED MODULE: ./src/core/formats/security/zap/index.ts
/**
 * OWASP ZAP traditional JSON (`-J`, json-plus) and XML reports. One finding per alert per site, severity from
 * `riskcode` (3 high, 2 medium, 1 low, 0 info); alerts with confidence 0 ("false positive") are dropped.
 * Instance evidence, attack strings, other info and request/response bodies are never read: they can hold tokens.
 */



const RISK = { 3: "high", 2: "medium", 1: "low", 0: "info" };
function alertsOf(sites) {
    const out = [];
    for (const site of sites) {
        const siteName = (0,json/* nonEmpty */.hq)(site["@name"]) ?? (0,json/* nonEmpty */.hq)(site.name) ?? (0,json/* nonEmpty */.hq)(site["@host"]);
        const alertsNode = site.alerts;
        // XML: <alerts><alertitem>…</alertitem></alerts>; JSON: "alerts": [...]
        const alerts = (0,json/* isObject */.Gv)(alertsNode) ? (0,json/* asObjects */.Nt)(alertsNode.alertitem) : (0,json/* asObjects */.Nt)(alertsNode);
        for (const a of alerts) {
            const risk = (0,json/* asNumber */.i)(a.riskcode);
            if ((0,json/* asNumber */.i)(a.confidence) === 0)
                continue;
            const pluginId = (0,json/* nonEmpty */.hq)(a.pluginid);
            const ruleId = (0,json/* nonEmpty */.hq)(a.alertRef) ?? pluginId ?? "zap-alert";
            const title = (0,json/* nonEmpty */.hq)(a.name) ?? (0,json/* nonEmpty */.hq)(a.alert) ?? `ZAP alert ${ruleId}`;
            const instancesNode = a.instances;
            const instances = (0,json/* isObject */.Gv)(instancesNode) ? (0,json/* asObjects */.Nt)(instancesNode.instance) : (0,json/* asObjects */.Nt)(instancesNode);
            const firstUri = instances.map((i) => (0,build/* safeUrl */.Pl)((0,json/* asString */.oJ)(i.uri))).find((u) => u !== undefined);
            const cwe = (0,json/* asNumber */.i)(a.cweid);
            const url = (0,build/* safeUrl */.Pl)(siteName) ?? firstUri;
            out.push((0,build/* makeFinding */.MH)({
                tool: "zap",
                ruleId,
                severity: risk !== undefined ? (RISK[risk] ?? "medium") : "medium",
                title,
                cwes: cwe !== undefined && cwe > 0 ? [cwe] : [],
                ...(url ? { url } : {}),
                occurrences: (0,json/* asNumber */.i)(a.count) ?? instances.length,
            }));
        }
    }
    return out;
}
const zapJsonFormat = {
    id: "zap-json",
    family: "zap",
    label: "OWASP ZAP JSON",
    dimension: "security",
    detect({ head }) {
        if ((0,json/* jsonHeadHas */.xb)(head, /"site"\s*:/, /"@programName"|"@version"|"@generated"/))
            return 0.95;
        if ((0,json/* jsonHeadHas */.xb)(head, /"site"\s*:/, /"riskcode"|"alerts"/))
            return 0.8;
        return 0;
    },
    async parse(source) {
        const doc = await (0,json/* readJson */.Vh)(source, "ZAP");
        if (!(0,json/* isObject */.Gv)(doc) || !("site" in doc))
            throw new formats_source/* UnreadableArtifactError */.u7("not a ZAP JSON report: no `site` list");
        const sites = Array.isArray(doc.site) ? (0,json/* asObjects */.Nt)(doc.site) : (0,json/* asObjects */.Nt)([doc.site]);
        const version = (0,json/* nonEmpty */.hq)(doc["@version"]);
        return { tool: "zap", ...(version ? { toolVersion: version } : {}), findings: alertsOf(sites) };
    },
};
const zapXmlFormat = {
    id: "zap-xml",
    family: "zap",
    label: "OWASP ZAP XML",
    dimension: "security",
    detect({ head }) {
        return /<OWASPZAPReport[\s>]/.test((0,json/* trimmedHead */.b)(head).slice(0, 2000)) ? 1 : 0;
    },
    async parse(source) {
        const text = await source.text();
        if (text.trim() === "")
            throw new formats_source/* UnreadableArtifactError */.u7("the ZAP XML file is empty");
        // Loaded when an XML report is read: its name tables take tens of milliseconds to build at start-up.
        const { XMLParser } = await __webpack_require__.e(/* import() */ 131).then(__webpack_require__.bind(__webpack_require__, 99131));
        let doc;
        try {
            const parser = new XMLParser({
                ignoreAttributes: false,
                attributeNamePrefix: "@",
                parseTagValue: false,
                processEntities: true,
                isArray: (name) => name === "site" || name === "alertitem" || name === "instance",
            });
            doc = parser.parse(text, true);
        }
        catch (e) {
            throw new formats_source/* UnreadableArtifactError */.u7(`not well-formed ZAP XML: ${e instanceof Error ? e.message : String(e)}`);
        }
        const root = (0,json/* isObject */.Gv)(doc) ? doc.OWASPZAPReport : undefined;
        if (!(0,json/* isObject */.Gv)(root))
            throw new formats_source/* UnreadableArtifactError */.u7("not a ZAP XML report: no <OWASPZAPReport> element");
        const version = (0,json/* nonEmpty */.hq)(root["@version"]);
        return { tool: "zap", ...(version ? { toolVersion: version } : {}), findings: alertsOf((0,json/* asObjects */.Nt)(root.site)) };
    },
};

;// CONCATENATED MODULE: ./src/core/formats/security/index.ts










/** Registered scanner formats, in detection priority order (ties go to the first). */
const securityFormats = [
    sarifFormat,
    zapJsonFormat,
    zapXmlFormat,
    detectSecretsFormat,
    npmAuditFormat,
    pipAuditFormat,
    safetyFormat,
    trivyFormat,
    grypeFormat,
    osvScannerFormat,
    gitleaksFormat,
];

;// CONCATENATED MODULE: ./src/core/formats/registry.ts



/** Every format, each held to the per-artifact budget (budget.ts). */
const formats = [...performanceFormats, ...securityFormats].map(withBudgets);
/** Format families in registry order, each once: what the config's `format:` and `artifact` evidence accept. */
function formatFamilies() {
    return [...new Set(formats.map((f) => f.family))];
}
/**
 * Picks the format of a file by content. With `family` (the config's `format:` override) only that family's
 * formats are considered, and the best of them is taken even when unsure.
 */
function detectFormat(source, family = "auto") {
    const candidates = family === "auto" ? formats : formats.filter((f) => f.family === family);
    let best = null;
    let bestScore = 0;
    for (const f of candidates) {
        const s = f.detect(source);
        if (s > bestScore) {
            best = f;
            bestScore = s;
        }
    }
    if (best === null && family !== "auto")
        return candidates[0] ?? null;
    return best;
}


/***/ }),

/***/ 18131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lq: () => (/* binding */ HEAD_BYTES),
/* harmony export */   Os: () => (/* binding */ utf8Chunks),
/* harmony export */   P$: () => (/* binding */ encodingOf),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   u7: () => (/* binding */ UnreadableArtifactError)
/* harmony export */ });
/* unused harmony export sourceFromString */
const HEAD_BYTES = 64 * 1024;
/**
 * The encoding of a file from its first bytes: a byte-order mark, or UTF-16 without one when the first characters
 * are ASCII with a zero byte beside each (what Windows PowerShell's `>` and `Out-File` write). The BOM is dropped.
 */
function encodingOf(first) {
    if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf)
        return { encoding: "utf-8", bom: 3 };
    if (first[0] === 0xff && first[1] === 0xfe)
        return { encoding: "utf-16le", bom: 2 };
    if (first[0] === 0xfe && first[1] === 0xff)
        return { encoding: "utf-16be", bom: 2 };
    const ascii = (b) => b !== undefined && b >= 0x09 && b < 0x80;
    if (first.length >= 4 && ascii(first[0]) && first[1] === 0 && ascii(first[2]) && first[3] === 0)
        return { encoding: "utf-16le", bom: 0 };
    if (first.length >= 4 && first[0] === 0 && ascii(first[1]) && first[2] === 0 && ascii(first[3]))
        return { encoding: "utf-16be", bom: 0 };
    return { encoding: "utf-8", bom: 0 };
}
/** Chunks of any supported encoding as UTF-8 Buffers without a BOM, decoded across chunk boundaries. */
async function* utf8Chunks(chunks, encoding, bom) {
    let skip = bom;
    const decoder = encoding === "utf-8" ? undefined : new TextDecoder(encoding);
    for await (const raw of chunks) {
        let chunk = raw;
        if (skip > 0) {
            const n = Math.min(skip, chunk.length);
            chunk = chunk.subarray(n);
            skip -= n;
        }
        if (!decoder) {
            if (chunk.length)
                yield chunk;
            continue;
        }
        const text = decoder.decode(chunk, { stream: true });
        if (text)
            yield Buffer.from(text, "utf8");
    }
    if (decoder) {
        const rest = decoder.decode();
        if (rest)
            yield Buffer.from(rest, "utf8");
    }
}
/** Decodes a whole buffer of any supported encoding, without the BOM. */
function decodeText(buf) {
    const { encoding, bom } = encodingOf(buf.subarray(0, 4));
    const body = buf.subarray(bom);
    return encoding === "utf-8" ? body.toString("utf8") : new TextDecoder(encoding).decode(body);
}
function sourceFromString(path, content) {
    const buf = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const { encoding, bom } = encodingOf(buf.subarray(0, 4));
    return {
        path,
        size: buf.length,
        head: decodeText(buf.subarray(0, HEAD_BYTES)),
        text: async () => decodeText(buf),
        chunks: () => utf8Chunks((async function* () {
            // Small chunks so streaming parsers meet chunk boundaries in tests too.
            for (let i = 0; i < buf.length; i += 16 * 1024)
                yield buf.subarray(i, i + 16 * 1024);
        })(), encoding, bom),
    };
}
/** Thrown by a parser when the file is of its format but cannot be read; the message names the problem. */
class UnreadableArtifactError extends Error {
    name = "UnreadableArtifactError";
}


/***/ }),

/***/ 84611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ LATENCY_KEYS)
/* harmony export */ });
/**
 * The performance model every load-test parser feeds. A parser returns one or more parts; parts that share a
 * `runKey` (e.g. Locust's `<prefix>_stats.csv` and `<prefix>_failures.csv`) are merged into one run. Every number
 * is optional: `undefined` means the file did not say, and nothing downstream invents it.
 */
const LATENCY_KEYS = [
    "avg",
    "min",
    "max",
    "p50",
    "p66",
    "p75",
    "p80",
    "p90",
    "p95",
    "p98",
    "p99",
    "p999",
    "p9999",
];


/***/ }),

/***/ 27937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yf: () => (/* binding */ DIMENSIONS),
  f$: () => (/* binding */ SCHEMA_VERSION),
  oC: () => (/* reexport */ SEVERITIES),
  f3: () => (/* reexport */ SEVERITY_RANK)
});

;// CONCATENATED MODULE: ./src/core/model/severity.ts
/** Finding severities, most severe first: a leaf of the model that every other part can import. */
const SEVERITIES = ["critical", "high", "medium", "low", "info"];
/** Sort key: most severe first. */
const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

;// CONCATENATED MODULE: ./src/core/model/report.ts
const SCHEMA_VERSION = 1;

const DIMENSIONS = ["documentation", "performance", "security", "compliance"];


/***/ }),

/***/ 35195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OJ: () => (/* binding */ fmtDelta),
/* harmony export */   PB: () => (/* binding */ fmtValue),
/* harmony export */   aq: () => (/* binding */ fmtBound),
/* harmony export */   c5: () => (/* binding */ fmtDuration)
/* harmony export */ });
/* harmony import */ var _util_format_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7447);
/** Measurement formatting shared by findings and renderers, so both say `1,200 ms` the same way. */

function fmtValue(v, unit) {
    if (v === null)
        return "n/a";
    const digits = unit === "%" ? (Math.abs(v) < 1 ? 3 : 2) : unit === "ms" || unit === "req/s" ? (Math.abs(v) < 10 ? 2 : 1) : 2;
    const n = (0,_util_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(v, digits);
    if (unit === "")
        return n;
    return unit === "%" ? `${n}%` : `${n} ${unit}`;
}
function fmtDelta(pct) {
    if (pct === null)
        return "n/a";
    const r = Math.round(pct * 100) / 100;
    if (r === 0)
        return "0%";
    return `${r > 0 ? "+" : "−"}${(0,_util_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(Math.abs(r), 2)}%`;
}
/** `≥ 1,000 req/s`, `≤ 200 ms`, `50–200 ms`. */
function fmtBound(b, unit) {
    if (b.min !== undefined && b.max !== undefined)
        return `${fmtValue(b.min, unit)} – ${fmtValue(b.max, unit)}`;
    if (b.min !== undefined)
        return `≥ ${fmtValue(b.min, unit)}`;
    return `≤ ${fmtValue(b.max, unit)}`;
}
function fmtDuration(s) {
    if (s === null)
        return "n/a";
    if (s < 120)
        return `${(0,_util_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(s, 1)} s`;
    if (s < 7200)
        return `${(0,_util_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(s / 60, 1)} min`;
    return `${(0,_util_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(s / 3600, 1)} h`;
}


/***/ }),

/***/ 10031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ks: () => (/* binding */ RUN_METRICS),
/* harmony export */   Y0: () => (/* binding */ isRunMetric),
/* harmony export */   iR: () => (/* binding */ runMetric)
/* harmony export */ });
/* harmony import */ var _model_performance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84611);
/** The named figures of a run that SLA keys, baselines and gates refer to (`p95-ms`, `throughput-rps`, …). */

const BASE = {
    "throughput-rps": { label: "Throughput", unit: "req/s", better: "higher" },
    "error-rate-pct": { label: "Error rate", unit: "%", better: "lower" },
    "availability-pct": { label: "Availability", unit: "%", better: "higher" },
    users: { label: "Users", unit: "", better: null },
    "duration-s": { label: "Duration", unit: "s", better: null },
    requests: { label: "Requests", unit: "", better: null },
    "failed-requests": { label: "Failed requests", unit: "", better: "lower" },
};
function latencyLabel(k) {
    if (k === "avg")
        return "Average latency";
    if (k === "min")
        return "Min latency";
    if (k === "max")
        return "Max latency";
    const p = k.slice(1);
    return `p${p.length > 2 ? `${p.slice(0, 2)}.${p.slice(2)}` : p} latency`;
}
const RUN_METRICS = {
    ...BASE,
    ...Object.fromEntries(_model_performance_js__WEBPACK_IMPORTED_MODULE_0__/* .LATENCY_KEYS */ .S.map((k) => [`${k}-ms`, { label: latencyLabel(k), unit: "ms", better: "lower" }])),
};
function isRunMetric(key) {
    return key in RUN_METRICS;
}
/** The run's value of a metric, or null when the files did not give it (or the key is unknown). */
function runMetric(run, key) {
    switch (key) {
        case "throughput-rps":
            return run.throughputRps;
        case "error-rate-pct":
            return run.errorRatePct;
        case "availability-pct":
            return run.availabilityPct;
        case "users":
            return run.users;
        case "duration-s":
            return run.durationS;
        case "requests":
            return run.requests;
        case "failed-requests":
            return run.failedRequests;
    }
    const m = /^([a-z0-9]+)-ms$/.exec(key);
    if (m && _model_performance_js__WEBPACK_IMPORTED_MODULE_0__/* .LATENCY_KEYS */ .S.includes(m[1]))
        return run.latency[m[1]] ?? null;
    return null;
}


/***/ }),

/***/ 87532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ collectMetrics),
/* harmony export */   Oi: () => (/* binding */ isKnownMetric),
/* harmony export */   VW: () => (/* binding */ displayScore)
/* harmony export */ });
/* unused harmony export KNOWN_METRICS */
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27937);
/**
 * The metric namespace gates and `metric` evidence use: `overall.score` and `<dimension>.<key>` for every key of a
 * dimension's `metrics` plus its `score`. Patterns of known metrics are listed here so that a gate on a misspelt
 * metric is a config error rather than a silently skipped gate.
 */

const KNOWN_METRICS = [
    { pattern: /^overall\.score$/, doc: "overall.score: the weighted mean of the assessed dimensions" },
    {
        pattern: /^(documentation|performance|security|compliance)\.score$/,
        doc: "<dimension>.score: a dimension's score (0-100)",
    },
    {
        pattern: /^documentation\.(files|lines|broken-links|broken-anchors|broken-external-links|invalid-code-blocks|missing-language|lint-errors|findings|unreadable|suppressed|ignored-links|(links|anchors|code-blocks|external-links)-(checked|valid))$/,
        doc: "documentation.<count>: files, lines, broken-links, broken-anchors, broken-external-links, invalid-code-blocks, missing-language, lint-errors, findings, unreadable, suppressed (findings suppressed by comments), ignored-links (links not checked because of ignore-links), and links-, anchors-, code-blocks-, external-links-checked / -valid",
    },
    {
        pattern: /^security\.findings\.(critical|high|medium|low|info|total)$/,
        doc: "security.findings.<severity>: open (not accepted) findings of that severity, or total",
    },
    {
        pattern: /^security\.(accepted|expired-acceptances|secrets)$/,
        doc: "security.accepted, security.expired-acceptances, security.secrets",
    },
    {
        pattern: /^performance\.sla\.[a-z0-9-]+$/,
        doc: "performance.sla.<metric>: the actual value of an SLA metric on the SLA scenario (e.g. performance.sla.p95-ms)",
    },
    {
        pattern: /^performance\.(sla-met|sla-evaluated|regressions|runs|threshold-failures)$/,
        doc: "performance.sla-met, performance.sla-evaluated, performance.regressions, performance.runs, performance.threshold-failures",
    },
    {
        pattern: /^compliance\.(passed|failed|declared)$/,
        doc: "compliance.passed, compliance.failed, compliance.declared: control counts",
    },
    {
        pattern: /^(documentation|performance|security|compliance)\.findings\.(new|existing|fixed)$/,
        doc: "<dimension>.findings.new / .existing / .fixed: scored findings the PR's base does not have / has too / had and this run no longer has (measured only when the run compares with a baseline)",
    },
    {
        pattern: /^security\.findings\.new\.(critical|high|medium|low|info)$/,
        doc: "security.findings.new.<severity>: new open findings of that severity (measured only when the run compares with a baseline)",
    },
];
function isKnownMetric(metric) {
    return KNOWN_METRICS.some((m) => m.pattern.test(metric));
}
function collectMetrics(dimensions, overall) {
    const out = new Map();
    out.set("overall.score", overall);
    for (const d of _model_report_js__WEBPACK_IMPORTED_MODULE_0__/* .DIMENSIONS */ .Yf) {
        const dim = dimensions[d];
        out.set(`${d}.score`, dim.score);
        for (const [k, v] of Object.entries(dim.metrics))
            out.set(`${d}.${k}`, v);
    }
    return out;
}
/** Scores are exact inside; shown rounded down so nothing passes by rounding. */
function displayScore(score) {
    if (score === null)
        return "n/a";
    return String(Math.floor(score + 1e-9));
}


/***/ }),

/***/ 20994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   G1: () => (/* binding */ position),
/* harmony export */   Jb: () => (/* binding */ advisoryId),
/* harmony export */   MH: () => (/* binding */ makeFinding),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   _$: () => (/* binding */ primaryAdvisory),
/* harmony export */   dq: () => (/* binding */ parseCwe)
/* harmony export */ });
/* unused harmony export MAX_POSITION */
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7366);
/* harmony import */ var _owasp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55497);
/* harmony import */ var _util_budgets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89770);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42619);




/** `CWE-79`, `cwe-79`, `79`, `external/cwe/cwe-079`, 79 → 79. */
function parseCwe(value) {
    if (typeof value === "number")
        return Number.isInteger(value) && value > 0 ? value : undefined;
    if (typeof value !== "string")
        return undefined;
    const t = value.trim();
    const m = /cwe[-_:\s]*0*(\d+)/i.exec(t) ?? /^0*(\d+)$/.exec(t);
    const n = m?.[1] ? Number(m[1]) : 0;
    return n > 0 ? n : undefined;
}
const ADVISORY_ID = /^(CVE-\d{4}-\d+|GHSA(-[0-9a-z]{4}){3}|PYSEC-\d{4}-\d+|GO-\d{4}-\d+|RUSTSEC-\d{4}-\d+|OSV-\d{4}-\d+|MAL-\d{4}-\d+|GMS-\d{4}-\d+|SNYK-[\w-]+)$/i;
/** An advisory id (CVE, GHSA, PYSEC, GO, RUSTSEC, …) in canonical case, or undefined. */
function advisoryId(value) {
    if (typeof value !== "string")
        return undefined;
    const v = value.trim();
    if (!ADVISORY_ID.test(v))
        return undefined;
    // GHSA ids are lower case after the prefix; the rest are upper case.
    if (/^ghsa-/i.test(v))
        return `GHSA${v.slice(4).toLowerCase()}`;
    return v.toUpperCase();
}
/** The id that names a vulnerability across tools: a CVE if there is one, else a GHSA, else the first. */
function primaryAdvisory(ids) {
    return ids.find((i) => i.startsWith("CVE-")) ?? ids.find((i) => i.startsWith("GHSA-")) ?? ids[0];
}
/**
 * A scanner's file reference made repository-relative where that can be done without knowing the checkout:
 * `file://` and `%SRCROOT%` prefixes, `./`, backslashes, and the GitHub runner workspace
 * (`/home/runner/work/<repo>/<repo>/`, `/github/workspace/`). Other absolute paths stay as they are.
 */
function normalizePath(uri, base) {
    let p = uri.trim();
    if (/^file:/i.test(p)) {
        p = p.replace(/^file:\/\/(localhost)?/i, "").replace(/^file:/i, "");
        if (/^\/[A-Za-z]:\//.test(p))
            p = p.slice(1);
    }
    try {
        if (/%[0-9A-Fa-f]{2}/.test(p))
            p = decodeURIComponent(p);
    }
    catch {
        // keep the undecoded text
    }
    p = p.replace(/\\/g, "/");
    if (base) {
        const b = normalizePath(base).replace(/\/?$/, "/");
        if (b !== "/" && p.startsWith(b))
            p = p.slice(b.length);
    }
    p = p.replace(/^\/home\/runner\/work\/([^/]+)\/\1\//, "").replace(/^\/github\/workspace\//, "");
    while (p.startsWith("./"))
        p = p.slice(2);
    return p;
}
function unique(xs) {
    return [...new Set(xs)];
}
/**
 * Every string a scanner wrote is bounded and redacted here, the one door into the model: a 100,000-character tool
 * name or a token in a message never reaches the report.
 */
function cleanInput(raw) {
    const input = {
        ...raw,
        tool: (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedText */ .LD)(raw.tool, _util_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MAX */ .oo.tool),
        ruleId: (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedText */ .LD)(raw.ruleId, _util_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MAX */ .oo.ruleId),
        title: (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedText */ .LD)(raw.title, _util_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MAX */ .oo.title),
    };
    if (raw.path !== undefined)
        input.path = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedText */ .LD)(raw.path, _util_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MAX */ .oo.path);
    if (raw.url !== undefined)
        input.url = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedText */ .LD)(raw.url, _util_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MAX */ .oo.url);
    if (raw.helpUrl !== undefined)
        input.helpUrl = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedText */ .LD)(raw.helpUrl, _util_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MAX */ .oo.url);
    if (raw.fix !== undefined)
        input.fix = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedText */ .LD)(raw.fix, _util_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MAX */ .oo.fix);
    if (raw.package) {
        const p = raw.package;
        input.package = { ...p, name: (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedText */ .LD)(p.name, _util_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MAX */ .oo.packageName) };
        if (p.version !== undefined)
            input.package.version = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedText */ .LD)(p.version, _util_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MAX */ .oo.version);
        if (p.fixedVersion !== undefined)
            input.package.fixedVersion = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedText */ .LD)(p.fixedVersion, _util_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MAX */ .oo.version);
        if (p.ecosystem !== undefined)
            input.package.ecosystem = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedText */ .LD)(p.ecosystem, _util_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MAX */ .oo.version);
    }
    return input;
}
function makeFinding(raw) {
    const input = cleanInput(raw);
    const cwes = unique((input.cwes ?? []).map(parseCwe).filter((n) => n !== undefined));
    const secret = input.secret ?? false;
    if (secret && cwes.length === 0)
        cwes.push(_owasp_js__WEBPACK_IMPORTED_MODULE_1__/* .CWE_HARD_CODED_CREDENTIALS */ .zY);
    const aliases = unique([input.ruleId, ...(input.aliases ?? [])].map(advisoryId).filter((a) => a !== undefined));
    const owasp = input.package ? _owasp_js__WEBPACK_IMPORTED_MODULE_1__/* .OWASP_COMPONENTS */ .A_ : (0,_owasp_js__WEBPACK_IMPORTED_MODULE_1__/* .owaspForCwes */ .Mu)(cwes);
    const pkgName = input.package?.name.toLowerCase();
    const fingerprint = pkgName
        ? (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .B)("pkg", pkgName, primaryAdvisory(aliases) ?? input.ruleId)
        : input.path
            ? (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .B)("loc", input.ruleId, input.path, input.line)
            : input.url
                ? (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .B)("url", input.tool, input.ruleId, input.url)
                : (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .B)("rule", input.tool, input.ruleId, input.title);
    const f = {
        tool: input.tool,
        ruleId: input.ruleId,
        severity: input.severity,
        title: input.title.trim() || input.ruleId,
        cwes,
        aliases,
        fingerprint,
        secret,
    };
    if (owasp)
        f.owasp = owasp;
    if (input.path)
        f.path = input.path;
    const line = position(input.line);
    const column = position(input.column);
    const endLine = position(input.endLine);
    const endColumn = position(input.endColumn);
    if (line !== undefined)
        f.line = line;
    if (column !== undefined)
        f.column = column;
    if (line !== undefined && endLine !== undefined && endLine >= line)
        f.endLine = endLine;
    if (column !== undefined && endColumn !== undefined)
        f.endColumn = endColumn;
    if (input.package)
        f.package = input.package;
    if (input.url)
        f.url = input.url;
    if (input.helpUrl)
        f.helpUrl = input.helpUrl;
    const fix = input.fix ??
        (input.package?.fixedVersion ? `upgrade ${input.package.name} to ${input.package.fixedVersion}` : undefined);
    if (fix)
        f.fix = fix;
    if (input.occurrences !== undefined)
        f.occurrences = input.occurrences;
    return f;
}
/** Largest line or column kept: GitHub stores them as 32-bit integers and refuses anything else. */
const MAX_POSITION = 2_147_483_647;
/** A line or column as a whole number from 1 up (a report's `3.5` becomes 3); nonsense (`1e12`, 0) is dropped. */
function position(n) {
    if (n === undefined || !Number.isFinite(n))
        return undefined;
    const whole = Math.floor(n);
    return whole >= 1 && whole <= MAX_POSITION ? whole : undefined;
}
/** A URL without query string and fragment, which can carry tokens. */
function safeUrl(url) {
    if (typeof url !== "string" || url.trim() === "")
        return undefined;
    return url.trim().replace(/[?#].*$/, "");
}


/***/ }),

/***/ 55497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zY: () => (/* binding */ CWE_HARD_CODED_CREDENTIALS),
  wM: () => (/* binding */ OWASP_CATEGORIES),
  A_: () => (/* binding */ OWASP_COMPONENTS),
  Mu: () => (/* binding */ owaspForCwes)
});

// UNUSED EXPORTS: owaspCategory

;// CONCATENATED MODULE: ./src/core/security/owasp-data.ts
/**
 * OWASP Top 10:2021 category -> mapped CWE ids, exactly as in `owasp-top10-2021-cwe.json` beside this file (a test
 * proves both are equal). Source: the OWASP Top 10 project's own pages (github.com/OWASP/Top10,
 * `2021/docs/en/A0x_2021-*.md`, section "List of Mapped CWEs"), CC-BY-SA-4.0, (c) OWASP Foundation.
 * Kept as a module so the bundled Action needs no JSON loader.
 */
const OWASP_TOP10_2021_CWES = {
    "A01:2021-Broken Access Control": [
        22, 23, 35, 59, 200, 201, 219, 264, 275, 276, 284, 285, 352, 359, 377, 402, 425, 441, 497, 538, 540, 548, 552, 566,
        601, 639, 651, 668, 706, 862, 863, 913, 922, 1275,
    ],
    "A02:2021-Cryptographic Failures": [
        259, 261, 296, 310, 319, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 335, 336, 337, 338, 340, 347, 523,
        720, 757, 759, 760, 780, 818, 916,
    ],
    "A03:2021-Injection": [
        20, 74, 75, 77, 78, 79, 80, 83, 87, 88, 89, 90, 91, 93, 94, 95, 96, 97, 98, 99, 100, 113, 116, 138, 184, 470, 471,
        564, 610, 643, 644, 652, 917,
    ],
    "A04:2021-Insecure Design": [
        73, 183, 209, 213, 235, 256, 257, 266, 269, 280, 311, 312, 313, 316, 419, 430, 434, 444, 451, 472, 501, 522, 525,
        539, 579, 598, 602, 642, 646, 650, 653, 656, 657, 799, 807, 840, 841, 927, 1021, 1173,
    ],
    "A05:2021-Security Misconfiguration": [
        2, 11, 13, 15, 16, 260, 315, 520, 526, 537, 541, 547, 611, 614, 756, 776, 942, 1004, 1032, 1174,
    ],
    "A06:2021-Vulnerable and Outdated Components": [937, 1035, 1104],
    "A07:2021-Identification and Authentication Failures": [
        255, 259, 287, 288, 290, 294, 295, 297, 300, 302, 304, 306, 307, 346, 384, 521, 613, 620, 640, 798, 940, 1216,
    ],
    "A08:2021-Software and Data Integrity Failures": [345, 353, 426, 494, 502, 565, 784, 829, 830, 915],
    "A09:2021-Security Logging and Monitoring Failures": [117, 223, 532, 778],
    "A10:2021-Server-Side Request Forgery (SSRF)": [918],
};

;// CONCATENATED MODULE: ./src/core/security/owasp.ts
/** CWE -> OWASP Top 10:2021 category. */

const OWASP_CATEGORIES = Object.keys(OWASP_TOP10_2021_CWES).map((key) => {
    const m = /^(A\d\d):2021-(.*)$/.exec(key);
    return { id: m?.[1] ?? key, name: m?.[2] ?? key, key };
});
/** The component category: every known-vulnerable dependency belongs here, whatever the flaw inside it. */
const OWASP_COMPONENTS = "A06";
/** Hard-coded credentials (CWE-798) sit in A07. */
const CWE_HARD_CODED_CREDENTIALS = 798;
const byCwe = new Map();
// Insertion in A01…A10 order and first-wins: CWE-259 is listed under both A02 and A07 and maps to A02.
for (const c of OWASP_CATEGORIES)
    for (const cwe of OWASP_TOP10_2021_CWES[c.key] ?? [])
        if (!byCwe.has(cwe))
            byCwe.set(cwe, c.id);
/** The category of the first CWE in the list that OWASP maps, or undefined. */
function owaspForCwes(cwes) {
    for (const cwe of cwes) {
        const id = byCwe.get(cwe);
        if (id)
            return id;
    }
    return undefined;
}
function owaspCategory(id) {
    return OWASP_CATEGORIES.find((c) => c.id === id);
}


/***/ }),

/***/ 19331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ severityFromWord),
/* harmony export */   JJ: () => (/* binding */ worse),
/* harmony export */   J_: () => (/* binding */ UNKNOWN_SEVERITY),
/* harmony export */   pc: () => (/* binding */ severityFromScoreOrWord),
/* harmony export */   qI: () => (/* binding */ severityFromScore),
/* harmony export */   yg: () => (/* binding */ cvss3BaseScore)
/* harmony export */ });
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27937);
/**
 * Severity scales of the scanners, mapped onto ours. Each parser states its table in docs/security.md; the shared
 * pieces live here so the same word or score means the same everywhere.
 */

/** Severity when a scanner gives none or says "unknown": counted, but neither ignored nor blocking. */
const UNKNOWN_SEVERITY = "medium";
function worse(a, b) {
    return _model_report_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[a] <= _model_report_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[b] ? a : b;
}
/** CVSS base score buckets (CVSS v3/v4 qualitative scale, as GitHub code scanning uses for `security-severity`). */
function severityFromScore(score) {
    if (score >= 9)
        return "critical";
    if (score >= 7)
        return "high";
    if (score >= 4)
        return "medium";
    if (score > 0)
        return "low";
    return "info";
}
/**
 * A severity word of any scanner: critical, high, medium/moderate, low, info/informational/negligible/none.
 * Returns undefined for words it does not know (including `unknown`), so callers can fall back.
 */
function severityFromWord(word) {
    if (typeof word !== "string")
        return undefined;
    switch (word.trim().toLowerCase()) {
        case "critical":
            return "critical";
        case "high":
        case "error":
            return "high";
        case "medium":
        case "moderate":
        case "warning":
            return "medium";
        case "low":
        case "note":
            return "low";
        case "info":
        case "informational":
        case "negligible":
        case "none":
            return "info";
        default:
            return undefined;
    }
}
/** A number, a number in a string ("7.5") or a word ("HIGH"): what SARIF producers put in `security-severity`. */
function severityFromScoreOrWord(value) {
    if (typeof value === "number" && Number.isFinite(value))
        return severityFromScore(value);
    if (typeof value === "string" && value.trim() !== "") {
        const n = Number(value);
        if (Number.isFinite(n))
            return severityFromScore(n);
        return severityFromWord(value);
    }
    return undefined;
}
const CVSS3_WEIGHTS = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    C: { H: 0.56, L: 0.22, N: 0 },
    I: { H: 0.56, L: 0.22, N: 0 },
    A: { H: 0.56, L: 0.22, N: 0 },
};
function roundUp1(x) {
    const i = Math.round(x * 100000);
    return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}
/**
 * Base score of a CVSS v3.0/v3.1 vector (`CVSS:3.1/AV:N/AC:L/…`), per the FIRST specification's formula; undefined
 * for other versions or malformed vectors. osv-scanner v1 gives only vectors.
 */
function cvss3BaseScore(vector) {
    if (!/^CVSS:3\.[01]\//.test(vector))
        return undefined;
    const m = {};
    for (const part of vector.split("/").slice(1)) {
        const [k, v] = part.split(":");
        if (k && v)
            m[k] = v;
    }
    const scope = m.S;
    const pr = m.PR;
    if (scope !== "U" && scope !== "C")
        return undefined;
    const prW = pr === "N"
        ? 0.85
        : pr === "L"
            ? scope === "C"
                ? 0.68
                : 0.62
            : pr === "H"
                ? scope === "C"
                    ? 0.5
                    : 0.27
                : undefined;
    const w = (k) => (m[k] !== undefined ? CVSS3_WEIGHTS[k]?.[m[k]] : undefined);
    const [av, ac, ui, c, i, a] = [w("AV"), w("AC"), w("UI"), w("C"), w("I"), w("A")];
    if (prW === undefined ||
        av === undefined ||
        ac === undefined ||
        ui === undefined ||
        c === undefined ||
        i === undefined ||
        a === undefined) {
        return undefined;
    }
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = scope === "U" ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
    const exploitability = 8.22 * av * ac * prW * ui;
    if (impact <= 0)
        return 0;
    return scope === "U"
        ? roundUp1(Math.min(impact + exploitability, 10))
        : roundUp1(Math.min(1.08 * (impact + exploitability), 10));
}


/***/ }),

/***/ 89770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ MAX_SUGGESTION_CELLS),
/* harmony export */   BR: () => (/* binding */ MAX_SUGGESTION_WORD),
/* harmony export */   K9: () => (/* binding */ MAX_CODE_NESTING),
/* harmony export */   Xn: () => (/* binding */ MAX_SUGGESTION_CANDIDATES),
/* harmony export */   nD: () => (/* binding */ MAX_FINDINGS_PER_DOC),
/* harmony export */   o9: () => (/* binding */ MAX_ARTIFACT_BYTES),
/* harmony export */   oo: () => (/* binding */ FIELD_MAX),
/* harmony export */   sF: () => (/* binding */ URL_PATTERN_TIMEOUT_MS),
/* harmony export */   tC: () => (/* binding */ DOCS_RUN_BUDGET_MS),
/* harmony export */   zQ: () => (/* binding */ MAX_FINDINGS_PER_ARTIFACT)
/* harmony export */ });
/**
 * The work budgets: how much of an input the gate reads, parses and copies. Everything from a pull request is
 * bounded here, so one hostile file costs a known amount and the run goes on; an input over a budget becomes a
 * finding or an artifact status naming the file and the budget. Documented in docs/budgets.md.
 */
/** Longest string copied from an input into a finding, per field (characters). */
const FIELD_MAX = {
    tool: 100,
    ruleId: 200,
    title: 300,
    message: 1_000,
    path: 400,
    url: 1_000,
    fix: 300,
    packageName: 200,
    version: 100,
};
/** An artifact larger than this is not parsed (bytes). */
const MAX_ARTIFACT_BYTES = 512 * 1024 * 1024;
/** Findings kept from one scanner artifact; the rest are counted, not listed one by one. */
const MAX_FINDINGS_PER_ARTIFACT = 20_000;
/** Documentation findings listed per file; the rest are summed up in one finding. */
const MAX_FINDINGS_PER_DOC = 500;
/** Nesting depth a JSON (or YAML) example in a code block may have before it is reported instead of parsed. */
const MAX_CODE_NESTING = 500;
/** Wall time for all documentation parsing in one run (ms): files not started by then are reported, not parsed. */
const DOCS_RUN_BUDGET_MS = 120_000;
/** "Did you mean" compares a broken anchor or reference with at most this many candidates. */
const MAX_SUGGESTION_CANDIDATES = 1_000;
/** Words longer than this get no suggestion (edit distance is quadratic in length). */
const MAX_SUGGESTION_WORD = 200;
/** Edit-distance cells all suggestions of one run may compute (about a quarter of a second). */
const MAX_SUGGESTION_CELLS = 20_000_000;
/** Time a user's URL include/exclude pattern may take on one URL (ms). */
const URL_PATTERN_TIMEOUT_MS = 100;


/***/ }),

/***/ 55332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ span)
/* harmony export */ });
/**
 * A code span around a value in the tool's own messages: the fence is longer than any run of backticks in the
 * value, so a file's backtick can never end the span early (the renderers parse spans the CommonMark way).
 */
function span(value) {
    let longest = 0;
    for (const m of value.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = "`".repeat(longest + 1);
    const pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
    return `${fence}${pad}${value}${pad}${fence}`;
}


/***/ }),

/***/ 7447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ formatNumber)
/* harmony export */ });
/** The one number formatter of the reports: `1,200`, `0.25`, the same in findings, Markdown and text. */
function formatNumber(n, maxFractionDigits = 2) {
    return n.toLocaleString("en-US", { maximumFractionDigits: maxFractionDigits });
}


/***/ }),

/***/ 7366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ shortHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Short stable identities for findings. Hashing keeps them short and free of any text from the finding. */

function shortHash(...parts) {
    return ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256")
        .update(parts.map((p) => (p === undefined ? "" : String(p))).join("\u0000"))
        .digest()
        // 16 hex digits written out directly: a slice of the full digest would keep all 64 alive in each finding.
        .toString("hex", 0, 8));
}


/***/ }),

/***/ 42619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ stripControls),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   LD: () => (/* binding */ boundedText),
/* harmony export */   Lk: () => (/* binding */ hasCredentials)
/* harmony export */ });
/* unused harmony export MASK */
/**
 * The one place credentials are masked. Every string that travels from an input (a report, a Markdown file, a
 * server's answer) to an output (comment, check run, annotation, log, JSON report, link cache) passes through
 * `redact`, so a new output channel cannot forget a case that another one handles.
 *
 * Every pattern is linear: quantifiers on names are bounded and values stop at the first delimiter, so redacting a
 * hostile 100,000-character string costs one pass.
 */
const MASK = "***";
/** Parameter and field names that carry credentials (query strings, fragments, JSON, `key=value` text). */
const CREDENTIAL_NAME = /token|secret|passw(or)?d|^pwd$|api[-_]?key|access[-_]?key|private[-_]?key|client[-_]?secret|credential|signature|^sig$|^x-amz-|^x-goog-|session|auth|^key$|^code$/i;
/** `?name=value`, `&name=value`, `#name=value`, `;name=value`: values of credential-like names. */
const URL_PARAM = /([?&#;])([^=&\s#?;]{1,64})=([^&\s#'"<>)}\]]*)/g;
/** `scheme://user@` and `scheme://user:password@`: the whole user-info part goes. */
const USER_INFO = /\b([a-z][a-z0-9+.-]{0,30}:\/\/)[^/\s@?#'"<>]{1,512}@/gi;
/** Credential-bearing headers quoted in free text (`Authorization: …`, `Cookie: a=b; c=d`, `X-Api-Key: …`). */
const HEADER = /\b(authorization|proxy-authorization|cookie|set-cookie|x-[a-z0-9-]{0,40}?(?:key|token|secret|auth|signature|session)[a-z0-9-]{0,20})(\s{0,4}[:=]\s{0,4})([^\r\n"'}]+)/gi;
/** `"password": "…"` and `'token': '…'` in JSON or Python reprs quoted in messages. */
const QUOTED_FIELD = /(["'])([a-z0-9_-]{0,40}(?:passw(?:or)?d|secret|token|api[-_]?key|apikey|credential|private[-_]?key)[a-z0-9_-]{0,40})\1(\s{0,4}:\s{0,4})(["'])(?:\\.|[^"'\\\r\n]){0,4096}\4/gi;
/** `password=hunter2` outside a URL. */
const BARE_ASSIGNMENT = /\b([a-z0-9_-]{0,40}(?:passw(?:or)?d|secret|token|api[-_]?key|apikey))(\s{0,4}=\s{0,4})([^\s&"',;)}\]]+)/gi;
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
function redact(text) {
    let out = text
        .replace(USER_INFO, `$1${MASK}@`)
        .replace(URL_PARAM, (m, sep, name) => CREDENTIAL_NAME.test(name) && !m.endsWith(`=${MASK}`) ? `${sep}${name}=${MASK}` : m)
        .replace(HEADER, (_m, name, sep) => `${name}${sep}${MASK}`)
        .replace(QUOTED_FIELD, (_m, q, name, sep, vq) => `${q}${name}${q}${sep}${vq}${MASK}${vq}`)
        .replace(BARE_ASSIGNMENT, (_m, name, sep) => `${name}${sep}${MASK}`)
        .replace(SCHEME_CREDENTIAL, `$1 ${MASK}`);
    for (const re of KNOWN_TOKENS)
        out = out.replace(re, MASK);
    return out;
}
/** Whether `text` holds something `redact` would mask. */
function hasCredentials(text) {
    return redact(text) !== text;
}
/**
 * A string from an input, made fit for a finding: redacted, control and bidirectional-override characters
 * removed, and cut to `max` characters (an ellipsis marks the cut). The cut is made before redaction too, with
 * room to spare, so a hostile megabyte costs no more than a bounded string.
 */
function boundedText(text, max) {
    const head = text.length > max * 2 + 256 ? text.slice(0, max * 2 + 256) : text;
    const clean = stripControls(redact(head));
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
/**
 * C0/C1 control characters (but tab), and the Unicode bidi embedding, override and isolate controls that can make
 * text display reversed (a path that reads as another one). Newlines become spaces: one value is one line.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function stripControls(text) {
    return text.replace(/\r\n?|\n/g, " ").replace(CONTROLS, "");
}


/***/ }),

/***/ 7958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ runRegex),
/* harmony export */   y: () => (/* binding */ runRegexAll)
/* harmony export */ });
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Runs a user's regular expression with a time limit. JavaScript regexes backtrack, so a pattern such as
 * `/(a+)+$/` can take years on a large file; V8 can only interrupt it from outside the running script, which is what
 * `node:vm`'s `timeout` does. The pattern and the text are passed as data, never as code.
 */

let context = null;
let script = null;
let batch = null;
function runRegex(source, flags, text, timeoutMs) {
    context ??= node_vm__WEBPACK_IMPORTED_MODULE_0___default().createContext(Object.create(null));
    script ??= new (node_vm__WEBPACK_IMPORTED_MODULE_0___default().Script)("new RegExp(source, flags).test(text)");
    const sandbox = context;
    sandbox.source = source;
    sandbox.flags = flags;
    sandbox.text = text;
    try {
        return { found: script.runInContext(context, { timeout: timeoutMs }) === true };
    }
    catch (e) {
        if (e.code === "ERR_SCRIPT_EXECUTION_TIMEOUT")
            return { timedOut: true };
        throw e;
    }
    finally {
        sandbox.text = undefined;
    }
}
/**
 * Tests one pattern against many texts in one call inside the time limit (a vm call per text would cost more than
 * the matching on a large tree); `null` when the whole call timed out.
 */
function runRegexAll(source, flags, texts, timeoutMs) {
    context ??= node_vm__WEBPACK_IMPORTED_MODULE_0___default().createContext(Object.create(null));
    batch ??= new (node_vm__WEBPACK_IMPORTED_MODULE_0___default().Script)("(() => { const re = new RegExp(source, flags); return texts.map((t) => re.test(t)); })()");
    const sandbox = context;
    sandbox.source = source;
    sandbox.flags = flags;
    sandbox.texts = texts;
    try {
        return batch.runInContext(context, { timeout: timeoutMs });
    }
    catch (e) {
        if (e.code === "ERR_SCRIPT_EXECUTION_TIMEOUT")
            return null;
        throw e;
    }
    finally {
        sandbox.texts = undefined;
    }
}


/***/ }),

/***/ 88525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ ConfigError),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: configRuleProblems, defaultConfig

// EXTERNAL MODULE: ./src/core/formats/registry.ts + 29 modules
var registry = __webpack_require__(80864);
// EXTERNAL MODULE: ./src/core/scoring/metrics.ts
var metrics = __webpack_require__(87532);
// EXTERNAL MODULE: ./src/core/compliance/contains.ts + 1 modules
var contains = __webpack_require__(80637);
// EXTERNAL MODULE: ./src/core/compliance/packs.ts
var packs = __webpack_require__(13729);
;// CONCATENATED MODULE: ./src/core/compliance/check-config.ts




/** Format families an `artifact` evidence item may name. */
function artifactFamilies() {
    return (0,registry/* formatFamilies */.sC)().sort();
}
/** Metrics that depend on compliance itself cannot be compliance evidence. */
function selfReferential(metric) {
    return metric.startsWith("compliance.") || metric.startsWith("overall.");
}
function complianceConfigProblems(config) {
    const problems = [];
    const families = artifactFamilies();
    const seen = new Map();
    config.controls.forEach((c, i) => {
        const at = `compliance.controls[${i}]`;
        const first = seen.get(c.id);
        if (first !== undefined) {
            problems.push(`\`${at}.id\`: ${JSON.stringify(c.id)} is already the id of \`compliance.controls[${first}]\`; ids must be unique`);
        }
        else {
            seen.set(c.id, i);
        }
        c.evidence.forEach((e, j) => {
            const key = `${at}.evidence[${j}]`;
            if (e.contains !== undefined) {
                const list = Array.isArray(e.contains) ? e.contains : [e.contains];
                list.forEach((spec, k) => {
                    try {
                        (0,contains/* parseContains */.Vq)(spec);
                    }
                    catch (err) {
                        const where = Array.isArray(e.contains) ? `${key}.contains[${k}]` : `${key}.contains`;
                        problems.push(`\`${where}\`: ${JSON.stringify(spec)}: ${err.message}`);
                    }
                });
            }
            if (e.metric !== undefined) {
                if (!(0,metrics/* isKnownMetric */.Oi)(e.metric)) {
                    problems.push(`\`${key}.metric\`: unknown metric ${JSON.stringify(e.metric)} (see docs/compliance-and-scoring.md for the list)`);
                }
                else if (selfReferential(e.metric)) {
                    problems.push(`\`${key}.metric\`: ${JSON.stringify(e.metric)} depends on compliance itself; use a documentation, performance or security metric`);
                }
            }
            if (e.artifact !== undefined && !families.includes(e.artifact)) {
                problems.push(`\`${key}.artifact\`: unknown format family ${JSON.stringify(e.artifact)} (known: ${families.join(", ")})`);
            }
        });
    });
    const packIds = new Set(config.packs.flatMap((p) => (packs/* PACKS */.p[p] ?? []).map((c) => c.id)));
    config.exclude.forEach((id, i) => {
        if (!packIds.has(id)) {
            const known = [...packIds].join(", ");
            problems.push(`\`compliance.exclude[${i}]\`: ${JSON.stringify(id)} is not a control of the selected packs${known ? ` (${known})` : " (no pack is selected)"}`);
        }
    });
    return problems;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/core/config/compliance.ts
/**
 * `compliance:` in `.github/readiness.yml`: controls, each with evidence rules that must all hold, and starter packs.
 * Rules that need more than one key (a `contains` pattern that must compile, a metric that must exist) are checked
 * by `complianceConfigProblems` in `compliance/check-config.ts`, called from the config loader's cross-checks.
 */

/** Evidence types, in the order the docs present them. An evidence item names exactly one of file, artifact, metric. */
const EVIDENCE_TYPES = (/* unused pure expression or super */ null && (["file", "contains", "artifact", "metric"]));
const oneOrMany = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)]);
const evidenceSchema = schemas/* strictObject */.rej({
    /** A path or glob (or a list: any of them), relative to the repository root; matched case-insensitively. */
    file: oneOrMany.optional(),
    /** With `file`: text the file must contain: `"## Heading"`, `"/regex/flags"` or plain words. A list: all of them. */
    contains: oneOrMany.optional(),
    /** With `file` or `artifact`: how many matching files/artifacts are needed (default 1). */
    "min-count": schemas/* number */.aig().int().positive().optional(),
    /** A format family (`zap`, `sarif`, `locust`, …): an artifact of that family must be present and parsed. */
    artifact: schemas/* string */.YjP().min(1).optional(),
    /** `<dimension>.<key>` of another dimension, with `min` and/or `max`. */
    metric: schemas/* string */.YjP().min(1).optional(),
    min: schemas/* number */.aig().optional(),
    max: schemas/* number */.aig().optional(),
})
    .superRefine((e, ctx) => {
    const kinds = ["file", "artifact", "metric"].filter((k) => e[k] !== undefined);
    if (kinds.length !== 1) {
        ctx.addIssue({
            code: "custom",
            message: kinds.length === 0
                ? "an evidence item needs one of `file` (optionally with `contains`), `artifact` or `metric`"
                : `an evidence item has exactly one of \`file\`, \`artifact\`, \`metric\` (found ${kinds.map((k) => `\`${k}\``).join(" and ")}); split it into separate items`,
        });
        return;
    }
    const kind = kinds[0];
    if (e.contains !== undefined && kind !== "file") {
        ctx.addIssue({
            code: "custom",
            path: ["contains"],
            message: "`contains` needs a `file` in the same evidence item",
        });
    }
    if (e["min-count"] !== undefined && kind === "metric") {
        ctx.addIssue({
            code: "custom",
            path: ["min-count"],
            message: "`min-count` applies to `file` and `artifact` evidence",
        });
    }
    if (kind === "metric" && e.min === undefined && e.max === undefined) {
        ctx.addIssue({ code: "custom", path: ["metric"], message: "`metric` evidence needs `min` or `max`" });
    }
    if (kind !== "metric" && (e.min !== undefined || e.max !== undefined)) {
        ctx.addIssue({
            code: "custom",
            path: [e.min !== undefined ? "min" : "max"],
            message: "`min`/`max` apply to `metric` evidence",
        });
    }
}, 
// A misspelt key is already reported by name; the shape rules would only repeat it less clearly.
{ when: (payload) => payload.issues.length === 0 });
const controlSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().min(1),
    /** SOC2, ISO27001, ISO42001, GDPR, or any label. */
    framework: schemas/* string */.YjP().min(1),
    title: schemas/* string */.YjP().min(1),
    /** Framework criteria the control supports, e.g. `SOC 2 CC7.3`, `ISO 27001 A.5.24` (shown in the report). */
    criteria: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    evidence: schemas/* array */.YOg(evidenceSchema).min(1),
});
const compliancePackIds = ["baseline"];
const complianceSchema = schemas/* strictObject */.rej({
    enabled: schemas/* boolean */.zMY().default(true),
    target: schemas/* number */.aig().min(0).max(100).default(100),
    /** Starter packs of ready-made controls. */
    packs: schemas/* array */.YOg(schemas/* enum */.k5n(compliancePackIds)).default([]),
    /** Ids of pack controls to leave out (e.g. `privacy-policy` for a library that handles no personal data). */
    exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    /** Your own controls; one with the id of a pack control replaces that control. */
    controls: schemas/* array */.YOg(controlSchema).default([]),
    /** Longest time one regular-expression search may take on one file before the control fails. */
    "regex-timeout-ms": schemas/* number */.aig().int().positive().max(60_000).default(1000),
})
    .prefault({});

;// CONCATENATED MODULE: ./src/core/config/documentation.ts

const codeBlockLanguages = ["json", "yaml", "javascript", "typescript", "shell"];
/** A URL pattern for `include` / `exclude`: a regular expression, checked here so a typo is a config error. */
const urlPattern = schemas/* string */.YjP().refine((p) => {
    try {
        new RegExp(p);
        return true;
    }
    catch {
        return false;
    }
}, "a valid regular expression");
const linksSchema = schemas/* strictObject */.rej({
    "timeout-ms": schemas/* number */.aig().int().positive().default(10_000),
    concurrency: schemas/* number */.aig().int().positive().max(256).default(32),
    "per-host-concurrency": schemas/* number */.aig().int().positive().max(64).default(4),
    retries: schemas/* number */.aig().int().min(0).max(10).default(3),
    "max-redirects": schemas/* number */.aig().int().min(0).max(20).default(5),
    include: schemas/* array */.YOg(urlPattern).default([]),
    exclude: schemas/* array */.YOg(urlPattern).default([]),
    accept: schemas/* array */.YOg(schemas/* number */.aig().int().min(100).max(599)).default([200, 206]),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())).default({}),
    cache: schemas/* strictObject */.rej({
        path: schemas/* string */.YjP().default(".readiness-cache/links.json"),
        ttl: schemas/* string */.YjP()
            .regex(/^\d+(ms|s|m|h|d)$/, "a duration such as 30m, 12h or 1d")
            .default("1d"),
    })
        .prefault({}),
    "allow-private-hosts": schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    "check-fragments": schemas/* boolean */.zMY().default(false),
})
    .prefault({});
/**
 * A link pattern for `ignore-links`: `/regex/flags` (checked here, run with a time limit) or a glob over the link as
 * written (`*` within a path segment, `**` across them).
 */
const linkIgnorePattern = schemas/* string */.YjP().refine((p) => {
    const m = /^\/(.+)\/([a-z]*)$/s.exec(p);
    if (!m)
        return p.length > 0;
    try {
        new RegExp(m[1], m[2]);
        return true;
    }
    catch {
        return false;
    }
}, "a glob, or a valid regular expression written /like this/");
const siteProfiles = ["auto", "github", "mdbook", "mkdocs", "docusaurus"];
const documentationSchema = schemas/* strictObject */.rej({
    enabled: schemas/* boolean */.zMY().default(true),
    include: schemas/* array */.YOg(schemas/* string */.YjP()).default(["**/*.md", "**/*.markdown"]),
    exclude: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    target: schemas/* number */.aig().min(0).max(100).default(90),
    "external-links": schemas/* enum */.k5n(["off", "warn", "error"]).default("warn"),
    links: linksSchema,
    /**
     * `auto`: markdownlint runs with the repository's configuration, scored, when it has one; without one its
     * findings are advice (shown, not scored). `true`: always scored (default rules without a configuration).
     */
    markdownlint: schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* literal */.euz("auto")]).default("auto"),
    /** How links resolve: as GitHub shows the files, or as the named site generator builds them. */
    site: schemas/* enum */.k5n(siteProfiles).default("auto"),
    /** Links that are not checked (they resolve only at run time); every one skipped is counted in the report. */
    "ignore-links": schemas/* array */.YOg(linkIgnorePattern).default([]),
    /**
     * This repository on GitHub, so that absolute links to it are checked offline against the tree. Derived from the
     * run (the Action's repository, the CLI's `origin` remote) when absent.
     */
    repository: schemas/* strictObject */.rej({
        owner: schemas/* string */.YjP().min(1),
        repo: schemas/* string */.YjP().min(1),
        /** Branches whose links resolve to the checked-out tree (the default branch, the PR's branch). */
        branches: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    })
        .optional(),
    "code-blocks": schemas/* strictObject */.rej({
        /** `true`: a fence without a tag is a scored finding; `advice`: shown, not scored; `false`: not reported. */
        "require-language": schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* literal */.euz("advice")]).default("advice"),
        validate: schemas/* array */.YOg(schemas/* enum */.k5n(codeBlockLanguages)).default([...codeBlockLanguages]),
    })
        .prefault({}),
    /** Weights of the check families in the documentation score. */
    weights: schemas/* strictObject */.rej({
        "internal-links": schemas/* number */.aig().min(0).default(3),
        anchors: schemas/* number */.aig().min(0).default(2),
        "external-links": schemas/* number */.aig().min(0).default(1),
        "code-blocks": schemas/* number */.aig().min(0).default(2),
        lint: schemas/* number */.aig().min(0).default(1),
    })
        .prefault({}),
})
    .prefault({});

;// CONCATENATED MODULE: ./src/core/config/performance.ts

const bound = schemas/* strictObject */.rej({ min: schemas/* number */.aig().optional(), max: schemas/* number */.aig().optional() })
    .refine((b) => b.min !== undefined || b.max !== undefined, "give `min`, `max` or both");
/** SLA metric keys; user-defined keys are allowed too (they name a metric of the run). */
const slaSchema = schemas/* record */.g1P(schemas/* string */.YjP(), bound);
const performanceSchema = schemas/* strictObject */.rej({
    enabled: schemas/* boolean */.zMY().default(true),
    target: schemas/* number */.aig().min(0).max(100).default(80),
    sla: slaSchema.default({
        "throughput-rps": { min: 1000 },
        "p50-ms": { max: 200 },
        "p95-ms": { max: 500 },
        "p99-ms": { max: 1000 },
        "error-rate-pct": { max: 0.1 },
        "availability-pct": { min: 99.9 },
    }),
    /** Which run the SLA table is computed for (scenario name); default: most users, not a stress run. */
    "sla-scenario": schemas/* string */.YjP().optional(),
    scenarios: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({
        sla: slaSchema.optional(),
        users: schemas/* number */.aig().int().positive().optional(),
        stress: schemas/* boolean */.zMY().optional(),
    }))
        .default({}),
    baseline: schemas/* strictObject */.rej({
        path: schemas/* string */.YjP(),
        "regression-pct": schemas/* number */.aig().min(0).default(10),
        metrics: schemas/* array */.YOg(schemas/* string */.YjP()).default(["p95-ms", "error-rate-pct"]),
    })
        .optional(),
})
    .prefault({});

;// CONCATENATED MODULE: ./src/core/config/security.ts

const isoDate = schemas/* string */.YjP().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const acceptedRiskSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().optional(),
    rule: schemas/* string */.YjP().optional(),
    fingerprint: schemas/* string */.YjP().optional(),
    path: schemas/* string */.YjP().optional(),
    reason: schemas/* string */.YjP().min(1, "say why the risk is accepted"),
    expires: isoDate,
})
    .refine((r) => r.id !== undefined || r.rule !== undefined || r.fingerprint !== undefined || r.path !== undefined, "an accepted risk needs `id`, `rule`, `fingerprint` or `path` to match findings");
const securitySchema = schemas/* strictObject */.rej({
    enabled: schemas/* boolean */.zMY().default(true),
    target: schemas/* number */.aig().min(0).max(100).default(85),
    penalties: schemas/* strictObject */.rej({
        critical: schemas/* number */.aig().min(0).default(25),
        high: schemas/* number */.aig().min(0).default(10),
        medium: schemas/* number */.aig().min(0).default(2),
        low: schemas/* number */.aig().min(0).default(0.25),
        info: schemas/* number */.aig().min(0).default(0),
    })
        .prefault({}),
    "accepted-risks": schemas/* array */.YOg(acceptedRiskSchema).default([]),
})
    .prefault({});

// EXTERNAL MODULE: ./src/core/model/report.ts + 1 modules
var report = __webpack_require__(27937);
;// CONCATENATED MODULE: ./src/core/config/schema.ts
/**
 * The one schema of `.github/readiness.yml`. The JSON Schema in `schema/readiness-config.schema.json`
 * is generated from it (`npm run schema`), and a test proves the committed file is current.
 */







/** `auto` or a format family of the registry: the values `format:` accepts. */
const artifactFormatIds = ["auto", ...(0,registry/* formatFamilies */.sC)()];
const artifactSchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1),
    format: schemas/* enum */.k5n(artifactFormatIds).default("auto"),
    /** Scenario name for load-test files (default: from the file name). */
    scenario: schemas/* string */.YjP().optional(),
});
const gateSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().optional(),
    metric: schemas/* string */.YjP().min(1),
    min: schemas/* number */.aig().optional(),
    max: schemas/* number */.aig().optional(),
    kind: schemas/* enum */.k5n(["blocking", "conditional"]).default("blocking"),
})
    .refine((g) => g.min !== undefined || g.max !== undefined, "a gate needs `min` or `max`");
const dimensionName = schemas/* enum */.k5n(report/* DIMENSIONS */.Yf);
const configSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    documentation: documentationSchema,
    artifacts: schemas/* array */.YOg(schemas/* union */.KCZ([
        schemas/* string */.YjP()
            .min(1)
            .transform((path) => ({ path, format: "auto" })),
        artifactSchema,
    ]))
        .default([]),
    performance: performanceSchema,
    security: securitySchema,
    compliance: complianceSchema,
    weights: schemas/* strictObject */.rej({
        documentation: schemas/* number */.aig().min(0).default(1),
        performance: schemas/* number */.aig().min(0).default(1),
        security: schemas/* number */.aig().min(0).default(1),
        compliance: schemas/* number */.aig().min(0).default(1),
    })
        .prefault({}),
    /** Dimensions that must be assessed; a missing one fails a blocking gate. */
    "required-dimensions": schemas/* array */.YOg(dimensionName).default([]),
    /**
     * What the default gates count when the run compares with the PR's base: `new` findings only, or `all` of them.
     * `auto`: new when a baseline or the PR's changed files are known, all otherwise.
     */
    "gate-on": schemas/* enum */.k5n(["auto", "new", "all"]).default("auto"),
    /** Gates; when absent, the default set is derived from each dimension's `target` (and from `gate-on`). */
    gates: schemas/* array */.YOg(gateSchema).optional(),
    /** Settings read only by the GitHub App (the Action takes these from its inputs and workflow). */
    app: schemas/* strictObject */.rej({
        /** Workflows (by name or `.github/workflows/<file>`) whose completed runs' artifacts are assessed. */
        workflows: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
        /** Artifact names (glob patterns) to read from those runs. */
        artifacts: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default(["*"]),
        /** When the PR comment is written; `on-change` spares the content-creation limit of busy installations. */
        comment: schemas/* enum */.k5n(["always", "on-change", "never"]).default("on-change"),
        /** Most annotations on the check run. */
        annotations: schemas/* number */.aig().int().min(0).max(1000).default(50),
        /** Check run conclusion for a `conditional` verdict. */
        "conditional-conclusion": schemas/* enum */.k5n(["success", "neutral", "failure", "action_required"]).default("neutral"),
    })
        .prefault({}),
    recommendation: schemas/* strictObject */.rej({
        go: schemas/* string */.YjP().optional(),
        conditional: schemas/* string */.YjP().optional(),
        "no-go": schemas/* string */.YjP().optional(),
        "nothing-assessed": schemas/* string */.YjP().optional(),
    })
        .prefault({}),
});

;// CONCATENATED MODULE: ./src/core/config/parse.ts
/**
 * Parses configuration text and validates it against the schema. Pure: the caller reads the file. Rules that need
 * the metric list or the compliance packs live in `../validate-config.ts`, so the config stays a leaf of core.
 */


class ConfigError extends Error {
    file;
    problems;
    line;
    constructor(file, problems, 
    /** Line (1-based) of the first problem in the file, when known: a front door can annotate it. */
    line) {
        super(`${file}: ${problems.join("; ")}`);
        this.file = file;
        this.problems = problems;
        this.line = line;
        this.name = "ConfigError";
    }
}
function defaultConfig() {
    return configSchema.parse({});
}
/** `text === null` means the file does not exist: defaults apply. */
function parseConfigText(file, text) {
    if (text === null)
        return defaultConfig();
    const doc = (0,dist.parseDocument)(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new ConfigError(file, doc.errors.map((e) => {
            const pos = e.linePos?.[0];
            return `${pos ? `line ${pos.line}, column ${pos.col}: ` : ""}${e.message.split("\n")[0]}`;
        }), doc.errors[0]?.linePos?.[0]?.line);
    }
    const raw = doc.toJS() ?? {};
    if (typeof raw !== "object" || Array.isArray(raw)) {
        throw new ConfigError(file, ["the file must hold a mapping of keys (documentation, artifacts, …)"]);
    }
    const result = configSchema.safeParse(raw);
    if (!result.success) {
        const first = result.error.issues[0];
        const key = first?.code === "unrecognized_keys" ? first.keys[0] : undefined;
        throw new ConfigError(file, result.error.issues.map((i) => describeIssue(i, raw)), first ? lineOf(doc, text, first.path, key) : undefined);
    }
    const config = result.data;
    const extra = crossCheck(config);
    if (extra.length > 0)
        throw new ConfigError(file, extra);
    return config;
}
/** The line of the value at `path` (or of the key `key` in the mapping there). */
function lineOf(doc, text, path, key) {
    const at = path.length === 0 ? doc.contents : doc.getIn(path, true);
    let node = at;
    if (key !== undefined && (0,dist.isMap)(at)) {
        const pair = at.items.find((p) => ((0,dist.isNode)(p.key) ? p.key.value : p.key) === key);
        node = pair?.key;
    }
    const offset = (0,dist.isNode)(node) ? node.range?.[0] : undefined;
    if (offset === undefined)
        return undefined;
    return text.slice(0, offset).split("\n").length;
}
function keyPath(path) {
    if (path.length === 0)
        return "(top level)";
    return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
}
function valueAt(root, path) {
    let cur = root;
    for (const p of path) {
        if (cur === null || typeof cur !== "object")
            return undefined;
        cur = cur[p];
    }
    return cur;
}
function show(v) {
    if (v === undefined)
        return "nothing";
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function describeIssue(issue, raw) {
    const where = keyPath(issue.path);
    switch (issue.code) {
        case "unrecognized_keys": {
            const at = issue.path.length ? `${where}.` : "";
            return `unknown key ${issue.keys.map((k) => `\`${at}${k}\``).join(", ")} (check the spelling; see the config reference)`;
        }
        case "invalid_value":
            return `\`${where}\`: found ${show(valueAt(raw, issue.path))}, allowed: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
        case "invalid_type":
            return `\`${where}\`: found ${show(valueAt(raw, issue.path))}, expected ${issue.expected}`;
        case "invalid_union":
            return `\`${where}\`: found ${show(valueAt(raw, issue.path))}, which matches none of the allowed forms`;
        default:
            return `\`${where}\`: found ${show(valueAt(raw, issue.path))}, ${issue.message}`;
    }
}
/** Rules that span keys of the config alone. */
function crossCheck(config) {
    const w = config.weights;
    if (w.documentation + w.performance + w.security + w.compliance <= 0) {
        return ["`weights`: the weights sum to 0; give at least one dimension a positive weight"];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/core/validate-config.ts
/**
 * The whole config check: schema (config/parse.ts) plus the rules that need the metric list and the compliance
 * packs. Every front door reads its config through `parseConfig`.
 */




/** `text === null` means the file does not exist: defaults apply. */
function parseConfig(file, text) {
    const config = parseConfigText(file, text);
    const problems = configRuleProblems(config);
    if (problems.length > 0)
        throw new ConfigError(file, problems);
    return config;
}
function configRuleProblems(config) {
    const problems = [];
    (config.gates ?? []).forEach((g, i) => {
        if (!(0,metrics/* isKnownMetric */.Oi)(g.metric)) {
            problems.push(`\`gates[${i}].metric\`: unknown metric ${JSON.stringify(g.metric)} (see the list of gate metrics in docs/compliance-and-scoring.md)`);
        }
    });
    problems.push(...complianceConfigProblems(config.compliance));
    return problems;
}


/***/ })

};
