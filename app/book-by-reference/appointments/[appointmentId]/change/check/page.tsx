import type { Metadata } from "next";
import { referenceFlow } from "@/app/_self-booking/flow";
import { ChangeCheckPage } from "@/app/_self-booking/pages";
import { slotParam } from "@/app/_self-booking/search-params";

export const metadata: Metadata = { title: "Check and confirm your new time" };

export default async function Page({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const flow = await referenceFlow();
  const { appointmentId } = await params;
  return <ChangeCheckPage flow={flow} appointmentId={appointmentId} slotId={slotParam(await searchParams)} />;
}
