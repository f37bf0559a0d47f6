/** JMeter results (JTL) in CSV and XML. */
import type { PerformanceFormat } from "../../types.js";
import { firstLine } from "../shared.js";
import { parseJmeterCsv } from "./csv.js";
import { parseJmeterXml } from "./xml.js";

export const jmeterCsvFormat: PerformanceFormat = {
  id: "jmeter-csv",
  family: "jmeter",
  label: "JMeter CSV results",
  dimension: "performance",
  detect: ({ head, path }) => {
    const line = firstLine(head);
    if (/\btimeStamp\b/.test(line) && /\belapsed\b/.test(line) && /\blabel\b/.test(line)) return 0.95;
    if (/^\s*</.test(head)) return 0;
    // No header: JMeter's default column order starts with an epoch-ms timestamp and the elapsed time.
    if (/^\d{13}[,\t;|]\d+[,\t;|]/.test(line)) return 0.7;
    // A `.jtl` name is a strong hint even when the columns are a custom set (the parser then explains).
    if (/\.jtl(\.csv)?$/i.test(path)) return 0.5;
    return 0;
  },
  parse: parseJmeterCsv,
};

export const jmeterXmlFormat: PerformanceFormat = {
  id: "jmeter-xml",
  family: "jmeter",
  label: "JMeter XML results",
  dimension: "performance",
  detect: ({ head }) => (/<testResults[\s>]/.test(head) ? 0.95 : 0),
  parse: parseJmeterXml,
};

export const jmeterFormats = [jmeterCsvFormat, jmeterXmlFormat];
