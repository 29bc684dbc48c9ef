import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { BackLink } from "@/components/back-link";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { SummaryList } from "@/components/summary-list";
import { TextInput } from "@/components/text-input";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { formatNhsNumber, nhsNumberSchema } from "@/server/patients/nhs-number";
import { listServices } from "@/server/referrals/staff-referral-search";
import { formatCalendarDate } from "@/server/platform/time/london";
import { NewReferralForm } from "./new-referral-form";

export const metadata: Metadata = { title: "Add a referral" };

/**
 * Two steps on one page, without JavaScript: first the NHS number (a GET form),
 * then the referral, with the patient's details only when the number is new.
 */
export default async function NewReferralPage({ searchParams }: { searchParams: Promise<{ nhsNumber?: string }> }) {
  await requireStaff("BOOKING_CLERK");
  const { nhsNumber: typed } = await searchParams;
  const parsed = typed === undefined ? undefined : nhsNumberSchema.safeParse(typed);

  if (!parsed?.success) {
    const error = parsed ? parsed.error.issues[0]?.message : undefined;
    return (
      <>
        <BackLink href="/staff/referrals">Back to referrals</BackLink>
        <ErrorSummary errors={error ? [{ href: "#nhsNumber", text: error }] : []} />
        <form method="get" action="/staff/referrals/new" noValidate>
          <TextInput
            id="nhsNumber"
            name="nhsNumber"
            label="What is the patient's NHS number?"
            labelSize="l"
            isPageHeading
            hint="10 digits, for example 485 777 3456. We will find the patient, or ask for their details if they are new."
            width={10}
            code
            inputMode="numeric"
            spellCheck={false}
            defaultValue={typed ?? ""}
            error={error}
          />
          <Button>Continue</Button>
        </form>
      </>
    );
  }

  const nhsNumber = parsed.data;
  const [patient, services] = await Promise.all([
    db().patient.findUnique({ where: { nhsNumber }, select: { givenName: true, familyName: true, dateOfBirth: true, postcode: true } }),
    listServices(db()),
  ]);
  return (
    <>
      <BackLink href="/staff/referrals/new">Change the NHS number</BackLink>
      <span className="nhsuk-caption-l">NHS number {formatNhsNumber(nhsNumber)}</span>
      <h1>Add a referral</h1>
      {patient ? (
        <>
          <h2 className="nhsuk-heading-m">Patient</h2>
          <SummaryList
            rows={[
              { key: "Name", value: `${patient.givenName} ${patient.familyName}` },
              { key: "Date of birth", value: formatCalendarDate(patient.dateOfBirth) },
              { key: "Postcode", value: patient.postcode },
            ]}
          />
        </>
      ) : (
        <p>No patient has this NHS number yet. Enter their details and we will create their record with the referral.</p>
      )}
      <NewReferralForm nhsNumber={nhsNumber} knownPatient={Boolean(patient)} services={services.map((s) => ({ value: s.code, text: s.name }))} formId={randomUUID()} today={new Date().toISOString().slice(0, 10)} />
    </>
  );
}
