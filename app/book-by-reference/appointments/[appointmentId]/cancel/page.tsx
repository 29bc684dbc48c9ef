import type { Metadata } from "next";
import { referenceFlow } from "@/app/_self-booking/flow";
import { CancelPage } from "@/app/_self-booking/pages";

export const metadata: Metadata = { title: "Cancel your appointment" };

export default async function Page({ params }: { params: Promise<{ appointmentId: string }> }) {
  const flow = await referenceFlow();
  const { appointmentId } = await params;
  return <CancelPage flow={flow} appointmentId={appointmentId} />;
}
