/**
 * A suggestion that is itself the better wording (one plain phrase such as "person who uses drugs"),
 * so it can replace the flagged text in one click; advice ("describe the behavior instead") or
 * alternatives ("tested negative / tested positive") cannot.
 */
export const replacementFor = (suggestion: string): string | null => {
  const phrase = suggestion.trim()
  return /^[\p{L}][\p{L}' -]*$/u.test(phrase) && !/^(don't|avoid|use|say|describe|leave)\b/i.test(phrase)
    ? phrase
    : null
}
