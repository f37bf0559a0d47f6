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
import * as nodeFs from "node:fs";
import path from "node:path";
import type { LintError } from "markdownlint";
import { parse as parseJsonc } from "jsonc-parser";
import { parse as parseYaml } from "yaml";
import { isObject } from "../../../core/formats/json.js";
import { hasInlineConfig, inlineSuppressed, type PrecomputedLint } from "../../../core/documentation/lint.js";
import { CAPTURE, captureRule } from "../../../core/documentation/lint-and-scan.js";
import { type PrecomputedScan, precomputeScan } from "../../../core/documentation/precomputed-scan.js";

const DECLARATIVE = /(?:^|\/)(?:\.markdownlint-cli2\.(?:jsonc|yaml)|\.markdownlint\.(?:jsonc|json|yaml|yml))$/;
const EXECUTABLE = /(?:^|\/)\.markdownlint(?:-cli2)?\.(?:cjs|mjs)$/;
const CLI2_OPTIONS = /(?:^|\/)\.markdownlint-cli2\.(?:jsonc|yaml)$/;
/** Options of a cli2 file that name modules to load: never loaded here. */
const MODULE_KEYS = ["customRules", "markdownItPlugins", "outputFormatters"] as const;

export interface MarkdownlintConfigFiles {
  declarative: string[];
  executable: string[];
}

/**
 * The markdownlint configuration files that apply to the documentation files (in the directory of one of them or
 * above it, as markdownlint-cli2 looks them up), by whether they can be used without running code. A configuration
 * deep in a fixture directory that holds no checked file does not make the repository one that opted in.
 */
export function findMarkdownlintConfigs(
  repoFiles: readonly string[],
  docPaths: readonly string[],
): MarkdownlintConfigFiles {
  const dirs = new Set<string>([""]);
  for (const p of docPaths) {
    let d = path.posix.dirname(p);
    while (d !== "." && !dirs.has(d)) {
      dirs.add(d);
      d = path.posix.dirname(d);
    }
  }
  const applies = (p: string) => dirs.has(path.posix.dirname(p) === "." ? "" : path.posix.dirname(p));
  return {
    declarative: repoFiles.filter((p) => DECLARATIVE.test(p) && applies(p)),
    executable: repoFiles.filter((p) => EXECUTABLE.test(p) && applies(p)),
  };
}

function inside(root: string, p: string): boolean {
  const abs = path.resolve(p);
  if (abs !== root && !abs.startsWith(root + path.sep)) return false;
  try {
    const real = nodeFs.realpathSync(abs);
    return real === root || real.startsWith(root + path.sep);
  } catch {
    return true; // Does not exist: the read itself fails as it would.
  }
}

function denied(p: unknown): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`ENOENT: outside the repository, not read: ${String(p)}`);
  e.code = "ENOENT";
  return e;
}

/**
 * The file system markdownlint-cli2 gets: reads and checks inside `root` only, no writes; every Markdown file read
 * is recorded, which is how we learn which files it linted (the others were `ignores`d). The text markdownlint reads
 * of a file named in `keep` is kept in `kept` until the capturing rule has scanned it.
 */
