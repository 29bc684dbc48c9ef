/** Identifier and code systems the FHIR API reads and writes. */
export const NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
export const UBRN_SYSTEM = "https://fhir.nhs.uk/Id/UBRN";
export const ODS_ORGANISATION_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
/** The trust's own service codes (MSK, POD, …): name the service a referral is for. */
export const SERVICE_CODE_SYSTEM = "urn:front-door:service-code";
/** The patient pathway identifier (PPI) used for RTT reporting. */
export const PATHWAY_ID_SYSTEM = "urn:front-door:patient-pathway-id";
export const UK_CORE_SERVICE_REQUEST_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest";
export const FHIR_JSON = "application/fhir+json; charset=utf-8";
