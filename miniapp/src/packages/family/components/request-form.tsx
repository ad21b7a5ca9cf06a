import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

import { useRequestFamilyLinkMutation } from '@/hooks/use-family-query';

import { LinkFields } from './link-fields';
import { useLinkForm } from './use-link-form';

/**
 * 申请为家人代办: the parent's phone and the relation. The API answers alike whether or not the phone is a member's
 * (no one learns who is), so the form says the same in both cases.
 */
export function RequestLinkForm() {
  const [sent, setSent] = useState(false);
  const ask = useRequestFamilyLinkMutation();
  const form = useLinkForm({
    send: ({ phone, relation }) => ask.mutateAsync({ parentPhone: phone, relation }),
    onSent: () => setSent(true),
  });

  return (
    <View className='form-card family-request'>
      <Text className='form-card__title'>申请为家人代办</Text>
      <Text className='form-hint'>父母在同心登记过手机号的，填上TA的号码。TA同意后，您就能为TA办社区的事。</Text>
      <LinkFields form={form} phoneLabel='父母的手机号' relationLabel='我是TA的' />
      {sent ? (
        <Text className='form-hint family-request__sent'>
          申请已提交。该号码是同心成员的，TA会收到通知，在“我的-亲情代办”里同意后您就可以代办。
        </Text>
      ) : null}
      <Button
        className='form-submit family-request__submit'
        type='primary'
        block
        loading={ask.isPending}
        onClick={form.submit}
      >
        提交申请
      </Button>
    </View>
  );
}
