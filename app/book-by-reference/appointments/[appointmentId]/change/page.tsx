import type { Metadata } from "next";
import { referenceFlow } from "@/app/_self-booking/flow";
import { ChangeTimesPage } from "@/app/_self-booking/pages";

export const metadata: Metadata = { title: "Choose a new time" };

export default async function Page({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const flow = await referenceFlow();
  const { appointmentId } = await params;
  return <ChangeTimesPage flow={flow} appointmentId={appointmentId} query={await searchParams} />;
}
