import { BackLink } from "@/components/back-link";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { Details } from "@/components/details";
import { ErrorSummary } from "@/components/error-summary";
import { InsetText } from "@/components/inset-text";
import { Radios } from "@/components/radios";
import { Select } from "@/components/select";
import { modeLabel } from "@/server/booking/appointments/describe-appointment";
import type { FreeSlot } from "@/server/booking/core/find-slots";
import { db } from "@/server/platform/db/client";
import type { BookableType } from "@/server/booking/self-service/bookable-entries";
import { dayKey, londonDayOf, londonDayStart, type DayParts } from "@/server/booking/self-service/london-days";
import { earliestBookable, parseSlotFilters, searchPatientSlots, serviceLocations } from "@/server/booking/self-service/search-slots";
import { formatDate, formatTime } from "@/server/platform/time/london";

export type SearchQuery = Record<string, string | string[] | undefined>;

/**
 * Step 1 of 3: the times the patient may book, soonest first, grouped by day,
 * with filters for dates, place and type (in person, telephone, video). Each
 * time is a link to the check step, so the page works without JavaScript.
 */
export async function ChooseTime(props: {
  caption: string;
  heading: string;
  backHref?: string;
  serviceId: string;
  types: BookableType[];
  query: SearchQuery;
  formPath: string;
  slotHref: (slotId: string) => string;
  contactHref?: string;
  contactPhone: string;
  serviceName: string;
}) {
  const now = new Date();
  const { filters, errors } = parseSlotFilters(props.query, earliestBookable(props.types, now));
  const [{ slots, truncated }, locations] = await Promise.all([searchPatientSlots(db(), props.types, filters, now), serviceLocations(db(), props.serviceId)]);
  const modes = [...new Set(props.types.map((t) => t.mode))];
  const days = groupByDay(slots);
  const errorList = Object.entries(errors).map(([field, text]) => ({ href: `#${field}-day`, text }));
  return (
    <>
      {props.backHref && <BackLink href={props.backHref} />}
      <span className="nhsuk-caption-l">{props.caption}</span>
      <h1>{props.heading}</h1>
      <ErrorSummary errors={errorList} />
      <p>
        Showing times from <strong>{formatDate(londonDayStart(filters.from))}</strong> to <strong>{formatDate(londonDayStart(filters.to))}</strong>
        {filters.mode ? `, ${modeLabel[filters.mode].toLowerCase()} only` : ""}
        {filters.locationId ? `, at ${locations.find((l) => l.id === filters.locationId)?.name ?? "the chosen place"}` : ""}. Times are UK time.
      </p>
      <Details summary="Change dates, place or type of appointment" open={errorList.length > 0}>
        <form method="get" action={props.formPath} noValidate>
          <DateInput id="from" legend="From" legendSize="s" hint="For example, 15 3 2026" error={errors.from} defaultValues={dayValues(filters.from)} />
          <DateInput id="to" legend="To" legendSize="s" error={errors.to} defaultValues={dayValues(filters.to)} />
          {locations.length > 1 && (
            <Select
              id="location"
              name="location"
              label="Place"
              defaultValue={filters.locationId ?? ""}
              options={[{ value: "", text: "Any place" }, ...locations.map((l) => ({ value: l.id, text: l.name }))]}
            />
          )}
          {modes.length > 1 && (
            <Radios
              idPrefix="mode"
              name="mode"
              legend="Type of appointment"
              legendSize="s"
              small
              defaultValue={filters.mode ?? ""}
              items={[{ value: "", label: "Any" }, ...modes.map((mode) => ({ value: mode, label: modeLabel[mode] }))]}
            />
          )}
          <Button type="submit" variant="secondary">
            Show times
          </Button>
        </form>
      </Details>
      {days.length === 0 ? (
        <InsetText>There are no times you can book online for these dates. Try later dates, or ask us to contact you.</InsetText>
      ) : (
        days.map((day) => (
          <section key={day.key} aria-labelledby={`day-${day.key}`}>
            <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2" id={`day-${day.key}`}>
              {formatDate(day.start)}
            </h2>
            <ul className="nhsuk-list">
              {day.slots.map((slot) => (
                <li key={slot.id}>
                  <a href={props.slotHref(slot.id)} className="nhsuk-u-display-block">
                    <span className="nhsuk-u-visually-hidden">{formatDate(slot.startsAt)}, </span>
                    <strong>{formatTime(slot.startsAt)}</strong>, {modeLabel[slot.mode].toLowerCase()}
                    {slot.mode === "IN_PERSON" ? ` at ${slot.locationName}` : ""} with {slot.clinicianName}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      {truncated && <p>There are more times after these. Choose a later start date to see them.</p>}
      <h2 className="nhsuk-heading-m">None of these times suit you?</h2>
      <p>
        {props.contactHref ? (
          <>
            <a href={props.contactHref}>Ask us to contact you</a>, or tell us which days and times suit you. We will get in touch within 2 working days.
            {" "}
          </>
        ) : null}
        You can also call {props.serviceName} on {props.contactPhone}.
      </p>
    </>
  );
}

function dayValues(day: DayParts) {
  return { day: String(day.day), month: String(day.month), year: String(day.year) };
}

function groupByDay(slots: FreeSlot[]) {
  const days: { key: string; start: Date; slots: FreeSlot[] }[] = [];
  for (const slot of slots) {
    const parts = londonDayOf(slot.startsAt);
    const key = dayKey(parts);
    const last = days.at(-1);
    if (last?.key === key) last.slots.push(slot);
    else days.push({ key, start: londonDayStart(parts), slots: [slot] });
  }
  return days;
}
