// zod's English messages, for the parses whose issues reach the user. The project validates with `zod/mini`
// (functions instead of methods, e.g. `z.optional(z.string())` for `z.string().optional()`) because the full `zod`
// API cannot be tree-shaken and the CLI's bundle carried all of it into every cold `mtaudit check`. Unlike `zod`,
// `zod/mini` sets no locale: every message would be "Invalid input". A review file with `"decision": "maybe"` must
// still say `decisions.ab12.decision: Invalid option: expected one of "confirmed"|"dismissed"`, and describeIssue
// reads "received undefined" out of "Invalid input: expected string, received undefined" to say "missing field".
// Given to each parse rather than set with z.config, which is global: a program importing mtaudit keeps its own.
import en from 'zod/v4/locales/en.js'

export const inEnglish = { error: en().localeError }
