/**
 * The GOV.UK Notify printable letter specification (from its precompiled letter
 * checks), in millimetres from the top-left corner of an A4 portrait page.
 */
export const PAGE = { width: 210, height: 297 };
export const MARGIN = { side: 15, topBottom: 5 };
/** The recipient address window of a DL/C5 window envelope: 3–7 lines, postcode last, nothing else here. */
export const ADDRESS_WINDOW = { x: 24.6, y: 39.5, width: 95.4, height: 26.8 };
/** The sender's return address column. */
export const RETURN_ADDRESS = { x: 125, y: 5, width: 70, height: 90 };
/** The logo must sit within this distance of the top. */
export const LOGO_MAX_BOTTOM = 30;
/** On page 1 the body starts below the window area. */
export const BODY_TOP_PAGE_ONE = 95;
export const BODY_TOP_LATER_PAGES = 20;
export const MAX_PAGES = 10;
export const MAX_BYTES = 2 * 1024 * 1024;
export const ADDRESS_LINES = { min: 3, max: 7 };

export const POINTS_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * POINTS_PER_MM;
