import type { Metadata } from "next";
import { referenceFlow } from "@/app/_self-booking/flow";
import { AppointmentPage } from "@/app/_self-booking/pages";

export const metadata: Metadata = { title: "Your appointment" };

export default async function Page({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const flow = await referenceFlow();
  const { appointmentId } = await params;
  return <AppointmentPage flow={flow} appointmentId={appointmentId} done={(await searchParams).done} />;
}
