/** Bad input for outgoing webhooks: subscriptions, their changes and the delivery log. */
import type { BadInputCase as Case } from './bad-input.case';

const HOOKS = '/api/admin/webhooks';
const create = (name: string, body: unknown, code = 'VALIDATION_FAILED'): Case => ({
  name: `a webhook with ${name}`,
  who: 'admin',
  path: HOOKS,
  body,
  code,
});

export const INTEGRATION_BAD_CASES: Case[] = [
  create(
    'plain http',
    { url: 'http://receiver.example/x', events: ['licence.issued'] },
    'WEBHOOK_URL_REFUSED',
  ),
  create(
    'a loopback host',
    { url: 'https://127.0.0.1/x', events: ['licence.issued'] },
    'WEBHOOK_URL_REFUSED',
  ),
  create(
    'a private host',
    { url: 'https://10.1.2.3/x', events: ['licence.issued'] },
    'WEBHOOK_URL_REFUSED',
  ),
  create(
    'an IPv6 literal',
    { url: 'https://[::1]/x', events: ['licence.issued'] },
    'WEBHOOK_URL_REFUSED',
  ),
  create(
    'an internal name',
    { url: 'https://db.internal/x', events: ['licence.issued'] },
    'WEBHOOK_URL_REFUSED',
  ),
  create(
    'credentials in the URL',
    { url: 'https://a:b@receiver.example/x', events: ['licence.issued'] },
    'WEBHOOK_URL_REFUSED',
  ),
  create(
    'no URL at all',
    { url: 'not a url at all', events: ['licence.issued'] },
    'WEBHOOK_URL_REFUSED',
  ),
  create('no events', { url: 'https://receiver.example/x', events: [] }),
  create('an unknown event', { url: 'https://receiver.example/x', events: ['case.deleted'] }),
  create('an event twice', {
    url: 'https://receiver.example/x',
    events: ['licence.issued', 'licence.issued'],
  }),
  create('a 600-character URL', {
    url: `https://receiver.example/${'x'.repeat(580)}`,
    events: ['licence.issued'],
  }),
  create('markup in the description', {
    url: 'https://receiver.example/x',
    events: ['licence.issued'],
    description: '<script>x</script>',
  }),
  create('an unknown field', {
    url: 'https://receiver.example/x',
    events: ['licence.issued'],
    secret: 'mine',
  }),
  {
    name: 'a webhook change at an old version',
    who: 'admin',
    method: 'PUT',
    path: (w) => `${HOOKS}/${w.webhook}`,
    body: { version: 7, active: false },
    code: 'CONFLICT',
  },
  {
    name: 'a webhook change to plain http',
    who: 'admin',
    method: 'PUT',
    path: (w) => `${HOOKS}/${w.webhook}`,
    body: { version: 1, url: 'http://receiver.example/x' },
    code: 'WEBHOOK_URL_REFUSED',
  },
  {
    name: 'a webhook change of an unknown subscription',
    who: 'admin',
    method: 'PUT',
    path: `${HOOKS}/whk_nobody`,
    body: { version: 1, active: false },
    code: 'NOT_FOUND',
  },
  {
    name: 'a delivery log of an unknown state',
    who: 'admin',
    path: `${HOOKS}/deliveries?state=lost`,
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a delivery log of 10,000 rows',
    who: 'admin',
    path: `${HOOKS}/deliveries?limit=10000`,
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a resend of an unknown delivery',
    who: 'admin',
    method: 'POST',
    path: `${HOOKS}/deliveries/whd_nothing/retry`,
    code: 'NOT_FOUND',
  },
];
