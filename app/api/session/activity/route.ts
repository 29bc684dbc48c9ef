import { NextResponse } from "next/server";
import { currentSession } from "@/server/identity/session";

/**
 * "Stay signed in": any signed-in request records activity; this one does only
 * that, and says how long the session now has. Anyone else gets 401.
 */
export async function POST(): Promise<NextResponse> {
  const session = await currentSession();
  if (!session) return NextResponse.json({ signedIn: false }, { status: 401 });
  return NextResponse.json({ signedIn: true, remainingMs: session.remainingMs });
}
