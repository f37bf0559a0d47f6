/**
 * Starter packs: ready-made controls a repository can meet with ordinary files. Each control lists the framework
 * criteria it supports; having the file is evidence for those criteria, not proof of meeting them.
 * Paths are matched case-insensitively; the usual locations (root, `docs/`, `.github/`) are all accepted.
 */
import type { ControlConfig } from "../config/compliance.js";

const BASELINE_FRAMEWORK = "Baseline";

export const BASELINE_PACK: readonly ControlConfig[] = [
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

export const PACKS: Record<string, readonly ControlConfig[]> = {
  baseline: BASELINE_PACK,
};
