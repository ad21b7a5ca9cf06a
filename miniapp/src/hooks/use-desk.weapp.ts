/** The mini-program is a phone's: staff pages keep their card layout there, whatever the window. */
export const DESK_MIN_WIDTH = 1024;

export function useDesk(): boolean {
  return false;
}
