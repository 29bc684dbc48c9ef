import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Reads the reference HTML that nhsuk-frontend publishes for each component
// (dist/nhsuk/components/<name>/fixtures.json), so tests can check that our
// React components render the same markup as the official Nunjucks macros.

type Fixture = { name: string; context: Record<string, unknown>; html: string };

const require = createRequire(import.meta.url);
const componentsDir = path.join(path.dirname(require.resolve("nhsuk-frontend/package.json")), "dist", "nhsuk", "components");

/** Several fixtures can share a name (one per variant); `where` picks one by its macro options. */
export function nhsukFixtureHtml(component: string, fixtureName: string, where: (context: Record<string, unknown>) => boolean = () => true): string {
  const file = path.join(componentsDir, component, "fixtures.json");
  const { fixtures } = JSON.parse(readFileSync(file, "utf8")) as { fixtures: Fixture[] };
  const fixture = fixtures.find((candidate) => candidate.name === fixtureName && where(candidate.context));
  if (!fixture) throw new Error(`No "${fixtureName}" fixture for nhsuk ${component}`);
  return fixture.html;
}

const voidElements = new Set(["input", "br", "img", "hr", "meta", "link", "path"]);

/**
 * Canonical form of an HTML fragment: whitespace between and around text
 * trimmed, attributes sorted, boolean attributes and void elements written one
 * way, attribute names lower-cased, entities for quotes unified. Good enough for component markup, not a parser.
 */
export function normaliseHtml(html: string): string {
  return html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/<\/(path)>/g, "")
    .replace(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g, (_match, tag: string, attributes: string) => {
      // HTML attribute names are case-insensitive; React writes some in camelCase (inputMode, noValidate).
      const parts = (attributes.match(/[^\s=]+(?:="[^"]*")?/g) ?? []).map((part) =>
        part.replace(/^[^=]+/, (name) => name.toLowerCase()).replace(/=""$/, ""),
      );
      parts.sort();
      const name = tag.toLowerCase();
      return `<${name}${parts.map((part) => ` ${part}`).join("")}${voidElements.has(name) ? " /" : ""}>`;
    })
    .replace(/>\s+/g, ">")
    .replace(/\s+</g, "<")
    .replace(/\s+/g, " ")
    .trim();
}
