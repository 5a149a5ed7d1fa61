/**
 * The home page's data without any database code in the first bundle: homeData.ts (a small
 * Dexie-free read) loads just after the first paint (it is precached, so this works offline
 * too), then reads again whenever something changes. Keeps the first screen's JavaScript small.
 */
import { useEffect, useState } from 'react';
import type { HomeData } from './homeData';

export function useDeferredHomeData(): HomeData | undefined {
  const [data, setData] = useState<HomeData>();
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    void import('./homeData').then(({ watchHomeData }) => {
      if (live) stop = watchHomeData(setData);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  return data;
}
