import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { NONCE_HEADER } from "@/server/platform/security/security-headers";
import { SkipLink } from "@/components/layout/skip-link";
import { NhsukInit } from "@/components/nhsuk-init";

const images = "/nhsuk/assets/images";

export const metadata: Metadata = {
  title: { template: "%s – Front Door – NHS", default: "Front Door – NHS" },
  description: "See your referrals, and book, change or cancel your appointments.",
  icons: {
    icon: [
      { url: `${images}/favicon.ico`, sizes: "48x48" },
      { url: `${images}/favicon.svg`, type: "image/svg+xml", sizes: "any" },
    ],
    apple: `${images}/nhsuk-icon-180.png`,
    other: [{ rel: "mask-icon", url: `${images}/nhsuk-icon-mask.svg`, color: "#005eb8" }],
  },
  manifest: "/nhsuk/assets/manifest.json",
};

export const viewport: Viewport = { themeColor: "#005eb8", viewportFit: "cover" };

// From nhsuk-frontend's page template: styles that need JavaScript (hidden
// conditional questions, the header menu) apply only once this class is set,
// and nhsuk's JS refuses to start without it.
const supportScript =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');";

/**
 * Every page renders per request: the Content-Security-Policy nonce is new each
 * time, and nothing environment-specific is decided at build time (the build
 * runs with no configuration at all).
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang="en-GB">
      <head>
        {/* Built by scripts/build-css.mjs: nhsuk-frontend without remote fonts. Served as a
            static file, not bundled, so its icon urls stay pointing at /nhsuk/assets. */}
        {/* eslint-disable-next-line @next/next/no-css-tags -- generated file in public/, see above */}
        <link rel="stylesheet" href="/nhsuk/nhsuk-frontend.css" />
      </head>
      {/* The script above changes body's class before React hydrates. */}
      <body suppressHydrationWarning>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: supportScript }} />
        <SkipLink />
        {children}
        <NhsukInit />
      </body>
    </html>
  );
}
