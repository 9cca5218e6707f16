/** 删除草稿, with a confirmation: the device copy goes at once, the server's through the outbox. */
import { useSignal } from '@preact/signals';
import { errorText } from '../../app/api';
import { t } from '../../app/i18n';
import { toast } from '../../app/toast';
import { Dialog } from '../cases/dialog';
import { P } from './apply.strings';
import { deleteDraft } from './drafts.store';

export function DeleteDraft(p: { id: string; ownerId: string; onDeleted: () => void }) {
  const open = useSignal(false);
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  async function go() {
    busy.value = true;
    error.value = null;
    try {
      await deleteDraft(p.id, p.ownerId);
      open.value = false;
      toast(t(P.draftDeleted));
      p.onDeleted();
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }
  return (
    <>
      <button
        type="button"
        class="btn btn-ghost btn-block btn-danger-text"
        data-testid="delete-draft"
        onClick={() => (open.value = true)}
      >
        {t(P.deleteDraft)}
      </button>
      {open.value && (
        <Dialog
          title={t(P.deleteDraft)}
          submitText={t(P.deleteDraftYes)}
          danger
          busy={busy.value}
          error={error.value}
          testId="dialog-delete-draft"
          onClose={() => (open.value = false)}
          onSubmit={() => void go()}
        >
          <p>{t(P.deleteDraftConfirm)}</p>
        </Dialog>
      )}
    </>
  );
}
