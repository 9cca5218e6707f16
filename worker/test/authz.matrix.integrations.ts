/** The authorization matrix: the OpenAPI document and outgoing webhooks. */
import { EVERYONE, type Probe } from './authz.principals';

export const INTEGRATION_ROUTES: Record<string, Probe[]> = {
  'GET /api/openapi.json': [
    { name: 'the API description', path: () => '/api/openapi.json', allow: EVERYONE },
  ],
};
