import type { Metadata } from "next";
import { AppFrame } from "@/components/layout/app-frame";
import { InsetText } from "@/components/inset-text";
import { WarningCallout } from "@/components/warning-callout";

export const metadata: Metadata = { title: "Contact us" };

export default function ContactPage() {
  return (
    <AppFrame>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Contact us</h1>
          <WarningCallout heading="Do not use this service for urgent medical help">
            <p>
              If you need help now, go to <a href="https://111.nhs.uk/">111.nhs.uk</a> or call 111. In an emergency,
              call 999.
            </p>
          </WarningCallout>

          <h2>Questions about your appointment or referral</h2>
          <p>
            Call the booking centre on the phone number on your appointment letter. Lines are usually open 8am to 6pm,
            Monday to Friday.
          </p>
          <p>Have your booking reference or NHS number ready, if you have them.</p>
          <InsetText>
            <p>
              If you are deaf or hard of hearing, you can use <a href="https://www.relayuk.bt.com/">Relay UK</a> by
              dialling 18001 before the booking centre number.
            </p>
          </InsetText>

          <h2>Problems using this website</h2>
          <p>
            If something on this website does not work, or you cannot use it because of a disability, tell the booking
            centre. Say which page you were on and what went wrong. Do not include medical details.
          </p>

          <h2>Compliments and complaints</h2>
          <p>
            Contact the trust&apos;s Patient Advice and Liaison Service (PALS). Their details are on the trust&apos;s
            website and on your appointment letter.
          </p>
        </div>
      </div>
    </AppFrame>
  );
}
