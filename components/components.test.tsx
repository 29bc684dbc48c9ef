import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ActionLink } from "./action-link";
import { BackLink } from "./back-link";
import { Breadcrumb } from "./breadcrumb";
import { Button } from "./button";
import { Card } from "./card";
import { Checkboxes } from "./checkboxes";
import { DateInput } from "./date-input";
import { Details } from "./details";
import { ErrorSummary } from "./error-summary";
import { InsetText } from "./inset-text";
import { AppFrame } from "./layout/app-frame";
import { SiteHeader } from "./layout/site-header";
import { SkipLink } from "./layout/skip-link";
import { NotificationBanner } from "./notification-banner";
import { Pagination } from "./pagination";
import { Panel } from "./panel";
import { Radios } from "./radios";
import { Select } from "./select";
import { SummaryList } from "./summary-list";
import { Table } from "./table";
import { Tag } from "./tag";
import { TextInput } from "./text-input";
import { Textarea } from "./textarea";
import { WarningCallout } from "./warning-callout";
import { normaliseHtml, nhsukFixtureHtml } from "./testing/nhsuk-fixture";

const render = (element: ReactElement) => renderToStaticMarkup(element);

/** Our markup must match nhsuk-frontend's own rendering of the same example. */
function expectSameAsFixture(
  element: ReactElement,
  component: string,
  fixture: string,
  { adjust = (html: string) => html, where }: { adjust?: (html: string) => string; where?: (context: Record<string, unknown>) => boolean } = {},
) {
  expect(normaliseHtml(adjust(render(element)))).toBe(normaliseHtml(nhsukFixtureHtml(component, fixture, where)));
}

const contactOptions = [
  { value: "email", label: "Email" },
  { value: "phone", label: "Phone" },
  { value: "text", label: "Text message" },
];

