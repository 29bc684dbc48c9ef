/**
 * An expected failure of a domain rule. Its message is written for the person
 * acting (patient, staff or API client) and may be shown as it is; `field` names
 * the input it is about, when there is one. Every capability's errors extend this,
 * so routes need only one test to tell an expected failure from a bug.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly field?: string;
  /** Several fields at once (by path), when the rule judged more than one. */
  readonly fieldErrors?: Record<string, string>;
}
