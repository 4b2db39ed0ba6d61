/**
 * `REQUESTER_PHRASES` are the lower-cased body phrases that introduce a requester, by the requester
 * source that reads them: Devin ends its body with `Requested by: …`, Jules with `… started by @login`.
 */
export const REQUESTER_PHRASES = { "body-requested-by": "requested by:", "body-started-by": "started by @" } as const;
