// The values that flow through the pipeline, one stage to the next:
//   load → zone → segment → detect-language → align → check → score → report | review
// Every value is read-only once made; a stage returns a new value and never edits its input.
// Offsets are one encoding everywhere: [start, end) UTF-16 indexes into Document.text (BOM removed).
// Line and column are computed only by reporters (see src/report/locate.ts).

export type Role = 'reference' | 'variant'

/** One text of a story as it was read: the reference wire copy or one variant. */
export interface Document {
  readonly id: string
  readonly role: Role
  readonly text: string
  readonly path?: string
  readonly feed?: string
  readonly sourceLang?: string
}

/** One story: a reference (or none, for reference-free auditing) and its variants. */
export interface Bundle {
  readonly id: string
  readonly path?: string
  /** true: one sentence per line, as in WMT test sets; the segmenter then splits on newlines only. */
  readonly segmented: boolean
  readonly reference: Document | null
  readonly variants: readonly Document[]
}

export type ZoneKind = 'headline' | 'byline' | 'dateline' | 'caption' | 'subhead' | 'boilerplate' | 'body'

/** A line (or run of lines) of a document with the part of the page it belongs to. */
export interface Zone {
  readonly kind: ZoneKind
  readonly start: number
  readonly end: number
  /** 0-based paragraph number: paragraphs are separated by blank lines (or are single lines when segmented). */
  readonly paragraph: number
  /** for boilerplate: the feature that decided ("photo caption", "related-story link", "share widget or menu") */
  readonly why?: string
}

export interface Sentence {
  readonly index: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly zone: ZoneKind
  readonly paragraph: number
  /** ISO 639-3 code from franc, 'und' when the sentence is too short or has no letters. */
  readonly lang: string
  /** 0–1: how sure the language call is (franc's normalised score blended with word evidence). */
  readonly langScore: number
}

/** A document after zone → segment → detect-language. */
export interface AnalyzedDocument {
  readonly doc: Document
  readonly zones: readonly Zone[]
  readonly sentences: readonly Sentence[]
  /** The document's language (franc on its body text). */
  readonly lang: string
  /** true when the bundle holds one sentence a line (WMT sets): headlines then stand anywhere, unmarked. */
  readonly segmented?: boolean
}

export type LinkKind = 'match' | 'split' | 'merge' | 'added' | 'dropped'

/**
 * One alignment link. `variant` and `reference` hold sentence indexes in ascending order:
 * match 1-1, split 1 reference → 2+ variant sentences, merge 2+ reference → 1 variant,
 * added: variant sentences with no counterpart (reference empty), dropped: the converse.
 */
export interface Link {
  readonly variant: readonly number[]
  readonly reference: readonly number[]
  readonly kind: LinkKind
  /** true when the link breaks the reference order relative to its neighbours. */
  readonly moved: boolean
  /** 0–1 similarity of the linked texts; 0 for added and dropped. */
  readonly similarity: number
}

export type Severity = 'neutral' | 'minor' | 'major' | 'critical'
export const SEVERITIES: readonly Severity[] = ['neutral', 'minor', 'major', 'critical']

/** MQM categories as used in the WMT MQM annotations, plus Other/Boilerplate for site chrome. */
export type MqmCategory =
  | 'Accuracy/Addition'
  | 'Accuracy/Omission'
  | 'Accuracy/Mistranslation'
  | 'Accuracy/Untranslated text'
  | 'Fluency/Punctuation'
  | 'Fluency/Spelling'
  | 'Fluency/Grammar'
  | 'Fluency/Register'
  | 'Fluency/Inconsistency'
  | 'Fluency/Character encoding'
  | 'Terminology/Inappropriate for context'
  | 'Style/Awkward'
  | 'Other/Boilerplate'

/**
 * What is derived from one bundle while it is checked, made by audit() for each bundle and dropped with it
 * (src/findings/bundle-context.ts). The checks' helpers memoise through it: name-drift reads every other
 * variant's names for each variant, and asks `bundle.derived(document, findNameMentions)` so each document's
 * names are found once per bundle.
 */
