import Taro, { usePullDownRefresh } from '@tarojs/taro';

/** Pull-down refresh refetches `query` and closes the spinner when it settles (the page config must enable it). */
export function useRefreshOnPull(query: { refetch: () => Promise<unknown> }): void {
  usePullDownRefresh(() => {
    query.refetch().finally(() => Taro.stopPullDownRefresh());
  });
}