describe("form components", () => {
  it("error summary is an alert listing links to the fields", () => {
    const html = render(<ErrorSummary errors={[{ href: "#email", text: "Enter your email address" }]} />);
    expect(html).toContain('data-module="nhsuk-error-summary"');
    expect(html).toContain('<div role="alert">');
    expect(html).toContain('<a href="#email">Enter your email address</a>');
    expectSameAsFixture(
      <ErrorSummary errors={[{ href: "#example-day", text: "Date of birth must be in the past" }]} />,
      "error-summary",
      "default",
    );
  });

  it("error summary renders nothing when there are no errors", () => {
    expect(render(<ErrorSummary errors={[]} />)).toBe("");
  });

  it("text input in error is described by its hint and error message", () => {
    const html = render(<TextInput id="email" name="email" label="Email address" hint="We will send a link" error="Enter your email address" />);
    expect(html).toContain('aria-describedby="email-hint email-error"');
    expect(html).toContain('class="nhsuk-input nhsuk-input--error"');
    expect(html).toContain('<span class="nhsuk-error-message" id="email-error"><span class="nhsuk-u-visually-hidden">Error: </span>Enter your email address</span>');
    expect(html).toContain('class="nhsuk-form-group nhsuk-form-group--error"');
  });

  it("text input matches the NHS.UK markup", () => {
    expectSameAsFixture(
      <TextInput
        id="with-hint-error"
        name="example"
        label="What is your NHS number?"
        labelSize="l"
        isPageHeading
        hint={
          <>
            This is a 10 digit number (like <span className="nhsuk-u-nowrap">999 123 4567</span>) that you can find on an NHS letter, prescription or in the NHS App
          </>
        }
        error="Enter NHS number"
        width={10}
        code
        inputMode="numeric"
        spellCheck={false}
      />,
      "input",
      "with error message and hint",
    );
  });

  it("text input without hint or error has no aria-describedby", () => {
    expect(render(<TextInput id="name" name="name" label="Name" />)).not.toContain("aria-describedby");
  });

  it("date input matches the NHS.UK markup", () => {
    expectSameAsFixture(
      <DateInput id="example" legend="What is your date of birth?" legendSize="l" isPageHeading hint="For example, 31 3 1980" error="Enter your date of birth" />,
      "date-input",
      "with error message and hint",
      // Our field names repeat the ids (example-day) so errors map to fields; nhsuk's example uses bare names.
      { adjust: (html) => html.replace(/name="example-(day|month|year)"/g, 'name="$1"') },
    );
  });

  it("date input highlights only the parts in error", () => {
    const html = render(<DateInput id="dob" legend="Date of birth" error="Date of birth must include a day" errorParts={["day"]} defaultValues={{ month: "3" }} />);
    expect(html).toContain('<input class="nhsuk-input nhsuk-input--error nhsuk-input--width-2 nhsuk-date-input__input" id="dob-day"');
    expect(html).toContain('<input class="nhsuk-input nhsuk-input--width-2 nhsuk-date-input__input" id="dob-month"');
    expect(html).toMatch(/<input [^>]*name="dob-month"[^>]* value="3"/);
  });

  it("radios match the NHS.UK markup", () => {
    expectSameAsFixture(
      <Radios
        idPrefix="with-hint-error"
        name="example"
        legend="How do you want to be contacted about this?"
        legendSize="l"
        isPageHeading
        hint="Select 1 option"
        error="Select how you want to be contacted"
        items={contactOptions}
      />,
      "radios",
      "with error message and hint",
    );
  });

  it("radios check the previous answer and reveal its conditional content", () => {
    const html = render(
      <Radios
        idPrefix="contact"
        name="contact"
        legend="How should we contact you?"
        defaultValue="phone"
        items={[
          { value: "email", label: "Email", conditional: <p>Email</p> },
          { value: "phone", label: "Phone", conditional: <p>Phone</p> },
        ]}
      />,
    );
    expect(html).toMatch(/<input [^>]*id="contact-2"[^>]* checked=""[^>]* value="phone"/);
    expect(html).not.toMatch(/<input [^>]*id="contact"[^>]* checked/);
    expect(html).toContain('data-aria-controls="conditional-contact-2"');
    expect(html).toContain('<div class="nhsuk-radios__conditional" id="conditional-contact-2">');
    expect(html).toContain('<div class="nhsuk-radios__conditional nhsuk-radios__conditional--hidden" id="conditional-contact">');
  });

  it("checkboxes with a divider and an exclusive option match the NHS.UK markup", () => {
    expectSameAsFixture(
      <Checkboxes
        idPrefix="none"
        name="example"
        legend="How do you want to be contacted about this?"
        legendSize="l"
        isPageHeading
        items={[...contactOptions, { divider: "or" }, { value: "none", label: "I do not want to be contacted", exclusive: true }]}
      />,
      "checkboxes",
      'with "none" option',
    );
  });

  it("select and textarea match the NHS.UK markup", () => {
    const regions = [
      ["choose", "Choose location"],
      ["eastmidlands", "East Midlands"],
      ["eastofengland", "East of England"],
      ["london", "London"],
      ["northeast", "North East"],
      ["northwest", "North West"],
      ["southeast", "South East"],
      ["southwest", "South West"],
      ["westmidlands", "West Midlands"],
      ["yorkshire", "Yorkshire and the Humber"],
    ] as const;
    expectSameAsFixture(
      <Select
        id="with-hint-error"
        name="example"
        label="Choose location"
        labelSize="l"
        isPageHeading
        hint="This can be different to where you went before"
        error="Select a location"
        options={regions.map(([value, text]) => ({ value, text }))}
      />,
      "select",
      "with error message and hint",
    );
    expectSameAsFixture(
      <Textarea
        id="with-hint-error"
        name="example"
        label="Can you provide more detail?"
        labelSize="l"
        isPageHeading
        hint="Do not include personal information like your name, date of birth or NHS number"
        error="You must provide an explanation"
      />,
      "textarea",
      "with error message and hint",
    );
  });

  it("buttons match the NHS.UK markup", () => {
    expectSameAsFixture(<Button preventDoubleClick>Save and continue</Button>, "button", "with double click prevented");
    expectSameAsFixture(<Button variant="warning">Yes, delete this vaccine</Button>, "button", "warning");
    expectSameAsFixture(<Button variant="secondary">Find my location</Button>, "button", "secondary");
    expectSameAsFixture(<Button href="#">Link button</Button>, "button", "as a link");
    expectSameAsFixture(<Button disabled>Disabled button</Button>, "button", "disabled");
  });
});

