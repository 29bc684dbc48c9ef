"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

type IdleSignOutProps = {
  /** How long the session has left, from the server, when the page was rendered. */
  remainingMs: number;
  /** How long before the end the warning appears. */
  warningMs: number;
  /** Where to go when the time is up (the server has ended the session by then). */
  signedOutHref: string;
  /** next-auth's CSRF token for the "Sign out" button. */
  csrfToken?: string;
};

/**
 * Warns before the idle sign-out and offers to stay signed in. The server signs
 * the session out after the idle limit whatever happens here; without
 * JavaScript there is simply no warning. The warning is a modal dialog with its
 * heading focused, its time left announced politely, and Escape meaning "stay".
 */
export function IdleSignOut({ remainingMs, warningMs, signedOutHref, csrfToken }: IdleSignOutProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const timedOut = useRef<HTMLFormElement>(null);
  const pathname = usePathname();
  const deadline = useRef(0);
  const [left, setLeft] = useState(warningMs);

  // Each page the server renders counts as activity; so does a client-side navigation.
  useEffect(() => {
    deadline.current = Date.now() + remainingMs;
  }, [remainingMs, pathname]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      const ms = deadline.current - Date.now();
      if (ms <= 0) {
        // Sign out now rather than leave it to the server's clock, then say what happened.
        window.clearInterval(timer);
        if (timedOut.current) timedOut.current.submit();
        else window.location.assign(signedOutHref);
        return;
      }
      setLeft(ms);
      if (ms <= warningMs && !dialog.current?.open) {
        dialog.current?.showModal();
        heading.current?.focus();
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [warningMs, signedOutHref]);

  async function staySignedIn() {
    const response = await fetch("/api/session/activity", { method: "POST", headers: { accept: "application/json" } }).catch(() => undefined);
    const body = response?.ok ? ((await response.json()) as { remainingMs?: number }) : undefined;
    if (!body?.remainingMs) {
      window.location.assign(signedOutHref);
      return;
    }
    dialog.current?.close();
    deadline.current = Date.now() + body.remainingMs;
  }

  return (
    <>
      <form ref={timedOut} action="/api/auth/signout" method="post" hidden>
        {csrfToken && <input type="hidden" name="csrfToken" value={csrfToken} />}
        <input type="hidden" name="callbackUrl" value={signedOutHref} />
      </form>
      <dialog
        ref={dialog}
        style={{ maxWidth: "32rem", padding: "24px" }}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-dialog-heading"
        aria-describedby="idle-dialog-time"
        onCancel={(event) => {
          event.preventDefault();
          void staySignedIn();
        }}
      >
        <h2 className="nhsuk-heading-m" id="idle-dialog-heading" ref={heading} tabIndex={-1}>
          You’re about to be signed out
        </h2>
        <p id="idle-dialog-time" aria-live="polite">
          For your security, we will sign you out {describeTimeLeft(left)} if you do not do anything.
        </p>
        <p>Any information you have not saved will be lost.</p>
        <div className="nhsuk-button-group">
          <button type="button" className="nhsuk-button" onClick={() => void staySignedIn()}>
            Stay signed in
          </button>
          <form action="/api/auth/signout" method="post">
            {csrfToken && <input type="hidden" name="csrfToken" value={csrfToken} />}
            <input type="hidden" name="callbackUrl" value="/" />
            <button type="submit" className="nhsuk-button nhsuk-button--secondary">
              Sign out
            </button>
          </form>
        </div>
      </dialog>
    </>
  );
}

/** Coarse on purpose: screen readers announce each change, so it changes rarely. */
export function describeTimeLeft(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (ms <= 30_000) return "in less than a minute";
  return minutes === 1 ? "in 1 minute" : `in ${minutes} minutes`;
}
