import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env, type AppConfig } from "../platform/config/env";
import { db } from "../platform/db/client";
import { frontDoorAdapter } from "./adapter";
import { SIGN_IN_LINK_MINUTES } from "./email-sign-in";
import { safeRedirect } from "./safe-redirect";
import { checkSession, endSession, openSession, SESSION_MAX_AGE_SECONDS } from "./server-session";
import { localSignInAllowed } from "./request-origin";
import { nhsLoginProvider, cis2Provider, matchNhsLoginPatient } from "./oidc-providers";

/** next-auth configuration: the one place that decides who may sign in and how. */
export function authOptions(config: AppConfig = env()): NextAuthOptions {
  const providers: NextAuthOptions["providers"] = [
    // Only the callback of next-auth's email provider is used: links are asked for through
    // requestSignInLink and sent by the job queue (email-sign-in.ts), and next-auth's own
    // POST /api/auth/signin/email is refused by the route.
    EmailProvider({
      server: config.smtpUrl,
      from: config.mailFrom,
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      async sendVerificationRequest() {
        throw new Error("Sign-in links are sent by the send-sign-in-link job");
      },
    }),
  ];
  if (config.nhsLogin) providers.push(nhsLoginProvider(config.nhsLogin));
  if (config.cis2) providers.push(cis2Provider(config.cis2));
  if (config.localSignIn) providers.push(localStaffProvider());

  return {
    adapter: frontDoorAdapter(),
    secret: config.authSecret,
    // JWT cookies (the credentials provider needs them) that name a server-side Session row,
    // checked on every request: see server-session.ts.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/problem" },
    providers,
    events: {
      // Sign-out ends the session on the server: a copy of the cookie no longer works.
      async signOut({ token }) {
        await endSession(db(), token?.sid);
      },
    },
    callbacks: {
      // next-auth's own redirect check throws on a malformed callbackUrl (a 500); ours sends it home.
      async redirect({ url, baseUrl }) {
        return safeRedirect(url, baseUrl);
      },
      async signIn({ user, account, profile }) {
        if (account?.provider === "email") return true;
        if (account?.provider === "nhs-login") {
          const match = await matchNhsLoginPatient(profile);
          if (match.ok) return true;
          return `/sign-in/problem?reason=${match.reason === "proofing-level" ? "nhs-login-level" : "nhs-login-no-match"}`;
        }
        if (account?.provider === "cis2" || account?.provider === "local-staff") {
          const staff = user.email ? await findActiveStaff(user.email) : null;
          if (staff) return true;
          return account.provider === "cis2" ? "/sign-in/problem?reason=staff-no-account" : false;
        }
        return false;
      },
      async jwt({ token, user }) {
        if (!user) return token;
        // Every provider hands over our own user here (the adapter's, or the local sign-in's):
        // resolve who this is once, at sign-in, and open the server-side session.
        const record = await db().user.findUnique({ where: { id: user.id } });
        if (!record || !record.active) return { ...token, role: undefined, sid: undefined };
        const sid = await openSession(db(), record.id);
        return { ...token, sub: record.id, name: record.name, email: record.email, role: record.role, patientId: record.patientId ?? undefined, sid };
      },
      // Only next-auth's own /api/auth/session reads this; the app uses currentSession().
      async session({ session, token }) {
        const live = await checkSession(db(), token, { staffIdleMinutes: config.staffIdleMinutes, touch: false });
        return { ...session, user: live?.user };
      },
    },
  };
}

function localStaffProvider() {
  return CredentialsProvider({
    id: "local-staff",
    name: "Local staff sign-in (development only)",
    credentials: { email: { label: "Staff email", type: "email" } },
    async authorize(credentials, request) {
      if (!localSignInAllowed(request.headers ?? {})) return null;
      const email = z.email().safeParse(credentials?.email);
      if (!email.success) return null;
      const staff = await findActiveStaff(email.data);
      return staff ? { id: staff.id, email: staff.email, name: staff.name } : null;
    },
  });
}

async function findActiveStaff(email: string) {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || !user.active || user.role === "PATIENT" || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? user.email };
}
