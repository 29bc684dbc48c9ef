/**
 * Who the local OpenID Connect providers say someone is. The login typed on the
 * provider's sign-in form is the identity: for NHS login
 * `nhs-login:<NHS number>:<date of birth>:<proofing level>`, for CIS2 the email.
 */
export function nhsLoginIdentity(input: { nhsNumber: string; dateOfBirth: string; proofingLevel: "P9" | "P5" | "P0" }): string {
  return `nhs-login:${input.nhsNumber}:${input.dateOfBirth}:${input.proofingLevel}`;
}

/** The claims NHS login returns for that identity (as its P9 profile scope does). */
export function nhsLoginClaims(login: string): Record<string, string | boolean> {
  const [, nhsNumber = "", birthdate = "", level = "P0"] = login.split(":");
  return {
    sub: login,
    nhs_number: nhsNumber,
    birthdate,
    identity_proofing_level: level,
    given_name: "Robin",
    family_name: "Tester",
    email: `nhs-login-${nhsNumber}@example.nhs.invalid`,
    email_verified: true,
  };
}

export function cis2Claims(email: string): Record<string, string> {
  return { sub: email, email, name: `CIS2 user ${email}` };
}