function guardedFs(
  root: string,
  read: Set<string>,
  keep?: { paths: ReadonlySet<string>; kept: Map<string, string> },
): typeof nodeFs {
  const rec = (p: unknown) => {
    if (typeof p === "string") read.add(path.resolve(p));
  };
  const promises = {
    ...nodeFs.promises,
    access: async (p: nodeFs.PathLike, mode?: number) => {
      if (!inside(root, String(p))) throw denied(p);
      return nodeFs.promises.access(p, mode);
    },
    stat: async (p: nodeFs.PathLike) => {
      if (!inside(root, String(p))) throw denied(p);
      return nodeFs.promises.stat(p);
    },
    readFile: async (p: nodeFs.PathLike, opts?: unknown) => {
      if (!inside(root, String(p))) throw denied(p);
      return nodeFs.promises.readFile(p, opts as BufferEncoding);
    },
    writeFile: async (p: unknown) => {
      throw denied(p);
    },
  };
  const fsLike = {
    ...nodeFs,
    promises,
    access: (p: string, ...rest: unknown[]) => {
      const cb = rest[rest.length - 1] as (e: Error | null) => void;
      if (!inside(root, p)) return cb(denied(p));
      return nodeFs.access(p, cb);
    },
    accessSync: (p: string) => {
      if (!inside(root, p)) throw denied(p);
      return nodeFs.accessSync(p);
    },
    readFile: (p: string, enc: BufferEncoding, cb: (e: Error | null, data?: string) => void) => {
      if (!inside(root, p)) return cb(denied(p));
      rec(p);
      if (!keep?.paths.has(path.resolve(p))) return nodeFs.readFile(p, enc, cb);
      return nodeFs.readFile(p, enc, (e, data) => {
        if (!e && typeof data === "string") keep.kept.set(path.resolve(p), data);
        cb(e, data);
      });
    },
    readFileSync: (p: string, enc: BufferEncoding) => {
      if (!inside(root, p)) throw denied(p);
      rec(p);
      return nodeFs.readFileSync(p, enc);
    },
    writeFile: (p: unknown, _d: unknown, cb: (e: Error) => void) => cb(denied(p)),
    writeFileSync: (p: unknown) => {
      throw denied(p);
    },
  };
  return fsLike as unknown as typeof nodeFs;
}

interface Cli2Result extends LintError {
  fileName: string;
}

/**
 * The rule that scans each file markdownlint-cli2 tokenizes, right there (its tokens are not kept: memory), into
 * `scans` by repository-relative path. It reports nothing, and a file whose configuration (`default: false`, an
 * inline comment) turns it off just gets no scan: the documentation workers scan that one.
 */
async function scanningRule(root: string, kept: Map<string, string>, scans: Map<string, PrecomputedScan>) {
  const { frontMatterRe } = await import("markdownlint/helpers");
  return captureRule((tokens, frontMatterLines, name) => {
    const abs = path.resolve(root, name);
    const content = kept.get(abs);
    kept.delete(abs);
    if (content === undefined) return;
    // markdownlint drops a byte-order mark before anything else, as the documentation reader does.
    const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    const scan = precomputeScan(tokens, text, frontMatterLines, frontMatterRe);
    if (scan) scans.set(path.relative(root, abs).split(path.sep).join("/"), scan);
  });
}

async function runCli2(
  root: string,
  paths: readonly string[],
  override: Record<string, unknown>,
  scans?: Map<string, PrecomputedScan>,
): Promise<{ results: Cli2Result[]; read: Set<string>; errors: string[] }> {
  const results: Cli2Result[] = [];
  const read = new Set<string>();
  const errors: string[] = [];
  // Loaded when a repository has a markdownlint configuration: it brings markdownlint and its parser with it.
  const { main } = await import("markdownlint-cli2");
  const collectResults = (options: { results: Cli2Result[] }) => {
    // The capturing rule never reports; were it to fail, its failure is not a finding about the file.
    for (const r of options.results) if (r.ruleNames[0] !== CAPTURE) results.push(r);
  };
  const kept = new Map<string, string>();
  const keep = scans ? { paths: new Set(paths.map((p) => path.resolve(root, p))), kept } : undefined;
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
    logMessage: () => {},
    logError: (m: string) => errors.push(m),
  });
  kept.clear();
  return { results, read, errors };
}

/** Whether the root package.json carries a `markdownlint-cli2` key (cli2 reads it when the root has no cli2 file). */
export function hasPackageJsonConfig(root: string, repoFiles: readonly string[]): boolean {
  if (!repoFiles.includes("package.json")) return false;
  try {
    const st = nodeFs.statSync(path.join(root, "package.json"));
    if (st.size > 1024 * 1024) return false;
    const v: unknown = JSON.parse(nodeFs.readFileSync(path.join(root, "package.json"), "utf8"));
    return isObject(v) && isObject(v["markdownlint-cli2"]);
  } catch {
    return false;
  }
}

