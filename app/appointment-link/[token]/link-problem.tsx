/** An invalid or expired link says so, and how else to manage the appointment. Never which appointment it was for. */
export function LinkProblem({ reason }: { reason: "INVALID" | "EXPIRED" }) {
  return (
    <>
      <h1>{reason === "EXPIRED" ? "This link has expired" : "This link does not work"}</h1>
      <p>
        {reason === "EXPIRED"
          ? "Links in reminders work until the appointment starts."
          : "The link may be incomplete. Try copying the whole link from your email into your browser."}
      </p>
      <p>
        You can still <a href="/book-by-reference">manage your appointment with your booking reference</a> or <a href="/sign-in">sign in</a>, or call the
        number in your letter.
      </p>
    </>
  );
}
