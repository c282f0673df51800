import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

/** Deepest selection nesting of a selection set, following fragments (each visited once per path). */
const depthOf = (
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number => {
  if (!set) return 0
  let deepest = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen))
    } else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      deepest = Math.max(
        deepest,
        depthOf(fragments[selection.name.value].selectionSet, fragments, new Set([...seen, selection.name.value])),
      )
    }
  }
  return deepest
}

/** Refuses GraphQL operations nested deeper than `maxDepth` fields (query cost is bounded by maxComplexity too). */
export const graphqlDepthLimit =
  (maxDepth: number) =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const fragments = Object.fromEntries(
        context
          .getDocument()
          .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      )
      const depth = depthOf(node.selectionSet, fragments, new Set())
      if (depth > maxDepth)
        context.reportError(
          new GraphQLError(`The query is nested ${depth} levels deep; the limit is ${maxDepth}.`, { nodes: [node] }),
        )
    },
  })
