import { APIError } from 'payload'

/**
 * A refused workflow request (a transition the state machine does not allow, a write outside the
 * workflow, a bad body): the HTTP status and what is missing travel with it to REST and GraphQL.
 * Logged at info level: it is the client's mistake, not the server's.
 */
export class WorkflowError extends APIError {
  constructor(message: string, status: number, data?: Record<string, unknown>) {
    super(message, status, data, true)
    // Set explicitly: production bundles rename classes, and Payload picks the log level by name.
    this.name = 'WorkflowError'
  }
}
