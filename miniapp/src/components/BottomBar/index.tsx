import './bottom-bar.scss';

import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

/**
 * The page's primary actions, pinned to the bottom where a thumb reaches them.
 * Render it last in the PageShell; the spacer keeps content from hiding under it.
 */
export function BottomBar({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <>
      <View className='bottom-bar__spacer' />
      <View className={['bottom-bar', className ?? ''].filter(Boolean).join(' ')}>{children}</View>
    </>
  );
}
