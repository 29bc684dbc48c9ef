import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

const valid = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db", SMTP_URL: "smtp://127.0.0.1:1025" };

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe("configuration", () => {
  it("accepts a minimal development configuration", () => {
    const config = parseEnv(valid);
    expect(config.appEnv).toBe("development");
    expect(config.localSignIn).toBe(false);
    expect(config.jobsWorker).toBe(true);
  });

  it("names a missing database URL", () => {
    expect(problems({ SMTP_URL: valid.SMTP_URL })).toEqual([expect.stringMatching(/^DATABASE_URL/)]);
  });

  it("names a database URL that is not PostgreSQL", () => {
    expect(problems({ ...valid, DATABASE_URL: "mysql://x@localhost/db" })).toEqual([expect.stringMatching(/^DATABASE_URL .*postgresql/)]);
  });

  it("requires a long secret and the public address in production", () => {
    expect(problems({ ...valid, NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/^NEXTAUTH_URL/),
      expect.stringMatching(/^NEXTAUTH_SECRET/),
    ]);
    expect(problems({ ...valid, NODE_ENV: "production", NEXTAUTH_URL: "https://frontdoor.example.nhs.uk" })).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET/),
    ]);
  });

  it("defaults the address to localhost outside production only", () => {
    expect(parseEnv(valid).baseUrl).toBe("http://localhost:3000");
  });

  it("refuses local staff sign-in in production, or on a real hostname", () => {
    const secret = "x".repeat(40);
    expect(problems({ ...valid, NODE_ENV: "production", NEXTAUTH_URL: "http://127.0.0.1:3000", NEXTAUTH_SECRET: secret, ENABLE_LOCAL_SIGNIN: "true" })).toEqual([
      expect.stringMatching(/^ENABLE_LOCAL_SIGNIN/),
    ]);
    expect(problems({ ...valid, APP_ENV: "test", NEXTAUTH_URL: "https://frontdoor.example.nhs.uk", ENABLE_LOCAL_SIGNIN: "true" })).toEqual([
      expect.stringMatching(/^ENABLE_LOCAL_SIGNIN/),
    ]);
    expect(problems({ ...valid, APP_ENV: "test", NEXTAUTH_URL: "http://127.evil.example:3100", ENABLE_LOCAL_SIGNIN: "true" })).toEqual([
      expect.stringMatching(/^ENABLE_LOCAL_SIGNIN/),
    ]);
    expect(parseEnv({ ...valid, APP_ENV: "test", NEXTAUTH_URL: "http://127.0.0.1:3100", ENABLE_LOCAL_SIGNIN: "true" }).localSignIn).toBe(true);
  });

  it("wants all of an identity provider's settings or none", () => {
    expect(problems({ ...valid, CIS2_ISSUER: "https://cis2.example" })).toEqual([expect.stringMatching(/^CIS2_\*/)]);
  });

  it("hides the mail catcher in production", () => {
    const config = parseEnv({ ...valid, NODE_ENV: "production", NEXTAUTH_URL: "https://frontdoor.example.nhs.uk", NEXTAUTH_SECRET: "y".repeat(40), MAIL_CATCHER_DIR: "/tmp/mail" });
    expect(config.mailCatcherDir).toBeUndefined();
  });
});
