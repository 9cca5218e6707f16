/** The authorization matrix: 好差评 ratings, their follow-ups, statistics and platform record. */
import { APPLICANTS, type Probe } from './authz.principals';

const rating = {
  idempotencyKey: 'authz-rating-0001',
  overall: 'satisfied',
  indicators: { efficiency: 'satisfied', guide: 'basic', convenience: 'satisfied', ease: 'basic' },
};

export const RATING_ROUTES: Record<string, Probe[]> = {
  // The applicant's own finished cases and ratings.
  'GET /api/my/ratings': [
    { name: 'my finished cases', path: () => '/api/my/ratings', allow: APPLICANTS },
  ],
  'GET /api/my/ratings/:id': [
    { name: 'A’s finished case', path: (w) => `/api/my/ratings/${w.doneA}`, allow: ['applicantA'] },
  ],
  'POST /api/my/ratings/:id': [
    {
      name: 'rate A’s finished case',
      path: (w) => `/api/my/ratings/${w.doneA}`,
      body: () => rating,
      allow: ['applicantA'],
    },
  ],
  'POST /api/my/ratings/:id/resolution': [
    {
      name: 'answer the follow-up of A’s bad rating',
      path: (w) => `/api/my/ratings/${w.ratedA}/resolution`,
      body: () => ({ resolution: 'resolved' }),
      allow: ['applicantA'],
    },
  ],
  // The follow-ups: clerks and approvers of the case's county; a clerk of another county is refused.
  'GET /api/ratings/follow-ups': [
    {
      name: 'the counties’ follow-ups',
      path: () => '/api/ratings/follow-ups',
      allow: ['clerk', 'clerkKuiwen', 'approver'],
    },
  ],
  'POST /api/ratings/follow-ups/:id/reply': [
    {
      name: 'reply to a 潍城区 follow-up',
      path: (w) => `/api/ratings/follow-ups/${w.ratingA}/reply`,
      body: () => ({ reply: '已电话联系并整改，感谢您的监督。' }),
      allow: ['clerk', 'approver'],
    },
  ],
  'GET /api/ratings/cases/:id': [
    {
      name: 'the rating of a 潍城区 case',
      path: (w) => `/api/ratings/cases/${w.ratedA}`,
      allow: ['clerk', 'approver', 'admin'],
    },
  ],
  'GET /api/ratings/stats': [
    {
      name: 'anonymous statistics',
      path: () => '/api/ratings/stats',
      allow: ['clerk', 'clerkKuiwen', 'approver', 'admin'],
    },
  ],
  'GET /api/ratings/platform': [
    {
      name: 'what went to the provincial platform',
      path: () => '/api/ratings/platform',
      allow: ['admin'],
    },
  ],
};
