"use client";

import { useEffect } from "react";

/**
 * Starts nhsuk-frontend's JavaScript (header menu, error summary focus,
 * conditional radios, double-click prevention, …).
 *
 * Next.js renders new content without a page load, after client navigation or
 * when a form action returns errors, so we also watch the DOM and initialise
 * components as they appear. nhsuk-frontend refuses to initialise an element
 * twice, which makes repeated calls safe; those refusals are expected and not logged.
 */
export function NhsukInit() {
  useEffect(() => {
    let cancelled = false;
    let observer: MutationObserver | undefined;
    let scheduled = false;

    void import("nhsuk-frontend").then(({ initAll, InitError }) => {
      if (cancelled) return;
      const init = () => {
        scheduled = false;
        initAll({
          onError(error: unknown) {
            if (!(error instanceof InitError)) console.error(error);
          },
        });
      };
      init();
      observer = new MutationObserver((mutations) => {
        if (scheduled || !mutations.some(addsModule)) return;
        scheduled = true;
        queueMicrotask(init);
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });

    return () => {
      cancelled = true;
      observer?.disconnect();
    };
  }, []);

  return null;
}

function addsModule(mutation: MutationRecord): boolean {
  return Array.from(mutation.addedNodes).some(
    (node) => node instanceof Element && (node.hasAttribute("data-module") || node.querySelector("[data-module]") !== null),
  );
}
