type Props = { action: string; services: { id: string; name: string; count?: number }[]; selected?: string; extra?: Record<string, string> };

/** A GET form choosing one service (or all), so the view can be linked and bookmarked. */
export function ServiceFilter({ action, services, selected, extra = {} }: Props) {
  return (
    <form method="get" action={action} className="nhsuk-u-margin-bottom-4">
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="nhsuk-form-group nhsuk-u-margin-bottom-2">
        <label className="nhsuk-label" htmlFor="service">
          Service
        </label>
        <select className="nhsuk-select" id="service" name="service" defaultValue={selected ?? ""}>
          <option value="">All services</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.count !== undefined ? ` (${s.count})` : ""}
            </option>
          ))}
        </select>{" "}
        <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" type="submit">
          Show
        </button>
      </div>
    </form>
  );
}
