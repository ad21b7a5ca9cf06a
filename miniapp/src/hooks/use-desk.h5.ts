import { useEffect, useState } from 'react';

/** Where staff pages switch to the desk layout (tables, desktop type); kept equal to tokens.scss's $desk-min-width. */
export const DESK_MIN_WIDTH = 1024;
const QUERY = `(min-width: ${DESK_MIN_WIDTH}px)`;

function matches(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;
}

/** True in a browser window at least DESK_MIN_WIDTH wide; follows the window as it is resized. */
export function useDesk(): boolean {
  const [desk, setDesk] = useState(matches);
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return undefined;
    const list = window.matchMedia(QUERY);
    const update = () => setDesk(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return desk;
}
