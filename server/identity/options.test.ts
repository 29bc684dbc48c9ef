import { generateKeyPairSync } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../platform/config/env";
import { authOptions } from "./options";

const base = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db", SMTP_URL: "smtp://127.0.0.1:1025" };

beforeAll(() => {
  // The adapter builds the app's Prisma client (no connection is made here).
  process.env.DATABASE_URL ??= base.DATABASE_URL;
  process.env.SMTP_URL ??= base.SMTP_URL;
});

// next-auth applies a provider's own `options.id` over the default id when it starts.
const providerIds = (source: Record<string, string>) =>
  authOptions(parseEnv({ ...base, ...source })).providers.map((p) => (p as { options?: { id?: string } }).options?.id ?? p.id);

describe("sign-in providers", () => {
  it("offers only the emailed link when nothing else is configured", () => {
    expect(providerIds({})).toEqual(["email"]);
  });

  it("adds NHS login with private_key_jwt when its variables are set", () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const options = authOptions(
      parseEnv({
        ...base,
        NHS_LOGIN_ISSUER: "https://auth.sandpit.signin.nhs.uk",
        NHS_LOGIN_CLIENT_ID: "front-door",
        NHS_LOGIN_PRIVATE_KEY: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      }),
    );
    const nhsLogin = options.providers.find((p) => p.id === "nhs-login") as unknown as {
      wellKnown: string;
      client: { token_endpoint_auth_method: string };
      jwks: { keys: { kty: string; d?: string }[] };
    };
    expect(nhsLogin.wellKnown).toBe("https://auth.sandpit.signin.nhs.uk/.well-known/openid-configuration");
    expect(nhsLogin.client.token_endpoint_auth_method).toBe("private_key_jwt");
    expect(nhsLogin.jwks.keys[0]?.kty).toBe("RSA");
  });

  it("adds CIS2 for staff when its variables are set", () => {
    expect(providerIds({ CIS2_ISSUER: "https://am.nhsint.auth-ptl.cis2.spineservices.nhs.uk", CIS2_CLIENT_ID: "fd", CIS2_CLIENT_SECRET: "s" })).toEqual([
      "email",
      "cis2",
    ]);
  });

  it("offers local staff sign-in only where configuration allows it", () => {
    expect(providerIds({ APP_ENV: "test", NEXTAUTH_URL: "http://127.0.0.1:3000", ENABLE_LOCAL_SIGNIN: "true" })).toContain("local-staff");
    expect(providerIds({ APP_ENV: "test", NEXTAUTH_URL: "http://127.0.0.1:3000" })).not.toContain("local-staff");
  });
});
