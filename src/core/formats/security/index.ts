import type { SecurityFormat } from "../types.js";
import { detectSecretsFormat } from "./detect-secrets/index.js";
import { gitleaksFormat } from "./gitleaks/index.js";
import { grypeFormat } from "./grype/index.js";
import { npmAuditFormat } from "./npm-audit/index.js";
import { osvScannerFormat } from "./osv-scanner/index.js";
import { pipAuditFormat } from "./pip-audit/index.js";
import { safetyFormat } from "./safety/index.js";
import { sarifFormat } from "./sarif/index.js";
import { trivyFormat } from "./trivy/index.js";
import { zapJsonFormat, zapXmlFormat } from "./zap/index.js";

/** Registered scanner formats, in detection priority order (ties go to the first). */
export const securityFormats: SecurityFormat[] = [
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
