/**
 * H5: the browser's online/offline events (Taro's H5 getNetworkType only reads navigator.connection,
 * which never says "none"). Calls `listener` with the current state, then on every change.
 */
export function subscribeNetwork(listener: (online: boolean) => void): () => void {
  const online = () => listener(true);
  const offline = () => listener(false);
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  listener(navigator.onLine !== false);
  return () => {
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
  };
}
