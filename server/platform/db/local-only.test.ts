import { describe, expect, it } from "vitest";
import { assertLocalDatabase, NonLocalDatabaseError } from "./local-only";

describe("assertLocalDatabase", () => {
  it.each([
    "postgresql://postgres:password@localhost:54329/frontdoor",
    "postgres://postgres@127.0.0.1/frontdoor",
    "postgresql://u:p@127.1.2.3:5432/db",
    "postgresql://u:p@[::1]:5432/db",
    "postgresql://u@LOCALHOST/db",
    "postgresql://u@/db?host=/var/run/postgresql",
    "postgresql://u@localhost:5432,127.0.0.1:5433/db",
  ])("allows %s", (url) => {
    expect(() => assertLocalDatabase(url, "development")).not.toThrow();
    expect(() => assertLocalDatabase(url, undefined)).not.toThrow();
    expect(() => assertLocalDatabase(url, "test")).not.toThrow();
  });

  it.each([
    "postgresql://u:p@db.example.com:5432/frontdoor",
    "postgresql://u:p@10.0.0.5/frontdoor",
    "postgresql://u:p@localhost.example.com/frontdoor",
    "postgresql://u:p@127.0.0.1.nip.io/frontdoor",
    "postgresql://u:p@localhost:5432,db.example.com:5432/frontdoor",
    "postgresql://u:p@localhost/frontdoor?host=db.example.com",
    "postgresql://u:p@/frontdoor",
  ])("refuses %s", (url) => {
    expect(() => assertLocalDatabase(url, "development")).toThrow(NonLocalDatabaseError);
  });

  it("refuses production even on loopback", () => {
    expect(() => assertLocalDatabase("postgresql://u:p@localhost/db", "production")).toThrow(/production/);
  });

  it("refuses something that is not a PostgreSQL URL", () => {
    expect(() => assertLocalDatabase("mysql://u:p@localhost/db", "development")).toThrow(NonLocalDatabaseError);
    expect(() => assertLocalDatabase("not a url", "development")).toThrow(NonLocalDatabaseError);
  });

  it("never repeats the password in its message", () => {
    try {
      assertLocalDatabase("postgresql://admin:s3cret-pass@db.example.com/frontdoor", "development");
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toContain("db.example.com");
      expect(String(error)).not.toContain("s3cret-pass");
    }
  });
});
