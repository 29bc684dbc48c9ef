import type { Metadata } from "next";
import { referenceFlow } from "@/app/_self-booking/flow";
import { EntryContactPage } from "@/app/_self-booking/pages";

export const metadata: Metadata = { title: "Ask us to contact you" };

export default async function Page({ params, searchParams }: { params: Promise<{ entryId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const flow = await referenceFlow();
  const { entryId } = await params;
  return <EntryContactPage flow={flow} entryId={entryId} sent={(await searchParams).done === "sent"} />;
}