describe("content components", () => {
  it("summary list matches the NHS.UK markup", () => {
    const change = (what: string) => [{ href: "#/change", text: "Change", visuallyHiddenText: what }];
    expectSameAsFixture(
      <SummaryList
        rows={[
          { key: "Name", value: "Karen Francis", actions: change("name") },
          { key: "Date of birth", value: "15 March 1984", actions: change("date of birth") },
          { key: "Contact information", value: <>73 Roman Rd<br />Leeds<br />LS2 5ZN</>, actions: change("contact information") },
          { key: "Contact details", value: <><p>07700 900362</p><p>karen.francis@example.com</p></>, actions: change("contact details") },
        ]}
      />,
      "summary-list",
      "with actions",
    );
    // The hidden text must stay a separate word for screen readers: "Change name".
    expect(render(<SummaryList rows={[{ key: "Name", value: "Karen", actions: change("name") }]} />)).toContain(
      'Change<span class="nhsuk-u-visually-hidden"> name</span>',
    );
  });

  it("responsive table matches the NHS.UK markup", () => {
    expectSameAsFixture(
      <Table
        caption="Impetigo can look similar to other skin conditions"
        captionSize="m"
        firstCellIsHeader
        head={["Skin symptoms", "Possible cause"]}
        rows={[
          ["Blisters on lips or around the mouth", "Cold sores"],
          ["Itchy, dry, cracked, sore", "Eczema"],
          ["Itchy blisters", "Shingles, chickenpox"],
        ]}
      />,
      "tables",
      "default",
      { where: (context) => context.responsive === true && context.caption !== undefined },
    );
  });

  it("tags, panels, banners and callouts match the NHS.UK markup", () => {
    expect(render(<Tag colour="green">Booked</Tag>)).toBe('<strong class="nhsuk-tag nhsuk-tag--green">Booked</strong>');
    expectSameAsFixture(<Panel heading="Booking complete">We have sent you a confirmation email</Panel>, "panel", "default");
    expectSameAsFixture(<NotificationBanner success>Email sent to example@email.com</NotificationBanner>, "notification-banner", "with success variant");
    expectSameAsFixture(<InsetText>You can report any suspected side effect using the Yellow Card safety scheme</InsetText>, "inset-text", "default");
    expectSameAsFixture(
      <WarningCallout heading="School, nursery or work">
        Stay away from school, nursery or work until all the spots have crusted over. This is usually 5 days after the spots first appeared.
      </WarningCallout>,
      "warning-callout",
      "with custom heading",
    );
    expectSameAsFixture(
      <Card
        clickable
        href="#"
        heading="Introduction to care and support"
        headingSize="m"
        description="A quick guide for people who have care and support needs and their carers"
      />,
      "card",
      "clickable",
    );
  });

  it("navigation pieces match the NHS.UK markup", () => {
    expectSameAsFixture(
      <Pagination previous={{ href: "#/section/treatments", label: "Treatments" }} next={{ href: "#/section/symptoms", label: "Symptoms" }} />,
      "pagination",
      "default",
    );
    expectSameAsFixture(<BackLink href="#" />, "back-link", "default");
    expectSameAsFixture(
      <Breadcrumb items={[{ href: "#", text: "Home" }, { href: "#", text: "NHS services" }, { href: "#", text: "Hospitals" }]} />,
      "breadcrumb",
      "default",
    );
    expectSameAsFixture(<ActionLink href="#/find">Find your nearest A&amp;E</ActionLink>, "action-link", "default");
    expectSameAsFixture(
      <Details summary="How to find your NHS number">
        You can find your NHS number by logging in to the NHS App or on any document the NHS has sent you.
      </Details>,
      "details",
      "default",
    );
    expectSameAsFixture(<SkipLink />, "skip-link", "default");
  });
});

describe("layout", () => {
  it("header links the logo and service name to the home page", () => {
    expectSameAsFixture(<SiteHeader serviceName="Prototype kit" serviceHref="#" />, "header", "with service name (linked with logo)");
  });

  it("header shows the signed-in user and a sign-out form", () => {
    const html = render(<SiteHeader account={{ name: "Florence Nightingale", roleLabel: "Booking clerk", csrfToken: "abc" }} navigation={[{ href: "/staff", label: "Booking centre", current: true }]} />);
    expect(html).toContain('<nav class="nhsuk-header__account" aria-label="Account">');
    expect(html).toContain("Florence Nightingale");
    expect(html).toMatch(/<form class="nhsuk-header__account-form"[^>]* action="\/api\/auth\/signout" method="post">/);
    expect(html).toContain('<input type="hidden" name="csrfToken" value="abc"/>');
    expect(html).toContain('<a class="nhsuk-header__navigation-link" href="/staff" aria-current="page">');
  });

  it("app frame puts the content in the main landmark the skip link targets", () => {
    const html = render(<AppFrame backLink={{ href: "/patient" }}>Hello</AppFrame>);
    expect(html).toContain('<main class="nhsuk-main-wrapper" id="maincontent">Hello</main>');
    expect(html).toContain('<a class="nhsuk-back-link" href="/patient">Back</a>');
    expect(html).toContain('href="/accessibility"');
    expect(html).not.toContain("nhsuk-header__account");
  });
});
