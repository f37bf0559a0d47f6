/** Details of the performance dimension. Filled by the performance analyzer. */
export interface PerformanceDetails {
  [key: string]: unknown;
}
