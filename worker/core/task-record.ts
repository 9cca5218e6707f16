/**
 * The on-site record's evidence and its confirmation: photos per checklist item (taken and
 * compressed on the phone, uploaded once per device key), the shop owner's signature (the
 * strokes with their timing, and a PNG render) or the owner's refusal, and the second
 * officer's confirmation. The request schemas the routes validate with and the answers the
 * PWA reads.
 */
import { z } from 'zod';
import type { CheckResult } from './checklist';
import { longText, plainText } from './fields';

/** Largest photo: the phone sends ≤ 1600 px JPEGs of a few hundred kB. */
export const TASK_PHOTO_MAX_BYTES = 4 * 1024 * 1024;
/** Most photos one task may carry (retakes included). */
export const TASK_PHOTO_MAX = 60;
/** Most photos on one checklist item of a record. */
export const ITEM_PHOTO_MAX = 6;
/** The largest signature render (PNG bytes). */
export const SIGNATURE_PNG_MAX_BYTES = 300 * 1024;
/** Most pen points in one signature (a signature has a few hundred). */
export const SIGNATURE_MAX_POINTS = 8000;
/** The record's body with its signature may be this large. */
export const TASK_RECORD_MAX_BYTES = 768 * 1024;

/** A device-made key: the photo's identity on the phone and, once uploaded, on the server. */
export const deviceKey = z.string().regex(/^[\w-]{8,64}$/);

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

/** `POST /api/tasks/:id/photos?…`: the body is the image's bytes; what it shows, in the query. */
export const taskPhotoQuery = z
  .object({
    key: deviceKey,
    item: z.string().min(1).max(40),
    /** When the picture was taken: the camera's EXIF time, or the moment it was chosen. */
    takenAt: z.iso.datetime({ offset: true }).optional(),
    /** Where: the picture's EXIF GPS, or the phone's position at that moment, if allowed. */
    lat: z.coerce.number().pipe(latitude).optional(),
    lng: z.coerce.number().pipe(longitude).optional(),
    /** Where the time and place came from. */
    source: z.enum(['exif', 'device']).default('device'),
  })
  .strict()
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), {
    message: 'lat and lng come together',
    path: ['lat'],
  });
export type TaskPhotoQuery = z.infer<typeof taskPhotoQuery>;

/** One pen point as signature_pad records it: position in CSS px and milliseconds since 1970. */
const penPoint = z
  .object({
    x: z.number().finite(),
    y: z.number().finite(),
    time: z.number().finite(),
    pressure: z.number().min(0).max(1).optional(),
  })
  .strict();

/** One stroke (signature_pad's PointGroup): its pen settings and points. */
const stroke = z
  .object({
    penColor: z.string().max(40).optional(),
    dotSize: z.number().min(0).max(50).optional(),
    minWidth: z.number().min(0).max(50).optional(),
    maxWidth: z.number().min(0).max(50).optional(),
    velocityFilterWeight: z.number().min(0).max(1).optional(),
    compositeOperation: z.string().max(40).optional(),
    points: z.array(penPoint).min(1).max(SIGNATURE_MAX_POINTS),
  })
  .strict();

/** The owner's signature on the inspector's phone, or the owner's refusal to sign. */
export const ownerSignatureSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('signed'),
      name: plainText(1, 40),
      /** The pad's size in CSS px when signed, so the strokes can be drawn again. */
      width: z.number().int().min(50).max(4000),
      height: z.number().int().min(50).max(4000),
      strokes: z
        .array(stroke)
        .min(1)
        .max(200)
        .refine((s) => s.reduce((n, x) => n + x.points.length, 0) <= SIGNATURE_MAX_POINTS, {
          message: 'too many points',
        }),
      /** The render as a PNG data URL (`data:image/png;base64,…`). */
      png: z
        .string()
        .max(Math.ceil((SIGNATURE_PNG_MAX_BYTES * 4) / 3) + 30)
        .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/),
    })
    .strict(),
  z
    .object({
      kind: z.literal('refused'),
      /** The owner's name if they gave it. */
      name: plainText(0, 40).optional(),
      reason: longText(2, 500),
    })
    .strict(),
]);
export type OwnerSignatureInput = z.infer<typeof ownerSignatureSchema>;

/** `POST /api/tasks/:id/confirm`: the second officer stands behind the record, or sends it back. */
export const taskConfirmSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('confirm'), version: z.number().int().min(1) }).strict(),
  z
    .object({
      decision: z.literal('dispute'),
      version: z.number().int().min(1),
      note: longText(2, 500),
    })
    .strict(),
]);
export type TaskConfirmInput = z.infer<typeof taskConfirmSchema>;

export const RECORD_STATES = ['submitted', 'confirmed', 'disputed'] as const;
export type RecordState = (typeof RECORD_STATES)[number];

export const RECORD_STATE_LABELS: Record<RecordState, { zh: string; en: string }> = {
  submitted: { zh: '待同组人员确认', en: 'Awaiting the second officer' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  disputed: { zh: '已退回修改', en: 'Returned for changes' },
};

/** An answer to `POST /api/tasks/:id/photos`. */
export interface TaskPhotoView {
  id: string;
  key: string;
  item: string;
  url: string;
  takenAt: string | null;
  lat: number | null;
  lng: number | null;
  source: 'exif' | 'device';
  size: number;
  sha256: string;
}

export interface PlaceAndTime {
  at: string | null;
  lat: number | null;
  lng: number | null;
}

/** A record as staff see it on the case page, and the second officer before confirming. */
export interface TaskRecordView {
  taskId: string;
  state: RecordState;
  checklistVersion: string;
  passed: boolean;
  items: { id: string; result: CheckResult; note?: string; photos: TaskPhotoView[] }[];
  notes: string;
  arrival: PlaceAndTime;
  departure: PlaceAndTime;
  officers: { id: string; name: string }[];
  recordedBy: { id: string; name: string };
  recordedAt: string;
  confirmedBy: { id: string; name: string } | null;
  confirmedAt: string | null;
  disputeNote: string | null;
  signature:
    | { kind: 'signed'; name: string; url: string; sha256: string }
    | { kind: 'refused'; name: string | null; reason: string };
}
