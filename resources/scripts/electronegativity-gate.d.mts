/** Types of electronegativity-gate.mjs, for the test that drives its decision. */
export interface Finding {
  check: string
  severity: string
  file: string
  location: string
  description: string
}
export interface AllowEntry {
  check: string
  file: string
  reason: string
}
export declare const SCANNER: string
export declare function isWholeScan(csv: string): boolean
export declare function readFindings(csv: string): Finding[]
export declare function judge(
  findings: Finding[],
  allowList: AllowEntry[],
): { allowed: Finding[]; unexplained: Finding[]; problems: string[] }
