import type { Metadata } from "next";
import { AppFrame } from "@/components/layout/app-frame";

export const metadata: Metadata = { title: "Accessibility statement" };

export default function AccessibilityPage() {
  return (
    <AppFrame>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Accessibility statement for Front Door</h1>
          <p className="nhsuk-lede-text">
            This statement applies to Front Door, the online service for seeing your referrals and booking, changing or
            cancelling your appointments.
          </p>
          <p>We want as many people as possible to be able to use this service. For example, you should be able to:</p>
          <ul>
            <li>change colours, contrast levels and fonts using your browser or device settings</li>
            <li>zoom in up to 400% without the text spilling off the screen</li>
            <li>navigate the whole service using just a keyboard</li>
            <li>navigate the whole service using speech recognition software</li>
            <li>listen to the whole service using a screen reader</li>
          </ul>
          <p>
            The service is built with the <a href="https://service-manual.nhs.uk/design-system">NHS design system</a>,
            and works without JavaScript.
          </p>

          <h2>How accessible this service is</h2>
          <p>
            We test every page with automated accessibility checks and by hand with a keyboard and a screen reader. We
            are not aware of any parts of the service that do not meet the Web Content Accessibility Guidelines (WCAG)
            2.2 AA standard. If you find one, please tell us.
          </p>

          <h2>Feedback and contact information</h2>
          <p>
            If you need information from this service in a different format, such as large print, easy read, audio or
            braille, or you have a problem using it, <a href="/contact">contact us</a>. We will reply within 5 working
            days.
          </p>

          <h2>Enforcement procedure</h2>
          <p>
            The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies
            (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we
            respond to your complaint, contact the{" "}
            <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
          </p>

          <h2>Technical information about this service&apos;s accessibility</h2>
          <p>
            We are committed to making this service accessible, in accordance with the Public Sector Bodies (Websites
            and Mobile Applications) (No. 2) Accessibility Regulations 2018. This service is fully compliant with the
            Web Content Accessibility Guidelines version 2.2 AA standard.
          </p>
        </div>
      </div>
    </AppFrame>
  );
}
