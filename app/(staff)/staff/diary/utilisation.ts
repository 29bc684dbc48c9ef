/** "12 of 16 places booked (75%)", or that nothing runs. */
export function utilisationText({ used, capacity, utilisation }: { used: number; capacity: number; utilisation: number | null }): string {
  if (capacity === 0) return "No clinic sessions";
  return `${used} of ${capacity} ${capacity === 1 ? "place" : "places"} booked (${utilisation}%)`;
}
