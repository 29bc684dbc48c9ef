/**
 * Local stand-ins for NHS login and NHS CIS2: two OpenID Connect providers
 * (the `oidc-provider` package) on loopback only, configured as the real ones
 * are for Front Door, so the end-to-end tests sign in through both for real.
 *
 * - NHS login: private_key_jwt client authentication (RS512) with the app's key,
 *   and P9 claims (nhs_number, birthdate, identity_proofing_level) in the ID token.
 * - CIS2: client secret, email and name.
 *
 * Their sign-in page takes any login and password; the login is the identity
 * (see identities.ts). Playwright starts this from playwright.config.ts with the
 * app's NHS_LOGIN_* and CIS2_* variables, and their issuers say the ports.
 */
import { createServer } from "node:http";
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import Provider, { type Configuration } from "oidc-provider";
import { cis2Claims, nhsLoginClaims } from "./identities";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: start the providers through npm test`);
  return value;
}

const appUrl = required("NEXTAUTH_URL").replace(/\/$/, "");
const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

function common(findClaims: (login: string) => Record<string, unknown>): Configuration {
  return {
    jwks: { keys: [{ ...signingKey, kid: "local-test-key", use: "sig", alg: "RS256" }] as never },
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ ...findClaims(id), sub: id }) }),
    // Like the real providers, put the requested claims in the ID token (next-auth reads them there).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["front-door-local-oidc-provider-cookie-key"] },
    enabledJWA: { clientAuthSigningAlgValues: ["RS256", "RS512", "PS256", "ES256"] },
  };
}

const nhsLoginIssuer = required("NHS_LOGIN_ISSUER");
const nhsLogin = new Provider(nhsLoginIssuer, {
  ...common(nhsLoginClaims),
  clients: [
    {
      client_id: required("NHS_LOGIN_CLIENT_ID"),
      redirect_uris: [`${appUrl}/api/auth/callback/nhs-login`],
      token_endpoint_auth_method: "private_key_jwt",
      token_endpoint_auth_signing_alg: "RS512",
      jwks: { keys: [{ ...createPublicKey(required("NHS_LOGIN_PRIVATE_KEY")).export({ format: "jwk" }), alg: "RS512", use: "sig" }] as never },
    },
  ],
  scopes: ["openid", "profile", "email"],
  claims: {
    openid: ["sub"],
    profile: ["nhs_number", "birthdate", "identity_proofing_level", "given_name", "family_name"],
    email: ["email", "email_verified"],
  },
});

const cis2Issuer = required("CIS2_ISSUER");
const cis2 = new Provider(cis2Issuer, {
  ...common(cis2Claims),
  clients: [
    {
      client_id: required("CIS2_CLIENT_ID"),
      client_secret: required("CIS2_CLIENT_SECRET"),
      redirect_uris: [`${appUrl}/api/auth/callback/cis2`],
    },
  ],
  scopes: ["openid", "profile", "email", "nationalrbacaccess"],
  claims: { openid: ["sub"], profile: ["name"], email: ["email"] },
});

for (const [provider, issuer] of [
  [nhsLogin, nhsLoginIssuer],
  [cis2, cis2Issuer],
] as const) {
  const url = new URL(issuer);
  if (url.hostname !== "127.0.0.1") throw new Error(`${issuer}: the local providers listen on 127.0.0.1 only`);
  createServer(provider.callback()).listen(Number(url.port), "127.0.0.1", () => console.log(`Local OpenID Connect provider at ${issuer}`));
}
