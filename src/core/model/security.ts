/** Details of the security dimension. Filled by the security analyzer. */
export interface SecurityDetails {
  [key: string]: unknown;
}
