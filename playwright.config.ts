import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { chromium } from "@playwright/test";

/**
 * End-to-end tests run against the production build (`next start`) on the
 * throwaway database that `npm test` prepares. Chromium: Playwright's own when
 * installed (`npx playwright install chromium`), otherwise the system's.
 */
const port = Number(process.env.APP_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

function systemChromium() {
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return {};
  const system = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
  if (!system) throw new Error("No Chromium found: run `npx playwright install chromium` or install your system's chromium package.");
  return {
    executablePath: system,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
  };
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".data/test-results/playwright.json" }]],
  outputDir: ".data/test-results/artifacts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: systemChromium(),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: systemChromium() } }],
  webServer: [
    {
      command: "node node_modules/tsx/dist/cli.mjs scripts/serve.ts",
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { JOBS_WORKER: "on", JOBS_POLL_MS: "500", HOST: "127.0.0.1", PORT: String(port) },
    },
    // Local NHS login and CIS2 (OpenID Connect) on loopback, when npm test has configured them.
    ...(process.env.NHS_LOGIN_ISSUER && process.env.CIS2_ISSUER
      ? [
          {
            command: "node node_modules/tsx/dist/cli.mjs e2e/oidc/provider.ts",
            url: `${process.env.NHS_LOGIN_ISSUER}/.well-known/openid-configuration`,
            reuseExistingServer: false,
            timeout: 60_000,
            stdout: "pipe" as const,
            stderr: "pipe" as const,
          },
        ]
      : []),
  ],
});
