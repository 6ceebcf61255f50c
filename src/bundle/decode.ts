import { InputError } from '../errors.js'

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Bytes of a text file → its text, strictly: a NUL byte means a binary file (a PDF or an image dropped in the
 * bundle by mistake) and an invalid UTF-8 sequence means a legacy encoding (a Latin-1 export); either is an
 * InputError naming the file, because guessing would shift every offset we report. The BOM is removed, so
 * offsets index the text as an editor shows it. UTF-16 with a BOM is decoded (see decodeWide).
 */
export function decodeText(bytes: Uint8Array, where: string): string {
  const wide = decodeWide(bytes, where)
  if (wide !== undefined) return wide
  const nul = bytes.indexOf(0)
  if (nul !== -1) throw new InputError(where, `binary file (NUL byte at offset ${nul}); expected UTF-8 text`)
  let text: string
  try {
    text = strictUtf8.decode(bytes)
  } catch {
    throw new InputError(where, `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})`)
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Finds the first byte that breaks UTF-8, to point the user at it. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    i += need + 1
  }
  return i
}

const UTF16 = { 'utf-16le': new TextDecoder('utf-16le', { fatal: true }), 'utf-16be': new TextDecoder('utf-16be', { fatal: true }) }

/**
 * Text saved as UTF-16 with a byte-order mark (Notepad's "Unicode", Excel's "Unicode text"): decoded, the BOM
 * removed, so offsets are the same as for the UTF-8 copy of the file. Its every other byte is NUL, which the
 * UTF-8 path called a binary file ("NUL byte at offset 3"). UTF-32 is refused by name. Undefined when there is no
 * such BOM.
 */
function decodeWide(bytes: Uint8Array, where: string): string | undefined {
  const [b0, b1, b2, b3] = bytes
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    throw new InputError(where, 'UTF-32 text (byte-order mark); save it as UTF-8')
  }
  const encoding = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : undefined
  if (encoding === undefined) return undefined
  const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'
  if (bytes.length % 2 !== 0) throw new InputError(where, `not valid ${name} (an odd number of bytes); save it as UTF-8`)
  let text: string
  try {
    // TextDecoder drops the BOM itself (ignoreBOM is false)
    text = UTF16[encoding].decode(bytes)
  } catch {
    throw new InputError(where, `not valid ${name} (an unpaired surrogate); save it as UTF-8`)
  }
  const nul = text.indexOf('\u0000')
  if (nul !== -1) throw new InputError(where, `binary file (NUL character at offset ${nul} of the ${name} text); expected text`)
  return text
}
