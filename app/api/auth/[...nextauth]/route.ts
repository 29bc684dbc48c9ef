import NextAuth from "next-auth";
import { authOptions } from "@/server/identity/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: RouteContext) {
  // next-auth v4 reads params synchronously; Next 16 passes them as a promise.
  return NextAuth(request as never, { params: await context.params } as never, authOptions());
}

export { handler as GET, handler as POST };
