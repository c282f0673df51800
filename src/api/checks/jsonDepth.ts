/** Nesting any JSON a client sends may have: far above real documents, far below a stack overflow. */
export const MAX_JSON_DEPTH = 64

/** How deeply `value` nests objects and arrays, counted without recursion (so depth itself cannot overflow). */
export const jsonDepth = (value: unknown, stopAt = MAX_JSON_DEPTH + 1): number => {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length) {
    const [current, depth] = stack.pop()!
    if (current === null || typeof current !== 'object') continue
    deepest = Math.max(deepest, depth + 1)
    if (deepest >= stopAt) return deepest
    for (const child of Object.values(current)) stack.push([child, depth + 1])
  }
  return deepest
}
