/**
 * The whole config check: schema (config/parse.ts) plus the rules that need the metric list and the compliance
 * packs. Every front door reads its config through `parseConfig`.
 */
import { complianceConfigProblems } from "./compliance/check-config.js";
import { ConfigError, parseConfigText } from "./config/parse.js";
import type { Config } from "./config/schema.js";
import { isKnownMetric } from "./scoring/metrics.js";

export { ConfigError, defaultConfig } from "./config/parse.js";

/** `text === null` means the file does not exist: defaults apply. */
export function parseConfig(file: string, text: string | null): Config {
  const config = parseConfigText(file, text);
  const problems = configRuleProblems(config);
  if (problems.length > 0) throw new ConfigError(file, problems);
  return config;
}

export function configRuleProblems(config: Config): string[] {
  const problems: string[] = [];
  (config.gates ?? []).forEach((g, i) => {
    if (!isKnownMetric(g.metric)) {
      problems.push(
        `\`gates[${i}].metric\`: unknown metric ${JSON.stringify(g.metric)} (see the list of gate metrics in docs/compliance-and-scoring.md)`,
      );
    }
  });
  problems.push(...complianceConfigProblems(config.compliance));
  return problems;
}
