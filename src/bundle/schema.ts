import { z } from 'zod'
import { InputError } from '../errors.js'

const id = z.string().min(1).max(200)

/** bundle.json in a bundle folder: which file is the reference and which are the variants. */
export const manifestSchema = z.strictObject({
  id,
  title: z.string().optional(),
  segmented: z.boolean().default(false),
  reference: z.strictObject({ id, file: z.string().min(1), feed: z.string().optional() }).nullable(),
  variants: z
    .array(
      z.strictObject({
        id,
        file: z.string().min(1),
        feed: z.string().optional(),
        sourceLang: z.string().optional(),
      }),
    )
    .min(1),
})
export type Manifest = z.infer<typeof manifestSchema>

/** One line of a .jsonl file of bundles (contract: DESIGN.md, "JSONL bundle"). */
export const jsonlBundleSchema = z.object({
  id,
  segmented: z.boolean().default(false),
  reference: z.object({ id, text: z.string() }).nullable(),
  variants: z
    .array(z.object({ id, text: z.string(), feed: z.string().optional(), sourceLang: z.string().optional() }))
    .min(1),
})
export type JsonlBundle = z.infer<typeof jsonlBundleSchema>

/** JSON text → value checked against a schema, or an InputError saying where and what, in one line. */
export function parseJson<T>(schema: z.ZodType<T>, text: string, where: string): T {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError(where, `invalid JSON: ${(error as Error).message}`)
  }
  const result = schema.safeParse(value)
  if (!result.success) throw new InputError(where, describeIssue(result.error.issues[0]))
  return result.data
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid content'
  const path = issue.path.length ? issue.path.join('.') : '(top level)'
  return `${path}: ${issue.message}`
}
