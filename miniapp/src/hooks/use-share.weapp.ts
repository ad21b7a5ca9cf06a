import Taro from '@tarojs/taro';

import type { ShareContent } from './use-share-props';

/** Copied as is by config/index.ts (copy.patterns); drawn by scripts/draw-assets.mjs. */
const SHARE_COVER = '/assets/share/cover.png';

/**
 * The page's 转发 card (the page config needs enableShareAppMessage). Sharing is never rewarded with points
 * (WeChat's rules forbid it): this sets the card and calls nothing else.
 */
export function useShare(content: () => ShareContent): void {
  Taro.useShareAppMessage(() => {
    const { title, path, imageUrl } = content();
    return { title, path, imageUrl: imageUrl || SHARE_COVER };
  });
}
