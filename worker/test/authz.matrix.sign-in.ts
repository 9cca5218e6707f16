/** The authorization matrix: sign-in, sessions, who am I, real-name binding, the dev outbox. */
import { PASSWORD, REALNAME_CONSENT, validId } from './fixtures';
import { APPLICANTS, EVERYONE, SIGNED_IN, type Probe } from './authz.principals';

export const SIGN_IN_ROUTES: Record<string, Probe[]> = {
  'POST /api/auth/sms/request': [
    {
      name: 'ask for a code',
      path: () => '/api/auth/sms/request',
      body: () => ({ phone: '13700000099' }),
      allow: EVERYONE,
    },
  ],
  'POST /api/auth/sms/verify': [
    {
      name: 'a wrong code is refused on its merits, not for lack of a session',
      path: () => '/api/auth/sms/verify',
      body: () => ({ phone: '13700000098', code: '000000' }),
      allow: EVERYONE,
    },
  ],
  'POST /api/auth/staff/login': [
    {
      name: 'sign in as the clerk (anyone may try)',
      path: () => '/api/auth/staff/login',
      body: () => ({ username: 'clerk', password: PASSWORD }),
      allow: EVERYONE,
    },
  ],
  'POST /api/auth/logout': [
    { name: 'sign out', path: () => '/api/auth/logout', body: () => ({}), allow: EVERYONE },
  ],
  'GET /api/me': [{ name: 'who am I', path: () => '/api/me', allow: SIGNED_IN }],
  'POST /api/me/realname': [
    {
      name: 'bind a real-name identity',
      path: () => '/api/me/realname',
      body: () => ({
        name: '李四',
        idNumber: validId('110101', '19900307', '003'),
        consent: REALNAME_CONSENT,
      }),
      allow: APPLICANTS,
    },
  ],
  'GET /api/me/id-number': [
    { name: 'my own ID number', path: () => '/api/me/id-number', allow: APPLICANTS },
  ],
  'GET /api/dev/outbox': [
    // Off under production settings (DEV_OUTBOX=false): nobody, not even staff.
    { name: 'dev outbox', path: () => '/api/dev/outbox?phone=13900000001', allow: [] },
  ],
};
