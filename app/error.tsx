"use client";

/** Unexpected errors: a plain apology and a reference; details stay in the server log. */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <div className="nhsuk-width-container">
      <main className="nhsuk-main-wrapper" id="maincontent">
        <h1>Sorry, there is a problem with the service</h1>
        <p>Try again later. Nothing you entered has been saved unless you saw a confirmation.</p>
        {error.digest && <p>If you contact us, quote reference {error.digest}.</p>}
      </main>
    </div>
  );
}