/** A one-line description of what a configuration asks to load, for the notice. */
function moduleOptions(root: string, file: string): string[] {
  if (!CLI2_OPTIONS.test(file)) return [];
  try {
    const text = nodeFs.readFileSync(path.join(root, file), "utf8");
    const v: unknown = file.endsWith(".yaml") ? parseYaml(text) : parseJsonc(text);
    if (!isObject(v)) return [];
    return MODULE_KEYS.filter((k) => Array.isArray(v[k]) && (v[k] as unknown[]).length > 0);
  } catch {
    return [];
  }
}

/** Notices for the parts of the configuration that are code and were not run. */
export function executableNotices(root: string, files: MarkdownlintConfigFiles): string[] {
  const out: string[] = [];
  for (const f of files.executable)
    out.push(
      `${f} is JavaScript and was not loaded: readiness-gate never runs code from the assessed repository (a pull request could change it). Put the settings in a .markdownlint-cli2.jsonc or .markdownlint.jsonc to have them applied`,
    );
  for (const f of files.declarative) {
    const keys = moduleOptions(root, f);
    if (keys.length > 0)
      out.push(
        `${f} names ${keys.map((k) => `\`${k}\``).join(", ")}: modules that are code, so they were not loaded (readiness-gate never runs code from the assessed repository); the built-in rules ran with the rest of the configuration`,
      );
  }
  return out;
}

/**
 * Lints `docPaths` (relative to `root`) as markdownlint-cli2 would with the repository's configuration. Errors in a
 * configuration file become a notice, and undefined is returned (the caller lints with the defaults). With `scans`,
 * the documentation scan of each file is made from cli2's own tokens and put there (see `scanningRule`).
 */
export async function lintWithCli2(
  root: string,
  docPaths: readonly string[],
  notices: string[],
  scans?: Map<string, PrecomputedScan>,
): Promise<PrecomputedLint | undefined> {
  const top = path.resolve(root);
  let first: Awaited<ReturnType<typeof runCli2>>;
  try {
    first = await runCli2(top, docPaths, {}, scans);
  } catch (e) {
    // The runner's absolute path means nothing to a reader of the report: paths are shown from the repository root.
    const why = ((e as Error).message.split("\n")[0] ?? "").split(`${top.split(path.sep).join("/")}/`).join("");
    notices.push(
      `the repository's markdownlint configuration could not be used (${why}); markdownlint ran with readiness-gate's default rules`,
    );
    scans?.clear();
    return undefined;
  }
  const results: Record<string, LintError[]> = {};
  for (const p of docPaths) if (first.read.has(path.resolve(top, p))) results[p] = [];
  for (const r of first.results) {
    const { fileName, ...error } = r;
    const list = results[fileName] ?? [];
    list.push(error);
    results[fileName] = list;
  }
  for (const m of first.errors) notices.push(`markdownlint-cli2: ${m.split("\n")[0]}`);

  // markdownlint's own inline comments: lint the few files that have them again, ignoring the comments.
  const withComments: string[] = [];
  for (const p of Object.keys(results)) {
    try {
      if (hasInlineConfig(nodeFs.readFileSync(path.join(top, p), "utf8"))) withComments.push(p);
    } catch {
      // Unreadable here means it was not linted either.
    }
  }
  const suppressed: PrecomputedLint["suppressed"] = [];
  if (withComments.length > 0) {
    const again = await runCli2(top, withComments, { noInlineConfig: true }).catch(() => undefined);
    if (again) {
      const plain: Record<string, LintError[]> = {};
      for (const r of again.results) {
        const { fileName, ...error } = r;
        const list = plain[fileName] ?? [];
        list.push(error);
        plain[fileName] = list;
      }
      for (const p of withComments) suppressed.push(...inlineSuppressed(p, results[p] ?? [], plain[p] ?? []));
    }
  }
  return { results, suppressed };
}
