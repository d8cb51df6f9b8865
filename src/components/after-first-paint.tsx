import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Its children, added in a render of their own once the content before them is on screen: a long
 * page is committed in a few shorter tasks instead of one that holds the main thread. Put only at
 * the end of a page's content, where arriving later moves nothing that was in view.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    startTransition(() => setShown(true));
  }, []);
  return shown ? children : null;
}
