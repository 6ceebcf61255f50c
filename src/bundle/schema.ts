import * as z from 'zod/mini'
import { InputError } from '../errors.js'
import { inEnglish } from '../zod-messages.js'

const id = z.string().check(z.minLength(1), z.maxLength(200))

/** bundle.json in a bundle folder: which file is the reference and which are the variants. */
export const manifestSchema = z.strictObject({
  id,
  title: z.optional(z.string()),
  segmented: z._default(z.boolean(), false),
  reference: z.nullable(z.strictObject({ id, file: z.string().check(z.minLength(1)), feed: z.optional(z.string()) })),
  variants: z
    .array(
      z.strictObject({
        id,
        file: z.string().check(z.minLength(1)),
        feed: z.optional(z.string()),
        sourceLang: z.optional(z.string()),
      }),
    )
    .check(z.minLength(1)),
})
export type Manifest = z.infer<typeof manifestSchema>

/**
 * One line of a .jsonl file of bundles (contract: docs/report-format.md, "JSONL"): as strict as bundle.json, unknown
 * keys refused ("txt" for "text" would otherwise audit an empty variant).
 */
export const jsonlBundleSchema = z.strictObject({
  id,
  title: z.optional(z.string()),
  segmented: z._default(z.boolean(), false),
  reference: z.nullable(z.strictObject({ id, text: z.string(), feed: z.optional(z.string()) })),
  variants: z
    .array(z.strictObject({ id, text: z.string(), feed: z.optional(z.string()), sourceLang: z.optional(z.string()) }))
    .check(z.minLength(1)),
})
export type JsonlBundle = z.infer<typeof jsonlBundleSchema>

/** JSON text → value checked against a schema, or an InputError saying where and what, in one line. */
export function parseJson<T>(schema: z.ZodMiniType<T>, text: string, where: string): T {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError(where, `invalid JSON: ${(error as Error).message}`)
  }
  const result = schema.safeParse(value, inEnglish)
  // a few issues on the one line: "missing field `variants[0].text`; unknown field `variants[0].txt`" is one typo
  if (!result.success) throw new InputError(where, result.error.issues.slice(0, 3).map(describeIssue).join('; ') || 'invalid content')
  return result.data
}

/**
 * A zod issue in plain words, naming the field as the file spells it: "missing field `variants`", "unknown field
 * `minscore`", "field `variants` must list at least 1 item" — not zod's "expected object, received undefined".
 */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid content'
  const field = issue.path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '')
  const named = field ? `field \`${field}\`` : 'the top level'
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1]
      if (received === 'undefined') return field ? `missing field \`${field}\`` : 'expected a JSON object, got nothing'
      return `${named} must be ${article(issue.expected)}${received ? `, not ${article(received)}` : ''}`
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `\`${field ? `${field}.` : ''}${k}\``).join(', ')
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`
    }
    case 'too_small':
      if (issue.origin === 'array') return `${named} must list at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
      if (issue.origin === 'string') return issue.minimum === 1 ? `${named} must not be empty` : `${named} must be at least ${issue.minimum} characters long`
      return `${named} must be at least ${issue.minimum}`
    case 'too_big':
      if (issue.origin === 'string') return `${named} must be at most ${issue.maximum} characters long`
      if (issue.origin === 'array') return `${named} must list at most ${issue.maximum} items`
      return `${named} must be at most ${issue.maximum}`
    case 'invalid_value':
      return `${named} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    default:
      return `${named}: ${issue.message}`
  }
}

const article = (type: string) => (type === 'undefined' || type === 'null' ? type : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`)
