import { format } from 'date-fns/format'

/** Today's local calendar day, the default date of a cost line or a mark. */
export const today = (): string => format(new Date(), 'yyyy-MM-dd')
