/**
 * The photos of one checklist item while recording: a camera button (the phone's rear camera),
 * thumbnails of what was taken (from the phone's own copy, so they show offline), "not yet
 * sent" on those still waiting, and removal. Each photo is kept on the phone the moment it is
 * taken and uploaded in the background when there is a network.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ITEM_PHOTO_MAX } from '@core/task-record';
import { fmt, t } from '../../app/i18n';
import { dropPhoto, getPhoto, pendingPhotos, takePhoto, uploadPhoto } from './photo-store';
import { position } from './position';
import { R } from './record.strings';
import './record.css';

interface Thumb {
  key: string;
  url: string;
  uploaded: boolean;
}

export function ItemPhotos(props: {
  taskId: string;
  item: string;
  suggested: boolean;
  keys: readonly string[];
  onChange: (keys: string[]) => void;
}) {
  const thumbs = useSignal<Thumb[]>([]);
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  // Redrawn when the keys change or a photo finishes uploading.
  const joined = `${props.keys.join(',')}:${pendingPhotos.value}`;

  useEffect(() => {
    let live = true;
    const made: string[] = [];
    void (async () => {
      const out: Thumb[] = [];
      for (const key of props.keys) {
        const p = await getPhoto(key);
        if (!p) continue;
        const url = URL.createObjectURL(p.blob);
        made.push(url);
        out.push({ key, url, uploaded: p.uploaded });
      }
      if (live) thumbs.value = out;
    })();
    return () => {
      live = false;
      made.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [joined]);

  async function onFiles(files: FileList | null) {
    if (!files?.length) return;
    busy.value = true;
    error.value = null;
    const keys = [...props.keys];
    try {
      for (const file of Array.from(files).slice(0, ITEM_PHOTO_MAX - keys.length)) {
        const photo = await takePhoto(file, props.taskId, props.item, () => position(5000));
        keys.push(photo.key);
        props.onChange([...keys]);
        // Up now if the network allows; otherwise it goes with the record.
        void uploadPhoto(photo.key).catch(() => undefined);
      }
    } catch {
      error.value = t(R.photoFailed);
    } finally {
      busy.value = false;
    }
  }

  const id = `photo-${props.item}`;
  return (
    <div class="inspections-photos" data-testid="item-photos">
      {props.suggested && <p class="hint">{t(R.photoSuggested)}</p>}
      {thumbs.value.length > 0 && (
        <ul class="inspections-photo-list">
          {thumbs.value.map((th, n) => (
            <li key={th.key} class="inspections-photo" data-testid="item-photo">
              <img src={th.url} alt={fmt(t(R.photoAlt), { n: n + 1 })} />
              {!th.uploaded && <span class="inspections-photo-wait">{t(R.photoWaiting)}</span>}
              <button
                type="button"
                class="inspections-photo-remove"
                aria-label={t(R.photoRemove)}
                onClick={() => {
                  props.onChange(props.keys.filter((k) => k !== th.key));
                  void dropPhoto(th.key);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.keys.length < ITEM_PHOTO_MAX && (
        <label class="btn inspections-photo-take" for={id}>
          {t(busy.value ? R.photoBusy : R.takePhoto)}
          <input
            id={id}
            type="file"
            accept="image/*"
            capture="environment"
            class="inspections-photo-input"
            data-testid="photo-input"
            disabled={busy.value}
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              void onFiles(input.files).finally(() => (input.value = ''));
            }}
          />
        </label>
      )}
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
    </div>
  );
}
