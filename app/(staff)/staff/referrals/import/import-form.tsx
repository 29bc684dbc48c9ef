"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Table } from "@/components/table";
import { Tag, type TagColour } from "@/components/tag";
import type { CsvRowStatus } from "@/server/referrals/import-referral-csv";
import { initialFormState } from "@/server/platform/forms/form-state";
import { importCsvAction, type ImportExtra, type ImportState } from "./actions";

const statusTag: Record<CsvRowStatus, { text: string; colour: TagColour }> = {
  accepted: { text: "Accepted", colour: "green" },
  duplicate: { text: "Duplicate", colour: "grey" },
  invalid: { text: "Invalid", colour: "red" },
};

/** Upload → report of every row → confirm. Works without JavaScript (each step is a form post). */
export function ImportForm() {
  const [state, action, pending] = useActionState(importCsvAction, initialFormState as ImportState);
  const upload = state.upload;
  const error = state.status === "error" ? (state.errors.file ?? state.message) : undefined;

  if (upload?.step === "imported") {
    const { accepted, duplicate, invalid } = upload.report.counts;
    return (
      <>
        <div className="nhsuk-panel" role="status">
          <h2 className="nhsuk-panel__heading">
            {accepted === 1 ? "1 referral imported" : `${accepted} referrals imported`}
          </h2>
          <div className="nhsuk-panel__body">from {upload.fileName}</div>
        </div>
        <p>
          {duplicate} duplicate and {invalid} invalid {duplicate + invalid === 1 ? "row was" : "rows were"} skipped. The new referrals are waiting for triage.
        </p>
        <ReportTable upload={upload} />
        <p>
          <a href="/staff/referrals?status=AWAITING_TRIAGE">See referrals awaiting triage</a> or <a href="/staff/referrals/import">import another file</a>.
        </p>
      </>
    );
  }

  return (
    <>
      {error && <ErrorSummary errors={[{ href: "#file", text: error }]} />}
      {upload?.step !== "checked" ? (
        <form action={action} noValidate>
          <input type="hidden" name="mode" value="check" />
          <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
            <label className="nhsuk-label nhsuk-label--s" htmlFor="file">
              Upload a CSV file
            </label>
            <div className="nhsuk-hint" id="file-hint">
              We check every row first and show you what will happen. Nothing is imported until you confirm.
            </div>
            {error && (
              <span className="nhsuk-error-message" id="file-error">
                <span className="nhsuk-u-visually-hidden">Error:</span> {error}
              </span>
            )}
            <input className="nhsuk-file-upload" id="file" name="file" type="file" accept=".csv,text/csv" aria-describedby={error ? "file-hint file-error" : "file-hint"} />
          </div>
          <Button type="submit" disabled={pending}>
            Check the file
          </Button>
        </form>
      ) : (
        <>
          <h2 className="nhsuk-heading-m">Check the rows of {upload.fileName}</h2>
          <p data-testid="import-summary">
            {upload.report.counts.accepted} to import, {upload.report.counts.duplicate} already received (duplicates), {upload.report.counts.invalid} invalid. Duplicate and invalid rows are
            skipped; fix invalid rows and import the file again later (rows already imported will be recognised).
          </p>
          <ReportTable upload={upload} />
          {upload.report.counts.accepted > 0 ? (
            <form action={action}>
              <input type="hidden" name="mode" value="import" />
              <input type="hidden" name="encoded" value={upload.encoded} />
              <input type="hidden" name="fileName" value={upload.fileName} />
              <Button type="submit" disabled={pending} preventDoubleClick>
                {upload.report.counts.accepted === 1 ? "Import 1 referral" : `Import ${upload.report.counts.accepted} referrals`}
              </Button>
            </form>
          ) : (
            <p>There is nothing new to import in this file.</p>
          )}
          <p>
            <a href="/staff/referrals/import">Upload a different file</a>
          </p>
        </>
      )}
    </>
  );
}

function ReportTable({ upload }: { upload: ImportExtra["upload"] }) {
  return (
    <Table
      caption="Every row of the file"
      captionSize="s"
      head={["Line", "NHS number", "Service", "Result", "Details"]}
      rows={upload.report.rows.map((row) => [
        String(row.line),
        row.nhsNumber,
        row.serviceCode,
        <Tag key="tag" colour={statusTag[row.status].colour}>
          {statusTag[row.status].text}
        </Tag>,
        row.reason ?? (row.newPatient ? "New patient record" : "Known patient"),
      ])}
    />
  );
}
