import type { Metadata } from "next";
import { accountFlow } from "@/app/_self-booking/flow";
import { EntryTimesPage } from "@/app/_self-booking/pages";

export const metadata: Metadata = { title: "Choose a time" };

export default async function Page({ params, searchParams }: { params: Promise<{ entryId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const flow = await accountFlow();
  const { entryId } = await params;
  return <EntryTimesPage flow={flow} entryId={entryId} query={await searchParams} />;
}
