import { Button } from "@/components/button";
import { Select } from "@/components/select";
import { TextInput } from "@/components/text-input";
import { ErrorSummary } from "@/components/error-summary";
import type { loadSlotFilterOptions, SlotSearch } from "@/server/booking/centre/slot-filters";

type Props = {
  search: SlotSearch;
  options: Awaited<ReturnType<typeof loadSlotFilterOptions>>;
  /** Query parameters to keep (for example the waiting-list entry being booked). */
  keep?: Record<string, string>;
  /** Staff may search other services (for example after a redirected referral). */
  serviceLocked?: boolean;
};

const any = { value: "", text: "Any" };

/** The filters above a slot list: a GET form, so a search can be bookmarked and works without JavaScript. */
export function SlotFiltersForm({ search, options, keep = {}, serviceLocked }: Props) {
  const { filters, errors } = search;
  return (
    <form method="get" className="nhsuk-u-margin-bottom-5" aria-label="Filter free times">
      <ErrorSummary errors={Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }))} />
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          {serviceLocked ? (
            <input type="hidden" name="serviceId" value={filters.serviceId ?? ""} />
          ) : (
            <Select id="serviceId" name="serviceId" label="Service" defaultValue={filters.serviceId ?? ""} options={[any, ...options.services.map((s) => ({ value: s.id, text: s.name }))]} />
          )}
          <Select
            id="appointmentTypeId"
            name="appointmentTypeId"
            label="Appointment type"
            defaultValue={filters.appointmentTypeId ?? ""}
            options={[any, ...options.appointmentTypes.map((t) => ({ value: t.id, text: t.name }))]}
          />
          <Select
            id="mode"
            name="mode"
            label="How"
            defaultValue={filters.mode ?? ""}
            options={[any, { value: "IN_PERSON", text: "In person" }, { value: "TELEPHONE", text: "Telephone" }, { value: "VIDEO", text: "Video" }]}
          />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <Select id="locationId" name="locationId" label="Location" defaultValue={filters.locationId ?? ""} options={[any, ...options.locations.map((l) => ({ value: l.id, text: l.name }))]} />
          <TextInput id="from" name="from" type="date" label="From" width={10} defaultValue={filters.from} error={errors.from} />
          <TextInput id="to" name="to" type="date" label="To" width={10} defaultValue={filters.to} error={errors.to} />
        </div>
      </div>
      <Button variant="secondary">Show free times</Button>
    </form>
  );
}
