/**
 * Bad input for 好差评: ratings of a finished case, the applicant's 整改 answer, the unit's
 * follow-up reply, the follow-up list and the rating statistics.
 */
import { NUL, RLO, ZWSP } from './bad-input.values';
import type { BadInputCase as Case } from './bad-input.case';

export const RATING_BAD_CASES: Case[] = [
  // --- 好差评 ratings and follow-ups -------------------------------------------------------------
  ...(
    [
      [{ overall: 'great' }, 'an unknown level'],
      [{ overall: 5 }, 'a level as a score'],
      [{ indicators: { efficiency: 'satisfied' } }, 'indicators missing'],
      [
        {
          indicators: {
            efficiency: 'satisfied',
            guide: 'satisfied',
            convenience: 'satisfied',
            ease: 'satisfied',
            speed: 'satisfied',
          },
        },
        'an indicator that does not exist',
      ],
      [{ comment: 'x'.repeat(501) }, 'a comment of 501 characters'],
      [{ comment: `差${NUL}评` }, 'a comment with a NUL'],
      [{ comment: `差${RLO}评` }, 'a comment with a direction override'],
      [{ comment: '<img src=x onerror=alert(1)>' }, 'a comment with markup'],
      [{ attachmentId: '../att_a' }, 'a photo id that is a path'],
      [{ idempotencyKey: 'short' }, 'an idempotency key of 5 characters'],
      [{ stars: 5 }, 'a field the rating does not have'],
    ] as [Record<string, unknown>, string][]
  ).map(([change, name]): Case => ({
    name: `a rating with ${name}`,
    who: 'applicantA',
    path: (w) => `/api/my/ratings/${w.doneA}`,
    body: {
      idempotencyKey: 'bad-rating-0001',
      overall: 'satisfied',
      indicators: { efficiency: 'satisfied', guide: 'basic', convenience: 'basic', ease: 'basic' },
      ...change,
    },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a rating whose photo is someone else’s',
    who: 'applicantA',
    path: (w) => `/api/my/ratings/${w.doneA}`,
    body: {
      idempotencyKey: 'bad-rating-0002',
      overall: 'satisfied',
      indicators: { efficiency: 'satisfied', guide: 'basic', convenience: 'basic', ease: 'basic' },
      attachmentId: '00000000-0000-4000-8000-000000000000',
    },
    code: 'RATING_PHOTO_INVALID',
  },
  {
    name: 'a second rating of a rated case',
    who: 'applicantA',
    path: (w) => `/api/my/ratings/${w.ratedA}`,
    body: {
      idempotencyKey: 'bad-rating-0003',
      overall: 'very_satisfied',
      indicators: { efficiency: 'satisfied', guide: 'basic', convenience: 'basic', ease: 'basic' },
    },
    code: 'RATING_EXISTS',
  },
  {
    name: 'a rating of a case still open',
    who: 'applicantA',
    path: (w) => `/api/my/ratings/${w.acceptedA}`,
    body: {
      idempotencyKey: 'bad-rating-0004',
      overall: 'satisfied',
      indicators: { efficiency: 'satisfied', guide: 'basic', convenience: 'basic', ease: 'basic' },
    },
    code: 'RATING_NOT_FINISHED',
  },
  {
    name: 'a rating of someone else’s finished case',
    who: 'applicantB',
    path: (w) => `/api/my/ratings/${w.doneA}`,
    body: {
      idempotencyKey: 'bad-rating-0005',
      overall: 'satisfied',
      indicators: { efficiency: 'satisfied', guide: 'basic', convenience: 'basic', ease: 'basic' },
    },
    code: 'NOT_FOUND',
  },
  ...(
    [
      [{ resolution: 'maybe' }, 'an unknown answer'],
      [{ resolution: 'resolved', comment: `好${NUL}` }, 'a comment with a NUL'],
      [{ resolution: 'resolved', comment: 'x'.repeat(301) }, 'a comment of 301 characters'],
    ] as [unknown, string][]
  ).map(([body, name]): Case => ({
    name: `a 整改 answer with ${name}`,
    who: 'applicantA',
    path: (w) => `/api/my/ratings/${w.ratedA}/resolution`,
    body,
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a 整改 answer before the unit replied',
    who: 'applicantA',
    path: (w) => `/api/my/ratings/${w.ratedA}/resolution`,
    body: { resolution: 'resolved' },
    code: 'FOLLOWUP_NOT_REPLIED',
  },
  ...(['', '好的', '<b>已整改</b>', `已${ZWSP}整改完毕`, 'x'.repeat(1001)] as string[]).map(
    (reply): Case => ({
      name: `a follow-up reply of ${JSON.stringify(reply.slice(0, 12))} (${reply.length})`,
      who: 'clerk',
      path: (w) => `/api/ratings/follow-ups/${w.ratingA}/reply`,
      body: { reply },
      code: 'VALIDATION_FAILED',
    }),
  ),
  {
    name: 'a follow-up reply by a clerk of another county',
    who: 'clerkKuiwen',
    path: (w) => `/api/ratings/follow-ups/${w.ratingA}/reply`,
    body: { reply: '已联系申请人并整改。' },
    code: 'FOLLOWUP_OTHER_UNIT',
  },
  {
    name: 'follow-ups in a state that does not exist',
    who: 'clerk',
    method: 'GET',
    path: '/api/ratings/follow-ups?state=closed',
    code: 'VALIDATION_FAILED',
  },
  ...(['days=0', 'days=1000', 'days=x', 'county=370702'] as string[]).map((q): Case => ({
    name: `rating statistics with ${q}`,
    who: 'approver',
    method: 'GET',
    path: `/api/ratings/stats?${q}`,
    code: 'VALIDATION_FAILED',
  })),
];
