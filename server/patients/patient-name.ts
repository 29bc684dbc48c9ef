/** "MORGAN, Alex": how clinical systems show a patient to staff (NHS common user interface guidance). */
export function staffPatientName(patient: { givenName: string; familyName: string }): string {
  return `${patient.familyName.toUpperCase()}, ${patient.givenName}`;
}
