export const id = 592;
export const ids = [592];
export const modules = {

/***/ 94485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveOneAssessment: () => (/* binding */ serveOneAssessment)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/formats/source.ts
var source = __webpack_require__(18131);
;// CONCATENATED MODULE: ./src/core/dimension.ts
function notAssessed(target, reason) {
    return { status: "not-assessed", score: null, target, metrics: {}, reason };
}
/**
 * A dimension with nothing to assess but files that could not be read is an error, not "no data": an unreadable
 * artifact must not pass silently. `label` names the kind of file (`load-test`, `scanner`).
 */
function unreadableAsError(outcome, unreadable, label) {
    if (!unreadable?.length || outcome.result.status !== "not-assessed")
        return outcome;
    return {
        ...outcome,
        result: {
            ...outcome.result,
            status: "error",
            reason: `${unreadable.length} ${label} file(s) could not be read: ${unreadable.join(", ")}`,
        },
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/compliance/contains.ts + 1 modules
var contains = __webpack_require__(80637);
;// CONCATENATED MODULE: ./src/core/compliance/evidence.ts
/** One check per evidence type; each says in one line what it found or what is missing. */


/** Text larger than this is not searched (a policy document is never this big; a generated file might be). */
const MAX_EVIDENCE_CHARS = 5 * 1024 * 1024;
const LISTED = 3;
function asList(v) {
    return Array.isArray(v) ? v : [v];
}
function listed(items) {
    const head = items.slice(0, LISTED).join(", ");
    return items.length > LISTED ? `${head} and ${items.length - LISTED} more` : head;
}
function fileRule(patterns, minCount) {
    return `${minCount > 1 ? `at least ${minCount} files matching ` : "file "}${patterns.join(" or ")}`;
}
/** `file` evidence, with or without `contains`. `error` is set when the check could not run to the end. */
async function checkFile(e, ctx) {
    const patterns = asList(e.file ?? []);
    const minCount = e["min-count"] ?? 1;
    const isMatch = picomatch_default()(patterns, { dot: true, nocase: true });
    const matched = ctx.files.filter((f) => isMatch(f));
    if (e.contains === undefined) {
        const held = matched.length >= minCount;
        const rule = fileRule(patterns, minCount);
        const detail = held
            ? `found ${listed(matched)}`
            : matched.length === 0
                ? `no file matches ${listed(patterns)}`
                : `${matched.length} of the ${minCount} files needed: ${listed(matched)}`;
        return {
            result: { type: "file", rule, held, detail, ...(matched.length ? { paths: matched.slice(0, LISTED) } : {}) },
        };
    }
    let wanted;
    try {
        wanted = asList(e.contains).map(contains/* parseContains */.Vq);
    }
    catch (err) {
        const why = `invalid contains pattern: ${err.message}`;
        return { result: { type: "contains", rule: fileRule(patterns, minCount), held: false, detail: why }, error: why };
    }
    const labels = wanted.map((w) => w.label).join(" and ");
    const rule = `${fileRule(patterns, minCount)} containing ${labels}`;
    if (matched.length === 0) {
        return { result: { type: "contains", rule, held: false, detail: `no file matches ${listed(patterns)}` } };
    }
    const good = [];
    const misses = [];
    const missPaths = [];
    for (const path of matched) {
        if (good.length >= minCount)
            break;
        const text = await ctx.repo.read(path);
        if (text === null || text.length > MAX_EVIDENCE_CHARS || text.includes("\u0000")) {
            misses.push(`${path} could not be read as text (binary, or over ${MAX_EVIDENCE_CHARS / 1024 / 1024} MB)`);
            missPaths.push(path);
            continue;
        }
        const lacking = [];
        for (const w of wanted) {
            const m = (0,contains/* matches */.cK)(w, text, ctx.regexTimeoutMs);
            if ("timedOut" in m) {
                const why = `the pattern ${w.label} ran longer than ${ctx.regexTimeoutMs} ms on ${path} and was stopped; simplify it (nested quantifiers such as (a+)+ backtrack without end)`;
                return { result: { type: "contains", rule, held: false, detail: why, paths: [path] }, error: why };
            }
            if (!m.found)
                lacking.push(w.label);
        }
        if (lacking.length === 0)
            good.push(path);
        else {
            misses.push(`${path} lacks ${lacking.join(" and ")}`);
            missPaths.push(path);
        }
    }
    const held = good.length >= minCount;
    const detail = held
        ? `${listed(good)} ${good.length === 1 ? "has" : "have"} ${labels}`
        : good.length > 0
            ? `${good.length} of the ${minCount} files needed have ${labels} (${listed(good)}); ${listed(misses)}`
            : listed(misses);
    const paths = (held ? good : missPaths).slice(0, LISTED);
    return { result: { type: "contains", rule, held, detail, ...(paths.length ? { paths } : {}) } };
}
/** Format ids are `<family>` or `<family>-<variant>` (`locust-stats`, `sarif`): match the family as a prefix. */
function isOfFamily(format, family) {
    if (format === null)
        return false;
    if (format === family)
        return true;
    return format.startsWith(family) && /^[-./:]/.test(format.slice(family.length));
}
function checkArtifact(family, minCount, ctx) {
    const rule = `${minCount > 1 ? `at least ${minCount} ` : ""}${family} report${minCount > 1 ? "s" : ""} among the artifacts`;
    const ofFamily = ctx.artifacts.filter((a) => isOfFamily(a.format, family));
    const parsed = ofFamily.filter((a) => a.status === "parsed").map((a) => a.path);
    const held = parsed.length >= minCount;
    if (held)
        return {
            type: "artifact",
            rule,
            held,
            detail: `found ${family} report ${listed(parsed)}`,
            paths: parsed.slice(0, LISTED),
        };
    const broken = ofFamily.filter((a) => a.status !== "parsed");
    const read = ctx.artifacts.filter((a) => a.status === "parsed").length;
    const parts = [];
    if (parsed.length > 0)
        parts.push(`${parsed.length} of the ${minCount} ${family} reports needed: ${listed(parsed)}`);
    else
        parts.push(`no ${family} report among the ${read} artifact${read === 1 ? "" : "s"} read`);
    for (const b of broken.slice(0, LISTED))
        parts.push(`${b.path} could not be read: ${b.error ?? b.status}`);
    return {
        type: "artifact",
        rule,
        held,
        detail: parts.join("; "),
        ...(broken.length ? { paths: broken.slice(0, LISTED).map((b) => b.path) } : {}),
    };
}
function showNumber(v) {
    return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
}
function checkMetric(metric, min, max, ctx) {
    const bounds = [min !== undefined ? `≥ ${min}` : "", max !== undefined ? `≤ ${max}` : ""]
        .filter(Boolean)
        .join(" and ");
    const rule = `${metric} ${bounds}`;
    const v = ctx.metrics.get(metric);
    if (v === undefined || v === null) {
        const dim = metric.split(".")[0];
        return { type: "metric", rule, held: false, detail: `${metric} was not measured (no ${dim} data)` };
    }
    if (min !== undefined && v < min)
        return { type: "metric", rule, held: false, detail: `${metric} is ${showNumber(v)}, below ${min}` };
    if (max !== undefined && v > max)
        return { type: "metric", rule, held: false, detail: `${metric} is ${showNumber(v)}, above ${max}` };
    return { type: "metric", rule, held: true, detail: `${metric} is ${showNumber(v)}` };
}

// EXTERNAL MODULE: ./src/core/compliance/packs.ts
var packs = __webpack_require__(13729);
;// CONCATENATED MODULE: ./src/core/compliance/evaluate.ts



const EVIDENCE_NOTE = "These controls check for evidence in the repository (files, document sections, scanner reports, metrics). " +
    "They support an audit; they are not a certification.";
/** Pack controls (minus `exclude`, minus those a config control of the same id replaces), then the config's controls. */
function resolveControls(config) {
    const own = new Set(config.controls.map((c) => c.id));
    const excluded = new Set(config.exclude);
    const out = [];
    for (const pack of config.packs) {
        for (const control of packs/* PACKS */.p[pack] ?? []) {
            if (excluded.has(control.id) || own.has(control.id))
                continue;
            out.push({ control, source: `pack:${pack}` });
        }
    }
    for (const control of config.controls)
        out.push({ control, source: "config" });
    return out;
}
async function evaluateControl(resolved, ctx) {
    const { control, source } = resolved;
    const evidence = [];
    let error;
    for (const e of control.evidence) {
        if (e.file !== undefined) {
            const r = await checkFile(e, ctx);
            evidence.push(r.result);
            error ??= r.error;
        }
        else if (e.artifact !== undefined) {
            evidence.push(checkArtifact(e.artifact, e["min-count"] ?? 1, ctx));
        }
        else if (e.metric !== undefined) {
            evidence.push(checkMetric(e.metric, e.min, e.max, ctx));
        }
    }
    const passed = error === undefined && evidence.every((r) => r.held);
    return {
        id: control.id,
        framework: control.framework,
        title: control.title,
        criteria: [...control.criteria],
        source,
        status: passed ? "passed" : "failed",
        evidence,
        ...(error !== undefined ? { error } : {}),
    };
}
function findingFor(c) {
    const missed = c.evidence.filter((e) => !e.held).map((e) => e.detail);
    const why = c.error ?? missed.join("; ");
    const path = c.evidence.find((e) => !e.held && e.paths?.length === 1)?.paths?.[0];
    return {
        dimension: "compliance",
        ruleId: "compliance/missing-evidence",
        severity: "medium",
        message: `Control ${c.id} (${c.framework}) "${c.title}" has no evidence: ${why}`,
        tool: "readiness-gate",
        fingerprint: `compliance/${c.framework}/${c.id}`,
        ...(path ? { path } : {}),
    };
}
async function evaluateCompliance(input) {
    const { config } = input;
    const controls = resolveControls(config);
    if (controls.length === 0) {
        return {
            result: notAssessed(config.target, "no compliance controls are declared (add `compliance.packs: [baseline]` or `compliance.controls`)"),
            findings: [],
        };
    }
    const ctx = {
        repo: input.repo,
        files: input.repo.files(),
        artifacts: input.artifacts,
        metrics: input.metrics,
        regexTimeoutMs: config["regex-timeout-ms"],
    };
    const results = [];
    // One control at a time: regex searches block the thread, and reads are cheap next to them.
    for (const c of controls)
        results.push(await evaluateControl(c, ctx));
    const passed = results.filter((r) => r.status === "passed").length;
    const declared = results.length;
    const result = {
        status: "assessed",
        score: (100 * passed) / declared,
        target: config.target,
        metrics: { passed, failed: declared - passed, declared },
        details: { note: EVIDENCE_NOTE, packs: [...config.packs], controls: results },
    };
    return { result, findings: results.filter((r) => r.status === "failed").map(findingFor) };
}

;// CONCATENATED MODULE: ./src/core/documentation/suppressions.ts
const DIRECTIVE = /<!--\s*readiness-ignore-(next-line|file)((?:[\s,]+[\w./:@-]+)*)[\s,]*-->/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** The readiness-ignore directives of one file, or undefined when it has none (the common case, found by one scan). */
function readSuppressions(text) {
    if (!text.includes("readiness-ignore-"))
        return undefined;
    const out = { file: [], nextLine: new Map() };
    let fence = null;
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const f = FENCE.exec(line);
        if (f) {
            const marker = f[1];
            if (fence === null)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
                fence = null;
            continue;
        }
        if (fence !== null || !line.includes("readiness-ignore-"))
            continue;
        for (const m of line.matchAll(DIRECTIVE)) {
            const names = (m[2] ?? "").split(/[\s,]+/).filter((n) => n !== "");
            const rules = names.length > 0 ? names : null;
            if (m[1] === "file")
                out.file.push({ rules, line: i + 1 });
            else {
                const list = out.nextLine.get(i + 2) ?? [];
                list.push({ rules, line: i + 1 });
                out.nextLine.set(i + 2, list);
            }
        }
    }
    return out.file.length > 0 || out.nextLine.size > 0 ? out : undefined;
}
/** Whether a directive's rule list covers `ruleId`. */
function ruleMatches(rules, ruleId) {
    if (rules === null)
        return true;
    const id = ruleId.toLowerCase();
    const bare = id.startsWith("markdownlint/") ? id.slice("markdownlint/".length) : undefined;
    for (const r of rules) {
        const name = r.toLowerCase();
        if (name === id || id.startsWith(`${name}.`) || id.startsWith(`${name}/`))
            return true;
        if (bare !== undefined && name === bare)
            return true;
    }
    return false;
}
/** Splits findings into those that stay and those a comment suppresses. */
function applySuppressions(findings, byPath) {
    const kept = [];
    const suppressed = [];
    for (const f of findings) {
        const s = f.path !== undefined ? byPath.get(f.path) : undefined;
        if (!s || f.path === undefined) {
            kept.push(f);
            continue;
        }
        const line = f.line ?? 1;
        const next = s.nextLine.get(line)?.find((d) => ruleMatches(d.rules, f.ruleId));
        const whole = next ? undefined : s.file.find((d) => ruleMatches(d.rules, f.ruleId));
        const by = next ?? whole;
        if (!by) {
            kept.push(f);
            continue;
        }
        suppressed.push({
            path: f.path,
            line,
            ruleId: f.ruleId,
            kind: next ? "next-line" : "file",
            by: by.line,
            message: f.message,
        });
    }
    return { kept, suppressed };
}
/** The score family a rule's findings count against (`links`, `anchors`, `external-links`, `code-blocks`, `lint`). */
function familyOf(ruleId) {
    if (ruleId === "links.missing-anchor")
        return "anchors";
    if (ruleId.startsWith("links."))
        return "internal-links";
    if (ruleId.startsWith("external-link-"))
        return "external-links";
    if (ruleId.startsWith("code-blocks."))
        return "code-blocks";
    if (ruleId.startsWith("markdownlint/"))
        return "lint";
    return null;
}

;// CONCATENATED MODULE: ./src/core/documentation/apply-suppressions.ts

const scoredIn = (f, family) => f.scored !== false && familyOf(f.ruleId) === family;
function lintErrorsByPath(findings) {
    const out = new Map();
    for (const f of findings)
        if (f.path && scoredIn(f, "lint"))
            out.set(f.path, (out.get(f.path) ?? 0) + 1);
    return out;
}
/** The readiness-ignore comments of every file that has any. */
function directivesOf(texts) {
    const directives = new Map();
    for (const [path, text] of texts) {
        const d = readSuppressions(text);
        if (d)
            directives.set(path, d);
    }
    return directives;
}
function suppressFindings(findings, directives, lintSuppressed, ignored) {
    const regained = {
        "internal-links": 0,
        anchors: 0,
        "external-links": 0,
        "code-blocks": 0,
        lint: 0,
    };
    const entries = [];
    let kept = [...findings];
    let lintErrors = 0;
    if (directives.size > 0) {
        const applied = applySuppressions(findings, directives);
        const keptSet = new Set(applied.kept);
        for (const f of findings) {
            if (keptSet.has(f) || f.scored === false)
                continue;
            const family = familyOf(f.ruleId);
            if (family === "lint")
                lintErrors++;
            else if (family)
                regained[family]++;
        }
        // A file passes markdownlint when every one of its errors is suppressed.
        const after = lintErrorsByPath(applied.kept);
        for (const [path, n] of lintErrorsByPath(findings))
            if (n > 0 && !after.get(path))
                regained.lint++;
        kept = applied.kept;
        for (const s of applied.suppressed)
            entries.push({ path: s.path, line: s.line, ruleId: s.ruleId, kind: s.kind, by: `line ${s.by ?? 1}` });
    }
    for (const s of lintSuppressed)
        entries.push({ path: s.path, line: s.line, ruleId: s.ruleId, kind: "markdownlint", by: "markdownlint comment" });
    for (const l of ignored)
        entries.push({ path: l.path, line: l.line, ruleId: "ignore-links", kind: "ignore-links", by: l.pattern });
    entries.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
    return { kept, entries, findings: entries.length - ignored.length, regained, lintErrors };
}

// EXTERNAL MODULE: ./src/core/util/redact.ts
var redact = __webpack_require__(42619);
;// CONCATENATED MODULE: ./src/core/util/display-url.ts

/** The URL as it may be shown in a report or log: user-info, tokens and signatures masked (see redact.ts). */
function displayUrl(url) {
    return (0,redact/* redact */.E$)(url);
}

;// CONCATENATED MODULE: ./src/core/documentation/placeholder.ts
/** `<version>`, `<your-org>`: a placeholder in a link that the reader is meant to replace. */
const PLACEHOLDER = /<[A-Za-z][\w .:-]*>/;
/** The first placeholder in a link target (also when percent-encoded, `%3Corg%3E`), or undefined. */
function placeholderIn(target) {
    let decoded = target;
    try {
        decoded = decodeURIComponent(target);
    }
    catch {
        // Malformed escapes: look at the raw text.
    }
    return PLACEHOLDER.exec(decoded)?.[0];
}

;// CONCATENATED MODULE: ./src/core/documentation/external-findings.ts


const TOOL = "external-links";
/** Outcomes that could not be settled either way: shown as warnings, left out of `checked`. */
const UNDECIDED = new Set(["rate-limited", "unverified", "blocked", "excluded"]);
const tail = (r, fallback) => r.detail ?? fallback;
const RULES = {
    broken: {
        ruleId: "external-link-broken",
        errorSeverity: "medium",
        scoredInError: true,
        message: (u, r) => `Broken link ${u}: ${tail(r, "the page does not exist")}. Fix or remove the link.`,
    },
    "server-error": {
        ruleId: "external-link-server-error",
        errorSeverity: "medium",
        scoredInError: true,
        message: (u, r) => `Link ${u} fails with a server error: ${tail(r, "the server failed")}. Check that the site is up, or replace the link.`,
    },
    timeout: {
        ruleId: "external-link-timeout",
        errorSeverity: "medium",
        scoredInError: true,
        message: (u, r) => `Link ${u} timed out: ${tail(r, "no answer")}. Check that the site is reachable (or raise documentation.links.timeout-ms).`,
    },
    "dns-failure": {
        ruleId: "external-link-dns-failure",
        errorSeverity: "medium",
        scoredInError: true,
        message: (u, r) => `Link ${u} points at a host that does not exist: ${tail(r, "the name does not resolve")}. Fix the address or remove the link.`,
    },
    "tls-error": {
        ruleId: "external-link-tls-error",
        errorSeverity: "medium",
        scoredInError: true,
        message: (u, r) => `Link ${u} has a broken HTTPS setup: ${tail(r, "the TLS connection failed")}. Replace the link or tell the site's owners.`,
    },
    error: {
        ruleId: "external-link-error",
        errorSeverity: "medium",
        scoredInError: true,
        message: (u, r) => `Link ${u} could not be checked: ${tail(r, "the request failed")}. Fix the link or exclude it.`,
    },
    "rate-limited": {
        ruleId: "external-link-rate-limited",
        errorSeverity: "low",
        scoredInError: false,
        message: (u, r) => `Link ${u} was not verified: ${tail(r, "the server rate-limited the check")}. It is not counted as broken; it will be checked again next run.`,
    },
    unverified: {
        ruleId: "external-link-unverified",
        errorSeverity: "low",
        scoredInError: false,
        message: (u, r) => `Link ${u} was not verified: ${tail(r, "the server refused automated checks")}. It is not counted as broken; check it by hand or exclude it.`,
    },
    blocked: {
        ruleId: "external-link-blocked",
        errorSeverity: "info",
        scoredInError: false,
        message: (u, r) => `Link ${u} was ${tail(r, "not checked by policy")}.`,
    },
    "missing-fragment": {
        ruleId: "external-link-missing-fragment",
        errorSeverity: "medium",
        scoredInError: true,
        message: (u, r) => `Link ${u} points at a section the page does not have: ${tail(r, "the fragment is missing")}. Fix the #fragment.`,
    },
    "permanent-redirect": {
        ruleId: "external-link-redirected",
        errorSeverity: "low",
        scoredInError: true,
        message: (u, r) => `Link ${u} has moved permanently to ${r.redirectedTo ?? "a new address"}. Update the link to the new address.`,
    },
};
function ruleFor(r) {
    if ((r.outcome === "ok" || r.outcome === "redirected") && r.missingFragment)
        return RULES["missing-fragment"];
    if (r.outcome === "redirected")
        return r.permanentRedirect ? RULES["permanent-redirect"] : undefined;
    return RULES[r.outcome];
}
function isValid(r) {
    if (r.missingFragment)
        return false;
    return r.outcome === "ok" || (r.outcome === "redirected" && !r.permanentRedirect);
}
function externalLinkFindings(refs, results, mode) {
    const outcomes = {};
    let checked = 0;
    let valid = 0;
    for (const r of results.values()) {
        const key = r.missingFragment && (r.outcome === "ok" || r.outcome === "redirected") ? "missing-fragment" : r.outcome;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
        if (UNDECIDED.has(r.outcome))
            continue;
        checked++;
        if (isValid(r))
            valid++;
    }
    const findings = [];
    const sorted = [...refs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column);
    for (const ref of sorted) {
        const r = results.get(ref.url);
        if (!r)
            continue;
        const rule = ruleFor(r);
        if (!rule)
            continue;
        const severity = rule.errorSeverity === "info" ? "info" : mode === "warn" ? "low" : rule.errorSeverity;
        const scored = mode === "error" && rule.scoredInError;
        const url = displayUrl(ref.url);
        // `https://github.com/<org>/<repo>` fails because of the placeholder, not the site: say so.
        const placeholder = rule.scoredInError ? placeholderIn(ref.url) : undefined;
        const cause = placeholder
            ? ` The address contains the placeholder ${placeholder}: write the real address, or show the pattern in code instead of a link.`
            : "";
        findings.push({
            dimension: "documentation",
            ruleId: rule.ruleId,
            severity,
            message: rule.message(url, { ...r, ...(r.redirectedTo ? { redirectedTo: displayUrl(r.redirectedTo) } : {}) }) + cause,
            path: ref.path,
            line: ref.line,
            column: ref.column,
            tool: TOOL,
            fingerprint: `${rule.ruleId}:${ref.path}:${url}`,
            scored,
        });
    }
    return { findings, checked, valid, outcomes };
}

// EXTERNAL MODULE: ./src/core/util/hash.ts
var hash = __webpack_require__(7366);
;// CONCATENATED MODULE: ./src/core/documentation/fingerprints.ts

/** Long lines are hashed by their first part: the identity stays cheap on minified or generated files. */
const CONTEXT_MAX = 500;
function fingerprintFindings(findings, texts) {
    const lines = new Map();
    const seen = new Map();
    for (const f of findings) {
        let context = "";
        if (f.path !== undefined && f.line !== undefined) {
            let fileLines = lines.get(f.path);
            if (!fileLines) {
                fileLines = (texts.get(f.path) ?? "").split("\n");
                lines.set(f.path, fileLines);
            }
            context = (fileLines[f.line - 1] ?? "").slice(0, CONTEXT_MAX).replace(/\s+/g, " ").trim();
        }
        const key = `${f.ruleId}\u0000${f.path ?? ""}\u0000${context}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        f.fingerprint = (0,hash/* shortHash */.B)("doc", f.ruleId, context, n);
    }
}

;// CONCATENATED MODULE: ./src/core/documentation/score.ts
function documentationScore(rows) {
    let weighted = 0;
    let weights = 0;
    for (const r of rows) {
        if (!r.scored)
            continue;
        weighted += r.weight * (r.valid / r.checked);
        weights += r.weight;
    }
    return weights > 0 ? (100 * weighted) / weights : null;
}
function row(check, label, checked, valid, weight, counts = true) {
    return { check, label, checked, valid, weight, scored: counts && checked > 0 && weight > 0 };
}

// EXTERNAL MODULE: ./src/core/util/budgets.ts
var budgets = __webpack_require__(89770);
;// CONCATENATED MODULE: ./src/core/documentation/finding-budget.ts


const FINDING_BUDGET_RULE = "documentation.finding-budget";
/** Appends without spreading: a file with 100,000 findings would overflow the call stack as arguments. */
function pushAll(to, from) {
    for (const x of from)
        to.push(x);
}
/**
 * At most `max` findings per file (in the order given), plus one unscored finding that says how many more there
 * were: a generated file with 100,000 defects stays one readable entry and the report a size that can be written.
 * Messages quote the file (link targets, markdownlint's context), so each is bounded and redacted here, the last
 * step before the report.
 */
function capPerFile(findings, max = budgets/* MAX_FINDINGS_PER_DOC */.nD) {
    const perFile = new Map();
    const out = [];
    for (const f of findings) {
        const n = (perFile.get(f.path ?? "") ?? 0) + 1;
        perFile.set(f.path ?? "", n);
        if (n <= max)
            out.push({ ...f, message: (0,redact/* boundedText */.LD)(f.message, budgets/* FIELD_MAX */.oo.message) });
    }
    for (const [path, n] of perFile) {
        if (n <= max)
            continue;
        out.push({
            dimension: "documentation",
            ruleId: FINDING_BUDGET_RULE,
            severity: "medium",
            message: `${path} has ${(n - max).toLocaleString("en-US")} more findings than the ${max} listed per file; run the checks locally to see them all.`,
            path,
            line: 1,
            column: 1,
            tool: "readiness-gate",
            scored: false,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/documentation/analyze-input.ts
/** The report lists this many left-out files (a gitignored vendor tree can hold thousands); the total is kept. */
const MAX_LISTED_EXCLUDED = 100;
const FILE_RULES = {
    unreadable: "documentation.unreadable",
    notParsed: "documentation.not-parsed",
    findingBudget: "documentation.finding-budget",
};
function countLines(text) {
    if (text === "")
        return 0;
    let n = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
        n++;
    return text.endsWith("\n") ? n : n + 1;
}
function fileFinding(path, ruleId, message, line = 1) {
    return {
        dimension: "documentation",
        ruleId,
        severity: "medium",
        message,
        path,
        line,
        column: 1,
        tool: "readiness-gate",
    };
}

// EXTERNAL MODULE: ./src/core/documentation/suggest.ts
var suggest = __webpack_require__(3644);
// EXTERNAL MODULE: ./src/core/util/code-span.ts
var code_span = __webpack_require__(55332);
;// CONCATENATED MODULE: ./src/core/documentation/suggestion-requests.ts


const SLOT = /\u0000([^\u0000]*)\u0000/g;
/** Answers `requests` in the order given and fills the slots of `findings`' messages. */
function answerSuggestions(findings, requests, candidates) {
    if (requests.length === 0)
        return;
    const budget = new suggest/* SuggestionBudget */.C2();
    const hints = new Map();
    for (const r of requests) {
        const pool = r.kind === "anchor" ? candidates.anchorsOf(r.target ?? "", r.site) : candidates.definitionsOf(r.path);
        const near = pool ? (0,suggest/* closest */.kp)(r.word, pool, budget) : undefined;
        const hint = near
            ? r.kind === "anchor"
                ? ` Did you mean ${(0,code_span/* span */.L)(`#${near}`)}?`
                : ` Did you mean ${(0,code_span/* span */.L)(`[${near}]`)}?`
            : "";
        hints.set(`${r.path}\u0001${r.seq}`, hint);
    }
    for (const f of findings)
        if (f.message.includes("\u0000"))
            f.message = f.message.replace(SLOT, (_, key) => hints.get(key) ?? "");
}
/** The requests of several shards in a single run's order: by file (in path order), then by suggestion point. */
function inRunOrder(requests) {
    return [...requests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.seq - b.seq));
}

;// CONCATENATED MODULE: ./src/core/documentation/finish.ts








async function finishDocumentation(g, ctx) {
    const { config } = ctx;
    const findings = [...g.findings];
    answerSuggestions(findings, g.links.suggestions, ctx.candidates);
    const notices = [...g.notices];
    const links = g.links;
    const mode = config["external-links"];
    let external;
    if (ctx.externalLinkChecker && mode !== "off" && links.external.length > 0) {
        const urls = [...new Set(links.external.map((r) => r.url))];
        try {
            const results = await ctx.externalLinkChecker.check(urls);
            external = externalLinkFindings(links.external, results, mode);
            pushAll(findings, mode === "warn" ? external.findings.map((f) => ({ ...f, scored: false })) : external.findings);
        }
        catch (e) {
            notices.push(`external links were not checked: ${e.message}`);
        }
    }
    for (const u of g.unreadable.collected)
        findings.push(fileFinding(u.path, FILE_RULES.unreadable, `${u.path} ${u.reason}; it was not checked.`));
    const unreadable = [...g.unreadable.parse, ...g.unreadable.lint, ...g.unreadable.collected];
    const lint = g.lint ? { ...g.lint } : undefined;
    const suppression = suppressFindings(findings, ctx.directives, lint?.suppressed ?? [], links.ignored);
    // Not splice(…, ...kept): a large tree's findings (markdownlint's advice included) overflow the call stack.
    findings.length = 0;
    pushAll(findings, suppression.kept);
    if (lint)
        lint.errors -= suppression.lintErrors;
    const { regained, entries: suppressedEntries, findings: suppressedFindings } = suppression;
    const capped = (checked, valid) => Math.min(checked, valid);
    const code = g.code;
    const w = config.weights;
    const checks = [
        row("internal-links", "Internal links", links.linksChecked, capped(links.linksChecked, links.linksValid + regained["internal-links"]), w["internal-links"]),
        row("anchors", "Anchors", links.anchorsChecked, capped(links.anchorsChecked, links.anchorsValid + regained.anchors), w.anchors),
        ...(external
            ? [
                row("external-links", "External links", external.checked, capped(external.checked, external.valid + regained["external-links"]), w["external-links"], mode === "error"),
            ]
            : []),
        row("code-blocks", "Code blocks", code.checked, capped(code.checked, code.valid + regained["code-blocks"]), w["code-blocks"]),
        ...(lint
            ? [
                row("lint", "Files passing markdownlint", lint.checked, capped(lint.checked, lint.valid + regained.lint), w.lint, g.lintMode !== "auto"),
            ]
            : []),
    ];
    const details = {
        files: g.files,
        lines: g.lines,
        checks,
        unreadable,
        lint: g.lintMode,
        ...(g.sites.length > 0 ? { sites: g.sites } : {}),
        ...(suppressedEntries.length > 0
            ? {
                suppressed: {
                    findings: suppressedFindings,
                    links: links.ignored.length,
                    listed: suppressedEntries.slice(0, MAX_LISTED_EXCLUDED),
                },
            }
            : {}),
        ...(g.excluded.length
            ? { excluded: g.excluded.slice(0, MAX_LISTED_EXCLUDED), excludedTotal: g.excluded.length }
            : {}),
        ...(external ? { externalOutcomes: external.outcomes } : {}),
        notices,
    };
    const metrics = {
        files: g.files,
        lines: g.lines,
        "links-checked": links.linksChecked,
        "links-valid": checks[0]?.valid ?? links.linksValid,
        "broken-links": links.linksChecked - (checks[0]?.valid ?? links.linksValid),
        "anchors-checked": links.anchorsChecked,
        "anchors-valid": checks[1]?.valid ?? links.anchorsValid,
        "broken-anchors": links.anchorsChecked - (checks[1]?.valid ?? links.anchorsValid),
        "code-blocks-checked": code.checked,
        "code-blocks-valid": code.valid,
        "invalid-code-blocks": code.invalid,
        "missing-language": code.missingLanguage,
        "lint-errors": lint ? lint.errors : null,
        "external-links-checked": external ? external.checked : null,
        "external-links-valid": external ? external.valid : null,
        "broken-external-links": external ? external.checked - external.valid : null,
        unreadable: unreadable.length,
        suppressed: suppressedFindings,
        "ignored-links": links.ignored.length,
        findings: findings.filter((f) => f.scored !== false).length,
    };
    findings.sort((a, b) => (a.path ?? "").localeCompare(b.path ?? "") ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        a.ruleId.localeCompare(b.ruleId));
    // After sorting, so that identical findings are numbered in reading order.
    fingerprintFindings(findings, ctx.texts);
    const listed = capPerFile(findings);
    const score = documentationScore(checks);
    if (score === null) {
        const reason = g.files === 0
            ? "no Markdown files matched documentation.include"
            : "nothing in the documentation files could be checked";
        return {
            result: { ...notAssessed(config.target, reason), metrics, details },
            findings: listed,
        };
    }
    return { result: { status: "assessed", score, target: config.target, metrics, details }, findings: listed };
}

// EXTERNAL MODULE: ./node_modules/json5/lib/index.js
var lib = __webpack_require__(84841);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/documentation/code-syntax.ts



/** Info-string tag → family and variant. Tags not listed here are not syntax-checked. */
const LANGUAGE_TAGS = {
    json: { family: "json", variant: "json" },
    jsonc: { family: "json", variant: "jsonc" },
    json5: { family: "json", variant: "json5" },
    jsonl: { family: "json", variant: "lines" },
    ndjson: { family: "json", variant: "lines" },
    yaml: { family: "yaml", variant: "yaml" },
    yml: { family: "yaml", variant: "yaml" },
    js: { family: "javascript", variant: "js" },
    javascript: { family: "javascript", variant: "js" },
    mjs: { family: "javascript", variant: "js" },
    cjs: { family: "javascript", variant: "js" },
    jsx: { family: "javascript", variant: "js" },
    ts: { family: "typescript", variant: "ts" },
    typescript: { family: "typescript", variant: "ts" },
    mts: { family: "typescript", variant: "ts" },
    cts: { family: "typescript", variant: "ts" },
    tsx: { family: "typescript", variant: "tsx" },
    sh: { family: "shell", variant: "sh" },
    bash: { family: "shell", variant: "sh" },
    shell: { family: "shell", variant: "sh" },
    console: { family: "shell", variant: "console" },
    "shell-session": { family: "shell", variant: "console" },
    "sh-session": { family: "shell", variant: "console" },
    "bash-session": { family: "shell", variant: "console" },
};
function offsetToPosition(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
const JSON_MESSAGES = {
    InvalidSymbol: "unexpected character",
    InvalidNumberFormat: "invalid number",
    PropertyNameExpected: "a property name in double quotes was expected",
    ValueExpected: "a value was expected",
    ColonExpected: "a colon was expected",
    CommaExpected: "a comma was expected",
    CloseBraceExpected: "a closing } was expected",
    CloseBracketExpected: "a closing ] was expected",
    EndOfFileExpected: "the end of the document was expected (only one value is allowed)",
    InvalidCommentToken: "comments are not allowed in JSON (tag the block jsonc if it has comments)",
    UnexpectedEndOfComment: "the comment is not closed",
    UnexpectedEndOfString: "the string is not closed",
    UnexpectedEndOfNumber: "the number is incomplete",
    InvalidUnicode: "invalid \\u escape",
    InvalidEscapeCharacter: "invalid escape character",
    InvalidCharacter: "invalid character in a string",
};
/** Where JSON nesting first goes deeper than `max` (outside strings), or null: jsonc-parser recurses per level. */
function tooDeep(text, max) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 91 || c === 123) {
            if (++depth > max)
                return i;
        }
        else if (c === 93 || c === 125)
            depth--;
    }
    return null;
}
function checkJson(text, variant, options = {}) {
    const deep = tooDeep(text, budgets/* MAX_CODE_NESTING */.K9);
    if (deep !== null)
        return {
            message: `the JSON nests deeper than ${budgets/* MAX_CODE_NESTING */.K9} levels, the budget for an example; it was not parsed`,
            ...offsetToPosition(text, deep),
        };
    const errors = [];
    const jsonc = variant === "jsonc";
    const allowTrailingComma = options.trailingCommas ?? jsonc;
    (0,main.parse)(text, errors, { disallowComments: !jsonc, allowTrailingComma, allowEmptyContent: false });
    const first = errors[0];
    if (!first)
        return null;
    const code = (0,main.printParseErrorCode)(first.error);
    return { message: `invalid JSON: ${JSON_MESSAGES[code] ?? code}`, ...offsetToPosition(text, first.offset) };
}
function checkYaml(text, options = {}) {
    const docs = (0,dist.parseAllDocuments)(text, { prettyErrors: false, uniqueKeys: options.uniqueKeys ?? true });
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
        const e = doc.errors[0];
        if (!e)
            continue;
        const pos = e.linePos?.[0] ?? offsetToPosition(text, e.pos[0]);
        const message = e.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? e.code;
        return { message: `invalid YAML: ${message}`, line: pos.line, column: "col" in pos ? pos.col : pos.column };
    }
    return null;
}
function babelPlugins(family, variant) {
    if (family === "typescript")
        return variant === "tsx" ? ["typescript", "jsx"] : ["typescript"];
    return ["jsx"];
}
let babel;
/**
 * @babel/parser is one of the largest parts of the bundle and most runs have no JavaScript or TypeScript example,
 * so it is loaded on first need (before `checkScript`) instead of on every start.
 */
async function loadScriptParser() {
    babel ??= await __webpack_require__.e(/* import() */ 429).then(__webpack_require__.bind(__webpack_require__, 5429));
}
function checkScript(text, family, variant) {
    if (!babel)
        throw new Error("checkScript needs loadScriptParser() first");
    try {
        babel.parse(text, {
            sourceType: "unambiguous",
            // Examples are fragments: top-level await, return and imports anywhere are normal in docs.
            allowAwaitOutsideFunction: true,
            allowReturnOutsideFunction: true,
            allowImportExportEverywhere: true,
            allowUndeclaredExports: true,
            allowNewTargetOutsideFunction: true,
            allowSuperOutsideMethod: true,
            errorRecovery: false,
            plugins: babelPlugins(family, variant),
        });
        return null;
    }
    catch (e) {
        const err = e;
        const message = (err.message ?? String(e)).replace(/\s*\(\d+:\d+\)$/, "");
        const name = family === "typescript" ? "TypeScript" : "JavaScript";
        return { message: `invalid ${name}: ${message}`, line: err.loc?.line ?? 1, column: (err.loc?.column ?? 0) + 1 };
    }
}

;// CONCATENATED MODULE: ./src/core/documentation/code-intent.ts
/**
 * What a code example is meant to be. Documentation shows illustrations, not programs: `...` and `…` elisions,
 * `<placeholder>` values, fragments of a larger file, JSON with comments. A parser that sees them reports noise, so
 * each example is judged by intent first: a block whose only failures are at elisions or placeholders is a valid
 * illustration, a fragment that parses once wrapped is valid, and a block in a neighbouring notation gets advice on
 * its tag instead of "invalid". Only what is left is a broken example.
 */



const ADVICE_RULES = {
    languageTag: "code-blocks.language-tag",
    duplicateKey: "code-blocks.duplicate-key",
};
/** `...`, `. . .`, `…`, `[...]`, `[ . . . ]`, `[…]`: the writer left something out. */
const ELISION = /\[\s*(?:\.\s*){2}\.\s*\]|\[\s*…\s*\]|\.\s?\.\s?\.|…/g;
/** `<your-token>`, `<SHA>`, `<project id>`, `{{ .Values.image }}`: a value the reader is meant to fill in. */
const code_intent_PLACEHOLDER = /<[A-Za-z][\w.:/-]*(?: [\w.:/-]+)*>|\{\{[^{}\n]*\}\}/g;
/** An elision and nothing else (the line is trimmed and stripped of markers first, so no quantifiers meet here). */
const ELISION_ONLY = /^(?:\[\s*(?:\.\s*){2}\.\s*\]|\[\s*…\s*\]|\.\s?\.\s?\.|…)$/;
/** A line that is nothing but an elision, after list, comment and quote markers and a trailing comma. */
function isElisionLine(line) {
    let t = line.trim();
    if (t.endsWith(","))
        t = t.slice(0, -1).trimEnd();
    if (t.endsWith("*/"))
        t = t.slice(0, -2).trimEnd();
    const marker = /^(?:[-*]\s|\/\/|#|\/\*)/.exec(t);
    if (marker)
        t = t.slice(marker[0].length).trimStart();
    return ELISION_ONLY.test(t);
}
/**
 * Prompts that start a transcript in a block tagged as data (`$ curl …` followed by its JSON output). Not `#` or
 * `>`: in YAML those begin comments and folded scalars.
 */
const PROMPT = /^\s*(?:\$|PS>) \S/;
const MAX_ROUNDS = 50;
const BULK_AFTER = 20;
function spaces(n) {
    return " ".repeat(n);
}
function previousChar(line, at) {
    for (let i = at - 1; i >= 0; i--)
        if (line[i] !== " " && line[i] !== "\t")
            return line[i];
    return "";
}
function nextChar(line, at) {
    for (let i = at; i < line.length; i++)
        if (line[i] !== " " && line[i] !== "\t")
            return line[i];
    return "";
}
/** The same-length stand-in for an illustration token, so every later column stays where the author wrote it. */
function standIn(family, line, start, token) {
    const n = token.length;
    const before = previousChar(line, start);
    const after = nextChar(line, start + n);
    if (family === "json") {
        if (after === ":")
            return `""${spaces(n - 2)}`.slice(0, Math.max(n, 2));
        return before === ":" ? `0${spaces(n - 1)}` : spaces(n);
    }
    if (family === "yaml")
        return `x${spaces(n - 1)}`;
    if (family === "shell")
        return token.replace(/[^\w]/g, "_");
    // JavaScript / TypeScript: a value where a value is needed, an identifier for a placeholder, else nothing.
    if (token.startsWith("<") || token.startsWith("{{"))
        return `_${token.slice(1, -1).replace(/\W/g, "_")}_`;
    return before === "=" || before === ":" || before === ">" ? `0${spaces(n - 1)}` : spaces(n);
}
/** Replaces the illustration tokens of one line; null when it has none. */
function neutralizeLine(family, line) {
    if (isElisionLine(line))
        return spaces(line.length);
    let out = line;
    let changed = false;
    for (const re of [code_intent_PLACEHOLDER, ELISION]) {
        out = out.replace(re, (token, offset) => {
            changed = true;
            return standIn(family, out, offset, token);
        });
    }
    return changed ? out : null;
}
/**
 * Parses, and while the failure is on a line (or just after a line) with an elision or placeholder, replaces
 * those by same-length stand-ins and parses again. The result is the first failure that is not at an illustration
 * token, with its position in the text as written, plus the text as finally parsed.
 */
function withoutIllustrations(text, family, parse) {
    const lines = text.split("\n");
    let current = text;
    let rewritten = false;
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const problem = parse(current, rewritten);
        if (!problem)
            return { problem: null, text: current, rewritten };
        let fixed = false;
        // The parser may notice an elision one or two lines late (YAML sees the next key first).
        for (const index of [problem.line - 1, problem.line - 2, problem.line - 3]) {
            const line = lines[index];
            if (line === undefined)
                continue;
            const replaced = neutralizeLine(family, line);
            if (replaced !== null && replaced !== line) {
                lines[index] = replaced;
                fixed = true;
                break;
            }
        }
        if (!fixed)
            return { problem, text: current, rewritten };
        // Line by line keeps tokens that are real syntax (a spread, a JSX tag) intact; after some rounds a block
        // full of placeholders has shown what it is, and the rest of its tokens are replaced at once.
        if (round >= BULK_AFTER)
            for (let i = 0; i < lines.length; i++)
                lines[i] = neutralizeLine(family, lines[i]) ?? lines[i];
        current = lines.join("\n");
        rewritten = true;
    }
    return { problem: parse(current, rewritten), text: current, rewritten };
}
/** A block tagged as data whose first line is a prompt is a transcript (command and output), not a document. */
function isTranscript(text) {
    const first = text.split("\n").find((l) => l.trim() !== "");
    return first !== undefined && PROMPT.test(first);
}
function json5Problem(text) {
    try {
        lib_default().parse(text);
        return null;
    }
    catch (e) {
        const err = e;
        const message = (err.message ?? String(e)).replace(/^JSON5: /, "").replace(/ at \d+:\d+$/, "");
        return { message: `invalid JSON5: ${message}`, line: err.lineNumber ?? 1, column: err.columnNumber ?? 1 };
    }
}
/** `json`, `jsonc`, `json5` and JSON Lines (`jsonl`, `ndjson`, ```` ```json lines ````). */
function judgeJson(text, variant) {
    if (isTranscript(text))
        return { problem: null };
    if (variant === "lines")
        return { problem: judgeJsonLines(text) };
    if (variant === "json5")
        return { problem: withoutIllustrations(text, "json", json5Problem).problem };
    const strict = variant !== "jsonc";
    const parse = (t, rewritten) => 
    // Once an elision is blanked, the comma before it is left dangling; that is the elision's, not the writer's.
    checkJson(t, strict ? "json" : "jsonc", { trailingCommas: rewritten || !strict });
    const first = withoutIllustrations(text, "json", parse);
    if (!first.problem)
        return { problem: null };
    // A fragment (`"key": value` lines cut out of an object) is valid once wrapped.
    if (/^\s*"[^"\n]*"\s*:/.test(first.text) &&
        !checkJson(`{\n${first.text}\n}`, strict ? "json" : "jsonc", { trailingCommas: true }))
        return { problem: null };
    if (!strict)
        return { problem: first.problem };
    if (first.problem.message.includes("comments are not allowed")) {
        const loose = withoutIllustrations(text, "json", (t) => checkJson(t, "jsonc", { trailingCommas: true }));
        if (!loose.problem)
            return {
                problem: null,
                advice: {
                    ruleId: ADVICE_RULES.languageTag,
                    message: "This `json` example has comments, which JSON does not allow: tag the block `jsonc` (or `json5`) so that readers and tools know it is not plain JSON.",
                    line: first.problem.line,
                    column: first.problem.column,
                },
            };
        return { problem: loose.problem };
    }
    if (first.problem.message.includes("only one value") && !judgeJsonLines(text))
        return {
            problem: null,
            advice: {
                ruleId: ADVICE_RULES.languageTag,
                message: "This `json` example holds one JSON value per line: tag the block `jsonl` (JSON Lines), since as one JSON document it is invalid.",
                line: first.problem.line,
                column: first.problem.column,
            },
        };
    return { problem: first.problem };
}
/** JSON Lines: every non-blank line is one JSON value. */
function judgeJsonLines(text) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === "")
            continue;
        const { problem } = withoutIllustrations(line, "json", (t, rewritten) => checkJson(t, "json", { trailingCommas: rewritten }));
        if (problem)
            return { ...problem, line: i + 1, message: problem.message.replace("invalid JSON", "invalid JSON line") };
    }
    return null;
}
/** YAML: elisions and placeholders are illustrations; a duplicate key (alternatives shown side by side) is advice. */
function judgeYaml(text) {
    if (isTranscript(text))
        return { problem: null };
    const { problem, text: parsed } = withoutIllustrations(text, "yaml", (t) => checkYaml(t, { uniqueKeys: false }));
    if (problem)
        return { problem };
    const duplicate = checkYaml(parsed, { uniqueKeys: true });
    if (!duplicate)
        return { problem: null };
    const key = parsed
        .split("\n")[duplicate.line - 1]?.slice(duplicate.column - 1)
        .match(/^\s*([^:#\n]+?)\s*:/)?.[1];
    return {
        problem: null,
        advice: {
            ruleId: ADVICE_RULES.duplicateKey,
            message: `This \`yaml\` example repeats the key ${key ? (0,code_span/* span */.L)(key) : "on this line"}: a YAML parser keeps only one of them or refuses the file. Fine when alternatives are shown side by side; otherwise remove one.`,
            line: duplicate.line,
            column: duplicate.column,
        },
    };
}
/** JavaScript / TypeScript: elisions and placeholders, then class bodies and object members cut out of context. */
function judgeScript(text, family, variant) {
    const first = withoutIllustrations(text, family, (t) => checkScript(t, family, variant));
    if (!first.problem)
        return { problem: null };
    for (const [open, close] of [
        ["class _Example {\n", "\n}"],
        ["({\n", "\n})"],
    ]) {
        if (!checkScript(`${open}${first.text}${close}`, family, variant))
            return { problem: null };
    }
    return { problem: first.problem };
}

;// CONCATENATED MODULE: ./src/core/documentation/shell-syntax.ts
let parser;
/**
 * The parser's WebAssembly module: next to the bundle (`dist/sh-syntax.wasm`, copied by scripts/build.mjs) or in
 * node_modules when running from source. Reading the library's own asset is the one file access of this module.
 */
async function wasmBytes() {
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    const { createRequire } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 98995, 23));
    // Names built at run time so that the bundler leaves these lookups alone instead of rewriting them.
    const besideBundle = ["sh-syntax", "wasm"].join(".");
    const inPackage = ["sh-syntax", "main.wasm"].join("/");
    const candidates = [new URL(besideBundle, import.meta.url)];
    try {
        candidates.push(createRequire(import.meta.url).resolve(inPackage));
    }
    catch {
        // Not installed next to us (bundled): the copy beside the bundle is the only option.
    }
    for (const c of candidates) {
        try {
            return await readFile(c);
        }
        catch {
            // Try the next location.
        }
    }
    throw new Error("the sh-syntax WebAssembly file was not found");
}
function loadParser() {
    parser ??= (async () => {
        try {
            const bytes = await wasmBytes();
            // The Go runtime shim: sh-syntax's own import of it is dropped by bundlers (its package.json lists a
            // different file name under sideEffects), so it is loaded explicitly.
            await __webpack_require__.e(/* import() */ 720).then(__webpack_require__.t.bind(__webpack_require__, 53720, 23));
            const { getProcessor } = await __webpack_require__.e(/* import() */ 589).then(__webpack_require__.bind(__webpack_require__, 57589));
            const processor = getProcessor(() => bytes);
            await processor("true");
            return (text) => processor(text);
        }
        catch {
            return null;
        }
    })();
    return parser;
}
/** Only mvdan/sh parse errors carry a position; anything else means the parser itself failed. */
function isParseError(e) {
    return typeof e === "object" && e !== null && "Pos" in e && typeof e.Pos === "object";
}
/** A prompt at the start of a line: `$ ` (user) or `# ` (root). */
const shell_syntax_PROMPT = /^(\s*)(\$|#)(?: |$)/;
/** `<<EOF`, `<<-'EOF'`, `<< "END"` (not `<<<` here-strings): the lines up to the delimiter belong to the command. */
const HEREDOC = /(?<!<)<<(-?)\s*(['"]?)([A-Za-z_][\w.-]*)\2/g;
/** `<SHA>`, `<your-name>`, `{{ .Values.x }}`: placeholders the reader fills in, which a shell would read as redirections. */
const shell_syntax_PLACEHOLDER = /<[A-Za-z][\w.:/-]*(?: [\w.:/-]+)*>|\{\{[^{}\n]*\}\}/g;
/** Same-length words for placeholders, so that `git revert <SHA>` is checked as the command it illustrates. */
function withoutPlaceholders(line) {
    return line.replace(shell_syntax_PLACEHOLDER, (p) => p.replace(/\W/g, "_"));
}
/** Whether a command (its lines so far) continues on the next line: a trailing `\` or an unclosed quote. */
function continues(cmd) {
    if (/\\$/.test(cmd))
        return true;
    let single = false;
    let double = false;
    for (let i = 0; i < cmd.length; i++) {
        const c = cmd[i];
        if (c === "\\" && !single)
            i++;
        else if (c === "'" && !double)
            single = !single;
        else if (c === '"' && !single)
            double = !double;
        else if (c === "#" && !single && !double && (i === 0 || /\s/.test(cmd[i - 1]))) {
            const nl = cmd.indexOf("\n", i);
            if (nl === -1)
                break;
            i = nl;
        }
    }
    return single || double;
}
/**
 * The commands of a shell example, each parsed on its own. A script (`sh`, `bash`) is one command list. A session
 * (`console`, `shell-session`, or a shell block with `$ ` prompt lines) is a transcript: each prompt starts a
 * command, which goes on over `\` continuations, unclosed quotes (`> ` continuation prompts are dropped) and
 * here-document bodies; every other line is output and left alone. `# ` is the root prompt only in a session
 * without `$ ` prompts (beside them it is a comment).
 */
function shellCommandsOf(text, variant) {
    const src = text.split("\n");
    const session = variant === "console" || src.some((l) => /^\s*\$ \S/.test(l));
    if (!session)
        return [
            { script: src.map(withoutPlaceholders).join("\n"), lines: src.map((_, i) => ({ blockLine: i + 1, shift: 0 })) },
        ];
    const rootPrompt = !src.some((l) => /^\s*\$(?: |$)/.test(l));
    const out = [];
    let i = 0;
    while (i < src.length) {
        const line = src[i];
        const m = shell_syntax_PROMPT.exec(line);
        if (!m || (m[2] === "#" && !rootPrompt)) {
            i++;
            continue;
        }
        const shift = (m[0] ?? "").length;
        const script = [];
        const lines = [];
        const add = (textLine, blockLine, by) => {
            script.push(withoutPlaceholders(textLine));
            lines.push({ blockLine, shift: by });
        };
        let cmd = line.slice(shift);
        let sofar = cmd;
        add(cmd, i + 1, shift);
        i++;
        for (;;) {
            const pending = [...cmd.matchAll(HEREDOC)].map((h) => ({ strip: h[1] === "-", word: h[3] }));
            for (const doc of pending) {
                while (i < src.length) {
                    const raw = src[i];
                    const body = raw.startsWith("> ") ? raw.slice(2) : raw;
                    add(body, i + 1, raw.length - body.length);
                    i++;
                    if ((doc.strip ? body.replace(/^\t+/, "") : body) === doc.word)
                        break;
                }
            }
            if (i >= src.length || !continues(sofar))
                break;
            const raw = src[i];
            cmd = raw.startsWith("> ") ? raw.slice(2) : raw;
            sofar += `\n${cmd}`;
            add(cmd, i + 1, raw.length - cmd.length);
            i++;
        }
        out.push({ script: script.join("\n"), lines });
    }
    return out;
}
function problemOf(e, s) {
    const err = e;
    const raw = (err.Text ?? err.message ?? String(e)).replace(/^[^:]*:\d+:\d+: /, "");
    const line = err.Pos?.Line && err.Pos.Line > 0 ? err.Pos.Line : 1;
    const map = s.lines[line - 1] ?? s.lines[s.lines.length - 1] ?? { blockLine: 1, shift: 0 };
    return {
        message: `invalid shell syntax: ${raw}`,
        line: map.blockLine,
        column: (err.Pos?.Col && err.Pos.Col > 0 ? err.Pos.Col : 1) + map.shift,
    };
}
/**
 * Parses the scripts; returns one entry per input (null when fine), or null overall when the parser is unavailable.
 */
async function checkShellScripts(scripts) {
    const results = scripts.map(() => null);
    const todo = scripts.map((s, i) => ({ s, i })).filter(({ s }) => s.script.trim() !== "");
    if (todo.length === 0)
        return results;
    const parse = await loadParser();
    if (!parse)
        return null;
    // Fast path: each script as its own brace group in one file; any error sends us to one-by-one parsing.
    if (todo.length > 1) {
        const combined = todo.map(({ s }) => `{\n${s.script}\n:\n}\n`).join("");
        try {
            await parse(combined);
            return results;
        }
        catch {
            // Fall through to individual parses.
        }
    }
    // Identical examples (the same install command in many files) are parsed once.
    const cache = new Map();
    for (const { s, i } of todo) {
        let outcome = cache.get(s.script);
        if (outcome === undefined) {
            try {
                await parse(s.script);
                outcome = null;
            }
            catch (error) {
                if (!isParseError(error))
                    return null;
                outcome = { error };
            }
            cache.set(s.script, outcome);
        }
        results[i] = outcome ? problemOf(outcome.error, s) : null;
    }
    return results;
}

;// CONCATENATED MODULE: ./src/core/documentation/check-code-blocks.ts



const CODE_RULES = {
    requireLanguage: "code-blocks.require-language",
    invalidSyntax: "code-blocks.invalid-syntax",
};
const check_code_blocks_TOOL = "readiness-gate/code-blocks";
/**
 * The family and variant of a fence from its whole info string: ```` ```json lines ```` is JSON Lines, not JSON.
 * Attributes (`{.class}`, `title="…"`) and other words do not change the language.
 */
function blockTag(block) {
    if (!block.lang)
        return undefined;
    const tag = LANGUAGE_TAGS[block.lang.replace(/^\{\.?|\}$/g, "")];
    if (tag?.family === "json" && block.meta && /^lines\b/.test(block.meta))
        return { family: "json", variant: "lines" };
    return tag;
}
/** Where line `line`/column `column` of a fenced block's content is in the Markdown file. */
function locate(file, block, problem) {
    const contentLines = block.value.split("\n");
    const line = block.line + problem.line;
    const src = file.lines[line - 1]?.replace(/\r$/, "");
    const content = contentLines[problem.line - 1];
    let shift = block.column - 1;
    if (src !== undefined && content !== undefined && src.endsWith(content))
        shift = src.length - content.length;
    return { line, column: shift + problem.column };
}
async function checkCodeBlocks(files, config) {
    const out = { findings: [], checked: 0, valid: 0, missingLanguage: 0, invalid: 0, notices: [] };
    const validate = new Set(config.validate);
    const shellJobs = [];
    const bad = new Set();
    const advise = (file, block, advice) => {
        const at = locate(file, block, advice);
        out.findings.push({
            dimension: "documentation",
            ruleId: advice.ruleId,
            severity: "info",
            message: advice.message,
            path: file.path,
            line: at.line,
            column: at.column,
            tool: check_code_blocks_TOOL,
            scored: false,
        });
    };
    const report = (file, block, problem) => {
        const at = locate(file, block, problem);
        const lang = block.meta && blockTag(block)?.variant === "lines" && block.lang === "json" ? "json lines" : block.lang;
        bad.add(block);
        out.invalid++;
        out.findings.push({
            dimension: "documentation",
            ruleId: CODE_RULES.invalidSyntax,
            severity: "low",
            message: `Broken \`${lang}\` example: ${problem.message.replace(/\.+$/, "")}. Fix the example, or tag the block \`text\` if it is not meant to be valid ${lang}.`,
            path: file.path,
            line: at.line,
            column: at.column,
            tool: check_code_blocks_TOOL,
        });
    };
    const hasScripts = files.some((f) => f.blocks.some((b) => {
        const family = blockTag(b)?.family;
        return (family === "javascript" || family === "typescript") && validate.has(family);
    }));
    if (hasScripts)
        await loadScriptParser();
    for (const file of files) {
        for (const block of file.blocks) {
            // Indented code blocks cannot carry a language; only fences are judged.
            if (!block.fenced)
                continue;
            out.checked++;
            if (!block.lang) {
                const mode = config["require-language"];
                if (mode === false)
                    continue;
                // About half of untagged blocks are pseudo-code, formulas, outlines or output, where only `text` fits: by
                // default a missing tag is advice (shown, not scored) unless the configuration requires one.
                const required = mode === true;
                if (required) {
                    bad.add(block);
                    out.missingLanguage++;
                }
                out.findings.push({
                    dimension: "documentation",
                    ruleId: CODE_RULES.requireLanguage,
                    severity: required ? "low" : "info",
                    message: "Code block without a language tag. Add one after the opening fence (for example ```bash, ```json or ```text) so that GitHub highlights it and the example can be checked.",
                    path: file.path,
                    line: block.line,
                    column: block.column,
                    tool: check_code_blocks_TOOL,
                    ...(required ? {} : { scored: false }),
                });
                continue;
            }
            const tag = blockTag(block);
            if (!tag || !validate.has(tag.family) || block.value.trim() === "")
                continue;
            if (tag.family === "shell") {
                for (const script of shellCommandsOf(block.value, tag.variant))
                    shellJobs.push({ file, block, script });
                continue;
            }
            const judged = tag.family === "json"
                ? judgeJson(block.value, tag.variant)
                : tag.family === "yaml"
                    ? judgeYaml(block.value)
                    : judgeScript(block.value, tag.family, tag.variant);
            if (judged.problem)
                report(file, block, judged.problem);
            else if (judged.advice)
                advise(file, block, judged.advice);
        }
    }
    if (shellJobs.length > 0) {
        const results = await checkShellScripts(shellJobs.map((j) => j.script));
        if (results === null) {
            out.notices.push(`the shell parser could not be loaded, so ${shellJobs.length} shell example(s) were not syntax-checked`);
        }
        else {
            // One finding per block: its first broken command.
            shellJobs.forEach((job, i) => {
                const problem = results[i];
                if (problem && !bad.has(job.block))
                    report(job.file, job.block, problem);
            });
        }
    }
    out.valid = out.checked - bad.size;
    return out;
}

// EXTERNAL MODULE: ./src/core/documentation/site-profile.ts + 6 modules
var site_profile = __webpack_require__(81465);
;// CONCATENATED MODULE: ./src/core/documentation/repo-index.ts
/**
 * The repository's file tree as GitHub resolves relative links in Markdown: built once per run, then every lookup is
 * a hash-map hit (no per-link scans). Paths are POSIX and relative to the repository root; "" is the root.
 */


const README = /^readme\.(?:md|markdown|mdown|mkdn|mkd|mdwn|mdtxt|mdtext|txt|rst|org|adoc|asciidoc)$|^readme$/i;
const MARKDOWN_EXT = /\.(?:md|markdown|mdown|mkdn|mkd|mdwn|mdtxt|mdtext)$/i;
function isMarkdownPath(p) {
    return MARKDOWN_EXT.test(p);
}
class RepoIndex {
    files = new Set();
    dirs = new Set([""]);
    /** Lower-cased path → real paths (files and directories), for case-mismatch detection. */
    lower = new Map();
    /** Directory → names of its entries, for suggestions. */
    children = new Map();
    /** Base name → paths, for suggestions across directories. */
    byBase = new Map();
    readmes = new Map();
    constructor(paths) {
        for (const p of paths)
            this.addFile(p);
        // GitHub shows the first README of a directory by name order (README.md before README.rst).
        for (const dir of this.dirs) {
            const names = [...(this.children.get(dir) ?? [])]
                .filter((n) => README.test(n) && this.files.has(dir ? `${dir}/${n}` : n))
                .sort();
            const md = names.find((n) => isMarkdownPath(n)) ?? names[0];
            if (md)
                this.readmes.set(dir, dir ? `${dir}/${md}` : md);
        }
    }
    addFile(p) {
        if (this.files.has(p))
            return;
        this.files.add(p);
        this.lower.set(p.toLowerCase(), p);
        const base = external_node_path_.posix.basename(p).toLowerCase();
        const list = this.byBase.get(base);
        if (list)
            list.push(p);
        else
            this.byBase.set(base, [p]);
        let child = p;
        let dir = external_node_path_.posix.dirname(p);
        for (;;) {
            const key = dir === "." ? "" : dir;
            let set = this.children.get(key);
            if (!set) {
                set = new Set();
                this.children.set(key, set);
            }
            set.add(external_node_path_.posix.basename(child));
            if (key === "" || this.dirs.has(key))
                break;
            this.dirs.add(key);
            this.lower.set(key.toLowerCase(), key);
            child = key;
            dir = external_node_path_.posix.dirname(key);
        }
    }
    exists(p) {
        if (this.files.has(p))
            return "file";
        if (this.dirs.has(p))
            return "dir";
        return null;
    }
    /** The real spelling of a path that exists only in another case, or undefined. */
    caseVariant(p) {
        const real = this.lower.get(p.toLowerCase());
        return real !== undefined && real !== p ? real : undefined;
    }
    /** The README GitHub renders for a directory. */
    readmeOf(dir) {
        return this.readmes.get(dir);
    }
    /** A likely intended path for a missing one: a close name in the same directory, or the same name elsewhere. */
    suggest(p) {
        const dir = external_node_path_.posix.dirname(p) === "." ? "" : external_node_path_.posix.dirname(p);
        const base = external_node_path_.posix.basename(p);
        const siblings = this.children.get(dir);
        if (siblings) {
            const near = (0,suggest/* closest */.kp)(base, siblings);
            if (near)
                return dir ? `${dir}/${near}` : near;
        }
        const same = this.byBase.get(base.toLowerCase());
        if (same && same.length > 0)
            return [...same].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/documentation/link-check-base.ts
/** What every link check shares: the rule ids, the counts and options, the context, and the anchor check. */



const link_check_base_RULES = {
    missingFile: "links.missing-file",
    outsideRepo: "links.outside-repository",
    caseMismatch: "links.case-mismatch",
    missingAnchor: "links.missing-anchor",
    undefinedReference: "links.undefined-reference",
    unusedDefinition: "links.unused-definition",
    duplicateDefinition: "links.duplicate-definition",
    brokenOnSite: "links.broken-on-site",
};
const link_check_base_TOOL = "readiness-gate/links";
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
const LINE_ANCHOR = /^l\d+(?:c\d+)?(?:-l\d+(?:c\d+)?)?$/;
/** `/..`, `/../../`: GitHub stops climbing at the repository root, so these open the repository's home page. */
// Each `.` or `..` segment must end at a slash or the end, so that the pattern cannot backtrack over runs of dots.
const ROOT_CLIMB = /^\/+(?:\.\.?(?:\/+|$))*$/;
/** A first path segment that is a host name (`www.boost.org/...`): a URL written without its scheme. */
const HOST_LIKE = /^(?:www\.[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|edu|gov|info|co|app|ai|eu|uk|de|fr|ca|us))(?:\/|$)/i;
function decode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** `Readme.md` relative to `docs/guide.md` → how the author would write it from that file. */
function relativeFrom(fromPath, target) {
    const rel = external_node_path_.posix.relative(external_node_path_.posix.dirname(fromPath), target);
    return rel === "" ? external_node_path_.posix.basename(target) : rel;
}
function normalizeFragment(fragment) {
    const f = decode(fragment).toLowerCase();
    return f.startsWith("user-content-") ? f.slice("user-content-".length) : f;
}
/** A fresh check context with an empty output: the single run's link check and the merge's pending anchors share it. */
function link_check_base_newContext(index, anchors, strippedIds, opts) {
    const out = {
        findings: [],
        external: [],
        ignored: [],
        selfLinks: 0,
        suggestions: [],
        linksChecked: 0,
        linksValid: 0,
        anchorsChecked: 0,
        anchorsValid: 0,
    };
    return { index, anchors, strippedIds, out, opts, requests: out.suggestions, seqs: new Map() };
}
/** The next suggestion point of `path`: every anchor check and every undefined reference is one. */
function nextSeq(ctx, path) {
    const n = ctx.seqs.get(path) ?? 0;
    ctx.seqs.set(path, n + 1);
    return n;
}
/** Where a request's answer goes in a message: replaced by the hint, or by nothing, once the run is whole. */
function hintSlot(ctx, request) {
    ctx.requests.push(request);
    return `\u0000${request.path}\u0001${request.seq}\u0000`;
}
function finding(path, at, ruleId, message, severity = "medium") {
    return { dimension: "documentation", ruleId, severity, message, path, line: at.line, column: at.column, tool: link_check_base_TOOL };
}
function link_check_base_checkAnchor(ctx, fromPath, at, target, fragment, written, site, seq = nextSeq(ctx, fromPath)) {
    const anchors = site?.anchorsOf?.(target) ?? ctx.anchors.get(target);
    // Only Markdown files that were parsed have known anchors; fragments into anything else are not judged.
    if (!anchors)
        return void ctx.opts.onUnknownAnchors?.({ fromPath, at, target, fragment, written, seq });
    const frag = normalizeFragment(fragment);
    ctx.out.anchorsChecked++;
    if (frag === "" || frag === "top" || LINE_ANCHOR.test(frag) || anchors.has(frag)) {
        ctx.out.anchorsValid++;
        return;
    }
    if (frag === "readme" && /^readme\./i.test(external_node_path_.posix.basename(target))) {
        ctx.out.anchorsValid++;
        return;
    }
    const where = target === fromPath ? "this file" : `${(0,code_span/* span */.L)(target)}`;
    const hint = () => hintSlot(ctx, {
        path: fromPath,
        seq,
        kind: "anchor",
        word: frag,
        target,
        ...(site ? { site: site.configPath } : {}),
    });
    if (site) {
        ctx.out.findings.push(finding(fromPath, at, link_check_base_RULES.missingAnchor, `Broken anchor on the built ${site_profile/* SITE_LABELS */.cP[site.name]} site: ${(0,code_span/* span */.L)(written)} points to ${(0,code_span/* span */.L)(`#${fragment}`)}, which is not a heading id or anchor of ${where} there.${hint()} Link to an existing heading or add an <a id="…"> anchor.`));
        return;
    }
    if (ctx.strippedIds.get(target)?.has(frag)) {
        ctx.out.findings.push(finding(fromPath, at, link_check_base_RULES.missingAnchor, `Broken anchor on GitHub: ${(0,code_span/* span */.L)(written)} points to ${(0,code_span/* span */.L)(`#${fragment}`)}, an \`id\` on an HTML element other than <a> in ${where}; GitHub strips this id when it renders the page. Use <a id="${fragment}"></a> (or <a name="…">) instead, or link to a heading.`));
        return;
    }
    ctx.out.findings.push(finding(fromPath, at, link_check_base_RULES.missingAnchor, `Broken anchor: ${(0,code_span/* span */.L)(written)} points to ${(0,code_span/* span */.L)(`#${fragment}`)}, which is not a heading or anchor in ${where}.${hint()} Link to an existing heading (GitHub slug: lower case, punctuation removed, spaces as hyphens) or add an <a id="…"> anchor.`));
}

;// CONCATENATED MODULE: ./src/core/documentation/check-links.ts
/**
 * Resolves every link of every file against the repository index and the anchors of the parsed files, the way
 * GitHub does: relative to the file, `/` from the repository root, percent-encoding decoded in paths and fragments,
 * `<a name>`/`id` anchors as well as heading slugs, and case-sensitive paths.
 */







function githubTarget(ctx, fromPath, pathPart) {
    const baseDir = pathPart.startsWith("/") ? "" : external_node_path_.posix.dirname(fromPath);
    for (const variant of [decode(pathPart), pathPart]) {
        const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(baseDir === "." ? "" : baseDir, variant.replace(/^\/+/, "")));
        const trimmed = joined.replace(/\/+$/, "");
        const c = trimmed === "." ? "" : trimmed;
        if (c === ".." || c.startsWith("../"))
            continue;
        if (ctx.index.exists(c))
            return c;
    }
    return undefined;
}
function checkOnSite(ctx, site, fromPath, at, pathPart, fragment, url) {
    const r = site.resolve(fromPath, pathPart, at.kind === "image");
    if (r.status === "unknown")
        return;
    ctx.out.linksChecked++;
    if (r.status === "ok") {
        ctx.out.linksValid++;
        if (fragment !== null && r.target && /\.(?:md|mdx|markdown)$/i.test(r.target))
            link_check_base_checkAnchor(ctx, fromPath, at, r.target, fragment, url, site);
        return;
    }
    const onGitHub = githubTarget(ctx, fromPath, pathPart) !== undefined;
    ctx.out.findings.push(finding(fromPath, at, link_check_base_RULES.brokenOnSite, `Broken link on the built ${site_profile/* SITE_LABELS */.cP[site.name]} site (${site.configPath}): ${(0,code_span/* span */.L)(url)} ${r.reason}.${onGitHub ? " It opens on GitHub, but not for readers of the site." : ""}`));
}
function checkOne(ctx, fromPath, at, shown) {
    const url = at.url.trim();
    if (url === "")
        return;
    if (shown === undefined) {
        const pattern = ctx.opts.ignore?.match(url);
        if (pattern !== undefined) {
            ctx.out.ignored.push({ path: fromPath, line: at.line, column: at.column, url, pattern });
            return;
        }
        const self = ctx.opts.selfLink && /^https?:\/\//i.test(url) ? ctx.opts.selfLink(url) : null;
        if (self) {
            ctx.out.selfLinks++;
            checkOne(ctx, fromPath, { ...at, url: self.local, kind: self.kind === "raw" ? "image" : at.kind }, url);
            return;
        }
    }
    const written = shown ?? url;
    if (url.startsWith("//") || SCHEME.test(url)) {
        if (/^(?:https?:)?\/\//i.test(url)) {
            ctx.out.external.push({
                url: url.startsWith("//") ? `https:${url}` : url,
                path: fromPath,
                line: at.line,
                column: at.column,
            });
        }
        return;
    }
    const hashAt = url.indexOf("#");
    let pathPart = hashAt === -1 ? url : url.slice(0, hashAt);
    // Images ignore fragments (`logo.png#gh-dark-mode-only` is a GitHub display hint, not an anchor).
    const fragment = hashAt === -1 || at.kind === "image" ? null : url.slice(hashAt + 1);
    const q = pathPart.indexOf("?");
    if (q !== -1)
        pathPart = pathPart.slice(0, q);
    const site = shown === undefined ? ctx.opts.sites?.find((s) => s.owns(fromPath)) : undefined;
    if (pathPart === "") {
        if (fragment !== null)
            link_check_base_checkAnchor(ctx, fromPath, at, fromPath, fragment, written, site);
        return;
    }
    if (site) {
        checkOnSite(ctx, site, fromPath, at, pathPart, fragment, written);
        return;
    }
    ctx.out.linksChecked++;
    if (ROOT_CLIMB.test(pathPart)) {
        ctx.out.linksValid++;
        const readme = ctx.index.readmeOf("");
        if (fragment !== null && readme && isMarkdownPath(readme))
            link_check_base_checkAnchor(ctx, fromPath, at, readme, fragment, written);
        return;
    }
    const baseDir = pathPart.startsWith("/") ? "" : external_node_path_.posix.dirname(fromPath);
    const candidates = new Set();
    for (const variant of [decode(pathPart), pathPart]) {
        const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(baseDir === "." ? "" : baseDir, variant.replace(/^\/+/, "")));
        const trimmed = joined.replace(/\/+$/, "");
        candidates.add(trimmed === "." ? "" : trimmed);
    }
    let resolved;
    let kind = null;
    for (const c of candidates) {
        if (c === ".." || c.startsWith("../"))
            continue;
        kind = ctx.index.exists(c);
        if (kind) {
            resolved = c;
            break;
        }
    }
    const first = [...candidates][0];
    if (resolved === undefined) {
        if (first === ".." || first.startsWith("../")) {
            ctx.out.findings.push(finding(fromPath, at, link_check_base_RULES.outsideRepo, `Broken link: ${(0,code_span/* span */.L)(written)} points outside the repository, where GitHub cannot follow it. Link to a file inside the repository or use a full URL.`));
            return;
        }
        const variant = ctx.index.caseVariant(first);
        if (variant !== undefined) {
            ctx.out.findings.push(finding(fromPath, at, link_check_base_RULES.caseMismatch, `Broken link on case-sensitive file systems: ${(0,code_span/* span */.L)(written)} does not match the case of ${(0,code_span/* span */.L)(variant)} (GitHub and Linux treat different case as different files). Write ${(0,code_span/* span */.L)(relativeFrom(fromPath, variant))}.`));
            return;
        }
        const placeholder = placeholderIn(pathPart);
        const near = placeholder || HOST_LIKE.test(pathPart) ? undefined : ctx.index.suggest(first);
        const hint = placeholder
            ? ` ${(0,code_span/* span */.L)(placeholder)} looks like a placeholder: write the real path, or show the pattern in code (\`…\`) instead of a link.`
            : HOST_LIKE.test(pathPart)
                ? ` It looks like a web address without its scheme: add \`https://\` (\`https://${pathPart}\`).`
                : near
                    ? ` Did you mean ${(0,code_span/* span */.L)(relativeFrom(fromPath, near))}?`
                    : "";
        ctx.out.findings.push(finding(fromPath, at, link_check_base_RULES.missingFile, `Broken link: ${(0,code_span/* span */.L)(written)} ${first === url && shown === undefined ? "does not exist" : `points to ${(0,code_span/* span */.L)(first)}, which does not exist`} in the repository.${hint} Fix the path or add the file.`));
        return;
    }
    ctx.out.linksValid++;
    if (fragment === null)
        return;
    const target = kind === "dir" ? ctx.index.readmeOf(resolved) : resolved;
    if (target && isMarkdownPath(target))
        link_check_base_checkAnchor(ctx, fromPath, at, target, fragment, written);
}
/** Checks links across all parsed files. `docs` maps a path to its scan; anchors come from the same scans. */
function checkLinks(docs, index, opts = {}) {
    const anchors = new Map();
    const strippedIds = new Map();
    for (const [p, d] of docs) {
        anchors.set(p, d.anchors);
        strippedIds.set(p, d.strippedIds);
    }
    const ctx = link_check_base_newContext(index, anchors, strippedIds, opts);
    const { out } = ctx;
    for (const [path, doc] of docs) {
        for (const link of doc.links)
            checkOne(ctx, path, link);
        for (const ref of doc.undefinedReferences) {
            out.linksChecked++;
            const hint = doc.definitions.length > 0
                ? hintSlot(ctx, { path, seq: nextSeq(ctx, path), kind: "reference", word: ref.label.toLowerCase() })
                : "";
            out.findings.push(finding(path, { url: "", kind: "link", line: ref.line, column: ref.column }, link_check_base_RULES.undefinedReference, `Reference \`[${ref.label}]\` has no definition, so GitHub shows it as plain text.${hint} Add a line \`[${ref.label}]: <url>\` or fix the label.`));
        }
        // Only the first definition of a label counts (CommonMark); a definition nothing uses cannot be clicked, so
        // its URL is not judged: it is one unused-definition finding, whatever it points to.
        const first = new Map();
        for (const def of doc.definitions) {
            const earlier = first.get(def.identifier);
            const at = { url: def.url, kind: "definition", line: def.line, column: def.column };
            if (earlier) {
                out.findings.push({
                    ...finding(path, at, link_check_base_RULES.duplicateDefinition, `Reference definition \`[${def.label}]\` repeats the label defined on line ${earlier.line}; only the first definition is used, so this one never is. Remove it or give it its own label.`, "low"),
                    scored: false,
                });
                continue;
            }
            first.set(def.identifier, def);
            if (doc.usedIdentifiers.has(def.identifier)) {
                checkOne(ctx, path, at);
                continue;
            }
            out.findings.push({
                ...finding(path, at, link_check_base_RULES.unusedDefinition, `Reference definition \`[${def.label}]\` is never used. Remove it or link to it.`, "info"),
                scored: false,
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/documentation/lint.ts
var documentation_lint = __webpack_require__(5285);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/core/documentation/doc-pool.ts
/**
 * Spreads the files' whole work (parse, scan, lint: `processDoc` in doc-work.ts) over worker threads, one per core,
 * so that a large tree takes about its CPU time divided by the cores. Files go out in batches, each to whichever
 * worker is free; results are put back in file order, so the outcome is exactly the in-thread one. Small trees, or no
 * worker file (running from sources), run in-thread. A worker that fails in any way is dropped and its batches are
 * done in-thread, so nothing is lost.
 */


/** Files per batch: enough that messages cost little, few enough that the cores stay evenly loaded. */
const BATCH_FILES = 100;
/** Below this many files the workers' start-up (~100–150 ms each, loading remark and markdownlint) costs more than it saves. */
const WORKER_MIN_FILES = 50;
/** A batch holds at most this many characters (and BATCH_FILES files), so that the cores stay evenly loaded. */
const BATCH_CHARS = 256 * 1024;
/** More workers than this gain little: the main thread's own share (decoding, link resolution) is serial. */
const MAX_WORKERS = 4;
/**
 * The main thread's V8 stack (~984 KB) plus Node's 192 KB reserve: a file too deeply nested for the parser or
 * markdownlint in the main thread fails the same way in a worker (whose default stack is 4 MB).
 */
const WORKER_STACK_MB = (984 + 192) / 1024;
function batches(jobs) {
    const out = [];
    let current = [];
    let chars = 0;
    for (const j of jobs) {
        if (current.length > 0 && (current.length >= BATCH_FILES || chars + j.text.length > BATCH_CHARS)) {
            out.push(current);
            current = [];
            chars = 0;
        }
        current.push(j);
        chars += j.text.length;
    }
    if (current.length > 0)
        out.push(current);
    return out;
}
/** Runs the batches on the workers; a batch whose worker failed, or that was not sent before `deadline`, stays undefined. */
async function onWorkers(spec, work, data, deadline) {
    const results = new Array(work.length);
    const threads = Math.max(1, Math.min(spec.threads ?? (0,external_node_os_.availableParallelism)(), MAX_WORKERS, work.length));
    let next = 0;
    const runWorker = () => new Promise((resolve) => {
        let w;
        try {
            w = new external_node_worker_threads_.Worker(spec.file, { workerData: data, resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
        }
        catch {
            resolve();
            return;
        }
        let settled = false;
        const done = () => {
            if (settled)
                return;
            settled = true;
            void w.terminate();
            resolve();
        };
        const send = () => {
            if (next >= work.length || performance.now() > deadline)
                return done();
            const id = next++;
            try {
                w.postMessage({ id, jobs: work[id] });
            }
            catch {
                done();
            }
        };
        w.on("message", (m) => {
            results[m.id] = m.result;
            send();
        });
        // A failed worker takes no more batches; the one it held is redone in-thread.
        w.once("error", done);
        w.once("exit", done);
        send();
    });
    await Promise.all(Array.from({ length: threads }, runWorker));
    return results;
}
/** The lint of the jobs, in job order; a path given twice keeps its first place and its last outcome, like a Map. */
function collectLint(jobs, outcomes, lintOutput) {
    const byPath = new Map();
    for (const [i, j] of jobs.entries()) {
        const lint = outcomes[i]?.lint;
        if (lint)
            byPath.set(j.path, lint);
    }
    const results = {};
    const failed = [];
    const suppressed = [];
    for (const [path, lint] of byPath) {
        if ("failed" in lint)
            failed.push({ path, reason: lint.failed });
        else {
            results[path] = lint.errors;
            suppressed.push(...lint.suppressed);
        }
    }
    return lintOutput(byPath.keys(), results, failed, suppressed);
}
/**
 * Parses, scans and (when `lint`) lints every job. The result is the same whether it ran in workers or in-thread.
 * Jobs not started by `deadline` (a `performance.now()` time) are left out.
 */
async function processDocs(jobs, lint, worker, deadline = Number.POSITIVE_INFINITY) {
    // Loaded on first use, not with the bundle: remark and markdownlint are a large part of the Action's start-up.
    const [{ processDoc }, { lintConfiguration, lintOutput }] = await Promise.all([
        __webpack_require__.e(/* import() */ 820).then(__webpack_require__.bind(__webpack_require__, 79820)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5285)),
    ]);
    const lintConfig = lint ? lintConfiguration(lint.repoConfig) : undefined;
    const work = batches(jobs);
    const results = worker && jobs.length > WORKER_MIN_FILES
        ? await onWorkers(worker, work, { lintConfig: lintConfig ?? null }, deadline)
        : new Array(work.length);
    const outcomes = [];
    for (const [i, batch] of work.entries()) {
        const done = results[i];
        if (done) {
            outcomes.push(...done);
            continue;
        }
        for (const j of batch)
            outcomes.push(performance.now() > deadline ? undefined : await processDoc(j.path, j.text, lintConfig));
    }
    return { outcomes, ...(lintConfig ? { lint: collectLint(jobs, outcomes, lintOutput) } : {}) };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/core/documentation/doc-worker-file.ts
/**
 * Where the bundled documentation worker is: `doc-worker.js` beside the running bundle (dist/ and dist/cli/, copied
 * there by scripts/build.mjs). Running from TypeScript sources (vitest, tsx) there is no such file and the files are
 * parsed, scanned and linted in the main thread. Checking that the file exists is the only file-system access here:
 * starting a worker on a missing file would only fail later, asynchronously.
 */


function bundledDocWorker() {
    try {
        // Name built at run time so that the bundler leaves this lookup alone instead of rewriting it.
        const file = (0,external_node_url_.fileURLToPath)(new URL(["doc-worker", "js"].join("."), import.meta.url));
        return (0,external_node_fs_.existsSync)(file) ? file : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/core/util/regex-runner.ts
var regex_runner = __webpack_require__(7958);
;// CONCATENATED MODULE: ./src/core/documentation/link-ignore.ts
/**
 * `documentation.ignore-links`: links that resolve only at run time (a dashboard URL, a generated page) are not
 * checked. A pattern is a glob over the link as written (`*` within a path segment, `**` across segments, `?` one
 * character) or `/regex/flags`; regular expressions run with a time limit in a vm context, like the compliance
 * patterns, so a pattern that backtracks cannot stall the run.
 */

/**
 * Per pattern, over all the links of the run. Generous, because a busy runner can stall a sound pattern for tens of
 * milliseconds; a pattern that runs away costs this much once.
 */
const REGEX_TIMEOUT_MS = 2000;
function globToRegExp(glob) {
    let out = "";
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === "*") {
            if (glob[i + 1] === "*") {
                out += ".*";
                i++;
            }
            else
                out += "[^/]*";
        }
        else if (c === "?")
            out += "[^/]";
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    return new RegExp(`^${out}$`);
}
/**
 * The ignore-links matcher for the links of this run (`urls`, every link as written): globs with one or two
 * wildcards (at most quadratic backtracking over a link) run directly; other globs and every regular expression are
 * tested against all links at once within the time limit, and a pattern that exceeds it is not applied at all.
 */
function linkIgnore(patterns, urls) {
    if (patterns.length === 0)
        return undefined;
    const timedOut = new Set();
    const distinct = [...new Set(urls)];
    const tests = patterns.map((p) => {
        const m = /^\/(.+)\/([a-z]*)$/s.exec(p);
        if (!m && (p.match(/\*+/g) ?? []).length <= 2) {
            const re = globToRegExp(p);
            return (url) => re.test(url);
        }
        const source = m ? m[1] : globToRegExp(p).source;
        const flags = m ? m[2].replace(/[gy]/g, "") : "";
        const results = (0,regex_runner/* runRegexAll */.y)(source, flags, distinct, REGEX_TIMEOUT_MS);
        if (results === null) {
            timedOut.add(p);
            return () => false;
        }
        const hits = new Set(distinct.filter((_, i) => results[i] === true));
        return (url) => hits.has(url);
    });
    return {
        match(url) {
            for (let i = 0; i < tests.length; i++)
                if (tests[i](url))
                    return patterns[i];
            return undefined;
        },
        timedOut,
    };
}

;// CONCATENATED MODULE: ./src/core/documentation/self-links.ts
/**
 * Absolute links to this repository itself (`https://github.com/OWNER/REPO/blob/BRANCH/path#anchor`, `tree/`,
 * `raw/`, `raw.githubusercontent.com/OWNER/REPO/BRANCH/path`) point at the checked-out tree when BRANCH is one of the
 * branches being assessed (the default branch, the PR's branch, `HEAD`): they are resolved offline like a link from
 * the repository root. Pinned commits and other branches may differ from the tree and stay external links.
 */
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function selfLinkResolver(id) {
    const owner = escapeRegExp(id.owner);
    const repo = escapeRegExp(id.repo.replace(/\.git$/, ""));
    const web = new RegExp(`^https?://(?:www\\.)?github\\.com/${owner}/${repo}/(blob|tree|raw)/([^?#]+)([?][^#]*)?(#.*)?$`, "i");
    const raw = new RegExp(`^https?://raw\\.githubusercontent\\.com/${owner}/${repo}/([^?#]+)(?:[?][^#]*)?(?:#.*)?$`, "i");
    // Longest first: `release/1.2` must win over `release`.
    const branches = [...new Set([...id.branches, "HEAD"])].filter((b) => b !== "").sort((a, b) => b.length - a.length);
    const split = (rest) => {
        for (const b of branches) {
            if (rest === b)
                return "";
            if (rest.startsWith(`${b}/`))
                return rest.slice(b.length + 1);
        }
        return null;
    };
    return (url) => {
        const w = web.exec(url);
        if (w) {
            const kind = w[1].toLowerCase();
            const path = split(w[2]);
            if (path === null)
                return null;
            const fragment = kind === "blob" ? (w[4] ?? "") : "";
            return { local: `/${path}${fragment}`, kind };
        }
        const r = raw.exec(url);
        if (r) {
            const path = split(r[1]);
            return path === null ? null : { local: `/${path}`, kind: "raw" };
        }
        return null;
    };
}

;// CONCATENATED MODULE: ./src/core/documentation/link-options.ts



function linkOptions(config, input, ctx) {
    const sites = (0,site_profile/* buildSiteProfiles */.IA)(config.site, input.siteFiles ?? [], ctx);
    const repository = config.repository ?? input.repository;
    const urls = [];
    if (config["ignore-links"].length > 0)
        for (const scan of ctx.scans.values()) {
            for (const l of scan.links)
                urls.push(l.url.trim());
            for (const d of scan.definitions)
                urls.push(d.url.trim());
        }
    const ignore = linkIgnore(config["ignore-links"], urls);
    for (const p of ignore?.timedOut ?? [])
        ctx.notices.push(`ignore-links pattern ${JSON.stringify(p)} took too long and was not applied`);
    return {
        sites,
        options: {
            ...(sites.length > 0 ? { sites } : {}),
            ...(ignore ? { ignore } : {}),
            ...(repository ? { selfLink: selfLinkResolver(repository) } : {}),
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/documentation/scan-from-tokens.ts + 5 modules
var scan_from_tokens = __webpack_require__(26522);
;// CONCATENATED MODULE: ./src/core/documentation/precomputed-scan.ts
/**
 * Scans made where markdownlint already tokenized a file for its own rules (markdownlint-cli2 with the repository's
 * configuration), so that the documentation workers need not tokenize it a second time. Each scan carries a digest
 * of the text it was made from: it is used only for a file whose text is exactly that one.
 */


function textDigest(text) {
    return (0,external_node_crypto_.createHash)("sha256").update(text).digest("base64");
}
const NEW_LINE = /\r\n|\r|\n/;
/** The front-matter lines markdownlint removes with `pattern` (as its removeFrontMatter does). */
function frontMatterOf(text, pattern) {
    const m = text.match(pattern);
    if (!m || m.index)
        return [];
    const lines = m[0].split(NEW_LINE);
    if (lines.length > 0 && lines[lines.length - 1] === "")
        lines.length--;
    return lines;
}
/**
 * The scan of `text` from markdownlint's tokens of it, as a documentation worker would make it; undefined where the
 * worker would scan differently (remark's fallback, front matter cut by a configured pattern) or the walk failed.
 * `defaultFrontMatter` is markdownlint's own default pattern, the one the workers' markdownlint applies.
 */
function precomputeScan(tokens, text, frontMatterLines, defaultFrontMatter) {
    try {
        const expected = frontMatterOf(text, defaultFrontMatter);
        if (expected.length !== frontMatterLines.length || expected.some((l, i) => l !== frontMatterLines[i]))
            return undefined;
        const r = (0,scan_from_tokens/* scanFromTokens */.g)(tokens, text, frontMatterLines.length);
        return r.doc ? { scan: r.doc, digest: textDigest(text) } : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/documentation/read-doc.ts
/**
 * Turns a documentation file's bytes into text, or into one sentence saying why it cannot be checked.
 * Guards run before any parser: micromark slows down sharply on very deep nesting and on very long paragraphs,
 * so such files are reported instead of stalling the run.
 */
/** Container nesting (block quotes, list levels) above which a file is not parsed. */
const MAX_NESTING = 100;
/** A single line longer than this is not parsed (minified or generated content, not prose). */
const MAX_LINE_LENGTH = 20_000;
/** A run of non-blank lines longer than this is not parsed. */
const MAX_BLOCK_LENGTH = 200_000;
/**
 * A file longer than this (characters) is not parsed. Both parsers are at best linear, but not free: dense lists
 * cost up to about 35 µs per character in remark and markdownlint together. Real trees hold files of 1.4 MB.
 */
const MAX_MARKDOWN_CHARS = 2_000_000;
/**
 * Blocks (paragraphs, list items, headings, table rows, code blocks) and lines in one file. Memory, not time, is
 * what a long file runs out of: each parser keeps about 17 KB per list item, and a 2 MB list of 500,000 items
 * exhausted a 4 GB heap. 25,000 blocks stay under about 1 GB for both parsers together.
 */
const MAX_BLOCKS = 25_000;
const MAX_LINES = 100_000;
/**
 * Link and emphasis delimiters (`[`, `]`, `*`, `_`, `<`, `` ` ``, `~`) in one paragraph. Both Markdown parsers
 * match them against each other, which is quadratic on CommonMark's pathological inputs (unclosed brackets,
 * mismatched emphasis, `<!--` floods): 20,000 of them took 5 s, 2,000 take 50 ms.
 */
const MAX_PARAGRAPH_DELIMITERS = 3_000;
/** The sum over paragraphs of delimiters² in one file: the quadratic work, bounded to about half a second. */
const MAX_INLINE_WORK = 25_000_000;
/** Pipes on one line: markdownlint's table rules grow faster than quadratically with the cells of a row. */
const MAX_TABLE_CELLS = 64;
/** Rows of one table: both parsers are quadratic in a table's rows (12,000 rows took 20 s, 1,000 take 0.15 s). */
const MAX_TABLE_ROWS = 1_000;
/**
 * Cells of one table and of all tables in a file: each cell costs both parsers about half a millisecond, and
 * more than linearly in wide tables (128 columns by 300 rows took 75 s, two tables of 10,000 cells 22 s).
 */
const MAX_TABLE_CELLS_PER_TABLE = 5_000;
const MAX_TABLE_CELLS_PER_FILE = 10_000;
const utf8 = new TextDecoder("utf-8", { fatal: true });
/** Decodes strictly: a file that is not UTF-8 is reported, never silently mangled. */
function decodeDoc(content) {
    let text;
    if (typeof content === "string") {
        text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    }
    else {
        if (content.subarray(0, 8192).includes(0))
            return { ok: false, reason: "looks like a binary file (it contains NUL bytes), not Markdown" };
        try {
            text = utf8.decode(content);
        }
        catch {
            return { ok: false, reason: "is not valid UTF-8 text; save it as UTF-8" };
        }
    }
    if (text.includes("\u0000"))
        return { ok: false, reason: "looks like a binary file (it contains NUL bytes), not Markdown" };
    return { ok: true, text };
}
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
/** Whether a line (container markers already removed) starts a block that ends the paragraph before it. */
function interruptsParagraph(rest) {
    return /^(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]+\S|1[.)][ \t]+\S|(?:`{3,}|~{3,}))/.test(rest);
}
const read_doc_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
/** Cells of a table row: pipes not escaped, without the optional outer ones. */
function cellCount(row) {
    const t = row
        .trim()
        .replace(/^\|/, "")
        .replace(/(?<!\\)\|$/, "");
    let n = 1;
    for (let i = 0; i < t.length; i++)
        if (t.charCodeAt(i) === 124 && t.charCodeAt(i - 1) !== 92)
            n++;
    return n;
}
const TABLE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/**
 * One linear pass over the lines. Returns why the file is too complex to parse, or null. Nesting is estimated from
 * container markers and indentation (two columns per list level), which is what makes micromark slow; delimiters
 * are counted per paragraph (outside code fences; each table row is its own unit), pipes per line.
 */
function complexityProblem(text) {
    let lineNo = 0;
    let blockLength = 0;
    let blockStart = 1;
    let start = 0;
    let fence = null;
    let inTable = false;
    let delimiters = 0;
    let paragraphStart = 1;
    let work = 0;
    let previous = "";
    let rows = 0;
    let cells = 0;
    let fileCells = 0;
    let blocks = 0;
    const endParagraph = () => {
        work += delimiters * delimiters;
        delimiters = 0;
    };
    const endTable = () => {
        rows = 0;
        cells = 0;
        inTable = false;
    };
    while (start <= text.length) {
        let end = text.indexOf("\n", start);
        if (end === -1)
            end = text.length;
        lineNo++;
        if (lineNo > MAX_LINES) {
            return {
                reason: `it has more than ${MAX_LINES.toLocaleString("en-US")} lines, the budget per file; split it or exclude the file`,
                line: lineNo,
            };
        }
        const length = end - start;
        // Cheap test first: only lines that start with whitespace or a container marker can nest.
        const first = text.charCodeAt(start);
        let prefixLength = 0;
        if (first === 32 ||
            first === 9 ||
            first === 62 ||
            first === 45 ||
            first === 42 ||
            first === 43 ||
            (first >= 48 && first <= 57)) {
            const line = text.slice(start, Math.min(end, start + 4 * MAX_NESTING + 64));
            const m = CONTAINER_PREFIX.exec(line);
            const prefix = m ? m[0] : (/^[ \t]*/.exec(line)?.[0] ?? "");
            let depth = 0;
            let columns = 0;
            // Indentation before the first marker is two columns per list level; spaces after markers are separators.
            for (const ch of prefix) {
                if (ch === ">" || ch === "-" || ch === "*" || ch === "+" || ch === "." || ch === ")")
                    depth++;
                else if (depth === 0)
                    columns += ch === "\t" ? 4 : ch === " " ? 1 : 0;
            }
            const nesting = depth + Math.floor(columns / 2);
            if (nesting > MAX_NESTING) {
                return {
                    reason: `nesting is deeper than ${MAX_NESTING} levels at line ${lineNo} (block quotes or lists); flatten it or exclude the file`,
                    line: lineNo,
                };
            }
            // Only block-quote markers and indentation are stripped: a list marker itself starts a new paragraph.
            prefixLength = /^[ \t>]*/.exec(line)?.[0].length ?? 0;
        }
        if (length > MAX_LINE_LENGTH) {
            return {
                reason: `line ${lineNo} is ${length.toLocaleString("en-US")} characters long (more than ${MAX_LINE_LENGTH.toLocaleString("en-US")}); break it up or exclude the file`,
                line: lineNo,
            };
        }
        const content = text.slice(start, end);
        const blank = length === 0 || content.trim() === "";
        if (blank) {
            blockLength = 0;
            blockStart = lineNo + 1;
        }
        else {
            blockLength += length + 1;
            if (blockLength > MAX_BLOCK_LENGTH) {
                return {
                    reason: `the paragraph starting at line ${blockStart} is over ${MAX_BLOCK_LENGTH.toLocaleString("en-US")} characters without a blank line; split it or exclude the file`,
                    line: blockStart,
                };
            }
        }
        const rest = content.slice(prefixLength);
        const fenceMatch = read_doc_FENCE.exec(rest);
        if (fence !== null) {
            // Inside a code fence nothing is parsed inline; a fence of the same character, at least as long, closes it.
            if (fenceMatch &&
                fenceMatch[1][0] === fence[0] &&
                fenceMatch[1].length >= fence.length &&
                rest.trim() === fenceMatch[1])
                fence = null;
        }
        else if (fenceMatch) {
            endParagraph();
            endTable();
            blocks++;
            fence = fenceMatch[1];
        }
        else if (blank) {
            endParagraph();
            endTable();
            paragraphStart = lineNo + 1;
        }
        else {
            let pipes = 0;
            let count = 0;
            for (let i = start + prefixLength; i < end; i++) {
                const c = text.charCodeAt(i);
                // [ ] * _ < ` ~
                if (c === 91 || c === 93 || c === 42 || c === 95 || c === 60 || c === 96 || c === 126)
                    count++;
                else if (c === 124)
                    pipes++;
            }
            if (pipes > MAX_TABLE_CELLS) {
                return {
                    reason: `line ${lineNo} has ${pipes.toLocaleString("en-US")} table cell separators (more than ${MAX_TABLE_CELLS}); split the table or exclude the file`,
                    line: lineNo,
                };
            }
            // A table starts at a delimiter row under a header row of as many cells (GFM); from there on every line is
            // a row until a blank line.
            if (!inTable && rest.includes("|") && TABLE_DELIMITER_ROW.test(rest) && previous.includes("|"))
                inTable = cellCount(rest) === cellCount(previous);
            if (inTable && ++rows > MAX_TABLE_ROWS) {
                return {
                    reason: `a table has more than ${MAX_TABLE_ROWS.toLocaleString("en-US")} rows by line ${lineNo}, the budget per table; split it or exclude the file`,
                    line: lineNo,
                };
            }
            if (inTable) {
                const n = cellCount(rest);
                cells += n;
                fileCells += n;
                if (cells > MAX_TABLE_CELLS_PER_TABLE || fileCells > MAX_TABLE_CELLS_PER_FILE) {
                    const per = cells > MAX_TABLE_CELLS_PER_TABLE ? "table" : "file";
                    const max = per === "table" ? MAX_TABLE_CELLS_PER_TABLE : MAX_TABLE_CELLS_PER_FILE;
                    return {
                        reason: `its tables have more than ${max.toLocaleString("en-US")} cells ${per === "table" ? "in one table" : "in all"} by line ${lineNo}, the budget per ${per}; split them or exclude the file`,
                        line: lineNo,
                    };
                }
            }
            // Each table row, and each block that interrupts a paragraph, is parsed inline on its own.
            if (inTable || interruptsParagraph(rest)) {
                endParagraph();
                paragraphStart = lineNo;
                blocks++;
            }
            else if (previous === "")
                blocks++;
            if (blocks > MAX_BLOCKS) {
                return {
                    reason: `it has more than ${MAX_BLOCKS.toLocaleString("en-US")} blocks (paragraphs, list items, headings, table rows) by line ${lineNo}, the budget per file; split it or exclude the file`,
                    line: lineNo,
                };
            }
            delimiters += count;
            if (delimiters > MAX_PARAGRAPH_DELIMITERS) {
                return {
                    reason: `the paragraph starting at line ${paragraphStart} has more than ${MAX_PARAGRAPH_DELIMITERS.toLocaleString("en-US")} link and emphasis delimiters ([ ] * _ < \` ~), the budget per paragraph; split it or exclude the file`,
                    line: paragraphStart,
                };
            }
            if (work + delimiters * delimiters > MAX_INLINE_WORK) {
                return {
                    reason: `it has more link and emphasis delimiters ([ ] * _ < \` ~) than the budget per file allows (by line ${lineNo}: the sum over paragraphs of delimiters squared is over ${MAX_INLINE_WORK.toLocaleString("en-US")}); split it or exclude the file`,
                    line: lineNo,
                };
            }
        }
        previous = blank ? "" : rest;
        start = end + 1;
    }
    // Checked last so that a more specific problem (a line, a paragraph) is named first.
    if (text.length > MAX_MARKDOWN_CHARS) {
        return {
            reason: `it is ${text.length.toLocaleString("en-US")} characters long (more than ${MAX_MARKDOWN_CHARS.toLocaleString("en-US")}, the budget per file); split it or exclude the file`,
            line: 1,
        };
    }
    return null;
}
/** Offsets of line starts, for turning an offset into line and column with a binary search. */
function lineStarts(text) {
    const starts = [0];
    let i = text.indexOf("\n");
    while (i !== -1) {
        starts.push(i + 1);
        i = text.indexOf("\n", i + 1);
    }
    return starts;
}
function positionAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}

;// CONCATENATED MODULE: ./src/core/documentation/link-index.ts

function buildLinkIndex(scans, texts, directives, pending, findings, external) {
    const index = {
        anchors: {},
        strippedIds: {},
        pending: [...pending],
        definitions: {},
        suppressions: {},
        lines: {},
    };
    for (const [p, d] of scans) {
        index.anchors[p] = [...d.anchors];
        if (d.strippedIds.size > 0)
            index.strippedIds[p] = [...d.strippedIds];
        if (d.undefinedReferences.length > 0)
            index.definitions[p] = definitionIds(d);
    }
    for (const [p, d] of directives)
        index.suppressions[p] = { file: d.file, nextLine: [...d.nextLine] };
    const split = new Map();
    const keep = (p, line) => {
        if (p === undefined || line === undefined)
            return;
        const text = texts.get(p);
        if (text === undefined)
            return;
        let lines = split.get(p);
        if (!lines) {
            lines = text.split("\n");
            split.set(p, lines);
        }
        const at = lines[line - 1];
        if (at === undefined)
            return;
        index.lines[p] ??= {};
        index.lines[p][String(line)] = at;
    };
    for (const f of findings)
        keep(f.path, f.line);
    for (const r of pending)
        keep(r.fromPath, r.at.line);
    for (const r of external)
        keep(r.path, r.line);
    return index;
}
/** The candidates of a reference's "did you mean": the file's definitions, as the link check lists them. */
function definitionIds(doc) {
    return doc.definitions.map((d) => d.identifier);
}
/** The candidates of the shards' suggestion requests, from their link indexes. */
function candidatesFrom(parts) {
    const anchors = new Map();
    const definitions = new Map();
    for (const part of parts) {
        for (const [f, a] of Object.entries(part.anchors))
            anchors.set(f, a);
        for (const [f, d] of Object.entries(part.definitions))
            definitions.set(f, d);
    }
    return { anchorsOf: (t) => anchors.get(t), definitionsOf: (p) => definitions.get(p) };
}
/** The texts `fingerprintFindings` reads, rebuilt from the lines shards kept (other lines are empty). */
function textsFromLines(parts) {
    const byFile = new Map();
    for (const part of parts)
        for (const [p, lines] of Object.entries(part.lines)) {
            const arr = byFile.get(p) ?? [];
            for (const [n, text] of Object.entries(lines))
                arr[Number(n) - 1] = text;
            byFile.set(p, arr);
        }
    return new Map([...byFile].map(([p, arr]) => [p, Array.from(arr, (l) => l ?? "").join("\n")]));
}
function suppressionsFrom(parts) {
    const out = new Map();
    for (const part of parts)
        for (const [p, s] of Object.entries(part.suppressions))
            out.set(p, { file: s.file, nextLine: new Map(s.nextLine) });
    return out;
}
/**
 * The anchor checks the shards left pending, against the anchors of every shard's files: the same findings and
 * counts as in one run (a target absent from `anchors` was not parsed anywhere, so it is not judged, as there).
 */
function checkPendingAnchors(parts, index) {
    const anchors = new Map();
    const strippedIds = new Map();
    for (const p of parts) {
        for (const [f, a] of Object.entries(p.anchors))
            anchors.set(f, new Set(a));
        for (const [f, a] of Object.entries(p.strippedIds))
            strippedIds.set(f, new Set(a));
    }
    const ctx = newContext(index, anchors, strippedIds, {});
    const { out } = ctx;
    for (const part of parts)
        for (const p of part.pending)
            checkAnchor(ctx, p.fromPath, p.at, p.target, p.fragment, p.written, undefined, p.seq);
    return out;
}

;// CONCATENATED MODULE: ./src/core/documentation/gather.ts













async function gatherDocumentation(input, hooks = {}) {
    const { config } = input;
    const findings = [];
    const unreadable = { parse: [], lint: [], collected: [] };
    const notices = [];
    const texts = new Map();
    const scans = new Map();
    let lines = 0;
    const lintMode = !config.markdownlint
        ? "off"
        : input.markdownlintConfig || input.markdownlintResults
            ? "repository"
            : config.markdownlint === "auto"
                ? "auto"
                : "default";
    const budgetMs = input.runBudgetMs ?? budgets/* DOCS_RUN_BUDGET_MS */.tC;
    const started = performance.now();
    const overBudget = (path) => {
        const why = `the documentation budget of ${budgetMs / 1000} s per run was used up before it was reached`;
        return { path, reason: why, finding: fileFinding(path, FILE_RULES.notParsed, `${path} was not checked: ${why}.`) };
    };
    // With results computed by the adapter (markdownlint-cli2 and the repository's configuration files) the workers
    // only parse and scan; otherwise they lint too, with the one configuration that applies to every file.
    const lintHere = config.markdownlint && !input.markdownlintResults;
    const jobs = [];
    const jobLines = [];
    // Per job: the scan made from markdownlint's own tokens of exactly this text, when there is one (not sent to the pool).
    const jobScans = [];
    // Per file in input order: why it was left out, or its job's index, so the report lists files in reading order.
    const order = [];
    for (const file of input.files) {
        if (performance.now() - started > budgetMs) {
            order.push(overBudget(file.path));
            continue;
        }
        const decoded = decodeDoc(file.content);
        if (!decoded.ok) {
            const message = `${file.path} ${decoded.reason}; it was not checked.`;
            order.push({
                path: file.path,
                reason: decoded.reason,
                finding: fileFinding(file.path, FILE_RULES.unreadable, message),
            });
            continue;
        }
        const text = decoded.text;
        const tooComplex = complexityProblem(text);
        if (tooComplex) {
            lines += countLines(text);
            const message = `${file.path} was not checked: ${tooComplex.reason}.`;
            const finding = fileFinding(file.path, FILE_RULES.notParsed, message, tooComplex.line);
            order.push({ path: file.path, reason: tooComplex.reason, finding });
            continue;
        }
        order.push(jobs.length);
        jobs.push({ path: file.path, text });
        jobLines.push(countLines(text));
        // Only where markdownlint is not run here: a file the pool skips would not be linted either.
        const pre = lintHere ? undefined : input.precomputedScans?.get(file.path);
        jobScans.push(pre && pre.digest === textDigest(text) ? pre.scan : undefined);
    }
    const poolJobs = [];
    // Per job: its index among the pool's jobs (-1: scanned already).
    const poolIndex = jobs.map((job, i) => (jobScans[i] ? -1 : poolJobs.push(job) - 1));
    // A shard gathers through here as well, so its files use the same pool as a single run's.
    const bundled = input.docWorker === undefined ? bundledDocWorker() : undefined;
    const worker = bundled ? { file: bundled } : input.docWorker || undefined;
    // As advice, markdownlint says exactly what markdownlint-cli2 would say if the repository opted in: its defaults.
    const repoConfig = lintMode === "auto" ? documentation_lint.MARKDOWNLINT_DEFAULTS : input.markdownlintConfig;
    const work = await processDocs(poolJobs, lintHere ? { repoConfig } : undefined, worker, started + budgetMs);
    const outcomeOf = (i) => {
        const pre = jobScans[i];
        return pre ? { scan: pre } : work.outcomes[poolIndex[i] ?? -1];
    };
    for (const slot of order) {
        const job = typeof slot === "number" ? jobs[slot] : undefined;
        const outcome = typeof slot === "number" ? outcomeOf(slot) : undefined;
        const left = typeof slot !== "number" ? slot : !outcome && job ? overBudget(job.path) : undefined;
        if (left) {
            unreadable.parse.push({ path: left.path, reason: left.reason });
            findings.push(left.finding);
            continue;
        }
        if (!job || !outcome)
            continue;
        lines += jobLines[slot] ?? 0;
        if (outcome.scan) {
            scans.set(job.path, outcome.scan);
            texts.set(job.path, job.text);
        }
        else {
            unreadable.parse.push({ path: job.path, reason: outcome.error });
            findings.push(fileFinding(job.path, FILE_RULES.notParsed, `${job.path} was not checked: ${outcome.error}.`));
        }
    }
    const index = new RepoIndex([...input.repoFiles, ...input.files.map((f) => f.path)]);
    const { options, sites } = linkOptions(config, input, { index, scans, texts, notices });
    const links = checkLinks(scans, index, {
        ...options,
        ...(hooks.onUnknownAnchors ? { onUnknownAnchors: hooks.onUnknownAnchors } : {}),
    });
    pushAll(findings, links.findings);
    const codeFiles = [];
    for (const [path, scan] of scans) {
        if (scan.codeBlocks.length > 0)
            codeFiles.push({ path, blocks: scan.codeBlocks, lines: (texts.get(path) ?? "").split("\n") });
    }
    const code = await checkCodeBlocks(codeFiles, config["code-blocks"]);
    pushAll(findings, code.findings);
    pushAll(notices, code.notices);
    const lint = input.markdownlintResults
        ? config.markdownlint
            ? (0,documentation_lint.lintFromResults)(input.markdownlintResults, texts)
            : undefined
        : work.lint;
    if (lint && lintMode === "auto") {
        // Not opted in: a repository that never chose markdownlint is not judged by it, only told what it would say.
        for (const f of lint.findings)
            f.scored = false;
        notices.push("markdownlint ran with markdownlint's own default rules as advice, not scored: the repository has no markdownlint configuration. Add a .markdownlint.jsonc (or .markdownlint-cli2.jsonc) to score it, or set documentation.markdownlint: false to turn it off");
    }
    if (lint) {
        pushAll(findings, lint.findings);
        for (const f of lint.failed) {
            unreadable.lint.push(f);
            findings.push(fileFinding(f.path, FILE_RULES.notParsed, `${f.path} was not linted: ${f.reason}.`));
        }
    }
    for (const u of input.unreadable ?? [])
        unreadable.collected.push({ path: u.path, reason: u.reason });
    const data = {
        files: input.files.length,
        lines,
        lintMode,
        findings,
        unreadable,
        notices,
        links: {
            linksChecked: links.linksChecked,
            linksValid: links.linksValid,
            anchorsChecked: links.anchorsChecked,
            anchorsValid: links.anchorsValid,
            ignored: links.ignored,
            external: links.external,
            suggestions: links.suggestions,
        },
        code: { checked: code.checked, valid: code.valid, invalid: code.invalid, missingLanguage: code.missingLanguage },
        ...(lint
            ? { lint: { checked: lint.checked, valid: lint.valid, errors: lint.errors, suppressed: lint.suppressed } }
            : {}),
        sites: sites.map((p) => ({ name: p.name, config: p.configPath })),
        excluded: [...(input.excluded ?? [])],
    };
    const candidates = {
        anchorsOf: (target, site) => (site ? sites.find((p) => p.configPath === site)?.anchorsOf?.(target) : undefined) ?? scans.get(target)?.anchors,
        definitionsOf: (p) => {
            const scan = scans.get(p);
            return scan ? definitionIds(scan) : undefined;
        },
    };
    return { data, candidates, scans, texts };
}

;// CONCATENATED MODULE: ./src/core/documentation/analyze.ts




async function analyzeDocumentation(input) {
    const { data, candidates, texts } = await gatherDocumentation(input);
    return finishDocumentation(data, {
        config: input.config,
        ...(input.externalLinkChecker ? { externalLinkChecker: input.externalLinkChecker } : {}),
        directives: directivesOf(texts),
        texts,
        candidates,
    });
}

// EXTERNAL MODULE: ./src/core/formats/registry.ts + 29 modules
var registry = __webpack_require__(80864);
// EXTERNAL MODULE: ./src/core/model/report.ts + 1 modules
var report = __webpack_require__(27937);
// EXTERNAL MODULE: ./src/core/performance/metrics.ts
var performance_metrics = __webpack_require__(10031);
;// CONCATENATED MODULE: ./src/core/performance/baseline.ts

const COMPARED_METRICS = ["throughput-rps", "p50-ms", "p95-ms", "p99-ms", "error-rate-pct", "availability-pct"];
/** Pairs by scenario name; one run on each side pair up whatever their names. */
function pair(current, baseline) {
    if (current.length === 1 && baseline.length === 1)
        return [[current[0], baseline[0]]];
    const out = [];
    for (const c of current) {
        const b = baseline.find((r) => r.scenario === c.scenario);
        if (b)
            out.push([c, b]);
    }
    return out;
}
function isRegression(metric, baseline, current, limitPct) {
    const better = performance_metrics/* RUN_METRICS */.Ks[metric]?.better;
    if (!better)
        return false;
    if (better === "lower")
        return baseline === 0 ? current > 0 : ((current - baseline) / Math.abs(baseline)) * 100 > limitPct;
    return baseline === 0 ? false : ((baseline - current) / Math.abs(baseline)) * 100 > limitPct;
}
function compareWithBaseline(current, baseline, files, config) {
    const metrics = [...new Set([...COMPARED_METRICS, ...config.metrics])];
    const rows = [];
    const pairs = pair(current, baseline);
    for (const [c, b] of pairs) {
        for (const metric of metrics) {
            const now = (0,performance_metrics/* runMetric */.iR)(c, metric);
            const before = (0,performance_metrics/* runMetric */.iR)(b, metric);
            const checked = config.metrics.includes(metric);
            const deltaPct = now !== null && before !== null && before !== 0
                ? Math.round(((now - before) / Math.abs(before)) * 100 * 1e4) / 1e4
                : null;
            rows.push({
                scenario: c.scenario,
                baselineScenario: b.scenario,
                metric,
                baseline: before,
                current: now,
                deltaPct,
                checked,
                regression: checked && now !== null && before !== null && isRegression(metric, before, now, config["regression-pct"]),
            });
        }
    }
    const paired = new Set(pairs.map(([c]) => c.scenario));
    return {
        files,
        regressionPct: config["regression-pct"],
        metrics: config.metrics,
        rows,
        unmatched: current.filter((r) => !paired.has(r.scenario)).map((r) => r.scenario),
    };
}

;// CONCATENATED MODULE: ./src/core/performance/bottlenecks.ts
const TOP = 5;
function bottlenecks_row(e) {
    return {
        name: e.name,
        ...(e.method ? { method: e.method } : {}),
        requests: e.requests ?? null,
        failures: e.failures ?? null,
        p95Ms: e.latency.p95 ?? null,
    };
}
function findBottlenecks(run, sla) {
    const p95Max = sla["p95-ms"]?.max;
    const slowest = run.endpoints
        .filter((e) => e.latency.p95 !== undefined && (e.requests ?? 1) > 0)
        .sort((a, b) => b.latency.p95 - a.latency.p95 || (b.requests ?? 0) - (a.requests ?? 0))
        .slice(0, TOP)
        .map((e) => ({
        ...bottlenecks_row(e),
        ...(p95Max ? { p95OverTarget: Math.round((e.latency.p95 / p95Max) * 100) / 100 } : {}),
    }));
    const endpointFailures = run.endpoints.reduce((a, e) => a + (e.failures ?? 0), 0);
    const total = run.failedRequests ?? endpointFailures;
    const mostFailures = run.endpoints
        .filter((e) => (e.failures ?? 0) > 0)
        .sort((a, b) => b.failures - a.failures)
        .slice(0, TOP)
        .map((e) => ({
        ...bottlenecks_row(e),
        ...(total > 0 ? { failureSharePct: Math.round((e.failures / total) * 10000) / 100 } : {}),
    }));
    const topFailures = [...run.failures].sort((a, b) => b.count - a.count).slice(0, TOP);
    return { scenario: run.scenario, slowest, mostFailures, topFailures };
}

// EXTERNAL MODULE: ./src/core/performance/format.ts
var format = __webpack_require__(35195);
// EXTERNAL MODULE: ./src/core/model/performance.ts
var model_performance = __webpack_require__(84611);
;// CONCATENATED MODULE: ./src/core/performance/merge.ts

const KIND_ORDER = { summary: 0, report: 1, history: 2, failures: 3, exceptions: 4 };
const NUMBER_FIELDS = [
    "users",
    "durationS",
    "requests",
    "failedRequests",
    "throughputRps",
    "errorRatePct",
    "availabilityPct",
];
/** A scenario is a stress run when the config says so, or by default when its name contains the word `stress`. */
function isStress(name, config) {
    const configured = config.scenarios[name]?.stress;
    if (configured !== undefined)
        return configured;
    return /(^|[^a-z])stress([^a-z]|$)/i.test(name);
}
function mergeRuns(parts, config) {
    const groups = new Map();
    for (const p of parts) {
        const g = groups.get(p.part.runKey);
        if (g)
            g.push(p);
        else
            groups.set(p.part.runKey, [p]);
    }
    const runs = [];
    const incomplete = [];
    const names = new Map();
    for (const group of groups.values()) {
        group.sort((a, b) => KIND_ORDER[a.part.kind] - KIND_ORDER[b.part.kind]);
        const files = [...new Set(group.map((g) => g.path))];
        const baseName = group.find((g) => g.scenario)?.scenario ?? group[0].part.scenario;
        if (!group.some((g) => g.part.kind === "summary" || g.part.kind === "history" || g.part.kind === "report")) {
            incomplete.push({ scenario: baseName, files });
            continue;
        }
        // Two runs with one name (two tools, or two folders) stay apart in the tables.
        const seen = names.get(baseName) ?? 0;
        names.set(baseName, seen + 1);
        const scenario = seen === 0 ? baseName : `${baseName} (${seen + 1})`;
        const notes = [];
        const pick = (field) => {
            const read = group.find((g) => g.part[field] !== undefined && !g.part.derived?.[field]);
            if (read)
                return read.part[field];
            const derived = group.find((g) => g.part[field] !== undefined);
            if (!derived)
                return null;
            const how = derived.part.derived?.[field];
            if (how)
                notes.push(how);
            return derived.part[field];
        };
        const values = Object.fromEntries(NUMBER_FIELDS.map((f) => [f, pick(f)]));
        const latency = {};
        for (const k of model_performance/* LATENCY_KEYS */.S) {
            const src = group.find((g) => g.part.latency?.[k] !== undefined);
            if (src)
                latency[k] = src.part.latency[k];
        }
        const users = values.users ?? config.scenarios[scenario]?.users ?? config.scenarios[baseName]?.users ?? null;
        if (values.users === null && users !== null)
            notes.push("users from the config (the files do not say)");
        let availability = values.availabilityPct;
        let availabilityDerived = false;
        if (availability === null && values.errorRatePct !== null) {
            availability = Math.round((100 - values.errorRatePct) * 1e6) / 1e6;
            availabilityDerived = true;
        }
        for (const g of group)
            notes.push(...(g.part.notes ?? []));
        runs.push({
            scenario,
            tool: group[0].part.tool,
            files,
            stress: isStress(scenario, config) || (scenario !== baseName && isStress(baseName, config)),
            users,
            durationS: values.durationS,
            requests: values.requests,
            failedRequests: values.failedRequests,
            throughputRps: values.throughputRps,
            latency,
            errorRatePct: values.errorRatePct,
            availabilityPct: availability,
            availabilityDerived,
            endpoints: group.flatMap((g) => g.part.endpoints ?? []),
            failures: group.flatMap((g) => g.part.failures ?? []),
            thresholds: group.flatMap((g) => g.part.thresholds ?? []),
            notes: [...new Set(notes)],
        });
    }
    return { runs, incomplete };
}

;// CONCATENATED MODULE: ./src/core/performance/sla.ts

/** The global SLA with the scenario's own entries laid over it, key by key. */
function slaFor(config, scenario) {
    return { ...config.sla, ...(config.scenarios[scenario]?.sla ?? {}) };
}
function pct(actual, target) {
    if (target === 0)
        return null;
    return Math.round(((actual - target) / Math.abs(target)) * 100 * 1e4) / 1e4;
}
function evaluateSla(run, sla) {
    return Object.entries(sla).map(([metric, bound]) => {
        const info = performance_metrics/* RUN_METRICS */.Ks[metric];
        const actual = (0,performance_metrics/* runMetric */.iR)(run, metric);
        const row = {
            metric,
            label: info?.label ?? metric,
            unit: info?.unit ?? "",
            ...(bound.min !== undefined ? { min: bound.min } : {}),
            ...(bound.max !== undefined ? { max: bound.max } : {}),
            actual,
            deltaPct: null,
            status: "not-measured",
        };
        if (actual === null)
            return row;
        const belowMin = bound.min !== undefined && actual < bound.min;
        const aboveMax = bound.max !== undefined && actual > bound.max;
        row.status = belowMin || aboveMax ? "fail" : "pass";
        // The delta is against the bound that decides: the one crossed, else the max (a ceiling), else the min.
        const target = aboveMax || (bound.max !== undefined && !belowMin) ? bound.max : bound.min;
        row.deltaPct = pct(actual, target);
        return row;
    });
}
function scenarioStatus(rows) {
    const evaluated = rows.filter((r) => r.status !== "not-measured").length;
    const met = rows.filter((r) => r.status === "pass").length;
    if (evaluated === 0)
        return { status: "not-evaluated", met, evaluated };
    if (met === evaluated)
        return { status: "pass", met, evaluated };
    return { status: met * 2 >= evaluated ? "partial" : "fail", met, evaluated };
}
/**
 * The run the SLA table and the score are about: the configured `sla-scenario`, else the run with the most users
 * that is not a stress run (unknown users rank last; ties go to the higher throughput).
 */
function pickSlaRun(runs, config) {
    const wanted = config["sla-scenario"];
    if (wanted !== undefined) {
        const run = runs.find((r) => r.scenario === wanted);
        if (run)
            return { run, reason: "set by performance.sla-scenario" };
        return {
            error: `performance.sla-scenario is "${wanted}" but no run has that scenario name (runs: ${runs.map((r) => `"${r.scenario}"`).join(", ")})`,
        };
    }
    const normal = runs.filter((r) => !r.stress);
    const pool = normal.length > 0 ? normal : runs;
    const best = [...pool].sort((a, b) => (b.users ?? -1) - (a.users ?? -1) ||
        (b.throughputRps ?? -1) - (a.throughputRps ?? -1) ||
        a.scenario.localeCompare(b.scenario))[0];
    if (runs.length === 1)
        return { run: best, reason: "the only run" };
    const reason = normal.length === 0
        ? "every run is a stress run; the one with the most users"
        : best.users !== null
            ? "most users, not a stress run"
            : "highest throughput, not a stress run (no run says how many users)";
    return { run: best, reason };
}

;// CONCATENATED MODULE: ./src/core/performance/analyze.ts







const MAX_ENDPOINTS = 100;
const MAX_FAILURES = 50;
const analyze_TOOL = "readiness-gate";
function origins(artifacts, keep) {
    return artifacts.flatMap((a) => a.parts.filter(keep).map((part) => ({ part, path: a.path, ...(a.scenario ? { scenario: a.scenario } : {}) })));
}
function summarize(run, config) {
    const { status, met, evaluated } = scenarioStatus(evaluateSla(run, slaFor(config, run.scenario)));
    const endpoints = [...run.endpoints].sort((a, b) => (b.requests ?? 0) - (a.requests ?? 0));
    const failures = [...run.failures].sort((a, b) => b.count - a.count);
    return {
        scenario: run.scenario,
        tool: run.tool,
        files: run.files,
        stress: run.stress,
        users: run.users,
        durationS: run.durationS,
        requests: run.requests,
        failedRequests: run.failedRequests,
        throughputRps: run.throughputRps,
        latency: run.latency,
        errorRatePct: run.errorRatePct,
        availabilityPct: run.availabilityPct,
        availabilityDerived: run.availabilityDerived,
        status,
        slaMet: met,
        slaEvaluated: evaluated,
        endpoints: endpoints.slice(0, MAX_ENDPOINTS),
        endpointsOmitted: Math.max(0, endpoints.length - MAX_ENDPOINTS),
        failures: failures.slice(0, MAX_FAILURES),
        failuresOmitted: Math.max(0, failures.length - MAX_FAILURES),
        thresholds: run.thresholds,
        notes: run.notes,
    };
}
function analyze_finding(ruleId, severity, message, path, key) {
    return {
        dimension: "performance",
        ruleId,
        severity,
        message,
        ...(path ? { path } : {}),
        tool: analyze_TOOL,
        fingerprint: `${ruleId}:${key}`,
    };
}
async function analyzePerformance(input) {
    return unreadableAsError(await analyzeRuns(input), input.unreadable, "load-test");
}
async function analyzeRuns(input) {
    const { config } = input;
    const notes = [];
    const fromReports = input.artifacts.filter((a) => a.parts.some((p) => p.kind === "report"));
    for (const a of fromReports)
        notes.push(`${a.path} is a readiness-gate report: it is only read as a baseline (performance.baseline)`);
    const { runs: merged, incomplete } = mergeRuns(origins(input.artifacts, (p) => p.kind !== "report"), config);
    // Smallest load first, as load tests are usually read (baseline → stress); unknown users last.
    const runs = [...merged].sort((a, b) => (a.users ?? Number.POSITIVE_INFINITY) - (b.users ?? Number.POSITIVE_INFINITY) ||
        a.scenario.localeCompare(b.scenario));
    const findings = [];
    for (const i of incomplete) {
        findings.push(analyze_finding("performance/incomplete-run", "low", `Only failure lists were found for "${i.scenario}" (${i.files.join(", ")}); add its _stats.csv to assess it.`, i.files[0], i.scenario));
    }
    if (runs.length === 0) {
        const reason = input.artifacts.length === 0
            ? "no load-test results were found"
            : "no load-test run with request statistics was found";
        return { result: notAssessed(config.target, reason), findings };
    }
    const picked = pickSlaRun(runs, config);
    const summaries = runs.map((r) => summarize(r, config));
    const details = {
        runs: summaries,
        slaScenario: null,
        slaScenarioReason: "",
        sla: [],
        bottlenecks: null,
        baseline: null,
        notes,
    };
    const thresholdFailures = runs.flatMap((r) => r.thresholds.filter((t) => !t.passed).map((t) => ({ run: r, t })));
    for (const { run, t } of thresholdFailures) {
        findings.push(analyze_finding("performance/threshold-failed", "medium", `${run.tool} threshold failed on "${run.scenario}": ${t.metric} ${t.expression}.`, run.files[0], `${run.scenario}:${t.metric}:${t.expression}`));
    }
    const metrics = {
        runs: runs.length,
        "threshold-failures": thresholdFailures.length,
        regressions: null,
    };
    // Baseline first: it does not depend on which run the SLA is about.
    if (config.baseline) {
        const base = input.baseline ?? [];
        const baseRuns = mergeRuns(origins(base, () => true), config).runs;
        if (baseRuns.length === 0) {
            notes.push(`performance.baseline ${JSON.stringify(config.baseline.path)}: no readable baseline run, so no regression check`);
        }
        else {
            const cmp = compareWithBaseline(runs, baseRuns, base.map((a) => a.path), config.baseline);
            details.baseline = cmp;
            const regressions = cmp.rows.filter((r) => r.regression);
            metrics.regressions = regressions.length;
            for (const r of regressions) {
                const unit = performance_metrics/* RUN_METRICS */.Ks[r.metric]?.unit ?? "";
                findings.push(analyze_finding("performance/regression", "medium", `"${r.scenario}" ${performance_metrics/* RUN_METRICS */.Ks[r.metric]?.label ?? r.metric} regressed against the baseline: ${(0,format/* fmtValue */.PB)(r.current, unit)} now, ${(0,format/* fmtValue */.PB)(r.baseline, unit)} before (${(0,format/* fmtDelta */.OJ)(r.deltaPct)}; limit ${config.baseline["regression-pct"]}%).`, runs.find((x) => x.scenario === r.scenario)?.files[0], `${r.scenario}:${r.metric}`));
            }
        }
    }
    if ("error" in picked) {
        return {
            result: { status: "error", score: null, target: config.target, metrics, reason: picked.error, details },
            findings,
        };
    }
    const { run, reason } = picked;
    const sla = slaFor(config, run.scenario);
    const rows = evaluateSla(run, sla);
    details.slaScenario = run.scenario;
    details.slaScenarioReason = reason;
    details.sla = rows;
    details.bottlenecks = findBottlenecks(run, sla);
    const path = run.files[0];
    for (const r of rows) {
        metrics[`sla.${r.metric}`] = r.actual;
        const target = (0,format/* fmtBound */.aq)(r, r.unit);
        if (r.status === "fail") {
            findings.push(analyze_finding("performance/sla-miss", "medium", `"${run.scenario}" misses the SLA for ${r.label}: ${(0,format/* fmtValue */.PB)(r.actual, r.unit)} against ${target} (${(0,format/* fmtDelta */.OJ)(r.deltaPct)}).`, path, `${run.scenario}:${r.metric}`));
        }
        else if (r.status === "not-measured") {
            const why = (0,performance_metrics/* isRunMetric */.Y0)(r.metric)
                ? "the load-test files do not report it"
                : `it is not a metric this tool knows (known: ${Object.keys(performance_metrics/* RUN_METRICS */.Ks).join(", ")})`;
            findings.push(analyze_finding("performance/sla-not-measured", "low", `SLA metric ${r.metric} (${target}) was not evaluated on "${run.scenario}": ${why}.`, path, `${run.scenario}:${r.metric}`));
        }
    }
    const { met, evaluated } = scenarioStatus(rows);
    metrics["sla-met"] = met;
    metrics["sla-evaluated"] = evaluated;
    if (rows.length === 0) {
        return {
            result: {
                status: "not-assessed",
                score: null,
                target: config.target,
                metrics,
                reason: "performance.sla is empty",
                details,
            },
            findings,
        };
    }
    if (evaluated === 0) {
        return {
            result: {
                status: "error",
                score: null,
                target: config.target,
                metrics,
                reason: `none of the SLA metrics is reported by the files of "${run.scenario}"`,
                details,
            },
            findings,
        };
    }
    return {
        result: { status: "assessed", score: (100 * met) / evaluated, target: config.target, metrics, details },
        findings,
    };
}

;// CONCATENATED MODULE: ./src/core/scoring/risks.ts

const MITIGATION = {
    performance: "Roll out in stages with latency and error-rate alerts; fix the bottlenecks listed in the performance section.",
    security: "Fix or formally accept (with a reason and an expiry) each open finding before release.",
    documentation: "Fix the broken links and examples listed in the documentation section.",
    compliance: "Add the missing evidence listed in the compliance section.",
    overall: "Raise the weakest dimension first.",
};
function complianceMitigation(findings) {
    const n = findings.filter((f) => f.dimension === "compliance").length;
    if (n === 0)
        return MITIGATION.compliance;
    return `Add the missing evidence for the ${n} control${n === 1 ? "" : "s"} listed in the compliance section.`;
}
/** The risk table: one row per failed gate, then the open critical and high findings (at most `max` rows). */
function deriveRisks(gates, findings, max = 10) {
    const risks = [];
    for (const g of gates) {
        if (g.status !== "failed")
            continue;
        const dim = g.metric.split(".")[0] ?? "overall";
        const severity = g.kind === "blocking" ? "high" : "medium";
        risks.push({
            title: g.reason ?? `${g.metric} failed`,
            severity,
            source: `gate ${g.id}`,
            mitigation: dim === "compliance" ? complianceMitigation(findings) : (MITIGATION[dim] ?? MITIGATION.overall),
        });
    }
    // Worst first, so the cap drops the least severe findings.
    const rank = (s) => report/* SEVERITIES */.oC.indexOf(s);
    const open = findings.filter((f) => f.scored !== false).sort((a, b) => rank(a.severity) - rank(b.severity));
    for (const f of open) {
        if (risks.length >= max)
            break;
        if (f.scored === false || (f.severity !== "critical" && f.severity !== "high"))
            continue;
        risks.push({
            title: f.message.length > 140 ? `${f.message.slice(0, 137)}...` : f.message,
            severity: f.severity,
            source: f.tool ? `${f.tool}${f.path ? ` (${f.path}${f.line ? `:${f.line}` : ""})` : ""}` : f.dimension,
            mitigation: MITIGATION[f.dimension] ?? MITIGATION.overall,
        });
    }
    return risks.slice(0, max);
}

// EXTERNAL MODULE: ./src/core/scoring/metrics.ts
var scoring_metrics = __webpack_require__(87532);
;// CONCATENATED MODULE: ./src/core/scoring/gates.ts


/**
 * The default gates: the seed report's go / no-go criteria, with thresholds from each dimension's `target`. When
 * the run gates on new findings, a PR is judged by what it adds: no new critical or high security finding, no new
 * documentation or compliance finding; dimension scores stay whole-repository numbers and are shown, and the
 * performance score (measured per run, not inherited) still decides the conditional gate.
 */
function defaultGates(config, gateOn = "all") {
    if (gateOn === "new")
        return [
            { id: "no-new-critical-findings", metric: "security.findings.new.critical", max: 0, kind: "blocking" },
            { id: "no-new-high-findings", metric: "security.findings.new.high", max: 0, kind: "blocking" },
            { id: "no-new-documentation-findings", metric: "documentation.findings.new", max: 0, kind: "blocking" },
            { id: "no-new-compliance-findings", metric: "compliance.findings.new", max: 0, kind: "blocking" },
            { id: "performance-score", metric: "performance.score", min: config.performance.target, kind: "conditional" },
        ];
    return [
        { id: "no-critical-findings", metric: "security.findings.critical", max: 0, kind: "blocking" },
        { id: "no-high-findings", metric: "security.findings.high", max: 0, kind: "blocking" },
        { id: "compliance-score", metric: "compliance.score", min: config.compliance.target, kind: "blocking" },
        { id: "documentation-score", metric: "documentation.score", min: config.documentation.target, kind: "blocking" },
        { id: "security-score", metric: "security.score", min: config.security.target, kind: "blocking" },
        { id: "performance-score", metric: "performance.score", min: config.performance.target, kind: "conditional" },
    ];
}
function gateId(g) {
    if (g.id)
        return g.id;
    const bound = g.min !== undefined ? `min-${g.min}` : `max-${g.max}`;
    return `${g.metric}-${bound}`;
}
function fmt(metric, v) {
    // Scores show rounded down, like everywhere else; counts and measurements as they are.
    if (metric.endsWith(".score"))
        return (0,scoring_metrics/* displayScore */.VW)(v);
    return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
}
function evaluateGates(config, dimensions, metrics, gateOn = "all") {
    const required = new Set(config["required-dimensions"]);
    const results = [];
    for (const d of required) {
        const dim = dimensions[d];
        const ok = dim.status === "assessed";
        results.push({
            id: `required-${d}`,
            metric: `${d}.score`,
            kind: "blocking",
            status: ok ? "passed" : "failed",
            passed: ok,
            actual: dim.score,
            ...(ok
                ? {}
                : {
                    reason: `${d} is required but ${dim.status === "error" ? "failed" : "was not assessed"}${dim.reason ? `: ${dim.reason}` : ""}`,
                }),
        });
    }
    for (const g of config.gates ?? defaultGates(config, gateOn)) {
        const id = gateId(g);
        const base = {
            id,
            metric: g.metric,
            kind: g.kind,
            ...(g.min !== undefined ? { min: g.min } : {}),
            ...(g.max !== undefined ? { max: g.max } : {}),
        };
        const dimName = g.metric.split(".")[0];
        const dim = report/* DIMENSIONS */.Yf.includes(dimName) ? dimensions[dimName] : null;
        if (dim && dim.status === "not-assessed") {
            results.push({
                ...base,
                status: required.has(dimName) ? "failed" : "skipped",
                passed: required.has(dimName) ? false : null,
                actual: null,
                reason: required.has(dimName)
                    ? `${dimName} is required but was not assessed (${g.kind})`
                    : `${dimName} not assessed${dim.reason ? `: ${dim.reason}` : ""}`,
            });
            continue;
        }
        if (dim && dim.status === "error") {
            results.push({
                ...base,
                status: "failed",
                passed: false,
                actual: null,
                reason: `${dimName} could not be assessed${dim.reason ? `: ${dim.reason}` : ""}`,
            });
            continue;
        }
        const actual = metrics.get(g.metric);
        if (actual === undefined || actual === null) {
            results.push({ ...base, status: "skipped", passed: null, actual: null, reason: `${g.metric} was not measured` });
            continue;
        }
        const failures = [];
        if (g.min !== undefined && actual < g.min)
            failures.push(`${g.metric} ${fmt(g.metric, actual)} < ${g.min}`);
        if (g.max !== undefined && actual > g.max)
            failures.push(`${g.metric} ${fmt(g.metric, actual)} > ${g.max}`);
        const passed = failures.length === 0;
        results.push({
            ...base,
            status: passed ? "passed" : "failed",
            passed,
            actual,
            ...(passed ? {} : { reason: `${failures.join(", ")} (${g.kind})` }),
        });
    }
    return results;
}

;// CONCATENATED MODULE: ./src/core/scoring/overall.ts

/**
 * Weighted mean of the assessed dimensions. A dimension that is not assessed (or whose weight is 0) is left out,
 * never counted as 0 or 100. Null when nothing was assessed.
 */
function overallScore(dimensions, weights) {
    let sum = 0;
    let weight = 0;
    for (const d of report/* DIMENSIONS */.Yf) {
        const dim = dimensions[d];
        if (dim.status !== "assessed" || dim.score === null)
            continue;
        sum += dim.score * weights[d];
        weight += weights[d];
    }
    return weight > 0 ? sum / weight : null;
}

;// CONCATENATED MODULE: ./src/core/scoring/verdict.ts

/** Whether no dimension was assessed at all (errors count as assessed: they fail their gates). */
function nothingAssessed(dimensions) {
    return report/* DIMENSIONS */.Yf.every((d) => dimensions[d].status === "not-assessed");
}
function verdictFrom(gates, dimensions) {
    if (gates.some((g) => g.status === "failed" && g.kind === "blocking"))
        return "no-go";
    // With nothing assessed every gate was skipped: that is no evidence, not a pass.
    if (dimensions && nothingAssessed(dimensions))
        return "nothing-assessed";
    if (gates.some((g) => g.status === "failed" && g.kind === "conditional"))
        return "conditional";
    return "go";
}
const DEFAULT_RECOMMENDATIONS = {
    go: "Deploy: every gate holds.",
    conditional: "Deploy with a staged rollout and close monitoring; the failed conditional gates are the risks to watch.",
    "no-go": "Do not deploy: fix the blocking items first.",
    "nothing-assessed": "Do not rely on this result: nothing was assessed. Point the config at the documentation, the artifacts or the compliance controls to assess.",
};
function recommendationFor(verdict, config) {
    return config.recommendation[verdict] ?? DEFAULT_RECOMMENDATIONS[verdict];
}

;// CONCATENATED MODULE: ./src/core/security/accepted.ts
/** Accepted risks: which config entry covers a finding, and whether that acceptance still holds. */

/** An acceptance holds through the whole day of `expires` (UTC). */
function isExpired(expires, now) {
    const end = Date.parse(`${expires}T23:59:59.999Z`);
    return Number.isFinite(end) && now.getTime() > end;
}
/** Every criterion the entry names must hold. */
function matches(risk, m, matcher) {
    const f = m.finding;
    if (risk.id !== undefined) {
        const id = risk.id.toUpperCase();
        if (!f.aliases.some((a) => a.toUpperCase() === id) && !m.ruleIds.some((r) => r.toUpperCase() === id))
            return false;
    }
    if (risk.rule !== undefined) {
        const rule = risk.rule;
        if (!m.ruleIds.some((r) => r === rule || m.tools.some((t) => `${t}/${r}` === rule)))
            return false;
    }
    if (risk.fingerprint !== undefined && !m.fingerprints.includes(risk.fingerprint))
        return false;
    if (risk.path !== undefined) {
        if (!f.path || !(matcher ?? picomatch_default()(risk.path, { dot: true }))(f.path))
            return false;
    }
    return true;
}
function acceptanceFor(risks, f, now) {
    let lapsedMatch;
    for (const [index, risk] of risks.entries()) {
        if (!matches(risk, f))
            continue;
        const lapsed = isExpired(risk.expires, now);
        // A valid acceptance wins over an expired one for the same finding.
        if (!lapsed)
            return { risk, index, lapsed };
        lapsedMatch ??= { risk, index, lapsed };
    }
    return lapsedMatch;
}

// EXTERNAL MODULE: ./src/core/security/owasp.ts + 1 modules
var security_owasp = __webpack_require__(55497);
// EXTERNAL MODULE: ./src/core/security/build.ts
var build = __webpack_require__(20994);
// EXTERNAL MODULE: ./src/core/security/severity.ts
var severity = __webpack_require__(19331);
;// CONCATENATED MODULE: ./src/core/security/dedupe.ts
/**
 * De-duplication across tools: findings that share an advisory id and package, or a rule and location, are one
 * vulnerability. Union-find over those keys, so A~B (same CVE) and B~C (same GHSA) join all three.
 */




/** Node keys of the union-find; each kind in its own map so that only composite keys build new strings. */
function keysOf(f, each) {
    each(0, f.fingerprint);
    if (f.package) {
        const name = f.package.name.toLowerCase();
        const ids = f.aliases.length > 0 ? f.aliases : [f.ruleId];
        for (const id of ids)
            each(1, `${name}|${id.toUpperCase()}`);
    }
    else if (f.path) {
        each(2, `${f.ruleId}|${f.path}|${f.line ?? ""}`);
    }
}
/** `[value]`, shared between every singleton with the same value. */
function singletons() {
    const cache = new Map();
    return (value) => {
        let list = cache.get(value);
        if (!list) {
            list = [value];
            cache.set(value, list);
        }
        return list;
    };
}
function mergeGroup(fs) {
    const first = fs[0];
    const m = {
        ...first,
        cwes: [...new Set(fs.flatMap((f) => f.cwes))],
        aliases: [...new Set(fs.flatMap((f) => f.aliases))],
        severity: fs.map((f) => f.severity).reduce(severity/* worse */.JJ),
        secret: fs.some((f) => f.secret),
    };
    const withFix = fs.find((f) => f.fix);
    if (withFix?.fix)
        m.fix = withFix.fix;
    const withPkgFix = fs.find((f) => f.package?.fixedVersion);
    if (withPkgFix?.package)
        m.package = withPkgFix.package;
    for (const key of ["path", "line", "column", "endLine", "endColumn", "url", "helpUrl"]) {
        if (m[key] === undefined) {
            const src = fs.find((f) => f[key] !== undefined);
            if (src)
                Object.assign(m, { [key]: src[key] });
        }
    }
    m.owasp = m.package ? security_owasp/* OWASP_COMPONENTS */.A_ : (0,security_owasp/* owaspForCwes */.Mu)(m.cwes);
    if (m.owasp === undefined)
        delete m.owasp;
    // The identity of a merged dependency finding does not depend on which tools saw it.
    if (m.package)
        m.fingerprint = (0,hash/* shortHash */.B)("pkg", m.package.name.toLowerCase(), (0,build/* primaryAdvisory */._$)(m.aliases) ?? m.ruleId);
    return m;
}
function dedupe(items) {
    const parent = new Int32Array(items.length);
    for (let i = 0; i < parent.length; i++)
        parent[i] = i;
    const find = (i) => {
        while (parent[i] !== i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    };
    {
        const owners = [new Map(), new Map(), new Map()];
        items.forEach((it, i) => {
            keysOf(it.finding, (kind, k) => {
                const owner = owners[kind];
                const j = owner.get(k);
                if (j === undefined)
                    owner.set(k, i);
                else
                    parent[find(i)] = find(j);
            });
        });
    }
    // Groups in order of their first member, as a map of roots to member lists would give; singletons need no list.
    const size = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
        const r = find(i);
        size[r] = size[r] + 1;
    }
    const members = new Map();
    for (let i = 0; i < items.length; i++) {
        const r = find(i);
        if (size[r] > 1) {
            const g = members.get(r);
            if (g)
                g.push(i);
            else
                members.set(r, [i]);
        }
    }
    const tool = singletons();
    const rule = singletons();
    const source = singletons();
    const out = [];
    const seen = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) {
        const r = find(i);
        if (seen[r])
            continue;
        seen[r] = 1;
        const group = members.get(r);
        if (!group) {
            const { finding: f, source: src } = items[i];
            out.push({
                finding: f,
                tools: tool(f.tool),
                fingerprints: [f.fingerprint],
                ruleIds: rule(f.ruleId),
                sources: source(src),
            });
            continue;
        }
        const fs = group.map((k) => items[k].finding);
        const m = mergeGroup(fs);
        const fingerprints = [...new Set(fs.map((f) => f.fingerprint))];
        if (!fingerprints.includes(m.fingerprint))
            fingerprints.push(m.fingerprint);
        out.push({
            finding: m,
            tools: [...new Set(fs.map((f) => f.tool))].sort(),
            fingerprints,
            ruleIds: [...new Set(fs.map((f) => f.ruleId))],
            sources: [...new Set(group.map((k) => items[k].source))],
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/security/analyze.ts





const TOP_MAX = 50;
function zeroes() {
    return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}
function securityScore(counts, penalties) {
    const sum = report/* SEVERITIES */.oC.reduce((s, sev) => s + counts[sev] * penalties[sev], 0);
    return Math.max(0, 100 - sum);
}
// The same order as `localeCompare` (a collator with the default locale and options), without building one per call.
const collate = new Intl.Collator().compare;
function byWorst(x, y) {
    const a = x.finding;
    const b = y.finding;
    return (report/* SEVERITY_RANK */.f3[a.severity] - report/* SEVERITY_RANK */.f3[b.severity] ||
        collate(a.path ?? a.package?.name ?? a.url ?? "", b.path ?? b.package?.name ?? b.url ?? "") ||
        (a.line ?? 0) - (b.line ?? 0) ||
        collate(a.ruleId, b.ruleId));
}
function view(m, acceptance) {
    const f = m.finding;
    const v = {
        fingerprint: f.fingerprint,
        tools: [...m.tools],
        ruleId: f.ruleId,
        severity: f.severity,
        title: f.title,
        cwes: f.cwes,
        aliases: f.aliases,
        secret: f.secret,
    };
    if (f.owasp)
        v.owasp = f.owasp;
    if (f.path)
        v.path = f.path;
    if (f.line !== undefined)
        v.line = f.line;
    if (f.url)
        v.url = f.url;
    if (f.package)
        v.package = f.package;
    if (f.fix)
        v.fix = f.fix;
    if (f.helpUrl)
        v.helpUrl = f.helpUrl;
    if (acceptance)
        v.acceptance = acceptance;
    return v;
}
/** The sentence a report finding carries: what, where (package), the fix, the tools. */
function findingMessage(f, tools = f.tools) {
    const pkg = f.package ? ` in ${f.package.name}${f.package.version ? ` ${f.package.version}` : ""}` : "";
    const ids = f.aliases.filter((a) => a !== f.ruleId).slice(0, 3);
    const idText = ids.length ? ` (${ids.join(", ")})` : "";
    const fix = f.fix ? `. Fix: ${f.fix}` : "";
    const where = !f.path && f.url ? ` at ${f.url}` : "";
    const acc = f.acceptance
        ? f.acceptance.lapsed
            ? `. Risk acceptance expired on ${f.acceptance.expires}: counted again`
            : `. Accepted risk until ${f.acceptance.expires}: ${f.acceptance.reason}`
        : "";
    return `${f.title}${pkg}${idText}${where}${fix}${acc} [${tools.join(", ")}]`;
}
/** Report findings share their rule id and tool strings: a scanner's 100,000 results name a few dozen rules. */
class ReportStrings {
    ruleIds = new Map();
    tools = new Map();
    ruleId(m) {
        const raw = `${m.tools[0].replace(/\s+/g, "-")}/${m.finding.ruleId}`;
        const known = this.ruleIds.get(raw);
        if (known !== undefined)
            return known;
        this.ruleIds.set(raw, raw);
        return raw;
    }
    tool(m) {
        let t = this.tools.get(m.tools);
        if (t === undefined) {
            t = m.tools.join(", ");
            this.tools.set(m.tools, t);
        }
        return t;
    }
}
function reportFinding(m, acceptance, scored, strings) {
    const f = m.finding;
    const out = {
        dimension: "security",
        ruleId: strings.ruleId(m),
        severity: f.severity,
        message: findingMessage(acceptance ? { ...f, acceptance } : f, m.tools),
        tool: strings.tool(m),
        fingerprint: f.fingerprint,
        scored,
    };
    if (f.path)
        out.path = f.path;
    if (f.line !== undefined)
        out.line = f.line;
    if (f.column !== undefined)
        out.column = f.column;
    if (f.endLine !== undefined)
        out.endLine = f.endLine;
    if (f.endColumn !== undefined)
        out.endColumn = f.endColumn;
    if (f.helpUrl)
        out.url = f.helpUrl;
    return out;
}
function describeRisk(r, i) {
    const what = [
        r.id && `id ${r.id}`,
        r.rule && `rule ${r.rule}`,
        r.fingerprint && `fingerprint ${r.fingerprint}`,
        r.path && `path ${r.path}`,
    ]
        .filter(Boolean)
        .join(", ");
    return `#${i + 1} (${what}) matches no finding`;
}
async function analyzeSecurity(input) {
    return unreadableAsError(await analyzeFindings(input), input.unreadable, "scanner");
}
async function analyzeFindings(input) {
    const { config, now } = input;
    if (input.artifacts.length === 0)
        return { result: notAssessed(config.target, "no security scanner results were found"), findings: [] };
    const items = input.artifacts.flatMap((a) => a.result.findings.map((finding) => ({ finding, source: a.path })));
    const merged = dedupe(items).sort(byWorst);
    const risks = config["accepted-risks"];
    const open = [];
    // Views (what the report's tables show) only for what it shows: the first TOP_MAX open, the accepted, the lapsed.
    const openViews = [];
    const accepted = [];
    const lapsed = [];
    const findings = [];
    const severity = zeroes();
    const owaspOpen = new Map();
    const owaspAccepted = new Map();
    const strings = new ReportStrings();
    for (const m of merged) {
        const f = m.finding;
        const match = risks.length > 0 ? acceptanceFor(risks, m, now) : undefined;
        const acceptance = match
            ? { reason: match.risk.reason, expires: match.risk.expires, lapsed: match.lapsed }
            : undefined;
        if (match && !match.lapsed) {
            accepted.push(view(m, acceptance));
            if (f.owasp)
                owaspAccepted.set(f.owasp, (owaspAccepted.get(f.owasp) ?? 0) + 1);
            findings.push(reportFinding(m, acceptance, false, strings));
            continue;
        }
        if (match?.lapsed)
            lapsed.push(view(m, acceptance));
        open.push(m);
        if (openViews.length < TOP_MAX)
            openViews.push(view(m, acceptance));
        severity[f.severity]++;
        // `merged` is sorted worst first, so a category's first open finding is its worst.
        if (f.owasp) {
            const row = owaspOpen.get(f.owasp);
            if (row)
                row.count++;
            else
                owaspOpen.set(f.owasp, { count: 1, worst: f.severity });
        }
        findings.push(reportFinding(m, acceptance, true, strings));
    }
    const score = securityScore(severity, config.penalties);
    const owasp = security_owasp/* OWASP_CATEGORIES */.wM.map((c) => {
        const row = owaspOpen.get(c.id);
        const worst = row ? row.worst : null;
        const status = worst === null ? "pass" : worst === "critical" || worst === "high" ? "fail" : "warn";
        return { id: c.id, name: c.name, findings: row?.count ?? 0, accepted: owaspAccepted.get(c.id) ?? 0, worst, status };
    });
    const tools = new Map();
    for (const a of input.artifacts) {
        for (const name of a.result.tool.split(", ")) {
            const row = tools.get(name) ?? { tool: name, artifacts: [], reported: 0 };
            if (a.result.toolVersion && !row.version)
                row.version = a.result.toolVersion;
            if (!row.artifacts.includes(a.path))
                row.artifacts.push(a.path);
            tools.set(name, row);
        }
        for (const f of a.result.findings) {
            const row = tools.get(f.tool) ?? { tool: f.tool, artifacts: [a.path], reported: 0 };
            row.reported++;
            tools.set(f.tool, row);
        }
    }
    const unusedAcceptances = risks.flatMap((r, i) => (merged.some((f) => matches(r, f)) ? [] : [describeRisk(r, i)]));
    let secrets = 0;
    let unmapped = 0;
    for (const m of open) {
        if (m.finding.secret)
            secrets++;
        if (!m.finding.owasp)
            unmapped++;
    }
    const details = {
        severity,
        penalties: { ...config.penalties },
        totals: {
            reported: items.length,
            unique: merged.length,
            open: open.length,
            accepted: accepted.length,
            lapsed: lapsed.length,
            secrets,
        },
        owasp,
        unmapped,
        tools: [...tools.values()].sort((a, b) => collate(a.tool, b.tool)),
        top: openViews,
        accepted,
        lapsed,
        unusedAcceptances,
    };
    const metrics = {
        "findings.critical": severity.critical,
        "findings.high": severity.high,
        "findings.medium": severity.medium,
        "findings.low": severity.low,
        "findings.info": severity.info,
        "findings.total": open.length,
        accepted: accepted.length,
        "expired-acceptances": lapsed.length,
        secrets,
    };
    return { result: { status: "assessed", score, target: config.target, metrics, details }, findings };
}

;// CONCATENATED MODULE: ./src/core/util/limit.ts
/** Runs `fn` over `items` with at most `concurrency` in flight; results keep the input order. */
async function mapLimit(items, concurrency, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/core/listed-findings.ts

/**
 * The report lists at most this many findings per dimension, most severe first. Scores, metrics and counts use
 * every finding; the cap keeps a 100 MB scanner output from turning into a report of hundreds of thousands of
 * entries that no reader opens (and that would cost several times the input's size in memory).
 */
const MAX_LISTED_FINDINGS = 5000;
/**
 * The largest per-rule cap at which the capped counts still fit in `total`: a rule with few findings keeps them
 * all, and the rules with many share what is left equally, so no rule loses all its examples to a noisier one.
 * Never below 1: with more rules than room, the overall cap then picks the most severe.
 */
function perRuleCap(counts, total) {
    const sorted = [...counts].sort((a, b) => a - b);
    let left = total;
    for (let i = 0; i < sorted.length; i++) {
        const share = Math.floor(left / (sorted.length - i));
        const n = sorted[i];
        if (n > share)
            return Math.max(1, share);
        left -= n;
    }
    return Number.POSITIVE_INFINITY;
}
/** Most severe first; within a severity, what the PR adds before what was already on its base. */
const rank = (a, b) => report/* SEVERITY_RANK */.f3[a.severity] - report/* SEVERITY_RANK */.f3[b.severity] ||
    (a.state === "existing" ? 1 : 0) - (b.state === "existing" ? 1 : 0);
function listedFindings(list, notices) {
    if (list.length <= MAX_LISTED_FINDINGS)
        return list;
    const dimension = list[0]?.dimension ?? "";
    const byRule = new Map();
    list.forEach((f, i) => {
        const at = byRule.get(f.ruleId);
        if (at)
            at.push(i);
        else
            byRule.set(f.ruleId, [i]);
    });
    const cap = perRuleCap([...byRule.values()].map((v) => v.length), MAX_LISTED_FINDINGS);
    const keep = [];
    for (const indices of byRule.values()) {
        // A stable sort keeps each analyzer's own order within a severity.
        const ranked = [...indices].sort((a, b) => rank(list[a], list[b]));
        keep.push(...ranked.slice(0, cap));
    }
    const perRule = byRule.size > 1 && byRule.size <= MAX_LISTED_FINDINGS
        ? `, at most ${cap.toLocaleString("en-US")} per rule so that every rule keeps examples`
        : "";
    notices.push(`${list.length.toLocaleString("en-US")} ${dimension} findings: the report lists the ${MAX_LISTED_FINDINGS.toLocaleString("en-US")} most severe${perRule}; scores and counts include all of them`);
    keep.sort((a, b) => a - b);
    // Then the overall cap (it bites only when there are more rules than room), most severe first.
    return keep
        .map((i) => list[i])
        .sort(rank)
        .slice(0, MAX_LISTED_FINDINGS);
}

;// CONCATENATED MODULE: ./src/core/compare/compare-findings.ts
function identity(f, path) {
    const what = f.dimension === "documentation" && f.fingerprint ? f.fingerprint : `${f.message}`;
    return `${f.dimension}\u0000${f.ruleId}\u0000${path ?? ""}\u0000${what}`;
}
const counts = (f) => f.scored !== false;
/** `renames`: baseline path → path in this run. */
function compareFindings(current, baseline, renames = new Map()) {
    const pool = new Map();
    let renamed = 0;
    for (const b of baseline) {
        const mapped = b.path !== undefined ? renames.get(b.path) : undefined;
        if (mapped !== undefined)
            renamed++;
        const key = identity(b, mapped ?? b.path);
        const list = pool.get(key);
        if (list)
            list.push(b);
        else
            pool.set(key, [b]);
    }
    const findings = current.map((f) => {
        const list = pool.get(identity(f, f.path));
        const match = list?.shift();
        return { ...f, state: match ? "existing" : "new" };
    });
    const fixed = [...pool.values()].flat();
    return { findings, fixed, renamed };
}
/** Without a baseline report: findings in files the PR changed are new, the rest (and pathless ones) existing. */
function markByChangedFiles(current, changed) {
    return current.map((f) => ({ ...f, state: f.path !== undefined && changed.has(f.path) ? "new" : "existing" }));
}

;// CONCATENATED MODULE: ./src/core/compare/apply-comparison.ts


function applyComparison(lists, input, config, notices) {
    const wanted = config["gate-on"];
    if (!input) {
        if (wanted === "new")
            notices.push("`gate-on: new` but no baseline is available (no base report or base commit): all findings are gated");
        return { lists, metrics: new Map(), gateOn: "all" };
    }
    const metrics = new Map();
    let fixedTotal = 0;
    let renamed = 0;
    const marked = lists.map((list) => {
        if ("changedFiles" in input)
            return markByChangedFiles(list, input.changedFiles);
        const dimension = list[0]?.dimension;
        const base = dimension ? input.findings.filter((f) => f.dimension === dimension) : [];
        const result = compareFindings(list, base, input.renames);
        renamed += result.renamed;
        return result.findings;
    });
    const all = marked.flat();
    for (const d of report/* DIMENSIONS */.Yf) {
        const mine = all.filter((f) => f.dimension === d && counts(f));
        metrics.set(`${d}.findings.new`, mine.filter((f) => f.state === "new").length);
        metrics.set(`${d}.findings.existing`, mine.filter((f) => f.state === "existing").length);
        if ("changedFiles" in input)
            metrics.set(`${d}.findings.fixed`, null);
        else {
            const inBase = input.findings.filter((f) => f.dimension === d && counts(f)).length;
            const fixed = inBase - mine.filter((f) => f.state === "existing").length;
            metrics.set(`${d}.findings.fixed`, Math.max(0, fixed));
            fixedTotal += Math.max(0, fixed);
        }
    }
    for (const s of report/* SEVERITIES */.oC)
        metrics.set(`security.findings.new.${s}`, all.filter((f) => f.dimension === "security" && counts(f) && f.state === "new" && f.severity === s).length);
    const gateOn = wanted === "all" ? "all" : "new";
    const scored = all.filter(counts);
    return {
        lists: marked,
        metrics,
        gateOn,
        comparison: {
            gateOn,
            baseline: input.baseline,
            added: scored.filter((f) => f.state === "new").length,
            existing: scored.filter((f) => f.state === "existing").length,
            fixed: fixedTotal,
            renamed,
        },
    };
}

;// CONCATENATED MODULE: ./src/core/assess.ts

















function describeError(e) {
    if (e instanceof source/* UnreadableArtifactError */.u7)
        return e.message;
    if (e instanceof SyntaxError)
        return `not valid: ${e.message}`;
    return e instanceof Error ? e.message : String(e);
}
async function parseArtifacts(inputs) {
    const out = { entries: [], performance: [], security: [] };
    const parsed = await mapLimit(inputs, 4, async (input) => {
        const { source } = input;
        const format = (0,registry/* detectFormat */.Tz)(source, input.format);
        if (!format) {
            const why = source.size === 0 ? "the file is empty" : "not a report of any supported format";
            return {
                entry: {
                    path: source.path,
                    format: null,
                    dimension: null,
                    status: "unrecognised",
                    error: why,
                    bytes: source.size,
                },
            };
        }
        const base = { path: source.path, format: format.id, dimension: format.dimension, bytes: source.size };
        try {
            if (format.dimension === "performance") {
                const parts = await format.parse(source);
                return {
                    entry: { ...base, status: "parsed" },
                    performance: {
                        path: source.path,
                        format: format.id,
                        parts,
                        ...(input.scenario ? { scenario: input.scenario } : {}),
                    },
                };
            }
            const result = await format.parse(source);
            return {
                entry: { ...base, status: "parsed" },
                security: { path: source.path, format: format.id, result },
            };
        }
        catch (e) {
            return { entry: { ...base, status: "unreadable", error: describeError(e) } };
        }
    });
    for (const p of parsed) {
        out.entries.push(p.entry);
        if ("performance" in p && p.performance)
            out.performance.push(p.performance);
        if ("security" in p && p.security)
            out.security.push(p.security);
    }
    return out;
}
/** The documentation analyzer's input from the collected one: the single run and each shard build it alike. */
function documentationInputOf(input) {
    return {
        files: input.docs,
        repoFiles: input.repo.files(),
        config: input.config.documentation,
        ...(input.markdownlintConfig ? { markdownlintConfig: input.markdownlintConfig } : {}),
        ...(input.unreadableDocs?.length ? { unreadable: input.unreadableDocs } : {}),
        ...input.documentationServices,
    };
}
async function assess(input) {
    const { config } = input;
    const docsEnabled = config.documentation.enabled;
    const [docs, parsed, baseline] = await Promise.all([
        docsEnabled && input.documentationOutcome
            ? Promise.resolve(input.documentationOutcome)
            : docsEnabled
                ? analyzeDocumentation(documentationInputOf(input))
                : Promise.resolve({
                    result: notAssessed(config.documentation.target, "disabled in the config"),
                    findings: [],
                }),
        parseArtifacts(input.artifacts),
        input.baseline?.length ? parseArtifacts(input.baseline) : Promise.resolve(undefined),
    ]);
    const artifacts = [...(input.unopened ?? []), ...parsed.entries];
    const unreadableOf = (d) => artifacts.filter((a) => a.dimension === d && a.status === "unreadable").map((a) => a.path);
    const [perf, sec] = await Promise.all([
        config.performance.enabled
            ? analyzePerformance({
                artifacts: parsed.performance,
                config: config.performance,
                unreadable: unreadableOf("performance"),
                ...(baseline ? { baseline: baseline.performance } : {}),
            })
            : Promise.resolve({
                result: notAssessed(config.performance.target, "disabled in the config"),
                findings: [],
            }),
        config.security.enabled
            ? analyzeSecurity({
                artifacts: parsed.security,
                config: config.security,
                now: input.now,
                unreadable: unreadableOf("security"),
            })
            : Promise.resolve({
                result: notAssessed(config.security.target, "disabled in the config"),
                findings: [],
            }),
    ]);
    const partial = {
        documentation: docs.result,
        performance: perf.result,
        security: sec.result,
        compliance: notAssessed(config.compliance.target, "pending"),
    };
    const compliance = config.compliance.enabled
        ? await evaluateCompliance({
            config: config.compliance,
            repo: input.repo,
            artifacts,
            metrics: (0,scoring_metrics/* collectMetrics */.IE)(partial, null),
        })
        : { result: notAssessed(config.compliance.target, "disabled in the config"), findings: [] };
    const dimensions = { ...partial, compliance: compliance.result };
    const notices = [...(input.notices ?? [])];
    const compared = applyComparison([docs.findings, perf.findings, sec.findings, compliance.findings], input.comparison, config, notices);
    const findings = compared.lists.flatMap((list) => listedFindings(list, notices));
    const score = overallScore(dimensions, config.weights);
    const metrics = (0,scoring_metrics/* collectMetrics */.IE)(dimensions, score);
    for (const [k, v] of compared.metrics)
        metrics.set(k, v);
    const gates = evaluateGates(config, dimensions, metrics, compared.gateOn);
    const verdict = verdictFrom(gates, dimensions);
    return {
        schemaVersion: report/* SCHEMA_VERSION */.f$,
        tool: { name: "readiness-gate", version: input.toolVersion },
        generatedAt: input.now.toISOString(),
        verdict,
        score,
        recommendation: recommendationFor(verdict, config),
        dimensions,
        findings,
        artifacts,
        gates,
        risks: deriveRisks(gates, findings),
        notices,
        ...(input.emptyPatterns?.length ? { emptyPatterns: input.emptyPatterns } : {}),
        ...(compared.comparison ? { comparison: compared.comparison } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/validate-config.ts + 7 modules
var validate_config = __webpack_require__(88525);
;// CONCATENATED MODULE: ./src/links/proxy-env.ts
/** The proxy variables of an environment (no network code here: the front doors import it eagerly). */
/** The proxy variables of an environment, lower case first (curl's order). Empty values count as unset. */
function proxyFromEnv(env) {
    const pick = (name) => env[name.toLowerCase()] || env[name] || undefined;
    const http = pick("HTTP_PROXY");
    const https = pick("HTTPS_PROXY");
    const noProxy = pick("NO_PROXY");
    return { ...(http ? { http } : {}), ...(https ? { https } : {}), ...(noProxy ? { noProxy } : {}) };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/engine/baseline/git.ts
/**
 * The git the baseline needs, run without a shell and with hooks switched off: where the repository is, whether
 * a commit is present, a detached worktree of it, and what changed since it (with renames). Errors come back as
 * one sentence.
 */


/** Never run the repository's hooks, whatever its config says; never ask for credentials. */
const SAFE = ["-c", "core.hooksPath=/dev/null", "-c", "credential.helper="];
class GitError extends Error {
    name = "GitError";
}
function git(cwd, args, timeoutMs = 120_000) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)("git", [...SAFE, ...args], { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } }, (err, stdout, stderr) => {
            if (err) {
                const why = (stderr || err.message).trim().split("\n")[0] ?? "failed";
                reject(new GitError(`git ${args[0]}: ${why}`));
            }
            else
                resolve(stdout);
        });
    });
}
async function gitToplevel(dir) {
    try {
        return external_node_path_default().resolve((await git(dir, ["rev-parse", "--show-toplevel"])).trim());
    }
    catch {
        return null;
    }
}
/** The full SHA of `ref`, or null when the checkout does not have it. */
async function resolveCommit(top, ref) {
    try {
        return (await git(top, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim() || null;
    }
    catch {
        return null;
    }
}
/** Fetches one commit (a shallow checkout lacks the PR's base). */
async function fetchCommit(top, sha, remote = "origin") {
    await git(top, ["fetch", "--no-tags", "--depth=1", remote, sha]);
}
async function addWorktree(top, dir, sha) {
    await git(top, ["worktree", "add", "--detach", "--force", dir, sha]);
}
async function removeWorktree(top, dir) {
    await git(top, ["worktree", "remove", "--force", dir]).catch(() => { });
    await git(top, ["worktree", "prune"]).catch(() => { });
}
/** What changed between `sha` and the working tree, limited to the folder `under` (relative to the top). */
async function changesSince(top, sha, under) {
    const out = await git(top, ["diff", "--name-status", "-M", "-z", sha, "--", under || "."]);
    const parts = out.split("\0");
    const prefix = under ? `${under.replace(/\/+$/, "")}/` : "";
    const rel = (p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p);
    const changed = new Set();
    const renames = new Map();
    for (let i = 0; i < parts.length;) {
        const status = parts[i++] ?? "";
        if (status === "")
            continue;
        if (status.startsWith("R") || status.startsWith("C")) {
            const from = parts[i++] ?? "";
            const to = parts[i++] ?? "";
            if (status.startsWith("R"))
                renames.set(rel(from), rel(to));
            changed.add(rel(to));
        }
        else {
            const p = parts[i++] ?? "";
            if (!status.startsWith("D"))
                changed.add(rel(p));
        }
    }
    return { changed, renames };
}

;// CONCATENATED MODULE: ./src/engine/baseline/resolve.ts
/**
 * Finds the PR's baseline, trying the sources a front door offers in order: a saved report of the base commit,
 * the base commit assessed from the same checkout (a git worktree, fetched when the checkout is shallow), or the
 * files the PR changed. The first that works is used and the report says which; the others' problems are
 * notices.
 */




const resolve_short = (sha) => sha.slice(0, 7);
async function resolveBaseline(requests, root, assessTree) {
    const notices = [];
    const reasons = [];
    for (const request of requests) {
        try {
            const comparison = await fromRequest(request, root, assessTree, notices);
            if (comparison)
                return { comparison, notices };
        }
        catch (e) {
            reasons.push(e.message.split("\n")[0] ?? "");
        }
    }
    if (requests.length > 0)
        notices.push(`no baseline could be used (${reasons.join("; ")}): every finding gates, old ones included (see docs/pull-requests.md)`);
    return { notices };
}
async function fromRequest(request, root, assessTree, notices) {
    if (request.kind === "changed-files") {
        const files = typeof request.files === "function" ? await request.files() : request.files;
        return { baseline: { kind: "changed-files", description: request.description }, changedFiles: new Set(files) };
    }
    if (request.kind === "tree") {
        const base = await assessTree(request.root);
        return {
            baseline: { kind: "base-commit", description: `the base commit ${resolve_short(request.sha)}`, sha: request.sha },
            findings: base.findings,
        };
    }
    if (request.kind === "report") {
        const report = parseBaselineReport(request.file, await (0,promises_.readFile)(request.file, "utf8"));
        const sha = report.context?.sha;
        const renames = sha ? await renamesSince(root, sha) : new Map();
        return {
            baseline: {
                kind: "report",
                description: request.description ?? `the report ${external_node_path_default().basename(request.file)}${sha ? ` of ${resolve_short(sha)}` : ""}`,
                ...(sha ? { sha } : {}),
            },
            findings: report.findings,
            renames,
        };
    }
    const top = await gitToplevel(root);
    if (!top)
        throw new Error(`${root} is not inside a git repository, so the base ${request.ref} cannot be checked out`);
    let sha = await resolveCommit(top, request.ref);
    if (!sha && request.fetch && /^[0-9a-f]{40}$/.test(request.ref)) {
        try {
            await fetchCommit(top, request.ref);
            sha = await resolveCommit(top, request.ref);
        }
        catch (e) {
            notices.push(`baseline: could not fetch the base commit ${resolve_short(request.ref)}: ${e.message}`);
        }
    }
    if (!sha)
        throw new Error(`the base ${request.ref} is not in this checkout (a shallow clone? use actions/checkout with fetch-depth: 0, or let the action fetch it)`);
    const under = external_node_path_default().relative(top, external_node_path_default().resolve(root)).split((external_node_path_default()).sep).join("/");
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), "readiness-base-"));
    const tree = external_node_path_default().join(dir, "tree");
    try {
        await addWorktree(top, tree, sha);
        const base = await assessTree(under ? external_node_path_default().join(tree, under) : tree);
        const changes = await changesSince(top, sha, under);
        return {
            baseline: { kind: "base-commit", description: `the base commit ${resolve_short(sha)}`, sha },
            findings: base.findings,
            renames: changes.renames,
        };
    }
    finally {
        await removeWorktree(top, tree);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
async function renamesSince(root, sha) {
    const top = await gitToplevel(root);
    if (!top || !(await resolveCommit(top, sha)))
        return new Map();
    const under = external_node_path_default().relative(top, external_node_path_default().resolve(root)).split((external_node_path_default()).sep).join("/");
    return (await changesSince(top, sha, under)).renames;
}
/** A saved readiness-gate JSON report: only what the comparison needs is checked, with one sentence when off. */
function parseBaselineReport(file, text) {
    let raw;
    try {
        raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (e) {
        throw new Error(`${file} is not valid JSON: ${e.message}`);
    }
    const r = raw;
    if (typeof raw !== "object" || raw === null || r.schemaVersion !== 1 || !Array.isArray(r.findings))
        throw new Error(`${file} is not a readiness-gate report (schemaVersion 1 with a findings list)`);
    const findings = r.findings.filter((f) => typeof f === "object" &&
        f !== null &&
        typeof f.ruleId === "string" &&
        typeof f.dimension === "string" &&
        typeof f.message === "string");
    const ctx = r.context;
    const sha = typeof ctx?.sha === "string" && /^[0-9a-f]{40}$/.test(ctx.sha) ? ctx.sha : undefined;
    return { findings, ...(sha ? { context: { sha } } : {}) };
}

;// CONCATENATED MODULE: ./src/engine/finding-paths.ts
/** `/x/y` or `C:/x`: a path that is not relative to the repository. */
function isAbsolutePath(p) {
    return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
}
function comparable(p) {
    const slashed = p.replace(/\\/g, "/").replace(/\/+$/, "");
    // Drive letters (and Windows paths in general) compare case-insensitively.
    return /^[A-Za-z]:\//.test(slashed) ? slashed.toLowerCase() : slashed;
}
function relativeToRoot(p, root) {
    if (!isAbsolutePath(p))
        return p;
    const base = `${comparable(root)}/`;
    const windows = /^[A-Za-z]:\//.test(p);
    const candidate = windows ? p.toLowerCase() : p;
    return candidate.startsWith(base) ? p.slice(base.length) : p;
}
/** Rewrites the findings' paths in place. */
function relativiseFindings(findings, root) {
    for (const f of findings)
        if (f.path)
            f.path = relativeToRoot(f.path, root);
}

;// CONCATENATED MODULE: ./src/engine/sources/fs/artifact-files.ts
/** Opens artifact files as ArtifactSources: a head for detection now, the rest read or streamed on demand. */




async function openArtifact(root, rel) {
    const abs = external_node_path_default().resolve(root, rel);
    const st = await (0,promises_.stat)(abs);
    if (!st.isFile())
        throw new Error("not a regular file");
    const fh = await (0,promises_.open)(abs, "r");
    let head;
    let first;
    try {
        const buf = Buffer.alloc(Math.min(source/* HEAD_BYTES */.Lq, st.size));
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        first = buf.subarray(0, bytesRead);
        head = (0,source/* decodeText */.g7)(first);
    }
    finally {
        await fh.close();
    }
    // UTF-16 reports (Windows PowerShell's `>`) and a UTF-8 BOM reach every parser as plain UTF-8.
    const { encoding, bom } = (0,source/* encodingOf */.P$)(first.subarray(0, 4));
    return {
        path: rel,
        size: st.size,
        head,
        text: async () => (0,source/* decodeText */.g7)(await (0,promises_.readFile)(abs)),
        chunks: () => (0,source/* utf8Chunks */.Os)((0,external_node_fs_.createReadStream)(abs, { highWaterMark: 256 * 1024 }), encoding, bom),
    };
}
/** Opens every path; one that cannot be opened becomes an `unreadable` entry naming the reason. */
async function openArtifacts(root, matches) {
    const out = { sources: [], failed: [] };
    const seen = new Set();
    for (const m of matches) {
        if (seen.has(m.path))
            continue;
        seen.add(m.path);
        try {
            const source = await openArtifact(root, m.path);
            out.sources.push({ source, format: m.format, ...(m.scenario ? { scenario: m.scenario } : {}) });
        }
        catch (e) {
            const code = e.code;
            const reason = code === "EACCES" ? "permission denied" : code === "ENOENT" ? "file not found" : e.message;
            out.failed.push({ path: m.path, format: null, dimension: null, status: "unreadable", error: reason });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/engine/sources/fs/repo-files.ts
/** Lists the repository's files the way a reviewer sees them: no .git, node_modules, nor .gitignore'd paths (any depth). */




const ALWAYS_IGNORED = ["**/.git/**", "**/node_modules/**"];
/**
 * Every `.gitignore` of the tree, each applying to its own directory as git applies it: patterns relative to the
 * file's directory, deeper files taking precedence (a nested `!keep.md` re-includes what a parent ignored).
 */
async function loadGitignore(root) {
    const files = await (0,tinyglobby_dist/* glob */.TI)(["**/.gitignore"], {
        cwd: root,
        dot: true,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
        onlyFiles: true,
    });
    const rules = [];
    for (const f of files) {
        try {
            const dir = external_node_path_default().posix.dirname(f) === "." ? "" : external_node_path_default().posix.dirname(f);
            rules.push({ dir, ig: ignore_default()().add(await (0,promises_.readFile)(external_node_path_default().join(root, f), "utf8")) });
        }
        catch {
            // An unreadable .gitignore ignores nothing.
        }
    }
    // Shallow first, so that a deeper file's verdict overrides its parents'.
    rules.sort((a, b) => (a.dir === "" ? 0 : a.dir.split("/").length) - (b.dir === "" ? 0 : b.dir.split("/").length));
    const verdict = (q) => {
        let ignored = false;
        for (const { dir, ig } of rules) {
            if (dir !== "" && !q.startsWith(`${dir}/`))
                continue;
            const rel = dir === "" ? q : q.slice(dir.length + 1);
            if (rel === "")
                continue;
            const r = ig.test(rel);
            if (r.ignored)
                ignored = true;
            else if (r.unignored)
                ignored = false;
        }
        return ignored;
    };
    const dirs = new Map();
    const dirIgnored = (d) => {
        let v = dirs.get(d);
        if (v === undefined) {
            const parent = d.includes("/") ? d.slice(0, d.lastIndexOf("/")) : "";
            v = (parent !== "" && dirIgnored(parent)) || verdict(`${d}/`);
            dirs.set(d, v);
        }
        return v;
    };
    // An ignored directory hides everything below it, whatever deeper files say: git does not look inside it.
    return (p) => {
        const slash = p.lastIndexOf("/");
        if (slash !== -1 && dirIgnored(p.slice(0, slash)))
            return true;
        return verdict(p);
    };
}
async function listRepoFiles(root) {
    const isIgnored = await loadGitignore(root);
    const files = await (0,tinyglobby_dist/* glob */.TI)(["**/*"], {
        cwd: root,
        dot: true,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
        onlyFiles: true,
    });
    return files.filter((f) => !isIgnored(f)).sort();
}
/** Glob within the root; paths are returned relative to it, POSIX-style, sorted. */
async function globFiles(root, include, exclude = []) {
    if (include.length === 0)
        return [];
    const files = await glob([...include], {
        cwd: root,
        dot: false,
        ignore: [...ALWAYS_IGNORED, ...exclude],
        followSymbolicLinks: false,
        onlyFiles: true,
        expandDirectories: false,
    });
    return files.sort();
}
/** Never documentation: build output. */
const BUILD_OUTPUT = ["**/dist/**"];
/**
 * Documentation files as a reader can open them on GitHub: dot-directories (`.github/`, `.archive/`) included,
 * extensions matched without case (`README.MD`, `Guide.Markdown`). Also returns the Markdown files matched by
 * `include` that are left out, with the reason, so that the report can list them instead of skipping them silently.
 */
async function listDocFiles(root, include, exclude, isIgnored) {
    if (include.length === 0)
        return { paths: [], excluded: [] };
    const options = {
        cwd: root,
        dot: true,
        caseSensitiveMatch: false,
        followSymbolicLinks: false,
        onlyFiles: true,
        expandDirectories: false,
    };
    const [all, built, kept] = await Promise.all([
        (0,tinyglobby_dist/* glob */.TI)([...include], { ...options, ignore: ALWAYS_IGNORED }),
        (0,tinyglobby_dist/* glob */.TI)([...include], { ...options, ignore: [...ALWAYS_IGNORED, ...BUILD_OUTPUT] }),
        (0,tinyglobby_dist/* glob */.TI)([...include], { ...options, ignore: [...ALWAYS_IGNORED, ...BUILD_OUTPUT, ...exclude] }),
    ]);
    const notBuilt = new Set(built);
    const notExcluded = new Set(kept);
    const paths = [];
    const excluded = [];
    for (const p of all.sort()) {
        if (!notBuilt.has(p))
            excluded.push({ path: p, reason: "build output (dist/)" });
        else if (!notExcluded.has(p))
            excluded.push({ path: p, reason: "excluded by documentation.exclude" });
        else if (isIgnored(p))
            excluded.push({ path: p, reason: "ignored by .gitignore" });
        else
            paths.push(p);
    }
    return { paths, excluded };
}

;// CONCATENATED MODULE: ./src/engine/sources/fs/artifact-glob.ts
/**
 * Which files an artifact pattern names, kept inside the repository: a pattern that climbs out (`../x/**`) or is
 * absolute (`/etc/*.conf`) is refused, dot-files (`.secrets.baseline`, `.gitleaks-report.json`) match like any
 * other file, and a symbolic link is read only when it leads to a file inside the repository. Every file a pattern
 * reaches is accounted for: read, or listed with the reason it was not.
 */




/** Why a pattern cannot be used, or null: patterns are relative to the repository and stay inside it. */
function patternOutsideRoot(pattern) {
    const p = pattern.replace(/\\/g, "/");
    if (p.startsWith("/") || /^[A-Za-z]:\//.test(p) || p.startsWith("~"))
        return "is an absolute path; patterns are relative to the repository root";
    if (p.split("/").includes(".."))
        return "climbs out of the repository with `..`";
    return null;
}
/** Whether `abs` is `root` or inside it (both real paths). */
function isInside(root, abs) {
    const rel = external_node_path_default().relative(root, abs);
    return rel === "" || (!rel.startsWith("..") && !external_node_path_default().isAbsolute(rel));
}
/** Files matching `pattern` under `root`, sorted; `seen` (real paths) de-duplicates across patterns and links. */
async function matchArtifacts(root, pattern, seen = new Set()) {
    const out = { files: [], refused: [] };
    const realRoot = await (0,promises_.realpath)(root);
    const found = await (0,tinyglobby_dist/* glob */.TI)([pattern], {
        cwd: root,
        dot: true,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: true,
        onlyFiles: true,
        expandDirectories: false,
    });
    for (const rel of found.sort()) {
        if (patternOutsideRoot(rel))
            continue;
        let real;
        try {
            real = await (0,promises_.realpath)(external_node_path_default().join(root, rel));
        }
        catch {
            out.refused.push({
                path: rel,
                format: null,
                dimension: null,
                status: "unreadable",
                error: "a broken symbolic link",
            });
            continue;
        }
        if (!isInside(realRoot, real)) {
            out.refused.push({
                path: rel,
                format: null,
                dimension: null,
                status: "unreadable",
                error: "a symbolic link that leads outside the repository; it was not read",
            });
            continue;
        }
        if (seen.has(real))
            continue;
        try {
            if (!(await (0,promises_.stat)(real)).isFile())
                continue;
        }
        catch {
            continue;
        }
        seen.add(real);
        out.files.push(rel);
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/formats/json.ts
var json = __webpack_require__(28100);
// EXTERNAL MODULE: ./src/core/documentation/lint-and-scan.ts
var lint_and_scan = __webpack_require__(83627);
;// CONCATENATED MODULE: ./src/engine/sources/fs/markdownlint-cli2.ts
/**
 * markdownlint with the repository's own configuration, applied exactly as markdownlint-cli2 applies it, by running
 * markdownlint-cli2 itself: per-directory `.markdownlint*` files, `.markdownlint-cli2.jsonc/.yaml` options and their
 * merging, `extends`, `ignores`, `frontMatter`, `noInlineConfig`. Our file set is passed as literal paths, so cli2
 * lints exactly the documentation files readiness-gate checks.
 *
 * Never runs code from the repository (a pull request can change it, and the Action may hold a write token):
 * markdownlint-cli2 runs with `noImport`, so `.markdownlint-cli2.cjs/.mjs`, `.markdownlint.cjs/.mjs`, `customRules`,
 * `markdownItPlugins` and `outputFormatters` named by a configuration are not loaded; each one is reported instead.
 * `fix` is forced off, and the file system cli2 sees refuses every write and every read outside the repository
 * (an `extends` of `/etc/passwd`, a symbolic link out of the tree).
 */








const DECLARATIVE = /(?:^|\/)(?:\.markdownlint-cli2\.(?:jsonc|yaml)|\.markdownlint\.(?:jsonc|json|yaml|yml))$/;
const EXECUTABLE = /(?:^|\/)\.markdownlint(?:-cli2)?\.(?:cjs|mjs)$/;
const CLI2_OPTIONS = /(?:^|\/)\.markdownlint-cli2\.(?:jsonc|yaml)$/;
/** Options of a cli2 file that name modules to load: never loaded here. */
const MODULE_KEYS = ["customRules", "markdownItPlugins", "outputFormatters"];
/**
 * The markdownlint configuration files that apply to the documentation files (in the directory of one of them or
 * above it, as markdownlint-cli2 looks them up), by whether they can be used without running code. A configuration
 * deep in a fixture directory that holds no checked file does not make the repository one that opted in.
 */
function findMarkdownlintConfigs(repoFiles, docPaths) {
    const dirs = new Set([""]);
    for (const p of docPaths) {
        let d = external_node_path_default().posix.dirname(p);
        while (d !== "." && !dirs.has(d)) {
            dirs.add(d);
            d = external_node_path_default().posix.dirname(d);
        }
    }
    const applies = (p) => dirs.has(external_node_path_default().posix.dirname(p) === "." ? "" : external_node_path_default().posix.dirname(p));
    return {
        declarative: repoFiles.filter((p) => DECLARATIVE.test(p) && applies(p)),
        executable: repoFiles.filter((p) => EXECUTABLE.test(p) && applies(p)),
    };
}
function inside(root, p) {
    const abs = external_node_path_default().resolve(p);
    if (abs !== root && !abs.startsWith(root + (external_node_path_default()).sep))
        return false;
    try {
        const real = external_node_fs_.realpathSync(abs);
        return real === root || real.startsWith(root + (external_node_path_default()).sep);
    }
    catch {
        return true; // Does not exist: the read itself fails as it would.
    }
}
function denied(p) {
    const e = new Error(`ENOENT: outside the repository, not read: ${String(p)}`);
    e.code = "ENOENT";
    return e;
}
/**
 * The file system markdownlint-cli2 gets: reads and checks inside `root` only, no writes; every Markdown file read
 * is recorded, which is how we learn which files it linted (the others were `ignores`d). The text markdownlint reads
 * of a file named in `keep` is kept in `kept` until the capturing rule has scanned it.
 */
function guardedFs(root, read, keep) {
    const rec = (p) => {
        if (typeof p === "string")
            read.add(external_node_path_default().resolve(p));
    };
    const promises = {
        ...external_node_fs_.promises,
        access: async (p, mode) => {
            if (!inside(root, String(p)))
                throw denied(p);
            return external_node_fs_.promises.access(p, mode);
        },
        stat: async (p) => {
            if (!inside(root, String(p)))
                throw denied(p);
            return external_node_fs_.promises.stat(p);
        },
        readFile: async (p, opts) => {
            if (!inside(root, String(p)))
                throw denied(p);
            return external_node_fs_.promises.readFile(p, opts);
        },
        writeFile: async (p) => {
            throw denied(p);
        },
    };
    const fsLike = {
        ...external_node_fs_,
        promises,
        access: (p, ...rest) => {
            const cb = rest[rest.length - 1];
            if (!inside(root, p))
                return cb(denied(p));
            return external_node_fs_.access(p, cb);
        },
        accessSync: (p) => {
            if (!inside(root, p))
                throw denied(p);
            return external_node_fs_.accessSync(p);
        },
        readFile: (p, enc, cb) => {
            if (!inside(root, p))
                return cb(denied(p));
            rec(p);
            if (!keep?.paths.has(external_node_path_default().resolve(p)))
                return external_node_fs_.readFile(p, enc, cb);
            return external_node_fs_.readFile(p, enc, (e, data) => {
                if (!e && typeof data === "string")
                    keep.kept.set(external_node_path_default().resolve(p), data);
                cb(e, data);
            });
        },
        readFileSync: (p, enc) => {
            if (!inside(root, p))
                throw denied(p);
            rec(p);
            return external_node_fs_.readFileSync(p, enc);
        },
        writeFile: (p, _d, cb) => cb(denied(p)),
        writeFileSync: (p) => {
            throw denied(p);
        },
    };
    return fsLike;
}
/**
 * The rule that scans each file markdownlint-cli2 tokenizes, right there (its tokens are not kept: memory), into
 * `scans` by repository-relative path. It reports nothing, and a file whose configuration (`default: false`, an
 * inline comment) turns it off just gets no scan: the documentation workers scan that one.
 */
async function scanningRule(root, kept, scans) {
    const { frontMatterRe } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 53810, 19));
    return (0,lint_and_scan/* captureRule */.j6)((tokens, frontMatterLines, name) => {
        const abs = external_node_path_default().resolve(root, name);
        const content = kept.get(abs);
        kept.delete(abs);
        if (content === undefined)
            return;
        // markdownlint drops a byte-order mark before anything else, as the documentation reader does.
        const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
        const scan = precomputeScan(tokens, text, frontMatterLines, frontMatterRe);
        if (scan)
            scans.set(external_node_path_default().relative(root, abs).split((external_node_path_default()).sep).join("/"), scan);
    });
}
async function runCli2(root, paths, override, scans) {
    const results = [];
    const read = new Set();
    const errors = [];
    // Loaded when a repository has a markdownlint configuration: it brings markdownlint and its parser with it.
    const { main } = await __webpack_require__.e(/* import() */ 333).then(__webpack_require__.bind(__webpack_require__, 51333));
    const collectResults = (options) => {
        // The capturing rule never reports; were it to fail, its failure is not a finding about the file.
        for (const r of options.results)
            if (r.ruleNames[0] !== lint_and_scan/* CAPTURE */.P3)
                results.push(r);
    };
    const kept = new Map();
    const keep = scans ? { paths: new Set(paths.map((p) => external_node_path_default().resolve(root, p))), kept } : undefined;
    // cli2 hands rule objects (not module names) to markdownlint as they are, even with `noImport`; the override
    // replaces a configuration's own `customRules`, which `noImport` would have dropped anyway.
    const customRules = scans ? [await scanningRule(root, kept, scans)] : undefined;
    await main({
        directory: root,
        argv: paths.map((p) => `:${p}`),
        noImport: true,
        noGlobs: true,
        fs: guardedFs(root, read, keep),
        optionsOverride: {
            ...override,
            ...(customRules ? { customRules } : {}),
            fix: false,
            noProgress: true,
            noBanner: true,
            outputFormatters: [[collectResults]],
        },
        logMessage: () => { },
        logError: (m) => errors.push(m),
    });
    kept.clear();
    return { results, read, errors };
}
/** Whether the root package.json carries a `markdownlint-cli2` key (cli2 reads it when the root has no cli2 file). */
function hasPackageJsonConfig(root, repoFiles) {
    if (!repoFiles.includes("package.json"))
        return false;
    try {
        const st = external_node_fs_.statSync(external_node_path_default().join(root, "package.json"));
        if (st.size > 1024 * 1024)
            return false;
        const v = JSON.parse(external_node_fs_.readFileSync(external_node_path_default().join(root, "package.json"), "utf8"));
        return (0,json/* isObject */.Gv)(v) && (0,json/* isObject */.Gv)(v["markdownlint-cli2"]);
    }
    catch {
        return false;
    }
}
/** A one-line description of what a configuration asks to load, for the notice. */
function moduleOptions(root, file) {
    if (!CLI2_OPTIONS.test(file))
        return [];
    try {
        const text = external_node_fs_.readFileSync(external_node_path_default().join(root, file), "utf8");
        const v = file.endsWith(".yaml") ? (0,dist.parse)(text) : (0,main.parse)(text);
        if (!(0,json/* isObject */.Gv)(v))
            return [];
        return MODULE_KEYS.filter((k) => Array.isArray(v[k]) && v[k].length > 0);
    }
    catch {
        return [];
    }
}
/** Notices for the parts of the configuration that are code and were not run. */
function executableNotices(root, files) {
    const out = [];
    for (const f of files.executable)
        out.push(`${f} is JavaScript and was not loaded: readiness-gate never runs code from the assessed repository (a pull request could change it). Put the settings in a .markdownlint-cli2.jsonc or .markdownlint.jsonc to have them applied`);
    for (const f of files.declarative) {
        const keys = moduleOptions(root, f);
        if (keys.length > 0)
            out.push(`${f} names ${keys.map((k) => `\`${k}\``).join(", ")}: modules that are code, so they were not loaded (readiness-gate never runs code from the assessed repository); the built-in rules ran with the rest of the configuration`);
    }
    return out;
}
/**
 * Lints `docPaths` (relative to `root`) as markdownlint-cli2 would with the repository's configuration. Errors in a
 * configuration file become a notice, and undefined is returned (the caller lints with the defaults). With `scans`,
 * the documentation scan of each file is made from cli2's own tokens and put there (see `scanningRule`).
 */
async function lintWithCli2(root, docPaths, notices, scans) {
    const top = external_node_path_default().resolve(root);
    let first;
    try {
        first = await runCli2(top, docPaths, {}, scans);
    }
    catch (e) {
        // The runner's absolute path means nothing to a reader of the report: paths are shown from the repository root.
        const why = (e.message.split("\n")[0] ?? "").split(`${top.split((external_node_path_default()).sep).join("/")}/`).join("");
        notices.push(`the repository's markdownlint configuration could not be used (${why}); markdownlint ran with readiness-gate's default rules`);
        scans?.clear();
        return undefined;
    }
    const results = {};
    for (const p of docPaths)
        if (first.read.has(external_node_path_default().resolve(top, p)))
            results[p] = [];
    for (const r of first.results) {
        const { fileName, ...error } = r;
        const list = results[fileName] ?? [];
        list.push(error);
        results[fileName] = list;
    }
    for (const m of first.errors)
        notices.push(`markdownlint-cli2: ${m.split("\n")[0]}`);
    // markdownlint's own inline comments: lint the few files that have them again, ignoring the comments.
    const withComments = [];
    for (const p of Object.keys(results)) {
        try {
            if ((0,documentation_lint.hasInlineConfig)(external_node_fs_.readFileSync(external_node_path_default().join(top, p), "utf8")))
                withComments.push(p);
        }
        catch {
            // Unreadable here means it was not linted either.
        }
    }
    const suppressed = [];
    if (withComments.length > 0) {
        const again = await runCli2(top, withComments, { noInlineConfig: true }).catch(() => undefined);
        if (again) {
            const plain = {};
            for (const r of again.results) {
                const { fileName, ...error } = r;
                const list = plain[fileName] ?? [];
                list.push(error);
                plain[fileName] = list;
            }
            for (const p of withComments)
                suppressed.push(...(0,documentation_lint.inlineSuppressed)(p, results[p] ?? [], plain[p] ?? []));
        }
    }
    return { results, suppressed };
}

;// CONCATENATED MODULE: ./src/engine/sources/fs/site-files.ts
/**
 * Reads the site generators' configuration files that `documentation.site` needs (book.toml, mkdocs.yml) as text.
 * docusaurus.config.* is code: only its presence is used, it is never read, let alone run.
 */


/** A site configuration is a few kilobytes; a larger file is not read. */
const MAX_SITE_CONFIG_BYTES = 256 * 1024;
async function readSiteFiles(root, candidates, notices) {
    const out = [];
    for (const p of candidates) {
        if (/docusaurus\.config\./.test(p)) {
            out.push({ path: p, text: "" });
            continue;
        }
        try {
            const abs = external_node_path_default().join(root, p);
            const st = await (0,promises_.lstat)(abs);
            if (!st.isFile())
                continue;
            if (st.size > MAX_SITE_CONFIG_BYTES) {
                notices.push(`${p} is over ${MAX_SITE_CONFIG_BYTES / 1024} kB and was not read as site configuration`);
                continue;
            }
            out.push({ path: p, text: await (0,promises_.readFile)(abs, "utf8") });
        }
        catch (e) {
            notices.push(`${p} could not be read (${e.message})`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/sources/fs/collect.ts
/**
 * The file-system adapter shared by the CLI and the Action: reads the config, finds documentation files and
 * artifacts, and hands the engine content. Everything that touches the disk for an assessment lives here.
 */










/** Documentation files larger than this are reported, not parsed (a 20 MB one-line file is not documentation). */
const MAX_DOC_BYTES = 5 * 1024 * 1024;
/** Documentation files read at once. */
const DOC_READ_CONCURRENCY = 64;
function fsRepoView(root, files) {
    return {
        files: () => files,
        read: async (p) => {
            const abs = external_node_path_default().resolve(root, p);
            if (!abs.startsWith(external_node_path_default().resolve(root) + (external_node_path_default()).sep))
                return null;
            try {
                const st = await (0,promises_.lstat)(abs);
                if (!st.isFile() || st.size > MAX_DOC_BYTES)
                    return null;
                return await (0,promises_.readFile)(abs, "utf8");
            }
            catch {
                return null;
            }
        },
    };
}
async function collect(opts) {
    const { root, config } = opts;
    const notices = [];
    const [repoFiles, isIgnored] = await Promise.all([listRepoFiles(root), loadGitignore(root)]);
    // Documentation patterns that leave the repository are refused with a notice (and would make `ignore` throw).
    const docInclude = config.documentation.include.filter((p) => {
        const why = patternOutsideRoot(p);
        if (why)
            notices.push(`documentation pattern ${JSON.stringify(p)} ${why}; it was not used`);
        return !why;
    });
    const { paths: docPaths, excluded: excludedDocs } = config.documentation.enabled
        ? await listDocFiles(root, docInclude, [...(opts.excludeDocs ?? []), ...config.documentation.exclude], isIgnored)
        : { paths: [], excluded: [] };
    const docs = [];
    const unreadableDocs = [];
    // Bounded: one open file per document at once ran into the open-file limit (EMFILE) on a 20,000-file tree.
    await mapLimit(opts.docFilter ? docPaths.filter(opts.docFilter) : docPaths, DOC_READ_CONCURRENCY, async (p) => {
        try {
            const abs = external_node_path_default().join(root, p);
            const st = await (0,promises_.lstat)(abs);
            if (st.size > MAX_DOC_BYTES) {
                unreadableDocs.push({
                    path: p,
                    reason: `is ${(st.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_DOC_BYTES / 1024 / 1024} MB limit for documentation files`,
                });
                return;
            }
            docs.push({ path: p, content: await (0,promises_.readFile)(abs) });
        }
        catch (e) {
            unreadableDocs.push({ path: p, reason: e.message });
        }
    });
    docs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    // In path order, not in the order the reads failed: the report is the same from run to run (and shard to merge).
    unreadableDocs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const artifactSpecs = [
        ...config.artifacts,
        ...(opts.extraArtifacts ?? []).map((p) => ({ path: p, format: "auto" })),
    ];
    const matches = [];
    const refused = [];
    const seen = new Set();
    const emptyPatterns = [];
    for (const spec of artifactSpecs) {
        const outside = patternOutsideRoot(spec.path);
        if (outside) {
            notices.push(`artifact pattern ${JSON.stringify(spec.path)} ${outside}; it was not used`);
            continue;
        }
        const { files: found, refused: notRead } = await matchArtifacts(root, spec.path, seen);
        refused.push(...notRead);
        if (found.length === 0 && notRead.length === 0)
            emptyPatterns.push({ kind: "artifact", pattern: spec.path });
        for (const f of found)
            matches.push({
                path: f,
                format: spec.format,
                ...("scenario" in spec && spec.scenario ? { scenario: spec.scenario } : {}),
            });
    }
    const opened = await openArtifacts(root, matches);
    let baseline;
    if (config.performance.baseline) {
        const pattern = config.performance.baseline.path;
        const outside = patternOutsideRoot(pattern);
        const found = outside ? [] : (await matchArtifacts(root, pattern)).files;
        if (outside)
            notices.push(`performance baseline ${JSON.stringify(pattern)} ${outside}; it was not used`);
        else if (found.length === 0)
            emptyPatterns.push({ kind: "performance-baseline", pattern });
        const b = await openArtifacts(root, found.map((f) => ({ path: f, format: "auto" })));
        baseline = b.sources;
        for (const f of b.failed)
            notices.push(`baseline file ${f.path}: ${f.error}`);
    }
    const siteFiles = config.documentation.enabled
        ? await readSiteFiles(root, (0,site_profile/* siteConfigCandidates */.yL)(config.documentation.site, repoFiles), notices)
        : [];
    // With a declarative markdownlint configuration in the tree, markdownlint-cli2 itself applies it (per-directory
    // files, ignores, extends); code-based configurations are reported, never run.
    const lintConfigs = findMarkdownlintConfigs(repoFiles, docs.map((d) => d.path));
    if (config.documentation.markdownlint)
        notices.push(...executableNotices(root, lintConfigs));
    if (hasPackageJsonConfig(root, repoFiles))
        lintConfigs.declarative.push("package.json");
    // cli2 tokenizes every file it lints: the documentation scan is made from those tokens, not from a second parse.
    const precomputedScans = new Map();
    const markdownlintResults = config.documentation.markdownlint && lintConfigs.declarative.length > 0 && (docs.length > 0 || !opts.docFilter)
        ? await lintWithCli2(root, docs.map((d) => d.path), notices, precomputedScans)
        : undefined;
    // A configuration that could not be used still means the repository opted in: the tuned defaults are scored.
    const markdownlintConfig = config.documentation.markdownlint && lintConfigs.declarative.length > 0 && !markdownlintResults
        ? documentation_lint.DEFAULT_LINT_CONFIG
        : undefined;
    return {
        config,
        docs,
        repo: fsRepoView(root, repoFiles),
        artifacts: opened.sources,
        unopened: [...refused, ...opened.failed],
        unreadableDocs,
        notices,
        ...(emptyPatterns.length > 0 ? { emptyPatterns } : {}),
        ...(baseline ? { baseline } : {}),
        ...(markdownlintConfig ? { markdownlintConfig } : {}),
        documentationServices: {
            excluded: excludedDocs,
            ...(siteFiles.length > 0 ? { siteFiles } : {}),
            ...(opts.repository ? { repository: opts.repository } : {}),
            ...(markdownlintResults ? { markdownlintResults } : {}),
            ...(precomputedScans.size > 0 ? { precomputedScans } : {}),
            ...(opts.externalLinkChecker ? { externalLinkChecker: opts.externalLinkChecker } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/sources/fs/config-file.ts
/** Reads the config file for the CLI and the Action alike: a missing default file means defaults. */


/**
 * `explicit`: the user named the file, so its absence is an error. `source` says where the name came from
 * (e.g. "input `config`"), for the message.
 */
async function loadConfigFile(file, explicit, source) {
    let text = null;
    try {
        text = await (0,promises_.readFile)(file, "utf8");
    }
    catch (e) {
        const code = e.code;
        if (code !== "ENOENT" || explicit) {
            const missing = `the config file does not exist${source ? ` (${source})` : ""}`;
            throw new validate_config/* ConfigError */.xL(file, [code === "ENOENT" ? missing : e.message]);
        }
    }
    return (0,validate_config/* parseConfig */.o4)(file, text);
}

;// CONCATENATED MODULE: ./src/engine/assess-repository.ts
/**
 * The one way any front door assesses a repository: config source → file sources → the external link checker's
 * lifecycle → the pure core assessment. Returns the report and the run's notices (things the user should know
 * that are not part of the report, e.g. a link-check header whose variable is unset), which each front door
 * shows in its own way.
 */









/** The config's default cache path: replaced by the front door's location (see LinkCheckSettings.cacheFile). */
const DEFAULT_CACHE_PATH = ".readiness-cache/links.json";
async function loadConfig(source) {
    return "file" in source
        ? loadConfigFile(source.file, source.explicit, source.label)
        : (0,validate_config/* parseConfig */.o4)(source.name, source.text);
}
async function assessRepository(opts) {
    const progress = opts.progress ?? (() => { });
    const loaded = await loadConfig(opts.config);
    const config = opts.overrideConfig ? opts.overrideConfig(loaded) : loaded;
    opts.documentation?.check(config);
    const checker = await startLinkChecker(config, opts.root, opts.links);
    const notices = [];
    const assessTree = async (root, comparison) => {
        const made = root === opts.root ? opts.documentation : undefined;
        const input = await collect({
            root,
            config,
            ...(made ? { docFilter: () => false } : {}),
            ...(opts.extraArtifacts ? { extraArtifacts: opts.extraArtifacts } : {}),
            ...(opts.excludeDocs ? { excludeDocs: opts.excludeDocs } : {}),
            ...(checker ? { externalLinkChecker: checker.checker } : {}),
            ...(opts.repository ? { repository: opts.repository } : {}),
        });
        if (opts.unopened)
            input.unopened = [...opts.unopened, ...(input.unopened ?? [])];
        const count = (n, one) => `${n} ${one}${n === 1 ? "" : "s"}`;
        if (made) {
            input.notices = [...new Set([...(input.notices ?? []), ...made.notices])];
            progress(`merging the documentation and assessing ${count(input.artifacts.length, "artifact")}…`);
        }
        else
            progress(`assessing ${count(input.docs.length, "document")} and ${count(input.artifacts.length, "artifact")}…`);
        const documentationOutcome = made && config.documentation.enabled ? await made.outcome(config, checker?.checker) : undefined;
        return assess({
            ...input,
            now: opts.now,
            toolVersion: version/* VERSION */.x,
            ...(comparison ? { comparison } : {}),
            ...(documentationOutcome ? { documentationOutcome } : {}),
        });
    };
    let report;
    try {
        let comparison;
        if (opts.baseline?.length) {
            progress("finding the baseline…");
            const resolved = await resolveBaseline(opts.baseline, opts.root, (root) => assessTree(root));
            notices.push(...resolved.notices);
            comparison = resolved.comparison;
        }
        progress("collecting files…");
        report = await assessTree(opts.root, comparison);
        // After the comparison: a base assessed elsewhere read the same absolute scanner paths as this run.
        relativiseFindings(report.findings, opts.root);
    }
    finally {
        if (checker) {
            await checker.checker.close();
            notices.push(...checker.checker.notices);
            if (checker.cacheFile && opts.links?.cache)
                await opts.links.cache.save(checker.cacheFile);
        }
    }
    const linkSummary = checker && checker.checker.stats().urls > 0 ? checker.checker.summary() : undefined;
    return { report, config, notices, ...(linkSummary ? { linkSummary } : {}) };
}
async function startLinkChecker(config, root, settings = {}) {
    if (!config.documentation.enabled || config.documentation["external-links"] === "off")
        return null;
    const configured = config.documentation.links.cache.path;
    const frontDoorFile = settings.cacheFile && configured === DEFAULT_CACHE_PATH ? settings.cacheFile : undefined;
    const cacheFile = frontDoorFile ?? external_node_path_default().resolve(root, configured);
    if (settings.cache)
        await settings.cache.restore(cacheFile);
    // Loaded only when links are checked: the HTTP client is a large part of the bundle.
    const create = settings.create ?? (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(683)]).then(__webpack_require__.bind(__webpack_require__, 25683))).createExternalLinkChecker;
    const checker = create({
        config: config.documentation.links,
        root,
        ...(settings.env ? { env: settings.env } : {}),
        ...(settings.githubToken ? { githubToken: settings.githubToken } : {}),
        ...(settings.githubApiUrl ? { githubApiUrl: settings.githubApiUrl } : {}),
        ...(settings.githubHost ? { githubHost: settings.githubHost } : {}),
        ...(settings.progress ? { progress: settings.progress } : {}),
        ...(frontDoorFile ? { cacheFile: frontDoorFile } : {}),
        proxy: settings.proxy ?? proxyFromEnv(process.env),
    });
    return { checker, cacheFile: settings.cache ? cacheFile : null };
}

// EXTERNAL MODULE: ./src/app/isolation.ts
var isolation = __webpack_require__(13919);
;// CONCATENATED MODULE: ./src/app/assess-child.ts
/** The isolated process's side: one assessment request in over IPC, one response out, then exit. */


/** The child's side: one request in, one response out, then exit. */
function serveOneAssessment() {
    // The server died (kill -9, a crash): nobody will read the result, and its job goes to another worker.
    process.once("disconnect", () => process.exit(1));
    process.once("message", (req) => {
        assessRepository({
            root: req.root,
            config: req.config,
            extraArtifacts: req.extraArtifacts,
            unopened: req.unopened,
            overrideConfig: (0,isolation/* applyServerLimits */.I5)(req.limits),
            links: {
                // No `${VAR}` in a repository's link headers can reach the server's environment.
                env: {},
                githubApiUrl: req.apiUrl,
                ...(req.linkToken ? { githubToken: req.linkToken } : {}),
            },
            now: new Date(req.now),
            ...(req.base ? { baseline: [{ kind: "tree", root: req.base.root, sha: req.base.sha }] } : {}),
        }).then((r) => send({ ok: true, result: { report: r.report, notices: r.notices } }), (e) => send({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    });
}
function send(m) {
    process.send?.(m, () => process.exit(0));
}


/***/ }),

/***/ 83627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ lintAndScan),
/* harmony export */   P3: () => (/* binding */ CAPTURE),
/* harmony export */   j6: () => (/* binding */ captureRule),
/* harmony export */   jb: () => (/* binding */ withCapture)
/* harmony export */ });
/* unused harmony exports captureConfig, tokensOf */
/* harmony import */ var markdownlint_promise__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78391);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5285);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53337);
/* harmony import */ var _scan_from_tokens_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26522);




/** The capturing rule's name: no rule of markdownlint's or of a plugin's uses it. */
const CAPTURE = "readiness-gate-capture-tokens";
/**
 * The rule that hands markdownlint's micromark tokens (and the front matter it removed) to `onTokens`; it never
 * reports an error. Tokens are only lent: `onTokens` must not keep them if memory matters.
 */
function captureRule(onTokens) {
    return {
        names: [CAPTURE],
        description: "keeps the micromark tokens for the documentation scan",
        tags: ["readiness-gate"],
        parser: "micromark",
        function: (params) => {
            onTokens(params.parsers.micromark.tokens, params.frontMatterLines, params.name);
        },
    };
}
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
    return (0,_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanTree */ .wp)(parseMarkdown(text), text);
}
/** The scan from the tokens, or remark's where the tokens cannot give it exactly (or the walk itself failed). */
async function scanOf(captured, text) {
    if (captured) {
        try {
            const r = (0,_scan_from_tokens_js__WEBPACK_IMPORTED_MODULE_3__/* .scanFromTokens */ .g)(captured.tokens, text, captured.frontMatterLines);
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
    const rule = captureRule((tokens, frontMatterLines) => {
        captured = { tokens, frontMatterLines: frontMatterLines.length };
    });
    let errors;
    let failed;
    let suppressed = [];
    try {
        const results = await (0,markdownlint_promise__WEBPACK_IMPORTED_MODULE_0__/* .lint */ .u8)({ strings: { [path]: text }, config, customRules: [rule], handleRuleFailures: true });
        if (lintOn)
            errors = (results[path] ?? []).filter((e) => e.ruleNames[0] !== CAPTURE);
    }
    catch (e) {
        failed = `markdownlint could not process it (${e instanceof RangeError ? "nesting too deep" : e.message})`;
    }
    if (errors && (0,_lint_js__WEBPACK_IMPORTED_MODULE_1__.hasInlineConfig)(text)) {
        // As lint-run.ts counts them: a second run that ignores the comments; if that one fails, nothing is counted.
        try {
            const plain = await (0,markdownlint_promise__WEBPACK_IMPORTED_MODULE_0__/* .lint */ .u8)({ strings: { [path]: text }, config, handleRuleFailures: true, noInlineConfig: true });
            suppressed = (0,_lint_js__WEBPACK_IMPORTED_MODULE_1__.inlineSuppressed)(path, errors, plain[path] ?? []);
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
    const rule = captureRule((tokens, frontMatterLines) => {
        captured = { tokens, frontMatterLines: frontMatterLines.length };
    });
    await lint({ strings: { doc: text }, config: { default: false, [CAPTURE]: true }, customRules: [rule] });
    return captured;
}


/***/ }),

/***/ 5285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_LINT_CONFIG: () => (/* binding */ DEFAULT_LINT_CONFIG),
/* harmony export */   MARKDOWNLINT_DEFAULTS: () => (/* binding */ MARKDOWNLINT_DEFAULTS),
/* harmony export */   OVERRIDDEN_RULES: () => (/* binding */ OVERRIDDEN_RULES),
/* harmony export */   hasInlineConfig: () => (/* binding */ hasInlineConfig),
/* harmony export */   inlineSuppressed: () => (/* binding */ inlineSuppressed),
/* harmony export */   lintConfiguration: () => (/* binding */ lintConfiguration),
/* harmony export */   lintFromResults: () => (/* binding */ lintFromResults),
/* harmony export */   lintOutput: () => (/* binding */ lintOutput)
/* harmony export */ });
/** Used when the repository has no markdownlint config: markdownlint's defaults minus rules that misfire on typical READMEs. */
const DEFAULT_LINT_CONFIG = {
    default: true,
    MD013: false, // line-length: prose is wrapped by editors, not by hand
    MD033: false, // no-inline-html: GitHub READMEs use <a id>, <details>, <picture>
    MD041: false, // first-line-heading: READMEs often open with a logo or badges
};
/** markdownlint's own defaults (every rule on), what markdownlint-cli2 applies without a configuration. */
const MARKDOWNLINT_DEFAULTS = { default: true };
/** Covered by readiness-gate's own checks (with GitHub's rules), so always off. */
const OVERRIDDEN_RULES = {
    MD040: false,
    "fenced-code-language": false,
    MD051: false,
    "link-fragments": false,
    MD052: false,
    "reference-links-images": false,
    MD053: false,
    "link-image-reference-definitions": false,
};
const TOOL = "markdownlint";
/** Inline comments that can switch rules off; only files holding one are linted a second time to count them. */
const INLINE_CONFIG = /<!--\s*markdownlint-(?:disable|configure-file|capture)/;
/**
 * The errors present when inline comments are ignored but absent when they are honoured: what the comments
 * suppressed. Matched by line and rule, as many times as each occurs.
 */
function inlineSuppressed(path, honoured, ignored) {
    const seen = new Map();
    for (const e of honoured) {
        const k = `${e.lineNumber}\u0000${e.ruleNames[0]}`;
        seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    const out = [];
    for (const e of ignored) {
        const k = `${e.lineNumber}\u0000${e.ruleNames[0]}`;
        const n = seen.get(k) ?? 0;
        if (n > 0)
            seen.set(k, n - 1);
        else if (!OVERRIDDEN_IDS.has(e.ruleNames[0] ?? ""))
            out.push({ path, line: e.lineNumber, ruleId: `markdownlint/${e.ruleNames[0] ?? "unknown"}` });
    }
    return out;
}
function hasInlineConfig(text) {
    return INLINE_CONFIG.test(text);
}
const OVERRIDDEN_IDS = new Set(Object.keys(OVERRIDDEN_RULES).filter((k) => /^MD\d+$/.test(k)));
/** The lint of `texts` from results computed elsewhere; rules our own checks cover are dropped, as in-process. */
function lintFromResults(pre, texts) {
    const out = { findings: [], checked: 0, valid: 0, errors: 0, failed: [], suppressed: [] };
    for (const path of texts.keys()) {
        const list = pre.results[path];
        if (!list)
            continue;
        out.checked++;
        let errors = 0;
        for (const e of list) {
            if (OVERRIDDEN_IDS.has(e.ruleNames[0] ?? ""))
                continue;
            const f = toFinding(path, e);
            out.findings.push(f);
            if (f.scored !== false)
                errors++;
        }
        out.errors += errors;
        if (errors === 0)
            out.valid++;
    }
    out.suppressed = pre.suppressed.filter((s) => texts.has(s.path));
    return out;
}
function toFinding(path, e) {
    const [id, alias] = e.ruleNames;
    const detail = e.errorDetail ? `: ${e.errorDetail}` : "";
    // markdownlint cuts long contexts with "...": a URL cut before its `@` would show its user-info as a host name.
    const cut = e.errorContext ? /:\/\/\S*\.\.\.$/.test(e.errorContext) : false;
    const context = e.errorContext && !cut ? ` (at "${e.errorContext}")` : "";
    const warning = e.severity === "warning";
    return {
        dimension: "documentation",
        ruleId: `markdownlint/${id ?? "unknown"}`,
        severity: warning ? "info" : "low",
        message: `${e.ruleDescription}${detail}${context}. See ${alias ?? id} in the markdownlint rules${e.fixInfo ? "; markdownlint --fix can correct it" : ""}.`,
        path,
        line: e.lineNumber,
        column: e.errorRange?.[0] ?? 1,
        tool: TOOL,
        ...(e.ruleInformation ? { url: e.ruleInformation } : {}),
        ...(warning ? { scored: false } : {}),
    };
}
/** markdownlint's configuration for a run: the repository's (or the defaults) with our own rules switched off. */
function lintConfiguration(repoConfig) {
    return { ...(repoConfig ?? DEFAULT_LINT_CONFIG), ...OVERRIDDEN_RULES };
}
/** The lint of `paths` (in that order) from the errors markdownlint gave per file. */
function lintOutput(paths, results, failed, suppressed) {
    const out = { findings: [], checked: 0, valid: 0, errors: 0, failed, suppressed };
    for (const path of paths) {
        const list = results[path];
        if (!list)
            continue;
        out.checked++;
        let errors = 0;
        for (const e of list) {
            const f = toFinding(path, e);
            out.findings.push(f);
            if (f.scored !== false)
                errors++;
        }
        out.errors += errors;
        if (errors === 0)
            out.valid++;
    }
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

/***/ 26522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ scanFromTokens)
});

// EXTERNAL MODULE: ./node_modules/github-slugger/index.js + 1 modules
var github_slugger = __webpack_require__(42710);
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

// EXTERNAL MODULE: ./src/core/documentation/scan.ts
var scan = __webpack_require__(53337);
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

// EXTERNAL MODULE: ./src/core/documentation/undefined-references.ts
var undefined_references = __webpack_require__(65349);
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
    out = (0,scan/* emptyScan */.$6)();
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
            (0,undefined_references/* undefinedReferencesIn */.Of)(this.text, b.start, b.end, b.ranges, defined, this.out.undefinedReferences);
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
        (0,scan/* scanHtml */.LR)(value, this.line(t), t.startColumn, this.out);
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


/***/ }),

/***/ 53337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ emptyScan),
/* harmony export */   LR: () => (/* binding */ scanHtml),
/* harmony export */   wp: () => (/* binding */ scanTree)
/* harmony export */ });
/* harmony import */ var github_slugger__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42710);
/* harmony import */ var mdast_util_to_string__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31869);
/* harmony import */ var _undefined_references_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65349);
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
        out.anchors.add((0,github_slugger__WEBPACK_IMPORTED_MODULE_0__/* .slug */ .y)(text));
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
    (0,_undefined_references_js__WEBPACK_IMPORTED_MODULE_1__/* .undefinedReferencesIn */ .Of)(text, start, end, ranges, defined, out.undefinedReferences);
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
    const slugger = new github_slugger__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A();
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
                const headingText = (0,mdast_util_to_string__WEBPACK_IMPORTED_MODULE_2__/* .toString */ .d)(node, { includeHtml: false, includeImageAlt: false });
                out.anchors.add(slugger.slug(headingText));
                out.headingTexts.push(headingText);
                // GitHub trims the heading text; the untrimmed form is kept too so neither spelling is a false alarm.
                const trimmed = (0,github_slugger__WEBPACK_IMPORTED_MODULE_0__/* .slug */ .y)(headingText.trim());
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


/***/ }),

/***/ 3644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ SuggestionBudget),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/* harmony import */ var _util_budgets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89770);
/** "Did you mean": the closest candidate by edit distance, only when it is close enough to be a likely typo. */

/**
 * Work left for suggestions, in edit-distance cells. A file with a thousand broken anchors and a thousand headings
 * would otherwise compare every pair; once the budget is spent, findings simply carry no "did you mean".
 */
class SuggestionBudget {
    cells;
    constructor(cells = _util_budgets_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SUGGESTION_CELLS */ .AB) {
        this.cells = cells;
    }
}
function editDistance(a, b, limit = Number.POSITIVE_INFINITY) {
    if (a === b)
        return 0;
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    let cur = new Array(b.length + 1);
    for (let i = 1; i <= a.length; i++) {
        cur[0] = i;
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            cur[j] = v;
            if (v < rowMin)
                rowMin = v;
        }
        if (rowMin > limit)
            return limit + 1;
        [prev, cur] = [cur, prev];
    }
    return prev[b.length];
}
/** Closest candidate within max(2, 40 % of the word's length) edits (case-insensitive), or undefined. */
function closest(word, candidates, budget = new SuggestionBudget()) {
    if (word.length > _util_budgets_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SUGGESTION_WORD */ .BR)
        return undefined;
    const target = word.toLowerCase();
    const limit = Math.max(2, Math.floor(target.length * 0.4));
    let best;
    let bestDistance = limit + 1;
    let seen = 0;
    for (const c of candidates) {
        if (c === word)
            continue;
        if (++seen > _util_budgets_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SUGGESTION_CANDIDATES */ .Xn || budget.cells <= 0)
            break;
        if (c.length > _util_budgets_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SUGGESTION_WORD */ .BR)
            continue;
        budget.cells -= (target.length + 1) * (c.length + 1);
        const d = editDistance(target, c.toLowerCase(), limit);
        if (d <= limit && (d < bestDistance || (d === bestDistance && best !== undefined && c < best))) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}


/***/ }),

/***/ 65349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Of: () => (/* binding */ undefinedReferencesIn)
/* harmony export */ });
/* unused harmony exports plausibleReference, normalizeLabel */
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3644);
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
    if (defined.size > 0 && (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(id, defined) !== undefined)
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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version, shown in reports. A test keeps it equal to package.json's. */
const VERSION = "1.0.0";


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
