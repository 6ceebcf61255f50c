import { InputError } from '../errors.js'

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Bytes of a text file → its text, strictly: a NUL byte means a binary file (a PDF or an image dropped in the
 * bundle by mistake) and an invalid UTF-8 sequence means a legacy encoding (a Latin-1 export); either is an
 * InputError naming the file, because guessing would shift every offset we report. The BOM is removed, so
 * offsets index the text as an editor shows it.
 */
export function decodeText(bytes: Uint8Array, where: string): string {
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
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
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
