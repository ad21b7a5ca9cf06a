import './staff-page.scss';

import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

import { PageShell } from '@/components/PageShell';
import { useDesk } from '@/hooks/use-desk';

interface StaffPageProps {
  /** Left out by pages that title their own sections. */
  title?: string;
  className?: string;
  /** Buttons beside the title (添加…), on the right at a desk. */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * Every staff page: a title and the page's content, and at a desk (H5, a window 1024 px and wider) the
 * `staff-page--desk` class that switches to desktop type, a centred column and the pages' table layouts.
 */
export function StaffPage({ title, className, actions, children }: StaffPageProps) {
  const desk = useDesk();
  const classes = ['staff-page', desk ? 'staff-page--desk' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <PageShell className={classes}>
      <View className='staff-page__body'>
        {title ? (
          <View className='staff-page__head'>
            <Text className='page-shell__title staff-page__title'>{title}</Text>
            {actions ? <View className='staff-page__actions'>{actions}</View> : null}
          </View>
        ) : null}
        {children}
      </View>
    </PageShell>
  );
}
