/**
 * The applicant's ID number and phone on a staff case page: masked by default, the full value
 * only with a stated reason, audited by the server; who may is core's rule (access.ts).
 */
import { mayRevealIdNumber, mayRevealPhone, type CaseScope } from '@core/access';
import { staffWho } from '../../app/access';
import { api, read } from '../../app/api';
import { staff } from '../../app/auth';
import { RevealFact } from './reveal-fact';
import { Q } from './queue.strings';

export function RevealId(props: { caseId: string; masked: string | null; scope: CaseScope }) {
  const me = staff.value;
  return (
    <RevealFact
      name="id"
      masked={props.masked}
      mayReveal={me !== null && mayRevealIdNumber(staffWho(me), props.scope)}
      texts={{
        label: Q.idNumber,
        audit: Q.revealAudit,
        hint: Q.revealReasonHint,
        missing: Q.notBound,
      }}
      reveal={async (reason) =>
        (
          await read(
            api.applications[':id']['reveal-id'].$post({
              param: { id: encodeURIComponent(props.caseId) },
              json: { reason },
            }),
          )
        ).idNumber
      }
    />
  );
}

export function RevealPhone(props: { caseId: string; masked: string | null; scope: CaseScope }) {
  const me = staff.value;
  return (
    <RevealFact
      name="phone"
      masked={props.masked}
      mayReveal={me !== null && mayRevealPhone(staffWho(me), props.scope)}
      texts={{
        label: Q.phone,
        audit: Q.phoneAudit,
        hint: Q.phoneReasonHint,
        missing: Q.noPhone,
      }}
      reveal={async (reason) =>
        (
          await read(
            api.applications[':id']['reveal-phone'].$post({
              param: { id: encodeURIComponent(props.caseId) },
              json: { reason },
            }),
          )
        ).phone
      }
    />
  );
}
