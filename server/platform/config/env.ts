import { z } from "zod";
import { isLoopbackHost } from "../http/loopback";

/**
 * Every environment variable the app reads, validated once. Nothing else reads
 * process.env. `.env.example` documents each one.
 */
const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v));

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** development | test | production. Local staff sign-in and the dev outbox exist only outside production. */
    APP_ENV: z.enum(["development", "test", "production"]).optional(),
    DATABASE_URL: z.url({ message: "must be a postgresql:// connection string" }).refine(
      (v) => v.startsWith("postgres://") || v.startsWith("postgresql://"),
      "must be a postgresql:// connection string",
    ),
    /** Required in production: sign-in links and emails must never point at localhost by accident. */
    NEXTAUTH_URL: z.url().optional(),
    NEXTAUTH_SECRET: optionalText,
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL"),
    MAIL_FROM: z.string().default("Front Door <no-reply@frontdoor.nhs.invalid>"),
    MAIL_CATCHER_DIR: optionalText,
    /** Where print batches (merged PDF + CSV manifest) are written for the print supplier to collect. */
    PRINT_OUTBOX_DIR: z.string().min(1).default(".data/print-outbox"),
    TRUST_NAME: z.string().default("Northfield Community Health NHS Trust"),
    NHS_LOGIN_ISSUER: optionalText,
    NHS_LOGIN_CLIENT_ID: optionalText,
    NHS_LOGIN_PRIVATE_KEY: optionalText,
    CIS2_ISSUER: optionalText,
    CIS2_CLIENT_ID: optionalText,
    CIS2_CLIENT_SECRET: optionalText,
    JOBS_WORKER: z.enum(["on", "off"]).default("on"),
    JOBS_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    ENABLE_LOCAL_SIGNIN: booleanFlag,
    /** How many proxies we operate in front of the app; 0: the socket's peer is the client. */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /** Staff are signed out after this many minutes without a request (patients: 10, the NHS App standard). */
    STAFF_IDLE_MINUTES: z.coerce.number().int().min(5).max(480).default(30),
  })
  .transform((raw, ctx) => {
    const appEnv = raw.APP_ENV ?? (raw.NODE_ENV === "production" ? "production" : "development");
    if (!raw.NEXTAUTH_URL && appEnv === "production") {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_URL"], message: "is required in production (the public https:// address of the app)" });
    }
    const baseUrl = raw.NEXTAUTH_URL ?? "http://localhost:3000";
    const secret = raw.NEXTAUTH_SECRET ?? (appEnv === "production" ? undefined : "front-door-development-secret-not-for-production");
    if (!secret || secret.length < 32) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "is required in production and must be at least 32 characters" });
    }
    const nhsLogin = allOrNone(ctx, "NHS_LOGIN", {
      issuer: raw.NHS_LOGIN_ISSUER,
      clientId: raw.NHS_LOGIN_CLIENT_ID,
      privateKey: raw.NHS_LOGIN_PRIVATE_KEY,
    });
    const cis2 = allOrNone(ctx, "CIS2", {
      issuer: raw.CIS2_ISSUER,
      clientId: raw.CIS2_CLIENT_ID,
      clientSecret: raw.CIS2_CLIENT_SECRET,
    });
    const loopback = isLoopbackHost(new URL(baseUrl).hostname);
    // Local sign-in lets anyone pick a staff identity: it only exists on a developer's
    // or CI's own machine, never where the app is served on a real hostname.
    if (raw.ENABLE_LOCAL_SIGNIN && (appEnv === "production" || !loopback)) {
      ctx.addIssue({
        code: "custom",
        path: ["ENABLE_LOCAL_SIGNIN"],
        message: "cannot be enabled in production or when NEXTAUTH_URL is not a loopback address",
      });
    }
    return {
      nodeEnv: raw.NODE_ENV,
      appEnv,
      databaseUrl: raw.DATABASE_URL,
      baseUrl: baseUrl.replace(/\/$/, ""),
      authSecret: secret ?? "",
      smtpUrl: raw.SMTP_URL,
      mailFrom: raw.MAIL_FROM,
      mailCatcherDir: appEnv === "production" ? undefined : raw.MAIL_CATCHER_DIR,
      printOutboxDir: raw.PRINT_OUTBOX_DIR,
      trustName: raw.TRUST_NAME,
      nhsLogin,
      cis2,
      jobsWorker: raw.JOBS_WORKER === "on",
      jobsPollMs: raw.JOBS_POLL_MS,
      localSignIn: raw.ENABLE_LOCAL_SIGNIN && appEnv !== "production" && loopback,
      trustedProxyHops: raw.TRUSTED_PROXY_HOPS,
      staffIdleMinutes: raw.STAFF_IDLE_MINUTES,
    };
  });

export type AppConfig = z.output<typeof envSchema>;

function allOrNone<T extends Record<string, string | undefined>>(
  ctx: z.RefinementCtx,
  prefix: string,
  values: T,
): { [K in keyof T]: string } | undefined {
  const set = Object.entries(values).filter(([, v]) => v !== undefined);
  if (set.length === 0) return undefined;
  if (set.length < Object.keys(values).length) {
    ctx.addIssue({ code: "custom", path: [`${prefix}_*`], message: `set all of the ${prefix} variables or none of them` });
    return undefined;
  }
  return values as { [K in keyof T]: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Front Door cannot start: fix these environment variables:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): AppConfig {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`),
    );
  }
  return result.data;
}

let cached: AppConfig | undefined;

/** The validated configuration; throws ConfigError naming each bad variable. */
export function env(): AppConfig {
  cached ??= parseEnv(process.env);
  return cached;
}
