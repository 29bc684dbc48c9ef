/**
 * FHIR OperationOutcome: how the API explains every failure. `expression` names
 * the element at fault (FHIRPath), so a calling system can point at it.
 */
export type OperationOutcomeIssue = {
  severity: "fatal" | "error" | "warning" | "information";
  code: "invalid" | "structure" | "required" | "value" | "business-rule" | "duplicate" | "not-found" | "security" | "forbidden" | "login" | "processing" | "exception" | "not-supported" | "too-costly";
  diagnostics: string;
  expression?: string[];
};

export type OperationOutcome = { resourceType: "OperationOutcome"; issue: OperationOutcomeIssue[] };

export function operationOutcome(issues: OperationOutcomeIssue[]): OperationOutcome {
  return { resourceType: "OperationOutcome", issue: issues };
}

export function singleIssue(code: OperationOutcomeIssue["code"], diagnostics: string, expression?: string): OperationOutcome {
  return operationOutcome([{ severity: "error", code, diagnostics, ...(expression ? { expression: [expression] } : {}) }]);
}
