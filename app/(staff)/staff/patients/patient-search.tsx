"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { Details } from "@/components/details";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { TextInput } from "@/components/text-input";
import { PATIENT_SEARCH_PAGE_SIZE } from "@/server/patients/patient-search-schema";
import { searchPatientsAction } from "./actions";
import { formTexts, initialFormState } from "@/server/platform/forms/form-state";
import type { PatientSearchState } from "./patient-search-state";

/**
 * Three small search forms (NHS number first, the others folded away) and the
 * results; every form, paging included, posts to the same action.
 */
export function PatientSearch() {
  const [state, formAction, pending] = useActionState(searchPatientsAction, initialFormState as PatientSearchState);
  const values = formTexts(state.values);
  const by = values.searchBy;
  const errors = state.errors;
  const dateHref = `#dateOfBirth-${state.dateParts?.[0] ?? "day"}`;
  const summary = Object.entries(errors).map(([field, text]) => ({ href: field === "dateOfBirth" ? dateHref : `#${field}`, text }));
  return (
    <>
      <ErrorSummary errors={summary} />
      <div key={state.attempt}>
        <form action={formAction} noValidate aria-label="Search by NHS number">
          <input type="hidden" name="searchBy" value="nhsNumber" />
          <TextInput id="nhsNumber" name="nhsNumber" label="NHS number" labelSize="s" hint="10 digits, like 943 476 5919" width={10} code inputMode="numeric" spellCheck={false} autoComplete="off" defaultValue={values.nhsNumber} error={errors.nhsNumber} />
          <Button preventDoubleClick disabled={pending}>
            Search by NHS number
          </Button>
        </form>
        <Details summary="Search by name and date of birth" open={by === "nameAndDateOfBirth"}>
          <form action={formAction} noValidate aria-label="Search by name and date of birth">
            <input type="hidden" name="searchBy" value="nameAndDateOfBirth" />
            <TextInput id="familyName" name="familyName" label="Last name" width={20} spellCheck={false} autoComplete="off" defaultValue={values.familyName} error={errors.familyName} />
            <TextInput id="givenName" name="givenName" label="First name (optional)" hint="The start of the first name is enough" width={20} spellCheck={false} autoComplete="off" defaultValue={values.givenName} error={errors.givenName} />
            <DateInput
              id="dateOfBirth"
              legend="Date of birth"
              hint="For example, 15 3 1984"
              error={errors.dateOfBirth}
              errorParts={state.dateParts}
              defaultValues={{ day: values["dateOfBirth-day"], month: values["dateOfBirth-month"], year: values["dateOfBirth-year"] }}
            />
            <Button preventDoubleClick disabled={pending}>
              Search by name and date of birth
            </Button>
          </form>
        </Details>
        <Details summary="Search by postcode" open={by === "postcode"}>
          <form action={formAction} noValidate aria-label="Search by postcode">
            <input type="hidden" name="searchBy" value="postcode" />
            <TextInput id="postcode" name="postcode" label="Postcode" width={10} autoComplete="off" spellCheck={false} defaultValue={values.postcode} error={errors.postcode} />
            <Button preventDoubleClick disabled={pending}>
              Search by postcode
            </Button>
          </form>
        </Details>
      </div>
      {state.result && <Results result={state.result} values={values} formAction={formAction} />}
    </>
  );
}

function Results({ result, values, formAction }: { result: NonNullable<PatientSearchState["result"]>; values: Record<string, string>; formAction: (data: FormData) => void }) {
  if (result.total === 0) {
    return (
      <div aria-live="polite">
        <h2 className="nhsuk-heading-m">No patients found</h2>
        <p>Check the details and try again, or search another way. An NHS number finds a patient most reliably.</p>
      </div>
    );
  }
  const first = (result.page - 1) * PATIENT_SEARCH_PAGE_SIZE + 1;
  const last = first + result.patients.length - 1;
  const hidden = Object.entries(values).filter(([name]) => name !== "page" && !name.startsWith("$"));
  return (
    <div aria-live="polite">
      <h2 className="nhsuk-heading-m">
        {result.total === 1 ? "1 patient found" : `${result.total.toLocaleString("en-GB")} patients found`}
      </h2>
      {result.pageCount > 1 && (
        <p>
          Showing {first} to {last}, page {result.page} of {result.pageCount}.
        </p>
      )}
      <Table
        caption="Matching patients"
        captionSize="s"
        head={["Name", "NHS number", "Date of birth", "Address", "Needs"]}
        rows={result.patients.map((p) => [
          <a key="name" href={`/staff/patients/${p.id}`}>
            {p.name}
          </a>,
          p.nhsNumber,
          p.dateOfBirth,
          p.address,
          <>
            {p.died && <Tag colour="grey">Deceased</Tag>} {p.flags.map((f) => <Tag key={f} colour="purple">{f}</Tag>)}
          </>,
        ])}
      />
      {result.pageCount > 1 && (
        <form action={formAction} aria-label="Result pages">
          {hidden.map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {result.page > 1 && (
            <Button variant="secondary" small name="page" value={String(result.page - 1)}>
              Previous page
            </Button>
          )}{" "}
          {result.page < result.pageCount && (
            <Button variant="secondary" small name="page" value={String(result.page + 1)}>
              Next page
            </Button>
          )}
        </form>
      )}
    </div>
  );
}
