/**
 * Uploads one attachment's bytes with progress. fetch() cannot report upload progress, so this
 * is the one place that uses XMLHttpRequest (outside the typed client, with the answer type the
 * worker's upload route returns); its errors become the same ApiError as elsewhere.
 */
import type { UploadedAttachment } from '@core/api';
import type { AttachmentKind } from '@core/attachments';
import { ApiError, apiErrorFrom, reachable } from '../../app/api';
import { locale } from '../../app/i18n';

export type { AttachmentKind };

export function uploadAttachment(
  kind: AttachmentKind,
  blob: Blob,
  onProgress: (fraction: number) => void,
): Promise<UploadedAttachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/my/attachments?kind=${kind}`);
    xhr.setRequestHeader('Content-Type', blob.type || 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', locale.value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => {
      reachable.value = false;
      reject(apiErrorFrom(0, null));
    };
    xhr.onload = () => {
      reachable.value = true;
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        // a proxy's HTML page: handled as unexpected below
      }
      if (xhr.status === 201 || xhr.status === 200) resolve(data as UploadedAttachment);
      else reject(apiErrorFrom(xhr.status, data));
    };
    xhr.send(blob);
  });
}

export { ApiError };
