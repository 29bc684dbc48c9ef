import type { ReferralSource } from "../../server/platform/db/generated/enums";
import type { ServiceCode } from "./services";

/** What referrals to each service say: reasons, triage wording, PIFU red flags, who refers. */
export interface ServiceReferralContent {
  reasons: readonly string[];
  rejectionReasons: readonly string[];
  advice: readonly string[];
  pifuTriggers: string;
  sources: readonly (readonly [ReferralSource, number])[];
  /** Share of referrals marked urgent. */
  urgentShare: number;
}

export const REFERRAL_CONTENT: Record<ServiceCode, ServiceReferralContent> = {
  MSK: {
    reasons: [
      "Low back pain for 4 months, worse after sitting; no red flags",
      "Right knee pain after a twisting injury playing football",
      "Neck pain and stiffness with occasional pins and needles in the left hand",
      "Left shoulder pain and reduced movement for 3 months; struggling to dress",
      "Osteoarthritis of both knees, wants help to stay active",
      "Tennis elbow not settling after 6 weeks of rest",
      "Ankle sprain 8 weeks ago, still unstable on uneven ground",
      "Hip pain on walking; X-ray shows mild degenerative change",
      "Post-natal pelvic girdle pain",
      "Rehabilitation after a wrist fracture, cast removed 2 weeks ago",
    ],
    rejectionReasons: [
      "Under 18: please refer to children's physiotherapy",
      "Symptoms suggest cauda equina: patient advised to attend the emergency department today",
      "Referral incomplete: please resend with current medication and examination findings",
    ],
    advice: [
      "Advice sent to GP: a 6-week home exercise programme and the self-management leaflet; re-refer if no better",
      "Advice sent to GP: symptoms are improving; patient signposted to the online back pain exercise videos",
    ],
    pifuTriggers: "Pain or stiffness returning and stopping you doing your usual activities for more than 2 weeks, or your exercises no longer helping.",
    sources: [["GP", 45], ["E_REFERRAL_SERVICE", 15], ["SELF", 30], ["CONSULTANT", 5], ["OTHER_TRUST", 3], ["OTHER", 2]],
    urgentShare: 0.08,
  },
  POD: {
    reasons: [
      "Painful ingrown toenail with recurrent infection; considered for nail surgery",
      "Type 2 diabetes with reduced sensation: high-risk foot, previous ulcer",
      "Bunion causing pain in all footwear; wishes to discuss surgery",
      "Heel pain (plantar fasciitis) for 6 months, not settled with insoles",
      "Corns and callus; unable to manage own foot care",
      "Hammer toes rubbing in shoes",
      "Morton's neuroma suspected: burning pain in the forefoot",
      "Flat feet with ankle pain on walking",
    ],
    rejectionReasons: [
      "Routine nail cutting is not provided: patient signposted to local nail-cutting services",
      "Active foot ulcer with spreading infection: patient referred to the diabetic foot clinic today",
      "Referral incomplete: please include the latest HbA1c and foot risk assessment",
    ],
    advice: [
      "Advice sent to GP: stretching programme and off-the-shelf insoles; re-refer if no better in 3 months",
      "Advice sent to GP: footwear advice leaflet; callus can be managed at home with emollient",
    ],
    pifuTriggers: "New pain, redness, swelling or discharge around the toe, or a wound on the foot that does not start to heal within a week.",
    sources: [["GP", 55], ["E_REFERRAL_SERVICE", 15], ["SELF", 20], ["CONSULTANT", 5], ["OTHER_TRUST", 3], ["OTHER", 2]],
    urgentShare: 0.12,
  },
  PAED: {
    reasons: [
      "Speech and language delay; concerns from nursery about social communication",
      "Possible autism: limited eye contact and repetitive play",
      "Attention and concentration difficulties at school; possible ADHD",
      "Not walking independently at 20 months",
      "Faltering growth: weight has dropped across two centiles",
      "Daytime wetting at age 7",
      "Global developmental delay under review; family moved into the area",
      "Sleep difficulties with challenging behaviour",
    ],
    rejectionReasons: [
      "Over 18: please refer to adult services",
      "Referral incomplete: please include the school or nursery report",
    ],
    advice: [
      "Advice sent to GP: school nurse and the parenting programme first; re-refer with school report if concerns continue",
      "Advice sent to GP: continence advice and the school nursing service; re-refer if no better in 6 months",
    ],
    pifuTriggers: "New concerns from home or school about development, behaviour or growth, or a change in how medication is working.",
    sources: [["GP", 50], ["E_REFERRAL_SERVICE", 10], ["CONSULTANT", 15], ["OTHER", 20], ["OTHER_TRUST", 5]],
    urgentShare: 0.15,
  },
  AUD: {
    reasons: [
      "Gradual hearing loss in both ears; struggling with conversations in noise",
      "Existing hearing aid user: aids no longer helping",
      "Tinnitus with hearing difficulty in the right ear",
      "Family report the television is too loud; wax cleared by practice nurse",
      "Hearing aid repair and retubing, aids over 5 years old",
      "Asymmetric hearing loss noticed at optician hearing check",
    ],
    rejectionReasons: [
      "Sudden hearing loss in one ear: patient advised to attend ENT emergency clinic today",
      "Wax not yet cleared: please arrange ear irrigation before referring",
      "Under 18: please refer to paediatric audiology",
    ],
    advice: [
      "Advice sent to GP: wax management advice; re-refer if hearing is still reduced after treatment",
      "Advice sent to GP: tinnitus self-help resources; re-refer if hearing difficulty persists",
    ],
    pifuTriggers: "Your hearing aids stop helping, you notice a sudden change in hearing, or you have problems with the aids you cannot fix using the guide.",
    sources: [["GP", 60], ["E_REFERRAL_SERVICE", 30], ["CONSULTANT", 5], ["OTHER_TRUST", 5]],
    urgentShare: 0.05,
  },
};

