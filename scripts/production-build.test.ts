import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * The Dockerfile is the README's production path, nothing more: its build steps
 * are the README's first commands, and no configuration is set before the build.
 * (`npm test` runs that build with an empty environment; CI does it from a clean clone.)
 */
const readme = readFileSync("README.md", "utf8");
const dockerfile = readFileSync("Dockerfile", "utf8");

function readmeProductionCommands(): string[] {
  const section = readme.split("## Production")[1] ?? "";
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  return block.split("\n").filter((line) => line.trim() !== "");
}

function dockerInstructions(): { instruction: string; argument: string }[] {
  return dockerfile
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [instruction = "", ...rest] = line.trim().split(/\s+/);
      return { instruction, argument: rest.join(" ") };
    });
}

describe("the production build", () => {
  it("builds in the Dockerfile exactly as the README says", () => {
    const runs = dockerInstructions().filter((step) => step.instruction === "RUN").map((step) => step.argument);
    expect(runs).toEqual(readmeProductionCommands().slice(0, 2));
    expect(runs).toEqual(["npm ci", "npm run build"]);
  });

  it("sets no configuration before the build and starts with npm start", () => {
    const steps = dockerInstructions();
    const build = steps.findIndex((step) => step.argument === "npm run build");
    expect(steps.slice(0, build).filter((step) => step.instruction === "ENV" || step.instruction === "ARG")).toEqual([]);
    expect(steps.at(-1)).toEqual({ instruction: "CMD", argument: '["npm", "start"]' });
    expect(readmeProductionCommands().at(-1)).toMatch(/ npm start$/);
  });

  it("runs the app, a worker and PostgreSQL in compose.yaml, migrating first", () => {
    const compose = readFileSync("compose.yaml", "utf8");
    for (const service of ["db", "migrate", "app", "worker"]) expect(compose).toMatch(new RegExp(`^  ${service}:$`, "m"));
    expect(compose).toContain('command: ["npm", "run", "db:migrate"]');
    expect(compose).toContain('command: ["npm", "run", "worker"]');
    expect(compose).toContain("service_completed_successfully");
  });
});
