import { notFound } from "next/navigation";
import { requirePatient } from "@/server/identity/guards";
import { requireReferenceSession } from "@/server/identity/reference-session-guard";
import type { BookingLinkAction } from "@/server/booking/links/booking-link";
import { loadLinkedAppointment, type LinkedAppointment } from "@/server/booking/links/link-appointment";
import { env } from "@/server/platform/config/env";
import { db } from "@/server/platform/db/client";
import { accountScope, referenceScope, type SelfBookingScope } from "@/server/booking/self-service/scope";

/**
 * The three ways into self-booking: signed in (account), with a booking
 * reference (one referral), or from a reminder's signed link (one appointment).
 * Each page and action gets its flow from the matching guard; the flow says
 * whose data may be loaded (scope) and where its pages are (paths).
 */
export type FlowKind = "account" | "reference" | "link";

export type FlowPaths = {
  home: string;
  book: (entryId: string) => string;
  check: (entryId: string, slotId: string) => string;
  contact: (entryId: string) => string;
  appointment: (appointmentId: string) => string;
  change: (appointmentId: string) => string;
  changeCheck: (appointmentId: string, slotId: string) => string;
  cancel: (appointmentId: string) => string;
  calendar: ((appointmentId: string) => string) | null;
};

export type Flow = { kind: FlowKind; scope: SelfBookingScope; paths: FlowPaths; token?: string };

function pathsUnder(base: string, home: string): FlowPaths {
  return {
    home,
    book: (entryId) => `${base}/book/${entryId}`,
    check: (entryId, slotId) => `${base}/book/${entryId}/check?slot=${slotId}`,
    contact: (entryId) => `${base}/book/${entryId}/contact`,
    appointment: (id) => `${base}/appointments/${id}`,
    change: (id) => `${base}/appointments/${id}/change`,
    changeCheck: (id, slotId) => `${base}/appointments/${id}/change/check?slot=${slotId}`,
    cancel: (id) => `${base}/appointments/${id}/cancel`,
    calendar: (id) => `${base}/appointments/${id}/calendar`,
  };
}

export const accountPaths = pathsUnder("/patient", "/patient");

export async function accountFlow(): Promise<Flow> {
  const patient = await requirePatient();
  return { kind: "account", scope: accountScope(patient), paths: accountPaths };
}

export async function referenceFlow(): Promise<Flow> {
  const session = await requireReferenceSession();
  return { kind: "reference", scope: referenceScope(session), paths: pathsUnder("/book-by-reference", "/book-by-reference/manage") };
}

/** A reminder link's flow; everything happens on the link's own page. */
export async function linkFlow(token: string): Promise<{ flow: Flow; linked: LinkedAppointment & { ok: true } } | { flow: null; linked: LinkedAppointment & { ok: false } }> {
  const linked = await loadLinkedAppointment(db(), token, env().authSecret, new Date());
  if (!linked.ok) return { flow: null, linked };
  const base = `/appointment-link/${token}`;
  const here = () => base;
  const paths: FlowPaths = {
    home: base,
    book: here,
    check: here,
    contact: here,
    appointment: here,
    change: here,
    changeCheck: (_id, slotId) => `${base}/check?slot=${slotId}`,
    cancel: here,
    calendar: null,
  };
  return { flow: { kind: "link", scope: linked.scope, paths, token }, linked };
}

/**
 * For server actions: the flow named in the form, established by that flow's
 * own guard (the form only picks which credential to check, never whose data).
 * A reminder link does only the one thing it was signed for (`linkAction`).
 */
export async function flowFromForm(form: FormData, linkAction: BookingLinkAction | null): Promise<Flow> {
  const kind = form.get("flow");
  if (kind === "account") return accountFlow();
  if (kind === "reference") return referenceFlow();
  if (kind === "link" && linkAction) {
    const { flow, linked } = await linkFlow(String(form.get("token") ?? ""));
    if (flow && linked.link.action === linkAction) return flow;
  }
  notFound();
}

/** The hidden fields that tell an action which flow a form belongs to. */
export function flowFields(flow: Flow): Record<string, string> {
  return flow.token ? { flow: flow.kind, token: flow.token } : { flow: flow.kind };
}
