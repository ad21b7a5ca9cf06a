import './menu-row.scss';

import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface MenuRowProps {
  label: string;
  hint?: string;
  className?: string;
  onClick?: () => void;
  /** Shown before the chevron, e.g. an unread count; unlike `extra`, the chevron stays. */
  badge?: ReactNode;
  /** Replaces the chevron, e.g. a switch. */
  extra?: ReactNode;
}

/** One full-width row of a settings card: a big touch target with a label and an optional hint. */
export function MenuRow({ label, hint, className, onClick, badge, extra }: MenuRowProps) {
  return (
    <View
      className={['menu-row', className ?? ''].filter(Boolean).join(' ')}
      hoverClass='menu-row--pressed'
      onClick={onClick}
    >
      <View className='menu-row__body'>
        <Text className='menu-row__label'>{label}</Text>
        {hint ? <Text className='menu-row__hint'>{hint}</Text> : null}
      </View>
      {badge}
      {extra ?? (onClick ? <Text className='menu-row__chevron'>›</Text> : null)}
    </View>
  );
}
