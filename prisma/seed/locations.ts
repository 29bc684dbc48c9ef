/** Where the demo trust's clinics run. */
export interface LocationDefinition {
  code: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  accessibilityNotes: string;
  directions: string;
}

export const LOCATIONS: readonly LocationDefinition[] = [
  {
    code: "NCH",
    name: "Northfield Community Hospital",
    addressLine1: "Bristol Road South",
    addressLine2: "Northfield",
    town: "Birmingham",
    postcode: "B31 2NP",
    accessibilityNotes:
      "Step-free entrance from the car park. Lifts to all floors. Accessible toilets on every floor. Hearing loop at main reception and in the outpatient department. Wheelchairs available to borrow at reception.",
    directions: "Outpatients is on the ground floor, follow the blue signs. Buses 61 and 63 stop outside. Free parking for 3 hours; 6 blue badge bays by the main entrance.",
  },
  {
    code: "SOH",
    name: "Selly Oak Health Centre",
    addressLine1: "Chapel Lane",
    addressLine2: "Selly Oak",
    town: "Birmingham",
    postcode: "B29 6SJ",
    accessibilityNotes:
      "Level access through automatic doors. The physiotherapy gym is on the first floor; a lift is available. Accessible toilet on the ground floor. Hearing loop at reception.",
    directions: "Two minutes' walk from Selly Oak railway station. No patient car park: use the pay and display car park on Chapel Lane. 2 blue badge bays at the front.",
  },
  {
    code: "KNC",
    name: "Kings Norton Clinic",
    addressLine1: "Pershore Road South",
    addressLine2: "Kings Norton",
    town: "Birmingham",
    postcode: "B30 3EL",
    accessibilityNotes:
      "Single-storey building with level access. Sound-treated audiology booths with room for a wheelchair. Hearing loop in every audiology room and at reception.",
    directions: "Buses 45 and 47 stop on Pershore Road South. Free car park behind the clinic with 4 blue badge bays.",
  },
  {
    code: "RCC",
    name: "Redditch Community Clinic",
    addressLine1: "Church Road",
    addressLine2: null,
    town: "Redditch",
    postcode: "B97 4AB",
    accessibilityNotes:
      "Ramp to the main entrance (the side door has steps). Podiatry rooms are on the ground floor with height-adjustable couches. Accessible toilet next to the waiting area.",
    directions: "Five minutes' walk from Redditch bus station. Parking in the Church Road multi-storey; blue badge holders may park in the clinic's front bays.",
  },
  {
    code: "BHC",
    name: "Bromsgrove Health Centre",
    addressLine1: "Stourbridge Road",
    addressLine2: null,
    town: "Bromsgrove",
    postcode: "B61 0AZ",
    accessibilityNotes:
      "Level access. Podiatry is on the first floor: the lift is small, so tell us if you use a large powered wheelchair and we will see you on the ground floor. Hearing loop at reception.",
    directions: "Bus 144 stops outside. Free car park shared with the GP surgery; it is busy before 10am.",
  },
  {
    code: "LCC",
    name: "Longbridge Children's Centre",
    addressLine1: "Lickey Road",
    addressLine2: "Longbridge",
    town: "Birmingham",
    postcode: "B31 2TW",
    accessibilityNotes:
      "Level access and space for buggies and wheelchairs. Quiet room available for children who find waiting difficult: ask at reception. Changing facilities including a hoist and adult-sized changing bench.",
    directions: "Longbridge railway station is a 5-minute walk. Free parking on site with 3 blue badge bays and 2 parent-and-child bays.",
  },
];
