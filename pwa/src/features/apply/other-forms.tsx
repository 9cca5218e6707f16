/**
 * The forms of the six types that start from an existing licence: each asks only what its
 * rule needs (PRODUCT.md §2); the licence itself already carries holder, shop and address.
 */
import type { BusinessType } from '@core/business-types';
import { REISSUE_REASONS, REISSUE_REASON_LABELS } from '@core/form-choices';
import { CHANGE_KINDS, CHANGE_KIND_LABELS } from '@core/preconditions';
import { CheckField, ChoiceField, TextField, type Binding } from './fields';
import { F } from './form.strings';
import { NewForm, Photo } from './new-form';

function Renewal({ b }: { b: Binding }) {
  return (
    <section class="panel form-section">
      <CheckField b={b} name="confirmUnchanged" label={F.confirmUnchanged} />
      <Photo b={b} kind="businessLicence" />
    </section>
  );
}

function Change({ b }: { b: Binding }) {
  return (
    <section class="panel form-section">
      <ChoiceField
        b={b}
        name="changeKind"
        label={F.changeKind}
        options={CHANGE_KINDS.map((k) => [k, CHANGE_KIND_LABELS[k]])}
      />
      <TextField b={b} name="changeDate" type="date" label={F.changeDate} hint={F.changeDateHint} />
      <TextField b={b} name="newValue" label={F.newValue} hint={F.newValueHint} />
      <Photo b={b} kind="businessLicence" />
      <Photo b={b} kind="supporting" optional />
    </section>
  );
}

function Suspension({ b }: { b: Binding }) {
  return (
    <section class="panel form-section">
      <TextField b={b} name="suspendFrom" type="date" label={F.suspendFrom} />
      <TextField
        b={b}
        name="suspendUntil"
        type="date"
        label={F.suspendUntil}
        hint={F.suspendHint}
      />
      <TextField b={b} name="reason" label={F.reason} multiline />
    </section>
  );
}

function Resume({ b }: { b: Binding }) {
  return (
    <section class="panel form-section">
      <TextField b={b} name="resumeOn" type="date" label={F.resumeOn} />
      <CheckField b={b} name="confirmConditions" label={F.confirmConditions} />
    </section>
  );
}

function Reissue({ b }: { b: Binding }) {
  return (
    <section class="panel form-section">
      <ChoiceField
        b={b}
        name="reason"
        label={F.reissueReason}
        options={REISSUE_REASONS.map((k) => [k, REISSUE_REASON_LABELS[k]])}
      />
      <TextField b={b} name="statement" label={F.statement} hint={F.statementHint} multiline />
    </section>
  );
}

function Closure({ b }: { b: Binding }) {
  return (
    <section class="panel form-section">
      <TextField b={b} name="closureDate" type="date" label={F.closureDate} hint={F.closureHint} />
      <TextField b={b} name="reason" label={F.reason} multiline />
    </section>
  );
}

/** The fields of `type`, bound to the form. */
export function TypeFields({ type, b }: { type: BusinessType; b: Binding }) {
  switch (type) {
    case 'new':
      return <NewForm b={b} />;
    case 'renewal':
      return <Renewal b={b} />;
    case 'change':
      return <Change b={b} />;
    case 'suspension':
      return <Suspension b={b} />;
    case 'resume':
      return <Resume b={b} />;
    case 'reissue':
      return <Reissue b={b} />;
    case 'closure':
      return <Closure b={b} />;
  }
}
