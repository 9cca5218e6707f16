/** The authorization matrix: the OpenAPI document and outgoing webhooks (admins only). */
import { EVERYONE, type Probe } from './authz.principals';

export const INTEGRATION_ROUTES: Record<string, Probe[]> = {
  'GET /api/openapi.json': [
    { name: 'the API description', path: () => '/api/openapi.json', allow: EVERYONE },
  ],
  'GET /api/admin/webhooks': [
    { name: 'webhook subscriptions', path: () => '/api/admin/webhooks', allow: ['admin'] },
  ],
  'POST /api/admin/webhooks': [
    {
      name: 'subscribe a receiver',
      path: () => '/api/admin/webhooks',
      body: () => ({ url: 'https://hooks.test/new', events: ['licence.issued'] }),
      allow: ['admin'],
    },
  ],
  'PUT /api/admin/webhooks/:id': [
    {
      name: 'pause a subscription',
      path: (w) => `/api/admin/webhooks/${w.webhook}`,
      body: () => ({ version: 1, active: false }),
      allow: ['admin'],
    },
  ],
  'DELETE /api/admin/webhooks/:id': [
    {
      name: 'delete a subscription',
      path: (w) => `/api/admin/webhooks/${w.webhook}`,
      allow: ['admin'],
    },
  ],
  'GET /api/admin/webhooks/deliveries': [
    {
      name: 'the delivery log',
      path: () => '/api/admin/webhooks/deliveries?state=failed',
      allow: ['admin'],
    },
  ],
  'POST /api/admin/webhooks/deliveries/:id/retry': [
    {
      name: 'resend a given-up delivery',
      path: (w) => `/api/admin/webhooks/deliveries/${w.failedDelivery}/retry`,
      allow: ['admin'],
    },
  ],
};
