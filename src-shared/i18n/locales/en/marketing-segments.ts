/** Saved segments on the Marketing page, the segment builder and the lifecycle stage. */
export const marketingSegments = {
  validation: {
    bounds: 'Give at least one bound.',
    minAboveMax: 'The lowest value is above the highest.',
    fromAfterTo: 'The first day is after the last.',
    clusterOutOfRange: 'A cluster number is not one of the k clusters.',
    duplicates: 'A value is listed twice.',
  },
}
