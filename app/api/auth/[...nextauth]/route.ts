import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/server/identity/options";
import { env } from "@/server/platform/config/env";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: RouteContext) {
  const params = await context.params;
  // Sign-in links are asked for on /sign-in (a queued job, the same answer for every
  // address), never through next-auth's own endpoint, which would send inline.
  if (request.method === "POST" && params.nextauth.join("/") === "signin/email") {
    return NextResponse.redirect(new URL("/sign-in", env().baseUrl), 303);
  }
  // next-auth v4 reads params synchronously; Next 16 passes them as a promise.
  return NextAuth(request as never, { params } as never, authOptions());
}

export { handler as GET, handler as POST };
