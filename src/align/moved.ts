// Which links break the reference order. Read in variant order, the linked reference positions of an
// in-order rewrite only rise; the links off the longest rising run are the ones that moved. 002 puts 000's
// "South Korea opened its first diplomatic mission to NATO last year" (12th sentence of 27) near its end,
// after passages matching 000's 16th: that link alone is `moved`, its neighbours are not.

/** For each entry (a reference position, in variant order): true when it is off the longest increasing run. */
export function offLongestRun(positions: readonly number[]): boolean[] {
  // patience sorting: tails[k] is the index of the smallest last element of a rising run of length k + 1
  const tails: number[] = []
  const previous = new Array<number>(positions.length).fill(-1)
  positions.forEach((p, i) => {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((positions[tails[mid] as number] as number) < p) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number
    tails[lo] = i
  })
  const moved = positions.map(() => true)
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] as number) moved[i] = false
  return moved
}
