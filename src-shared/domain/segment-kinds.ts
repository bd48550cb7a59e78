// Plain constants, no zod: the start page's enum labels import them (tests/e2e/startup.test.ts budget).
/** How a marketing segment picks its customers: by hand, by a saved filter, by RFM or by k-means cluster. */
export const SEGMENT_KINDS = ['manual', 'filter', 'rfm', 'cluster'] as const
export type SegmentKind = (typeof SEGMENT_KINDS)[number]
