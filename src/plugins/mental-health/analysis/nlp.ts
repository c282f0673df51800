/**
 * Sentences, tokens, part-of-speech tags, entities and negation from wink-nlp and its English model
 * (both ship inside their npm packages: nothing is downloaded at run time). Everything the rules
 * need is read here once per text, into plain objects with character offsets.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

export type Token = {
  text: string
  /** Lower case. */
  lower: string
  lemma: string
  /** Universal POS tag: NOUN, VERB, AUX, ADJ, ADV, NUM, PROPN, PRON, DET, ADP, PART, PUNCT, SYM… */
  pos: string
  start: number
  end: number
  /** Inside the scope of a negation ("no", "not", "never", "n't"). */
  negated: boolean
  /** The entity type the token belongs to (CARDINAL, PERCENT, MONEY, DATE, DURATION, ORDINAL…). */
  entity?: string
}

export type Sentence = {
  text: string
  start: number
  end: number
  tokens: Token[]
  /** Ends with a question mark. */
  question: boolean
  /** A line without a verb or final punctuation: a heading or a label, not a statement. */
  heading: boolean
}

let instance: WinkMethods | undefined
// Sentence boundaries come from text.ts and negation from the scope rule below: wink's own `sbd`
// and `negation` steps would double the cost of a parse.
const nlp = (): WinkMethods => (instance ??= winkNLP(model, ['pos', 'ner']))

export type Span = { text: string; start: number; end: number }

const NEGATOR = /^(?:no|not|n't|never|none|nobody|nothing|neither|nor|without|cannot|nowhere)$/
const SCOPE_END = /^(?:[,;:.!?]|but|however|although|though|yet|because|while|whereas)$/

/** Tokens after a negator, up to the end of its clause, are negated ("no treatment is a cure"). */
const markNegation = (tokens: Token[]) => {
  let negating = false
  for (const token of tokens) {
    if (SCOPE_END.test(token.lower)) negating = false
    else if (negating) token.negated = true
    if (NEGATOR.test(token.lower)) negating = true
  }
}

const HEADING_MAX_TOKENS = 14

const makeSentence = (span: Span, tokens: Token[]): Sentence => {
  markNegation(tokens)
  const last = tokens[tokens.length - 1]?.text ?? ''
  const hasVerb = tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX')
  const terminated = /[.!?:;"”)]$/.test(last)
  return {
    ...span,
    tokens,
    question: last === '?',
    heading: !terminated && (!hasVerb || tokens.length <= 3) && tokens.length <= HEADING_MAX_TOKENS,
  }
}

/**
 * Parses the given sentences of a text in one pass of the tagger (they are joined with line breaks,
 * and the tokens mapped back to offsets in `text`).
 */
export const parseSentences = (spans: Span[]): Sentence[] => {
  if (!spans.length) return []
  const { its } = nlp()
  const joined = spans.map((span) => span.text).join('\n')
  const doc = nlp().readDoc(joined)
  const tokens = doc.tokens()
  const values = tokens.out() as string[]
  const pos = tokens.out(its.pos) as string[]
  const lemmas = tokens.out(its.lemma as never) as unknown as string[]
  const spaces = tokens.out(its.precedingSpaces) as string[]
  const entities: string[] = []
  const entityTypes = doc.entities().out(its.type) as string[]
  ;(doc.entities().out(its.span) as unknown as [number, number][]).forEach(([first, last], at) => {
    for (let index = first; index <= last; index++) entities[index] = entityTypes[at]
  })

  const sentences: Sentence[] = []
  let spanIndex = 0
  let spanStart = 0 // where the current span begins in `joined`
  let current: Token[] = []
  let cursor = 0
  const finish = () => {
    sentences.push(makeSentence(spans[spanIndex], current))
    current = []
    spanStart += spans[spanIndex].text.length + 1
    spanIndex++
  }
  values.forEach((value, index) => {
    let start = cursor + spaces[index].length
    if (joined.slice(start, start + value.length) !== value) start = joined.indexOf(value, cursor)
    if (start === -1) return
    cursor = start + value.length
    while (spanIndex < spans.length - 1 && start >= spanStart + spans[spanIndex].text.length) finish()
    if (pos[index] === 'SPACE') return
    const offset = spans[spanIndex].start - spanStart
    current.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: lemmas[index].toLowerCase(),
      pos: pos[index],
      start: start + offset,
      end: start + offset + value.length,
      negated: false,
      entity: entities[index],
    })
  })
  while (spanIndex < spans.length) finish()
  return sentences
}
