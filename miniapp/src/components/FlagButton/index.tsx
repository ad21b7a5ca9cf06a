import './flag-button.scss';

import { Text, View } from '@tarojs/components';
import type { FlaggableKind } from '@tongxin/types';
import { useState } from 'react';

import { useSessionUser } from '@/stores/session';

import { FlagSheet } from './flag-sheet';

interface FlagButtonProps {
  kind: FlaggableKind;
  id: string;
  /** The member's own item: nothing to flag. */
  mine?: boolean;
  /** What is flagged, for the sheet's title, e.g. 这张照片 (default: 这条内容). */
  subject?: string;
  className?: string;
}

/** 举报: a quiet link under something others wrote or uploaded; opens the sheet with the reasons. */
export function FlagButton({ kind, id, mine = false, subject = '这条内容', className }: FlagButtonProps) {
  const user = useSessionUser();
  const [open, setOpen] = useState(false);
  if (mine || !user) return null;
  return (
    <View className={['flag-button', className ?? ''].filter(Boolean).join(' ')}>
      <View
        className='flag-button__link'
        hoverClass='flag-button__link--pressed'
        onClick={(event) => {
          event?.stopPropagation?.();
          setOpen(true);
        }}
      >
        <Text className='flag-button__text'>举报</Text>
      </View>
      <FlagSheet kind={kind} id={id} title={`举报${subject}`} visible={open} onClose={() => setOpen(false)} />
    </View>
  );
}
