// Pairing straight double quotes ("), which carry no direction. Each mark's neighbours suggest one — `"word`
// opens, `word"` closes — but some MT systems write every quote spaced (nt21 SMU and Borderline:
// `the " giant " -like`, `" Service costs are increasing, " he said.`), where both marks of a pair have spaces
// on both sides. So the marks of a paragraph are paired in order, first with second, third with fourth; a mark is
// left lone only where that costs less than pairing against its shape: an odd count (one must stay lone) or a
// pair read backwards (`The teacher is good" next week … lead "knowledge initiator`).
export type Role = 'opening' | 'closing' | 'either'

export interface StraightQuotes {
  /** marks without a partner, with the direction their neighbours suggest */
  readonly lone: { offset: number; role: Role }[]
  /** pairs whose marks stand apart from the words they enclose (`" giant "`): [opening, closing] offsets */
  readonly spaced: [number, number][]
}

const OPENS_AFTER = /[\s([{—–-]/u // what may stand before an opening mark
const ENDS_WORD = /[\s,.;:!?)\]}—–-]/u // what may follow a closing mark

function shape(text: string, i: number, start: number, end: number): Role {
  const before = i > start ? text[i - 1]! : ' '
  const after = i + 1 < end ? text[i + 1]! : ' '
  if (OPENS_AFTER.test(before) && !ENDS_WORD.test(after)) return 'opening'
  if (!/\s/u.test(before) && ENDS_WORD.test(after)) return 'closing'
  return 'either'
}

// leaving a mark lone costs more than a pair with one mark facing the wrong way (1), less than a pair with both
// facing the wrong way (2): `"First Battle of 2020 "; Liu's work" Sound Money "` still pairs, `good" … "knowledge` does not
const LONE = 0.75

export function pairStraightQuotes(text: string, start: number, end: number): StraightQuotes {
  const marks: { offset: number; role: Role }[] = []
  for (let i = text.indexOf('"', start); i !== -1 && i < end; i = text.indexOf('"', i + 1)) {
    // `6'5"`, `a 17" screen`: after a digit, outside a quotation, the mark is an inch sign
    if (i > start && /\d/u.test(text[i - 1]!) && marks.length % 2 === 0) continue
    marks.push({ offset: i, role: shape(text, i, start, end) })
  }
  const n = marks.length
  // cost[i]: the least cost of pairing marks i…n-1; pair[i]: whether mark i pairs with mark i+1 in that best way
  const cost = new Array<number>(n + 1).fill(0)
  const pair = new Array<boolean>(n).fill(false)
  for (let i = n - 1; i >= 0; i--) {
    cost[i] = cost[i + 1]! + LONE
    if (i + 1 < n) {
      const wrong = Number(marks[i]!.role === 'closing') + Number(marks[i + 1]!.role === 'opening')
      if (cost[i + 2]! + wrong <= cost[i]!) {
        cost[i] = cost[i + 2]! + wrong
        pair[i] = true
      }
    }
  }
  const lone: StraightQuotes['lone'] = []
  const spaced: [number, number][] = []
  for (let i = 0; i < n; ) {
    if (!pair[i]) {
      lone.push(marks[i]!)
      i++
      continue
    }
    const open = marks[i]!.offset
    const close = marks[i + 1]!.offset
    if (/\s/u.test(text[open + 1] ?? '') || /\s/u.test(text[close - 1] ?? '')) spaced.push([open, close])
    i += 2
  }
  return { lone, spaced }
}
