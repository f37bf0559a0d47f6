// Generated from action.yml by `npm run schema`; a test fails when it is not current. Do not edit.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the literal defaults action.yml declares
export const ACTION_INPUT_DEFAULTS = {
  "github-token": "${{ github.token }}",
  config: ".github/readiness.yml",
  artifacts: "",
  "check-name": "Production Readiness",
  comment: "always",
  annotations: "50",
  "fail-on": "no-go",
  "conditional-conclusion": "neutral",
  "dry-run": "false",
  "allow-empty": "false",
  "working-directory": ".",
  baseline: "auto",
  shard: "",
  mode: "assess",
  "partial-reports": "readiness-partials/**/*.json",
  "link-header-env": "",
  "link-allow-private-hosts": "",
  "link-headers": "",
  "trusted-config-path": "",
} as const;

export type ActionInputName = keyof typeof ACTION_INPUT_DEFAULTS;
