import { segmentDefinition, type SegmentDefinition } from '../../../../src-shared/domain/segment'

/** A definition of one rule, through the channel's schema (so a test never builds what the app refuses). */
export const one = (rule: unknown): SegmentDefinition =>
  segmentDefinition.parse({ match: 'all', groups: [{ match: 'all', rules: [rule] }] })

/** Groups of rules: `[[a, b], [c]]` with the given matches. */
export const groups = (match: 'all' | 'any', inner: 'all' | 'any', rules: unknown[][]): SegmentDefinition =>
  segmentDefinition.parse({ match, groups: rules.map((r) => ({ match: inner, rules: r })) })
