/** The shape PostgreSQL's uuid type accepts (any version), so a lookup never fails on a malformed id. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route parameters are ids only if they look like one; anything else is simply not found. */
export function isUuid(value: string | undefined): value is string {
  return value !== undefined && UUID.test(value);
}
