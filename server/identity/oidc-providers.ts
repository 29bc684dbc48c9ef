import type { OAuthConfig } from "next-auth/providers/oauth";
import { createPrivateKey } from "node:crypto";
import { db, type DbClient } from "../platform/db/client";

type NhsLoginProfile = { sub: string; nhs_number?: string; birthdate?: string; family_name?: string; given_name?: string; email?: string; identity_proofing_level?: string };
type Cis2Profile = { sub: string; name?: string; email?: string };

/**
 * NHS login (patients): OpenID Connect with private_key_jwt client authentication.
 * We ask for P9 and cross-check NHS number and date of birth with our records.
 */
export function nhsLoginProvider(config: { issuer: string; clientId: string; privateKey: string }): OAuthConfig<NhsLoginProfile> {
  const jwk = createPrivateKey(config.privateKey).export({ format: "jwk" });
  return {
    id: "nhs-login",
    name: "NHS login",
    type: "oauth",
    wellKnown: `${config.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: config.clientId,
    authorization: { params: { scope: "openid profile email", vtr: '["P9.Cp.Cd", "P9.Cp.Ck", "P9.Cm"]' } },
    client: { token_endpoint_auth_method: "private_key_jwt", token_endpoint_auth_signing_alg: "RS512" },
    jwks: { keys: [{ ...jwk, alg: "RS512", use: "sig" }] },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    // The identity is the patient the NHS number and date of birth match, not the email NHS
    // login holds: the adapter's createUser finds or makes that patient's user.
    async profile(profile) {
      const match = await matchNhsLoginPatient(profile);
      return {
        id: profile.sub,
        name: [profile.given_name, profile.family_name].filter(Boolean).join(" "),
        email: null,
        patientId: match.ok ? match.patientId : undefined,
      };
    },
  };
}

/** NHS CIS2 (staff): OpenID Connect; the signed-in email must belong to an active staff user. */
export function cis2Provider(config: { issuer: string; clientId: string; clientSecret: string }): OAuthConfig<Cis2Profile> {
  return {
    id: "cis2",
    name: "NHS Care Identity (CIS2)",
    type: "oauth",
    wellKnown: `${config.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid profile email nationalrbacaccess" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    // CIS2 vouches for the email, and the signIn callback admits only an active staff user
    // with it: the CIS2 account is then linked to that user.
    allowDangerousEmailAccountLinking: true,
    profile(profile) {
      return { id: profile.sub, name: profile.name ?? profile.email ?? "Staff member", email: profile.email?.toLowerCase() ?? null };
    },
  };
}

export type NhsLoginMatch = { ok: true; patientId: string } | { ok: false; reason: "proofing-level" | "no-match" };

/**
 * The patient an NHS login identity belongs to. Only P9 (identity fully
 * proved) may see records; then NHS number and date of birth must both match.
 */
export async function matchNhsLoginPatient(profile: unknown, client: DbClient = db()): Promise<NhsLoginMatch> {
  const p = profile as NhsLoginProfile | undefined;
  if (p?.identity_proofing_level !== "P9") return { ok: false, reason: "proofing-level" };
  if (!p.nhs_number || !p.birthdate) return { ok: false, reason: "no-match" };
  const patient = await client.patient.findUnique({ where: { nhsNumber: p.nhs_number.replace(/\s/g, "") }, select: { id: true, dateOfBirth: true, diedAt: true } });
  if (!patient || patient.diedAt || patient.dateOfBirth.toISOString().slice(0, 10) !== p.birthdate) return { ok: false, reason: "no-match" };
  return { ok: true, patientId: patient.id };
}
