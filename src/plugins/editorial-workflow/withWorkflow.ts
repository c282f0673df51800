import type { CollectionConfig, CollectionSlug } from 'payload'

import { updateWhileEditable } from './access'
import { workflowEndpoints } from './endpoints'
import { workflowFields, workflowPanelField } from './fields'
import { guardWorkflowWrites } from './hooks/guardWorkflowWrites'
import { recordReopen } from './hooks/recordReopen'
import { trackEdits } from './hooks/trackEdits'
import type { WorkflowSettings } from './settings'

/** Admin components, by the stable specifiers the import map resolves. */
const COMPONENTS = {
  waitingForMe: '/plugins/editorial-workflow/components/WaitingForMe#WaitingForMe',
  noPublishButton: '/plugins/editorial-workflow/components/NoPublishButton#NoPublishButton',
  status: '/plugins/editorial-workflow/components/WorkflowStatus#WorkflowStatus',
}

/** Puts a drafts-enabled collection under the editorial workflow, keeping its own fields, hooks and endpoints. */
export const withWorkflow = (collection: CollectionConfig, settings: WorkflowSettings): CollectionConfig => {
  if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts)
    throw new Error(`editorialWorkflow: the "${collection.slug}" collection needs versions with drafts.`)
  return {
    ...collection,
    admin: {
      ...collection.admin,
      defaultColumns: collection.admin?.defaultColumns?.map((column) =>
        column === '_status' ? 'workflowState' : column,
      ),
      components: {
        ...collection.admin?.components,
        beforeListTable: [...(collection.admin?.components?.beforeListTable ?? []), COMPONENTS.waitingForMe],
        // One status in the header, the workflow's, in place of Payload's draft/published one.
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: COMPONENTS.noPublishButton,
          Status: COMPONENTS.status,
        },
      },
    },
    access: {
      ...collection.access,
      update: updateWhileEditable(
        collection.slug as CollectionSlug,
        collection.access?.update,
        settings.editableInAnyState[collection.slug as CollectionSlug] ?? [],
      ),
    },
    // The workflow panel first, at the top of the sidebar; the other workflow fields after the host's.
    fields: [workflowPanelField(), ...collection.fields, ...workflowFields(settings)],
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guardWorkflowWrites],
      beforeChange: [
        ...(collection.hooks?.beforeChange ?? []),
        trackEdits(settings.editableInAnyState[collection.slug as CollectionSlug] ?? []),
      ],
      afterChange: [...(collection.hooks?.afterChange ?? []), recordReopen],
    },
    endpoints: [...(collection.endpoints || []), ...workflowEndpoints(settings)],
  }
}
