/**
 * Code fences: a fence without a language tag is advice (or a finding when required), and examples in the
 * configured languages are judged by intent (code-intent.ts) then syntax-checked; a broken one is reported at the
 * exact line and column inside the Markdown file.
 */
import type { DocumentationConfig } from "../config/documentation.js";
import type { Finding } from "../model/report.js";
import { type Advice, judgeJson, judgeScript, judgeYaml } from "./code-intent.js";
import { type LanguageFamily, LANGUAGE_TAGS, loadScriptParser, type SyntaxProblem } from "./code-syntax.js";
import type { CodeBlockInfo } from "./scan.js";
import { checkShellScripts, type ShellScript, shellCommandsOf } from "./shell-syntax.js";

export const CODE_RULES = {
  requireLanguage: "code-blocks.require-language",
  invalidSyntax: "code-blocks.invalid-syntax",
} as const;

const TOOL = "readiness-gate/code-blocks";

/**
 * The family and variant of a fence from its whole info string: ```` ```json lines ```` is JSON Lines, not JSON.
 * Attributes (`{.class}`, `title="…"`) and other words do not change the language.
 */
export function blockTag(
  block: Pick<CodeBlockInfo, "lang" | "meta">,
): { family: LanguageFamily; variant: string } | undefined {
  if (!block.lang) return undefined;
  const tag = LANGUAGE_TAGS[block.lang.replace(/^\{\.?|\}$/g, "")];
  if (tag?.family === "json" && block.meta && /^lines\b/.test(block.meta)) return { family: "json", variant: "lines" };
  return tag;
}

export interface CodeBlockFile {
  path: string;
  blocks: CodeBlockInfo[];
  /** The file's lines, for exact columns inside indented or quoted fences. */
  lines: readonly string[];
}

export interface CodeBlockOutput {
  findings: Finding[];
  checked: number;
  valid: number;
  missingLanguage: number;
  invalid: number;
  notices: string[];
}

/** Where line `line`/column `column` of a fenced block's content is in the Markdown file. */
function locate(
  file: CodeBlockFile,
  block: CodeBlockInfo,
  problem: Pick<SyntaxProblem, "line" | "column">,
): { line: number; column: number } {
  const contentLines = block.value.split("\n");
  const line = block.line + problem.line;
  const src = file.lines[line - 1]?.replace(/\r$/, "");
  const content = contentLines[problem.line - 1];
  let shift = block.column - 1;
  if (src !== undefined && content !== undefined && src.endsWith(content)) shift = src.length - content.length;
  return { line, column: shift + problem.column };
}

export async function checkCodeBlocks(
  files: readonly CodeBlockFile[],
  config: DocumentationConfig["code-blocks"],
): Promise<CodeBlockOutput> {
  const out: CodeBlockOutput = { findings: [], checked: 0, valid: 0, missingLanguage: 0, invalid: 0, notices: [] };
  const validate = new Set<string>(config.validate);
  const shellJobs: { file: CodeBlockFile; block: CodeBlockInfo; script: ShellScript }[] = [];
  const bad = new Set<CodeBlockInfo>();

  const advise = (file: CodeBlockFile, block: CodeBlockInfo, advice: Advice) => {
    const at = locate(file, block, advice);
    out.findings.push({
      dimension: "documentation",
      ruleId: advice.ruleId,
      severity: "info",
      message: advice.message,
      path: file.path,
      line: at.line,
      column: at.column,
      tool: TOOL,
      scored: false,
    });
  };

  const report = (file: CodeBlockFile, block: CodeBlockInfo, problem: SyntaxProblem) => {
    const at = locate(file, block, problem);
    const lang =
      block.meta && blockTag(block)?.variant === "lines" && block.lang === "json" ? "json lines" : block.lang;
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
      tool: TOOL,
    });
  };

  const hasScripts = files.some((f) =>
    f.blocks.some((b) => {
      const family = blockTag(b)?.family;
      return (family === "javascript" || family === "typescript") && validate.has(family);
    }),
  );
  if (hasScripts) await loadScriptParser();

  for (const file of files) {
    for (const block of file.blocks) {
      // Indented code blocks cannot carry a language; only fences are judged.
      if (!block.fenced) continue;
      out.checked++;
      if (!block.lang) {
        const mode = config["require-language"];
        if (mode === false) continue;
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
          message:
            "Code block without a language tag. Add one after the opening fence (for example ```bash, ```json or ```text) so that GitHub highlights it and the example can be checked.",
          path: file.path,
          line: block.line,
          column: block.column,
          tool: TOOL,
          ...(required ? {} : { scored: false }),
        });
        continue;
      }
      const tag = blockTag(block);
      if (!tag || !validate.has(tag.family) || block.value.trim() === "") continue;
      if (tag.family === "shell") {
        for (const script of shellCommandsOf(block.value, tag.variant)) shellJobs.push({ file, block, script });
        continue;
      }
      const judged =
        tag.family === "json"
          ? judgeJson(block.value, tag.variant)
          : tag.family === "yaml"
            ? judgeYaml(block.value)
            : judgeScript(block.value, tag.family, tag.variant);
      if (judged.problem) report(file, block, judged.problem);
      else if (judged.advice) advise(file, block, judged.advice);
    }
  }

  if (shellJobs.length > 0) {
    const results = await checkShellScripts(shellJobs.map((j) => j.script));
    if (results === null) {
      out.notices.push(
        `the shell parser could not be loaded, so ${shellJobs.length} shell example(s) were not syntax-checked`,
      );
    } else {
      // One finding per block: its first broken command.
      shellJobs.forEach((job, i) => {
        const problem = results[i];
        if (problem && !bad.has(job.block)) report(job.file, job.block, problem);
      });
    }
  }
  out.valid = out.checked - bad.size;
  return out;
}
