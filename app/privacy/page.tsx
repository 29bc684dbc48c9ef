import type { Metadata } from "next";
import { AppFrame } from "@/components/layout/app-frame";

export const metadata: Metadata = { title: "Privacy" };

export default function PrivacyPage() {
  return (
    <AppFrame>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Privacy</h1>
          <p className="nhsuk-lede-text">
            Front Door is run by your NHS trust. This page explains what information the service uses and why.
          </p>

          <h2>What information we use</h2>
          <p>To show you your referrals and appointments, the service uses:</p>
          <ul>
            <li>your name, date of birth and NHS number, to find your records</li>
            <li>your email address and mobile phone number, to send you sign-in links, confirmations and reminders</li>
            <li>your referrals, appointments and the choices you make in this service</li>
          </ul>
          <p>
            The trust already holds this information as part of your care. We do not use it for marketing and we do not
            sell it.
          </p>

          <h2>Who can see it</h2>
          <p>
            Only staff involved in arranging your care, such as booking centre staff and your clinical team, can see
            your information. Every time they look at or change your record, it is logged.
          </p>

          <h2>Cookies</h2>
          <p>
            We use one cookie to keep you signed in and one to protect forms from misuse. They are essential for the
            service to work, so we do not ask for your consent. We do not use analytics or advertising cookies, and we
            do not load anything from other websites.
          </p>

          <h2>How long we keep it</h2>
          <p>
            We keep your records for as long as the NHS Records Management Code of Practice requires. Sign-in links
            expire after 24 hours.
          </p>

          <h2>Your rights</h2>
          <p>
            You can ask to see the information we hold about you, or ask us to correct it. You can also{" "}
            <a href="https://www.nhs.uk/your-nhs-data-matters/">choose whether your data is used for research and planning</a>.
          </p>
          <p>
            To make a request or a complaint, <a href="/contact">contact us</a>. You can also complain to the{" "}
            <a href="https://ico.org.uk/make-a-complaint/">Information Commissioner&apos;s Office</a>.
          </p>
        </div>
      </div>
    </AppFrame>
  );
}
