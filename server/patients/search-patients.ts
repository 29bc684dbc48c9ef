import type { DbClient } from "../platform/db/client";
import type { Prisma } from "../platform/db/generated/client";
import { PATIENT_SEARCH_PAGE_SIZE, type PatientSearchQuery } from "./patient-search-schema";

export type PatientSearchResult = Awaited<ReturnType<typeof searchPatients>>;
export type PatientSearchRow = PatientSearchResult["patients"][number];

/**
 * Finds patients for the booking centre, a page at a time, in name order. Each
 * way of searching stays on an index: the NHS number's unique index, date of birth
 * then name, or postcode. Takes the query as patientSearchSchema parsed it (the
 * schema turns typed date parts into a date, so it cannot be parsed twice).
 */
export async function searchPatients(client: DbClient, query: PatientSearchQuery) {
  const where = whereFor(query);
  const pageSize = PATIENT_SEARCH_PAGE_SIZE;
  const [total, patients] = await Promise.all([
    client.patient.count({ where }),
    client.patient.findMany({
      where,
      orderBy: [{ familyName: "asc" }, { givenName: "asc" }, { dateOfBirth: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        nhsNumber: true,
        givenName: true,
        familyName: true,
        dateOfBirth: true,
        addressLine1: true,
        town: true,
        postcode: true,
        communicationNeeds: true,
        interpreterLanguage: true,
        diedAt: true,
      },
    }),
  ]);
  return { patients, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / pageSize)), pageSize };
}

function whereFor(query: PatientSearchQuery): Prisma.PatientWhereInput {
  switch (query.searchBy) {
    case "nhsNumber":
      return { nhsNumber: query.nhsNumber };
    case "postcode":
      return { postcode: query.postcode };
    case "nameAndDateOfBirth":
      return {
        dateOfBirth: query.dateOfBirth,
        familyName: { equals: query.familyName, mode: "insensitive" },
        ...(query.givenName ? { givenName: { startsWith: query.givenName, mode: "insensitive" } } : {}),
      };
  }
}
