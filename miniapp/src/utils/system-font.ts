import Taro from '@tarojs/taro';

/** WeChat's 适老化 guide: large type is a scale factor above the standard (1) or a font size of 20px and up. */
const LARGE_SCALE = 1.15;
const LARGE_SETTING_PX = 20;

interface FontInfo {
  fontSizeScaleFactor?: number;
  fontSizeSetting?: number;
}

/** Whether the member set WeChat's font size large (never in a browser, which reports neither value). */
export function systemFontIsLarge(): boolean {
  let info: FontInfo;
  try {
    info = Taro.getAppBaseInfo() as FontInfo;
  } catch {
    return false;
  }
  return (info.fontSizeScaleFactor ?? 1) >= LARGE_SCALE || (info.fontSizeSetting ?? 0) >= LARGE_SETTING_PX;
}
