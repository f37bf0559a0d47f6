/**
 * Shell syntax checks with mvdan/sh compiled to WebAssembly (`sh-syntax`): a real bash parser, no shell is run.
 * Every parse call starts a fresh WebAssembly instance (~15 ms), so all blocks are first parsed together as one
 * script; only when that fails is each block parsed on its own to find the broken ones.
 */
import type { SyntaxProblem } from "./code-syntax.js";

export interface ShellScript {
  /** The commands to parse. */
  script: string;
  /** Script line (index 0 = line 1) → line inside the code block, and the column shift (`$ ` prompts). */
  lines: { blockLine: number; shift: number }[];
}

type ParseFn = (text: string) => Promise<unknown>;
let parser: Promise<ParseFn | null> | undefined;

/**
 * The parser's WebAssembly module: next to the bundle (`dist/sh-syntax.wasm`, copied by scripts/build.mjs) or in
 * node_modules when running from source. Reading the library's own asset is the one file access of this module.
 */
async function wasmBytes(): Promise<Uint8Array> {
  const { readFile } = await import("node:fs/promises");
  const { createRequire } = await import("node:module");
  // Names built at run time so that the bundler leaves these lookups alone instead of rewriting them.
  const besideBundle = ["sh-syntax", "wasm"].join(".");
  const inPackage = ["sh-syntax", "main.wasm"].join("/");
  const candidates: (string | URL)[] = [new URL(besideBundle, import.meta.url)];
  try {
    candidates.push(createRequire(import.meta.url).resolve(inPackage));
  } catch {
    // Not installed next to us (bundled): the copy beside the bundle is the only option.
  }
  for (const c of candidates) {
    try {
      return await readFile(c);
    } catch {
      // Try the next location.
    }
  }
  throw new Error("the sh-syntax WebAssembly file was not found");
}

function loadParser(): Promise<ParseFn | null> {
  parser ??= (async () => {
    try {
      const bytes = await wasmBytes();
      // The Go runtime shim: sh-syntax's own import of it is dropped by bundlers (its package.json lists a
      // different file name under sideEffects), so it is loaded explicitly.
      await import("sh-syntax/vendors/wasm_exec.cjs");
      const { getProcessor } = await import("sh-syntax");
      const processor = getProcessor(() => bytes);
      await processor("true");
      return (text: string) => processor(text);
    } catch {
      return null;
    }
  })();
  return parser;
}

/** Only mvdan/sh parse errors carry a position; anything else means the parser itself failed. */
function isParseError(e: unknown): boolean {
  return typeof e === "object" && e !== null && "Pos" in e && typeof (e as { Pos?: unknown }).Pos === "object";
}

/** A prompt at the start of a line: `$ ` (user) or `# ` (root). */
const PROMPT = /^(\s*)(\$|#)(?: |$)/;
/** `<<EOF`, `<<-'EOF'`, `<< "END"` (not `<<<` here-strings): the lines up to the delimiter belong to the command. */
const HEREDOC = /(?<!<)<<(-?)\s*(['"]?)([A-Za-z_][\w.-]*)\2/g;
/** `<SHA>`, `<your-name>`, `{{ .Values.x }}`: placeholders the reader fills in, which a shell would read as redirections. */
const PLACEHOLDER = /<[A-Za-z][\w.:/-]*(?: [\w.:/-]+)*>|\{\{[^{}\n]*\}\}/g;

/** Same-length words for placeholders, so that `git revert <SHA>` is checked as the command it illustrates. */
function withoutPlaceholders(line: string): string {
  return line.replace(PLACEHOLDER, (p) => p.replace(/\W/g, "_"));
}

/** Whether a command (its lines so far) continues on the next line: a trailing `\` or an unclosed quote. */
function continues(cmd: string): boolean {
  if (/\\$/.test(cmd)) return true;
  let single = false;
  let double = false;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i];
    if (c === "\\" && !single) i++;
    else if (c === "'" && !double) single = !single;
    else if (c === '"' && !single) double = !double;
    else if (c === "#" && !single && !double && (i === 0 || /\s/.test(cmd[i - 1] as string))) {
      const nl = cmd.indexOf("\n", i);
      if (nl === -1) break;
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
export function shellCommandsOf(text: string, variant: string): ShellScript[] {
  const src = text.split("\n");
  const session = variant === "console" || src.some((l) => /^\s*\$ \S/.test(l));
  if (!session)
    return [
      { script: src.map(withoutPlaceholders).join("\n"), lines: src.map((_, i) => ({ blockLine: i + 1, shift: 0 })) },
    ];
  const rootPrompt = !src.some((l) => /^\s*\$(?: |$)/.test(l));
  const out: ShellScript[] = [];
  let i = 0;
  while (i < src.length) {
    const line = src[i] as string;
    const m = PROMPT.exec(line);
    if (!m || (m[2] === "#" && !rootPrompt)) {
      i++;
      continue;
    }
    const shift = (m[0] ?? "").length;
    const script: string[] = [];
    const lines: ShellScript["lines"] = [];
    const add = (textLine: string, blockLine: number, by: number) => {
      script.push(withoutPlaceholders(textLine));
      lines.push({ blockLine, shift: by });
    };
    let cmd = line.slice(shift);
    let sofar = cmd;
    add(cmd, i + 1, shift);
    i++;
    for (;;) {
      const pending = [...cmd.matchAll(HEREDOC)].map((h) => ({ strip: h[1] === "-", word: h[3] as string }));
      for (const doc of pending) {
        while (i < src.length) {
          const raw = src[i] as string;
          const body = raw.startsWith("> ") ? raw.slice(2) : raw;
          add(body, i + 1, raw.length - body.length);
          i++;
          if ((doc.strip ? body.replace(/^\t+/, "") : body) === doc.word) break;
        }
      }
      if (i >= src.length || !continues(sofar)) break;
      const raw = src[i] as string;
      cmd = raw.startsWith("> ") ? raw.slice(2) : raw;
      sofar += `\n${cmd}`;
      add(cmd, i + 1, raw.length - cmd.length);
      i++;
    }
    out.push({ script: script.join("\n"), lines });
  }
  return out;
}

function problemOf(e: unknown, s: ShellScript): SyntaxProblem {
  const err = e as { Pos?: { Line: number; Col: number }; Text?: string; message?: string };
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
export async function checkShellScripts(scripts: readonly ShellScript[]): Promise<(SyntaxProblem | null)[] | null> {
  const results: (SyntaxProblem | null)[] = scripts.map(() => null);
  const todo = scripts.map((s, i) => ({ s, i })).filter(({ s }) => s.script.trim() !== "");
  if (todo.length === 0) return results;
  const parse = await loadParser();
  if (!parse) return null;
  // Fast path: each script as its own brace group in one file; any error sends us to one-by-one parsing.
  if (todo.length > 1) {
    const combined = todo.map(({ s }) => `{\n${s.script}\n:\n}\n`).join("");
    try {
      await parse(combined);
      return results;
    } catch {
      // Fall through to individual parses.
    }
  }
  // Identical examples (the same install command in many files) are parsed once.
  const cache = new Map<string, { error: unknown } | null>();
  for (const { s, i } of todo) {
    let outcome = cache.get(s.script);
    if (outcome === undefined) {
      try {
        await parse(s.script);
        outcome = null;
      } catch (error) {
        if (!isParseError(error)) return null;
        outcome = { error };
      }
      cache.set(s.script, outcome);
    }
    results[i] = outcome ? problemOf(outcome.error, s) : null;
  }
  return results;
}
