import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { linkFlow } from "@/app/_self-booking/flow";
import { ChangeCheckPage } from "@/app/_self-booking/pages";
import { slotParam } from "@/app/_self-booking/search-params";
import { LinkProblem } from "../link-problem";

export const metadata: Metadata = { title: "Check and confirm your new time" };

export default async function AppointmentLinkCheckPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await params;
  const { flow, linked } = await linkFlow(token);
  if (!flow) return <LinkProblem reason={linked.reason} />;
  if (linked.link.action !== "change") notFound();
  return <ChangeCheckPage flow={flow} appointmentId={linked.appointment.id} slotId={slotParam(await searchParams)} />;
}
