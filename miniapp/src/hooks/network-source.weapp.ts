import Taro from '@tarojs/taro';

/** Weapp: getNetworkType for the current state, onNetworkStatusChange for changes. */
export function subscribeNetwork(listener: (online: boolean) => void): () => void {
  const onChange = (result: Taro.onNetworkStatusChange.CallbackResult) => listener(result.isConnected);
  Taro.onNetworkStatusChange(onChange);
  Taro.getNetworkType()
    .then((result) => listener(result.networkType !== 'none'))
    .catch(() => listener(true));
  return () => Taro.offNetworkStatusChange(onChange);
}
