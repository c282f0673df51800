import { describe, expect, it } from 'vitest'

import { diffContent, diffSentences, sentencesOf, textOf } from '@/plugins/editorial-workflow/textDiff'

const lexical = (...paragraphs: string[][]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((texts) => ({
      type: 'paragraph',
      children: texts.map((text) => ({ type: 'text', text })),
    })),
  },
})

describe('review diff', () => {
  it('reads rich text as lines, keeping inline runs together', () => {
    expect(textOf(lexical(['Group ', 'sessions', ' meet weekly.'], ['Call 988.']))).toBe(
      'Group sessions meet weekly.\nCall 988.\n',
    )
  })

  it('splits text into sentences and lines', () => {
    expect(sentencesOf('One. Two!  Three?\nFour')).toEqual(['One.', 'Two!', 'Three?', 'Four'])
  })

  it('lists removed and added sentences in reading order, unchanged ones left out', () => {
    expect(diffSentences(['A.', 'B.', 'C.'], ['A.', 'B2.', 'C.', 'D.'])).toEqual([
      { type: 'removed', text: 'B.' },
      { type: 'added', text: 'B2.' },
      { type: 'added', text: 'D.' },
    ])
    expect(diffSentences(['Same.'], ['Same.'])).toEqual([])
  })

  it('diffs only the fields it is given, and only those that changed', () => {
    const before = { title: 'IOP', body: lexical(['It cuts relapse by 50%.']), lastEditedBy: 1 }
    const after = { title: 'IOP', body: lexical(['It cuts relapse by 50% (NIDA, 2023).']), lastEditedBy: 2 }
    expect(
      diffContent(before, after, [
        { name: 'title', label: 'Title' },
        { name: 'body', label: 'Body' },
      ]),
    ).toEqual([
      {
        field: 'body',
        label: 'Body',
        changes: [
          { type: 'removed', text: 'It cuts relapse by 50%.' },
          { type: 'added', text: 'It cuts relapse by 50% (NIDA, 2023).' },
        ],
      },
    ])
  })
})
