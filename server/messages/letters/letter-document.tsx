import { Document, Font, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ContentBlock } from "../../../emails/content";
import { ADDRESS_WINDOW, BODY_TOP_LATER_PAGES, BODY_TOP_PAGE_ONE, MARGIN, RETURN_ADDRESS, mm } from "./letter-geometry";
import type { LetterInput } from "./letter-input";
import { pdfSafeText } from "./pdf-text";
import type { WindowAddress } from "./window-address";

// Long unbroken strings (links, references, long names) may break anywhere rather than run off the page.
Font.registerHyphenationCallback((word) => (word.length > 24 ? (word.match(/.{1,12}/g) ?? [word]) : [word]));

const sizes = {
  STANDARD: { body: 11, heading: 13, title: 16, small: 9 },
  // Large print is laid out again at 16 pt and above, not scaled up.
  LARGE_PRINT: { body: 16, heading: 19, title: 22, small: 16 },
};

const styles = StyleSheet.create({
  page: { fontFamily: "Helvetica", paddingTop: mm(BODY_TOP_LATER_PAGES), paddingBottom: mm(22), paddingHorizontal: mm(MARGIN.side), color: "#212b32" },
  logo: { position: "absolute", top: mm(10), left: mm(172), width: mm(23), height: mm(9.5), backgroundColor: "#005eb8", justifyContent: "center", alignItems: "center" },
  logoText: { color: "#ffffff", fontFamily: "Helvetica-BoldOblique", fontSize: 18 },
  sender: { position: "absolute", top: mm(24), left: mm(RETURN_ADDRESS.x), width: mm(RETURN_ADDRESS.width) },
  window: { position: "absolute", left: mm(ADDRESS_WINDOW.x), top: mm(ADDRESS_WINDOW.y), width: mm(ADDRESS_WINDOW.width), height: mm(ADDRESS_WINDOW.height), paddingTop: 1, paddingLeft: 1 },
  footer: { position: "absolute", bottom: mm(8), left: mm(MARGIN.side), right: mm(MARGIN.side), flexDirection: "row", justifyContent: "space-between" },
  bold: { fontFamily: "Helvetica-Bold" },
});

const t = pdfSafeText;

function Block({ block, size }: { block: ContentBlock; size: (typeof sizes)["STANDARD"] }) {
  const gap = { marginBottom: size.body * 0.6 };
  switch (block.kind) {
    case "email-only":
      return null;
    case "paragraph":
      return <Text style={{ fontSize: size.body, lineHeight: 1.35, ...gap }}>{t(block.text)}</Text>;
    case "heading":
      return <Text style={{ ...styles.bold, fontSize: size.heading, marginTop: size.body * 0.4, ...gap }}>{t(block.text)}</Text>;
    case "reference":
      return (
        <Text style={{ fontSize: size.body, ...gap }}>
          {t(block.label)} <Text style={{ ...styles.bold, fontSize: size.heading + 2, letterSpacing: 1 }}>{t(block.value)}</Text>
        </Text>
      );
    case "action":
      return (
        <Text style={{ fontSize: size.body, lineHeight: 1.35, ...gap }}>
          {t(block.label)}: {t(letterUrl(block.url))}
        </Text>
      );
    case "details":
      return (
        <View style={gap}>
          {block.rows.map(([key, value], i) => (
            <View key={i} style={{ flexDirection: "row", marginBottom: 2 }}>
              <Text style={{ ...styles.bold, fontSize: size.body, width: size.body > 12 ? mm(50) : mm(38) }}>{t(key)}</Text>
              <Text style={{ fontSize: size.body, flex: 1, lineHeight: 1.3 }}>{t(value)}</Text>
            </View>
          ))}
        </View>
      );
  }
}

/** One-use links (signed tokens) are no use on paper: the letter gives the site to sign in to instead. */
function letterUrl(url: string): string {
  if (url.length <= 90) return url.replace(/^https?:\/\//, "");
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 90);
  }
}

export function LetterDocument({ input, address }: { input: LetterInput; address: WindowAddress }) {
  const size = sizes[input.variant];
  const { content, sender } = input;
  const small = { fontSize: 9, lineHeight: 1.3 };
  return (
    <Document title={t(content.title)} author={t(sender.name)} creator="Front Door" producer="Front Door">
      <Page size="A4" style={styles.page}>
        <View style={styles.logo} fixed={false}>
          <Text style={styles.logoText}>NHS</Text>
        </View>
        <View style={styles.sender}>
          <Text style={{ ...small, ...styles.bold }}>{t(sender.name)}</Text>
          {sender.returnAddress.map((line, i) => (
            <Text key={i} style={small}>
              {t(line)}
            </Text>
          ))}
          <Text style={{ ...small, marginTop: 4 }}>Telephone: {t(sender.phone)}</Text>
          <Text style={small}>{t(sender.website)}</Text>
          <Text style={{ ...small, marginTop: 4 }}>Date: {t(input.date)}</Text>
          <Text style={small}>NHS number: {t(formatNhsNumber(input.nhsNumber))}</Text>
          {content.bookingReference ? <Text style={small}>Booking reference: {t(content.bookingReference)}</Text> : null}
        </View>
        <View style={styles.window}>
          {address.lines.map((line, i) => (
            <Text key={i} style={{ fontSize: address.fontSize, lineHeight: address.lineHeight / address.fontSize }}>
              {line}
            </Text>
          ))}
        </View>
        <View style={{ height: mm(BODY_TOP_PAGE_ONE - BODY_TOP_LATER_PAGES) }} />
        <Text style={{ ...styles.bold, fontSize: size.title, marginBottom: size.body }}>{t(content.title)}</Text>
        {content.blocks.map((block, i) => (
          <Block key={i} block={block} size={size} />
        ))}
        {content.contact ? <Text style={{ fontSize: size.body, lineHeight: 1.35, marginTop: size.body * 0.4 }}>{t(content.contact)}</Text> : null}
        {input.inboxUrl ? (
          <Text style={{ fontSize: size.body, lineHeight: 1.35, marginTop: size.body * 0.6 }}>You can also read this letter online: {t(letterUrl(input.inboxUrl))}</Text>
        ) : null}
        <View style={styles.footer} fixed>
          <Text style={{ fontSize: size.small }}>NHS number {t(formatNhsNumber(input.nhsNumber))}</Text>
          <Text style={{ fontSize: size.small }} render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

function formatNhsNumber(value: string): string {
  return /^\d{10}$/.test(value) ? `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}` : value;
}
