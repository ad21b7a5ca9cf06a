/** The slice of @tarojs/taro the app uses, backed by jest fns and an in-memory storage. */
type Handler = () => void;

const storage = new Map<string, unknown>();
const pageHandlers: { pullDownRefresh?: Handler; reachBottom?: Handler; didShow?: Handler } = {};
let routerParams: Record<string, string | undefined> = {};

export const request = jest.fn();
export const navigateTo = jest.fn(() => Promise.resolve());
export const navigateBack = jest.fn(() => Promise.resolve());
export const switchTab = jest.fn(() => Promise.resolve());
export const redirectTo = jest.fn(() => Promise.resolve());
export const showToast = jest.fn(() => Promise.resolve());
export const stopPullDownRefresh = jest.fn();
export const pageScrollTo = jest.fn(() => Promise.resolve());
export const scanCode = jest.fn(() => Promise.resolve({ result: '' }));
export const login = jest.fn(() => Promise.resolve({ code: 'wx-code', errMsg: 'login:ok' }));
export const getCurrentPages = jest.fn((): Array<{ route: string }> => []);
export const previewImage = jest.fn(() => Promise.resolve());
export const getLocation = jest.fn((): Promise<{ longitude: number; latitude: number }> =>
  Promise.reject(new Error('getLocation:fail auth deny')),
);
export const chooseLocation = jest.fn(
  (): Promise<{ longitude: number; latitude: number; name: string; address: string }> =>
    Promise.reject(new Error('chooseLocation:fail cancel')),
);
export const chooseMedia = jest.fn((): Promise<{ tempFiles: Array<{ tempFilePath: string; size: number }> }> =>
  Promise.resolve({ tempFiles: [] }),
);
export const compressImage = jest.fn((options: { src: string }) => Promise.resolve({ tempFilePath: options.src }));
/** Like Taro's: a promise of { statusCode, data: string } with a progress() hook. */
export const showModal = jest.fn((_options: { title: string; content: string }) =>
  Promise.resolve({ confirm: true, cancel: false }),
);
export const requestSubscribeMessage = jest.fn((_options: { tmplIds: string[] }) =>
  Promise.resolve({ errMsg: 'requestSubscribeMessage:ok' }),
);
export const setTabBarBadge = jest.fn((_options: { index: number; text: string }) => Promise.resolve());
export const removeTabBarBadge = jest.fn((_options: { index: number }) => Promise.resolve());
type PrivacyListener = (
  resolve: (option: { event: string; buttonId?: string }) => void,
  info: { referrer: string },
) => void;
export const onNeedPrivacyAuthorization = jest.fn((_listener: PrivacyListener) => undefined);
export const openPrivacyContract = jest.fn((_options?: object) => Promise.resolve());
/** WeChat's app info; tests set fontSizeScaleFactor / fontSizeSetting to play a phone with large type. */
export const getAppBaseInfo = jest.fn((): { fontSizeScaleFactor?: number; fontSizeSetting?: number } => ({}));
export const useShareAppMessage = jest.fn();
export const uploadFile = jest.fn((_options: { filePath: string; formData?: Record<string, string> }) =>
  Object.assign(Promise.resolve({ statusCode: 201, data: '{}' }), { progress: jest.fn() }),
);

/** Downloads: the answer of each call in turn; the body of a non-2xx answer is read back from its temp file. */
export const downloadFile = jest.fn((_options: { url: string; header?: Record<string, string> }) =>
  Promise.resolve({ statusCode: 200, tempFilePath: 'wxfile://tmp/workbook.xlsx' }),
);
export const openDocument = jest.fn((_options: { filePath: string; fileType?: string; showMenu?: boolean }) =>
  Promise.resolve(),
);
export const shareFileMessage = jest.fn((_options: { filePath: string; fileName?: string }) => Promise.resolve());
const tempFiles = new Map<string, string>();
export function getFileSystemManager() {
  return {
    readFileSync: (filePath: string) => {
      const text = tempFiles.get(filePath);
      if (text === undefined) throw new Error(`no such file: ${filePath}`);
      return text;
    },
  };
}

export function getStorageSync(key: string): unknown {
  return storage.has(key) ? storage.get(key) : '';
}
export function setStorageSync(key: string, value: unknown): void {
  storage.set(key, value);
}
export function removeStorageSync(key: string): void {
  storage.delete(key);
}

export function usePullDownRefresh(handler: Handler): void {
  pageHandlers.pullDownRefresh = handler;
}
export function useReachBottom(handler: Handler): void {
  pageHandlers.reachBottom = handler;
}
export function useDidShow(handler: Handler): void {
  pageHandlers.didShow = handler;
}
export function useRouter(): { params: Record<string, string | undefined> } {
  return { params: routerParams };
}

/** Test helpers: fire the page events a user would, reset state between tests. */
export const taroTest = {
  pullDownRefresh: () => pageHandlers.pullDownRefresh?.(),
  reachBottom: () => pageHandlers.reachBottom?.(),
  didShow: () => pageHandlers.didShow?.(),
  setRouterParams: (params: Record<string, string | undefined>) => {
    routerParams = params;
  },
  storage: () => storage,
  /** A temp file's text, as a download left it. */
  writeTempFile: (filePath: string, text: string) => tempFiles.set(filePath, text),
  reset: () => {
    storage.clear();
    tempFiles.clear();
    delete pageHandlers.pullDownRefresh;
    delete pageHandlers.reachBottom;
    delete pageHandlers.didShow;
    routerParams = {};
    getCurrentPages.mockImplementation(() => []);
  },
};

const Taro = {
  request,
  navigateTo,
  navigateBack,
  switchTab,
  redirectTo,
  showToast,
  stopPullDownRefresh,
  pageScrollTo,
  scanCode,
  login,
  getCurrentPages,
  previewImage,
  getLocation,
  chooseLocation,
  chooseMedia,
  compressImage,
  uploadFile,
  downloadFile,
  openDocument,
  shareFileMessage,
  getFileSystemManager,
  showModal,
  requestSubscribeMessage,
  setTabBarBadge,
  removeTabBarBadge,
  onNeedPrivacyAuthorization,
  openPrivacyContract,
  getAppBaseInfo,
  useShareAppMessage,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
};
export default Taro;
