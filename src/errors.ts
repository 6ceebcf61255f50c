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
