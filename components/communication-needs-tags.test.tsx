import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommunicationNeedsTags } from "./communication-needs-tags";

describe("CommunicationNeedsTags", () => {
  it("names the interpreter's language and shows notes after the tags", () => {
    const html = renderToStaticMarkup(
      <CommunicationNeedsTags patient={{ communicationNeeds: ["INTERPRETER", "WHEELCHAIR_ACCESS"], interpreterLanguage: "Polish", accessNotes: "Brings a carer" }} />,
    );
    expect(html).toContain('<ul class="nhsuk-list nhsuk-u-margin-bottom-1" aria-label="Communication needs">');
    expect(html).toContain('<strong class="nhsuk-tag nhsuk-tag--purple">Interpreter: Polish</strong>');
    expect(html).toContain(">Wheelchair access</strong>");
    expect(html).toContain("Brings a carer");
  });

  it("shows the 'none' text, or nothing, when no needs are recorded", () => {
    const patient = { communicationNeeds: [], interpreterLanguage: null };
    expect(renderToStaticMarkup(<CommunicationNeedsTags patient={patient} none="None recorded" />)).toBe("None recorded");
    expect(renderToStaticMarkup(<CommunicationNeedsTags patient={patient} />)).toBe("");
  });
});
