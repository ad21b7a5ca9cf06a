import type { ShareContent } from './use-share-props';

// Platforms without WeChat's share card (H5, and the type checker and tests) share with the browser's own menu.
export function useShare(_content: () => ShareContent): void {}
