import type { CollectionConfig } from 'payload'

import './context'
import { workflowEndpoints } from './endpoints'
import { workflowFields } from './fields'
import { guardWorkflowWrites } from './hooks/guardWorkflowWrites'
import { recordReopen } from './hooks/recordReopen'
import { trackEdits } from './hooks/trackEdits'
import type { WorkflowGuards } from './transitionDocument'

/** Puts a drafts-enabled collection under the editorial workflow, keeping its own fields, hooks and endpoints. */
export const withWorkflow = (
  collection: CollectionConfig,
  { guards = {} }: { guards?: WorkflowGuards } = {},
): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    defaultColumns: collection.admin?.defaultColumns?.map((column) =>
      column === '_status' ? 'workflowState' : column,
    ),
    components: {
      ...collection.admin?.components,
      beforeListTable: [
        ...(collection.admin?.components?.beforeListTable ?? []),
        '/components/WaitingForMe#WaitingForMe',
      ],
      edit: { ...collection.admin?.components?.edit, PublishButton: '/components/NoPublishButton#NoPublishButton' },
    },
  },
  fields: [...collection.fields, ...workflowFields()],
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guardWorkflowWrites],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), trackEdits],
    afterChange: [...(collection.hooks?.afterChange ?? []), recordReopen],
  },
  endpoints: [...(collection.endpoints || []), ...workflowEndpoints(collection.slug, guards)],
})