/** Fictional GP practices in the area; org codes are made up in the ODS shape. */
export const GP_PRACTICES = [
  { name: "Lickey Hills Medical Practice", orgCode: "M99101", email: "lickeyhills.mp@nhs.invalid", gps: ["Dr Helen Ward", "Dr Anil Mehta"] },
  { name: "Cotteridge Surgery", orgCode: "M99102", email: "cotteridge.surgery@nhs.invalid", gps: ["Dr Sarah Lowe", "Dr Kofi Asante"] },
  { name: "Weoley Park Surgery", orgCode: "M99103", email: "weoleypark.surgery@nhs.invalid", gps: ["Dr Fiona Grant", "Dr Rashid Malik"] },
  { name: "Bournville Village Practice", orgCode: "M99104", email: "bournville.practice@nhs.invalid", gps: ["Dr Eleanor Hayes", "Dr Mark Sutton"] },
  { name: "Frankley Family Practice", orgCode: "M99105", email: "frankley.fp@nhs.invalid", gps: ["Dr Joanna Nowak", "Dr Peter Boateng"] },
  { name: "Redditch Central Surgery", orgCode: "M99106", email: "redditch.central@nhs.invalid", gps: ["Dr Claire Dunn", "Dr Vikram Rao"] },
  { name: "Sidemoor Medical Centre", orgCode: "M99107", email: "sidemoor.mc@nhs.invalid", gps: ["Dr Lucy Hammond", "Dr Owen Pryce"] },
  { name: "Harborne Lane Surgery", orgCode: "M99108", email: "harbornelane.surgery@nhs.invalid", gps: ["Dr Nadia Farooq", "Dr Tom Whitfield"] },
] as const;

export const CONSULTANT_REFERRERS: Record<ServiceCode, readonly string[]> = {
  MSK: ["Mr David Kerr, Consultant Orthopaedic Surgeon", "Dr Aisha Rahman, Consultant Rheumatologist"],
  POD: ["Dr Simon Walters, Consultant Diabetologist", "Mr Ravi Chandra, Consultant Vascular Surgeon"],
  PAED: ["Dr Laura Pike, Consultant Paediatrician", "Dr Femi Ogun, Consultant Neonatologist"],
  AUD: ["Mr James Hale, Consultant ENT Surgeon"],
};

export const OTHER_TRUST = { name: "Westmere University Hospitals NHS Foundation Trust", orgCode: "R9W" } as const;

export const OTHER_REFERRERS: Record<ServiceCode, readonly string[]> = {
  MSK: ["Occupational health service"],
  POD: ["Community nursing team"],
  PAED: ["Health visiting team", "School nursing team", "Special educational needs coordinator (SENCo)"],
  AUD: ["Community nursing team"],
};
