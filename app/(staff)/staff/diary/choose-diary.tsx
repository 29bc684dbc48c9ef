import { db } from "@/server/platform/db/client";
import { listDiaryOwners } from "@/server/scheduling/diary/diary-owners";

/** Every clinic's and clinician's diary, by service. */
export async function ChooseDiary() {
  const services = await listDiaryOwners(db());
  return (
    <>
      <h1>Clinic diaries</h1>
      <p>Choose a clinic or a clinician to see their diary for today. You can then move between days and weeks.</p>
      {services.map((service) => (
        <section key={service.id} aria-labelledby={`service-${service.id}`}>
          <h2 id={`service-${service.id}`}>{service.name}</h2>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-one-half">
              <h3 className="nhsuk-heading-s">Clinics</h3>
              <ul className="nhsuk-list">
                {service.clinics.map((clinic) => (
                  <li key={clinic.id}>
                    <a href={`/staff/diary?clinicId=${clinic.id}`}>{clinic.name}</a>
                  </li>
                ))}
              </ul>
            </div>
            <div className="nhsuk-grid-column-one-half">
              <h3 className="nhsuk-heading-s">Clinicians</h3>
              <ul className="nhsuk-list">
                {service.clinicians.map((clinician) => (
                  <li key={clinician.id}>
                    <a href={`/staff/diary?clinicianId=${clinician.id}`}>{clinician.name}</a>, {clinician.professionalRole}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </section>
      ))}
    </>
  );
}
