import type { ConsentState } from './write'

/**
 * The consent the kept customer has after a merge: the stricter of the two records, so a merge
 * never makes someone reachable who asked not to be. Do-not-contact from either; a refusal
 * beats a consent and a consent beats "unknown", each with its own day and source; the WeChat
 * ID fills a gap like any other contact.
 */
export function strictestConsent(keep: ConsentState, merged: ConsentState): ConsentState {
  const answer = [keep, merged].find((s) => s.consent === 'no') ?? [keep, merged].find((s) => s.consent === 'yes') ?? keep
  return {
    consent: answer.consent,
    on: answer.on,
    source: answer.source,
    doNotContact: keep.doNotContact || merged.doNotContact,
    wechatId: keep.wechatId ?? merged.wechatId,
  }
}
