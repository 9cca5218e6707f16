/**
 * An optional photo on a form (a rating, a 留言): a button to take or choose one, then the
 * photo itself with a button to remove it. The photo is compressed as it is picked, so what is
 * shown is what will be sent.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { t, type Text } from './i18n';
import { compressImage } from './image';

export function PhotoPick(p: {
  label: Text;
  pick: Text;
  remove: Text;
  alt: Text;
  photo: Blob | null;
  onChange: (photo: Blob | null) => void;
  /** Test id of the file input; `-preview` and `-remove` are added for the other two. */
  testId: string;
}) {
  const preview = useMemo(() => (p.photo ? URL.createObjectURL(p.photo) : null), [p.photo]);
  useEffect(() => () => preview && URL.revokeObjectURL(preview), [preview]);
  return (
    <div class="field photo-pick">
      <span class="photo-pick-label">{t(p.label)}</span>
      {preview ? (
        <div class="photo-pick-preview">
          <img src={preview} alt={t(p.alt)} data-testid={`${p.testId}-preview`} />
          <button
            type="button"
            class="btn btn-ghost btn-small"
            onClick={() => p.onChange(null)}
            data-testid={`${p.testId}-remove`}
          >
            {t(p.remove)}
          </button>
        </div>
      ) : (
        <label class="btn photo-pick-button">
          {t(p.pick)}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp"
            class="visually-hidden"
            data-testid={p.testId}
            onChange={async (e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) p.onChange(await compressImage(file));
            }}
          />
        </label>
      )}
    </div>
  );
}