export interface BundleContext {
  /**
   * derive(key) on first use for this bundle, the same value after. `derive` must be a module-level function:
   * its identity names the derivation (a new arrow function each call would derive again every time).
   */
  derived<K extends object, V>(key: K, derive: (key: K, bundle: BundleContext) => V): V
  /** how many values are derived so far (a fresh context has none) */
  readonly size: number
  /**
   * whether the context is a bundle's, shared by the checks of its several variants, or one check's own (a bundle
   * of one variant): what many checks read and is cheap to derive again is kept only when shared
   */
  readonly shared: boolean
}

/** What a check sees. Everything is already computed; a check only reads. */
export interface CheckContext {
  readonly variant: AnalyzedDocument
  /** null when the bundle has no reference: reference checks are not run then. */
  readonly reference: AnalyzedDocument | null
  /** Links from the variant to the reference; empty without a reference. */
  readonly alignment: readonly Link[]
  /** The bundle's other variants (for checks that compare variants with each other). */
  readonly others: readonly AnalyzedDocument[]
  readonly config: AuditConfig
  /** the bundle's derivations, shared by every check of every variant of the bundle */
  readonly bundle: BundleContext
}

/** What runChecks() takes: a CheckContext whose bundle context may be left out (a fresh one is made). */
export type CheckInput = Omit<CheckContext, 'bundle'> & { readonly bundle?: BundleContext }

/** What a check returns: a finding without the fields the registry fills in. */
export interface Draft {
  readonly message: string
  readonly start: number
  readonly end: number
  /** index of the variant sentence the finding falls in, when it falls in one. */
  readonly sentence?: number
  /** the reference passage the finding is judged against, for checks that use the alignment. */
  readonly reference?: { readonly sentence: number; readonly start: number; readonly end: number }
  /** overrides the check's default severity for this finding (e.g. a stray comma is minor, `???` major). */
  readonly severity?: Severity
  /** overrides the check's dimension for this finding (a line of sentence-parallel output cut short is garble) */
  readonly dimension?: Dimension
}

/**
 * What a finding says about the copy (docs/scoring.md). `fluency`: translation garble a reader sees in the text
 * itself (stray breaks, untranslated words, calques); `fidelity`: the copy departs from the reference or from the
 * copies that can be trusted (a figure, a name, a quotation); `completeness`: the copy is cut or leaves parts of
 * the story out, which says nothing about the translation (a feed cut at 2,000 characters).
 */
export type Dimension = 'fluency' | 'fidelity' | 'completeness'

export interface Check {
  /** kebab-case, equals the file name under src/checks/ */
  readonly id: string
  readonly category: MqmCategory
  readonly severity: Severity
  /** what its findings measure; default: `fluency` for reference-free checks, `fidelity` for the others */
  readonly dimension?: Dimension
  /** what context it needs: reference-free checks ('variant') run on every variant, even without a reference. */
  readonly needs: 'variant' | 'reference' | 'bundle'
  /** one line, shown by `mtaudit checks` */
  readonly description: string
  /** a longer explanation with an example, shown by `mtaudit checks ID` */
  readonly explanation?: string
  run(ctx: CheckContext): Iterable<Draft>
}

export interface Finding extends Draft {
  readonly check: string
  readonly category: MqmCategory
  readonly severity: Severity
  readonly dimension: Dimension
  /** stable id of the finding: check + sentence text + offending text, not offsets (so edits elsewhere keep it). */
  readonly fingerprint: string
  /** with --baseline only: 'unchanged' when the previous report had this finding too (SARIF's baselineState) */
  readonly baselineState?: 'new' | 'unchanged'
}

/**
 * `unverified`: too little of the copy could be checked — too few words of story text for the reference-free
 * checks and too little of it aligned with the reference (an empty file, a copy of punctuation or digits, a copy
 * of another story). Never a pass; it fails the gate only with --fail-unverified.
 */
export type Verdict = 'pass' | 'fail' | 'unverified'

/** The score of one dimension: MQM penalty points and the 0–100 score they give for the copy's length. */
export interface DimensionScore {
  readonly penalty: number
  readonly score: number
}

