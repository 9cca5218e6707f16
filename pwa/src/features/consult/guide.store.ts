/**
 * The service guide as the bureau last published it (GET /api/guides…), kept on the device so
 * the guide opens without signal; before the first answer, and when nothing was ever fetched
 * on this device, the text the app shipped with (version 1) stands in.
 */
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { BUSINESS_TYPES, type BusinessType } from '@core/business-types';
import type { GuideAnswer, GuideIndex } from '@core/guide';
import { seedGuide } from '@core/guide-seed';
import { createStore, get, set } from 'idb-keyval';
import { api, read } from '../../app/api';

const store = createStore('xuke-guides', 'guides');

function seedAnswer(type: BusinessType): GuideAnswer {
  return {
    type,
    version: 1,
    note: '',
    createdByName: '',
    createdAt: null,
    content: seedGuide(type),
  };
}

export function seedIndex(): GuideIndex {
  return {
    guides: BUSINESS_TYPES.map((type) => {
      const c = seedGuide(type);
      return { type, version: 1, when: c.when, faq: c.faq };
    }),
  };
}

/** The newest guide of a type: from the server, else the device's copy, else version 1. */
export async function loadGuide(type: BusinessType): Promise<GuideAnswer> {
  try {
    const g = await read(api.guides[':type'].$get({ param: { type } }));
    await set(`guide:${type}`, g, store).catch(() => undefined);
    return g;
  } catch {
    return (
      (await get<GuideAnswer>(`guide:${type}`, store).catch(() => undefined)) ?? seedAnswer(type)
    );
  }
}

/** Every type's `when` and FAQ, shared by the screens that list the types. */
export const guideIndex = signal<GuideIndex>(seedIndex());
let indexLoaded = false;

export function refreshGuideIndex(): void {
  if (indexLoaded) return;
  indexLoaded = true;
  void read(api.guides.$get())
    .then(async (index) => {
      guideIndex.value = index;
      await set('index', index, store).catch(() => undefined);
    })
    .catch(async () => {
      indexLoaded = false;
      const copy = await get<GuideIndex>('index', store).catch(() => undefined);
      if (copy) guideIndex.value = copy;
    });
}

/** The guide of `type`, null while it loads. */
export function useGuide(type: BusinessType | null): GuideAnswer | null {
  const [g, setG] = useState<GuideAnswer | null>(null);
  useEffect(() => {
    if (!type) return;
    let live = true;
    setG(null);
    void loadGuide(type).then((x) => live && setG(x));
    return () => {
      live = false;
    };
  }, [type]);
  return g;
}
