import { APIError } from 'payload'

/**
 * A refusal whose message the client must see (4xx). The name is set explicitly: Payload formats
 * errors by their name, and production bundles may leave a subclass of APIError without one, which
 * turns the message into "An unknown error occurred."
 */
export class ClientError extends APIError {
  constructor(message: string, status = 400) {
    super(message, status, undefined, true)
    this.name = 'ClientError'
  }
}
