import { Button } from "@/components/button";
import { Select } from "@/components/select";
import { priorityLabel, PRIORITIES, validationFilterLabel, VALIDATION_FILTERS, WAIT_BANDS, type WaitingListFilters } from "@/server/waiting-list";

const any = { value: "", text: "Any" };
const yesNo = (yes: string, no: string) => [any, { value: "yes", text: yes }, { value: "no", text: no }];

/** The list's filters as a GET form: the URL is the filter, so it can be shared and exported. */
export function FiltersForm({ filters, services }: { filters: WaitingListFilters; services: { id: string; name: string }[] }) {
  return (
    <form method="get" action="/staff/waiting-list" className="waiting-list-filters" aria-label="Filter the waiting list">
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-quarter">
          <Select id="serviceId" name="serviceId" label="Service" defaultValue={filters.serviceId ?? ""} options={[{ value: "", text: "All services" }, ...services.map((s) => ({ value: s.id, text: s.name }))]} />
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <Select id="priority" name="priority" label="Clinical priority" defaultValue={filters.priority ?? ""} options={[any, ...PRIORITIES.map((p) => ({ value: p, text: priorityLabel[p] }))]} />
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <Select id="kind" name="kind" label="Waiting for" defaultValue={filters.kind ?? ""} options={[any, { value: "NEW", text: "First appointment" }, { value: "FOLLOW_UP", text: "Follow-up" }]} />
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <Select id="band" name="band" label="Weeks waited" defaultValue={filters.band ?? ""} options={[any, ...WAIT_BANDS.map((b) => ({ value: b.key, text: b.label }))]} />
        </div>
      </div>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-quarter">
          <Select id="validation" name="validation" label="Validation" defaultValue={filters.validation ?? ""} options={[any, ...VALIDATION_FILTERS.map((v) => ({ value: v, text: validationFilterLabel[v] }))]} />
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <Select id="booked" name="booked" label="Booking" defaultValue={filters.booked ?? ""} options={yesNo("Has a booking", "Not booked")} />
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <Select id="invited" name="invited" label="Invitation" defaultValue={filters.invited ?? ""} options={yesNo("Invited to book", "Not invited")} />
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <Select id="pifu" name="pifu" label="Patient-initiated follow-up" defaultValue={filters.pifu ?? ""} options={yesNo("On PIFU", "Not on PIFU")} />
        </div>
      </div>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <Select id="overdue" name="overdue" label="Follow-ups" defaultValue={filters.overdue ?? ""} options={[any, { value: "yes", text: "Overdue follow-ups only" }]} />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <Select id="needs" name="needs" label="Communication needs" defaultValue={filters.needs ?? ""} options={[any, { value: "yes", text: "Has communication needs" }]} />
        </div>
      </div>
      <Button type="submit" variant="secondary" small>
        Apply filters
      </Button>{" "}
      <a href="/staff/waiting-list" className="nhsuk-u-margin-left-3">
        Clear filters
      </a>
    </form>
  );
}
