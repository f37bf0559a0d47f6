/** Details of the compliance dimension. Filled by the compliance evaluator. */
export interface ComplianceDetails {
  [key: string]: unknown;
}
