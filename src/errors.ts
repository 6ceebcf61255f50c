/**
 * A problem with what the user gave us: a missing file, bad JSON, a binary file, an unknown option.
 * The CLI prints `mtaudit: <where>: <message>` on one line and exits 2 — never a stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError'
  constructor(
    /** the file (or option) at fault, as the user named it; '' when there is none */
    readonly where: string,
    message: string,
  ) {
    super(message)
  }

  /** the one line the user sees */
  toLine(): string {
    return this.where ? `${this.where}: ${this.message}` : this.message
  }
}

/**
 * Several problems found in one pass over an input, each its own line (every bad line of a JSONL file, so a
 * feed's author fixes them all at once): the CLI prints `mtaudit: ` before the first, toLine() before the others.
 */
export class InputErrors extends InputError {
  constructor(readonly errors: readonly InputError[]) {
    super(errors[0]?.where ?? '', errors[0]?.message ?? 'invalid input')
  }

  override toLine(): string {
    return this.errors.map((e) => e.toLine()).join('\nmtaudit: ')
  }
}
