import type { Metadata } from "next";
import { referenceFlow } from "@/app/_self-booking/flow";
import { EntryCheckPage } from "@/app/_self-booking/pages";
import { slotParam } from "@/app/_self-booking/search-params";

export const metadata: Metadata = { title: "Check and confirm your appointment" };

export default async function Page({ params, searchParams }: { params: Promise<{ entryId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const flow = await referenceFlow();
  const { entryId } = await params;
  return <EntryCheckPage flow={flow} entryId={entryId} slotId={slotParam(await searchParams)} />;
}
