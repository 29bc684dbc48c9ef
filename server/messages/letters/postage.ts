import type { PostageClass } from "../../platform/db/generated/enums";

/**
 * Postage per letter by class and sheets (1–5, printed double-sided), in pence,
 * from GOV.UK Notify's published letter prices: second class about £0.73–0.91,
 * first £1.56–1.76, economy a little under second.
 */
const PRICES: Record<PostageClass, readonly number[]> = {
  FIRST: [156, 161, 166, 171, 176],
  SECOND: [73, 78, 82, 87, 91],
  ECONOMY: [68, 72, 77, 81, 86],
};

export function sheetsFor(pages: number): number {
  return Math.max(1, Math.ceil(pages / 2));
}

export function postagePence(postageClass: PostageClass, sheets: number): number {
  const prices = PRICES[postageClass];
  return prices[Math.min(prices.length, Math.max(1, sheets)) - 1]!;
}

export function formatPence(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}
