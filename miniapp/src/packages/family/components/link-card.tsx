import { Button, Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { FamilyLinkView } from '@tongxin/types';
import { useState } from 'react';

import { useConfirmFamilyLinkMutation, useEndFamilyLinkMutation } from '@/hooks/use-family-query';
import { errorMessage } from '@/services/api-error';
import { startActingFor, useActingFor } from '@/stores/acting-for';

import { ActsList } from './acts-list';
import { consentLine, FAMILY_STATUS_LABEL, WHAT_FAMILY_CAN_DO, WHAT_FAMILY_CANNOT_DO } from './link-model';

export type LinkSide = 'child' | 'parent';

/** The parent's 同意: what the family member asks, what they will be able to do, and a big button. */
function ConsentRequest({ link }: { link: FamilyLinkView }) {
  const confirm = useConfirmFamilyLinkMutation();
  const [error, setError] = useState<string | null>(null);
  return (
    <View className='family-consent'>
      <Text className='family-consent__ask'>{`${link.child.name}（${link.relation}）申请为您代办社区的事。同意后，TA可以：`}</Text>
      {WHAT_FAMILY_CAN_DO.map((line) => (
        <Text key={line} className='family-consent__can'>{`· ${line}`}</Text>
      ))}
      <Text className='form-hint family-consent__cannot'>{WHAT_FAMILY_CANNOT_DO}</Text>
      {error ? <Text className='form-error'>{error}</Text> : null}
      <Button
        className='big-action family-consent__agree'
        type='primary'
        block
        loading={confirm.isPending}
        onClick={() =>
          confirm.mutate(link.id, {
            onSuccess: () => Taro.showToast({ title: '已同意', icon: 'success' }),
            onError: (failure) => setError(errorMessage(failure)),
          })
        }
      >
        同意
      </Button>
    </View>
  );
}

/** One 亲情代办 link, from the caller's side: its state, consent, and what the caller may do with it. */
export function LinkCard({ link, side }: { link: FamilyLinkView; side: LinkSide }) {
  const acting = useActingFor();
  const end = useEndFamilyLinkMutation();
  const [showActs, setShowActs] = useState(false);
  const [ending, setEnding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const asking = side === 'parent' && link.can.confirm;
  const title = side === 'child' ? `为 ${link.parent.name} 代办` : `${link.child.name} 为我代办`;
  const actingHere = acting?.linkId === link.id;

  async function doEnd(): Promise<void> {
    setError(null);
    try {
      await end.mutateAsync(link.id);
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
  }

  return (
    <View className={`form-card family-link family-link--${link.status}`}>
      <View className='family-link__head'>
        <Text className='family-link__title'>{title}</Text>
        <Text className={`status-tag family-link__status family-link__status--${link.status}`}>
          {FAMILY_STATUS_LABEL[link.status]}
        </Text>
      </View>
      <Text className='family-link__relation'>
        {side === 'child' ? `我是TA的${link.relation}` : `TA是我的${link.relation}`}
      </Text>
      <Text className='form-hint family-link__consent'>{consentLine(link)}</Text>
      {asking ? <ConsentRequest link={link} /> : null}
      <View className='family-link__actions'>
        {link.can.actFor && actingHere ? <Text className='family-link__acting'>正在代办</Text> : null}
        {link.can.actFor && !actingHere ? (
          <Button
            className='big-action family-link__start'
            type='primary'
            onClick={() => {
              startActingFor(link);
              Taro.showToast({ title: `开始为${link.parent.name}代办`, icon: 'none' });
            }}
          >
            开始代办
          </Button>
        ) : null}
        {link.status !== 'pending' ? (
          <Button className='family-link__acts' fill='outline' onClick={() => setShowActs(!showActs)}>
            {showActs ? '收起代办记录' : '代办记录'}
          </Button>
        ) : null}
        {link.can.end ? (
          <Button className='family-link__end' fill='outline' onClick={() => setEnding(true)}>
            {asking ? '不同意' : '结束关联'}
          </Button>
        ) : null}
      </View>
      {error ? <Text className='form-error'>{error}</Text> : null}
      {showActs ? <ActsList linkId={link.id} /> : null}
      <Dialog
        className='family-end-dialog'
        visible={ending}
        title={asking ? '不同意代办' : '结束关联'}
        confirmText={asking ? '不同意' : '结束关联'}
        cancelText='再想想'
        onConfirm={doEnd}
        onCancel={() => setEnding(false)}
        onClose={() => setEnding(false)}
      >
        <Text>
          {side === 'child'
            ? `结束后您不能再为${link.parent.name}代办，需要时可以重新申请。`
            : `${link.child.name}将不能再为您代办，代办记录仍会保留。`}
        </Text>
      </Dialog>
    </View>
  );
}
