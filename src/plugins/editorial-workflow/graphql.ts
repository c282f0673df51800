import type { GraphQLExtension } from 'payload'

import { WORKFLOW_STATES } from './machine'
import type { WorkflowSettings } from './settings'
import { assignDocument, type AssignmentInput } from './assignDocument'
import { transitionDocument, type TransitionInput } from './transitionDocument'

/**
 * `mutation { workflowTransition(collection: articles, id: 1, to: in_review, comment: "...") { state } }`
 * `mutation { workflowAssign(collection: articles, id: 1, assignee: 7, dueAt: "2027-01-31T17:00:00Z") { dueAt } }`
 */
export const workflowMutations =
  ({ collections }: Pick<WorkflowSettings, 'collections'>): GraphQLExtension =>
  (GraphQL) => {
    const WorkflowCollectionEnum = new GraphQL.GraphQLEnumType({
      name: 'WorkflowCollection',
      values: Object.fromEntries(collections.map((slug) => [slug, { value: slug }])),
    })
    const WorkflowStateEnum = new GraphQL.GraphQLEnumType({
      name: 'WorkflowStateName',
      values: Object.fromEntries(WORKFLOW_STATES.map((state) => [state, { value: state }])),
    })
    const WorkflowTransitionResult = new GraphQL.GraphQLObjectType({
      name: 'WorkflowTransitionResult',
      fields: {
        collection: { type: new GraphQL.GraphQLNonNull(WorkflowCollectionEnum) },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
        from: { type: new GraphQL.GraphQLNonNull(WorkflowStateEnum) },
        state: { type: new GraphQL.GraphQLNonNull(WorkflowStateEnum) },
        status: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      },
    })
    const WorkflowAssignmentResult = new GraphQL.GraphQLObjectType({
      name: 'WorkflowAssignmentResult',
      fields: {
        collection: { type: new GraphQL.GraphQLNonNull(WorkflowCollectionEnum) },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
        state: { type: new GraphQL.GraphQLNonNull(WorkflowStateEnum) },
        assignedTo: { type: GraphQL.GraphQLInt },
        dueAt: { type: GraphQL.GraphQLString },
      },
    })
    return {
      workflowTransition: {
        type: WorkflowTransitionResult,
        args: {
          collection: { type: new GraphQL.GraphQLNonNull(WorkflowCollectionEnum) },
          id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
          to: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
          comment: { type: GraphQL.GraphQLString },
          publishAt: { type: GraphQL.GraphQLString },
        },
        resolve: (
          _source: unknown,
          // GraphQL has checked the argument types declared above; transitionDocument checks the values.
          args: TransitionInput,
          context: { req: Parameters<typeof transitionDocument>[0] },
        ) => transitionDocument(context.req, args),
      },
      workflowAssign: {
        type: WorkflowAssignmentResult,
        args: {
          collection: { type: new GraphQL.GraphQLNonNull(WorkflowCollectionEnum) },
          id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
          // Null unassigns.
          assignee: { type: GraphQL.GraphQLInt },
          dueAt: { type: GraphQL.GraphQLString },
        },
        resolve: (
          _source: unknown,
          args: { collection: string; id: number; assignee?: number | null; dueAt?: string | null },
          context: { req: Parameters<typeof assignDocument>[0] },
        ) =>
          assignDocument(context.req, {
            ...args,
            assignee: args.assignee ?? null,
            dueAt: args.dueAt ?? undefined,
          } satisfies AssignmentInput),
      },
    }
  }
