import './page-shell.scss';

import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

import { PrivacyDialog } from '@/components/PrivacyDialog';
import { useElderMode } from '@/stores/elder-mode';

interface PageShellProps {
  children: ReactNode;
  className?: string;
}

/** Wraps every page: carries the design tokens, switches them for 长辈模式, hosts WeChat's privacy prompt. */
export function PageShell({ children, className }: PageShellProps) {
  const elder = useElderMode();
  const classes = ['page-shell', elder ? 'page-shell--elder' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <View className={classes}>
      {children}
      <PrivacyDialog />
    </View>
  );
}
