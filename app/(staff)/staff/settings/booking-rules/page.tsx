import type { Metadata } from "next";
import { NotificationBanner } from "@/components/notification-banner";
import { Table } from "@/components/table";
import { requireStaff } from "@/server/identity/guards";
import { listBookingRules } from "@/server/booking/rules/list-booking-rules";
import { db } from "@/server/platform/db/client";

export const metadata: Metadata = { title: "Booking rules" };

export default async function BookingRulesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requireStaff("ADMIN");
  const [{ saved }, services] = await Promise.all([searchParams, listBookingRules(db())]);
  return (
    <>
      {saved && <NotificationBanner success>Booking rules saved.</NotificationBanner>}
      <h1>Booking rules</h1>
      <p>
        Each appointment type has its own rules for patients booking online: the notice they must give, how far ahead they can book, and whether they can book it
        themselves at all. Booking-centre staff can book any free slot.
      </p>
      {services.map((service) => (
        <Table
          key={service.id}
          caption={service.name}
          captionSize="m"
          head={["Appointment type", "Patients can book online", "Minimum notice", "Books up to", <span key="a" className="nhsuk-u-visually-hidden">Action</span>]}
          rows={service.appointmentTypes.map((type) => [
            `${type.name}, ${type.durationMinutes} minutes${type.active ? "" : " (not in use)"}`,
            type.patientBookable ? "Yes" : "No",
            `${type.minNoticeHours} hours`,
            `${type.maxHorizonDays} days ahead`,
            <a key="change" href={`/staff/settings/booking-rules/${type.id}`}>
              Change<span className="nhsuk-u-visually-hidden"> rules for {service.name}: {type.name}</span>
            </a>,
          ])}
        />
      ))}
    </>
  );
}