/** What the copy keeps of the story: judged apart from translation quality, and gated only when asked. */
export interface Completeness {
  /**
   * share of the reference's story sentences that the copy renders, counted over the stretch of the reference
   * the copy reaches (first to last sentence it renders): a copy cut after its fifth paragraph is not charged
   * for the reference's sixth. null without a reference.
   */
  readonly coverage: number | null
  /** the copy is cut off (a paragraph or the story stops mid-sentence): a note, never a garble finding */
  readonly truncated: boolean
}

export interface VariantResult {
  readonly analyzed: AnalyzedDocument
  readonly alignment: readonly Link[]
  readonly findings: readonly Finding[]
  /** words of story text: boilerplate zones excluded */
  readonly words: number
  /** MQM-weighted penalty of translation quality (fluency + fidelity), before normalisation */
  readonly penalty: number
  /** translation quality, 0–100, higher is better: what the default gate decides on */
  readonly score: number
  readonly verdict: Verdict
  /** the dimensions apart: fidelity is null without a reference */
  readonly fluency: DimensionScore
  readonly fidelity: DimensionScore | null
  readonly completeness: Completeness
  /** share of reference sentences (non-boilerplate) within the copy's reach that have a counterpart; null without a reference */
  readonly coverage: number | null
  /** sacreBLEU-compatible chrF of the linked sentences (src/score/variant-chrf.ts); null without a reference or links */
  readonly chrf: number | null
  /** per variant sentence, the fidelity penalty charged to it (see src/score/fidelity.ts); null when fidelity is off */
  readonly fidelityPenalties: readonly number[] | null
  /** findings left out by the review's decisions (AuditConfig.dismissed) */
  readonly dismissed?: number
}

/** The review files a run applied (`mtaudit check` reads every input's), and how many findings they left out. */
export interface ReviewApplied {
  readonly files: readonly string[]
  readonly dismissed: number
}

export interface BundleResult {
  readonly id: string
  readonly path?: string
  readonly reference: AnalyzedDocument | null
  readonly variants: readonly VariantResult[]
}

export interface AuditResult {
  readonly signature: string
  readonly bundles: readonly BundleResult[]
  readonly config: AuditConfig
  /** set by the CLI when review files were read; reports then say so */
  readonly review?: ReviewApplied
}

export interface AuditConfig {
  /** a variant fails when its score is under this */
  readonly minScore: number
  /** a variant fails when a finding reaches this severity; null: only the score gates */
  readonly failOn: Severity | null
  /** completeness gate, off by default: a variant fails when its coverage is under this (0–1) */
  readonly minCoverage: number | null
  /** completeness gate, off by default: a variant fails when it is cut off */
  readonly failOnTruncated: boolean
  /** an `unverified` variant fails the gate (off by default: it is reported, and does not pass) */
  readonly failUnverified: boolean
  /** check ids to run; empty: all */
  readonly only: readonly string[]
  /** check ids to skip */
  readonly disable: readonly string[]
  /** severity given to every finding of a check, by check id (config `checks.<id>`), e.g. {"stray-punctuation": "major"} */
  readonly severities?: Readonly<Record<string, Severity>>
  /** groups of spellings that name the same thing (house style, not garble): [["Kyiv", "Kiev"], ...] */
  readonly aliases: readonly (readonly string[])[]
  /** fingerprints of findings an editor dismissed in review: kept out of findings and the score, with the
   * findings of the same MQM category at their spot (src/findings/dismiss.ts) */
  readonly dismissed: readonly string[]
  /** fingerprints an editor confirmed: never left out as sharing a dismissed finding's spot */
  readonly confirmed?: readonly string[]
  /**
   * Charge linked sentences for how little of their counterpart they keep (1 − chrF): 'auto' does so for
   * sentence-parallel (segmented) input, where variants translate the same source, and not for rewrites, where
   * paraphrase is legitimate.
   */
  readonly fidelity: 'auto' | 'on' | 'off'
  /** a previous report to compare with (--baseline): the gate then fails only on what is new or worse */
  readonly baseline?: Baseline
  /** worker threads `check` audits with (config `jobs`, --jobs): how the audit runs, never what it finds */
  readonly jobs?: number
}

/** What a previous report said of each variant, keyed `bundle-id/variant-id`. */
export type Baseline = ReadonlyMap<string, { readonly score: number; readonly fingerprints: ReadonlySet<string> }>
