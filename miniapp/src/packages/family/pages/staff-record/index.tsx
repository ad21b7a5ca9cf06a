import '../../components/family.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { ErrorCode } from '@tongxin/types';
import { useState } from 'react';

import { ListState } from '@/components/ListState';
import { StaffPage } from '@/components/StaffPage';
import { useRecordFamilyLinkMutation } from '@/hooks/use-family-query';
import { isApiError } from '@/services/api-error';

import { LinkFields } from '../../components/link-fields';
import { useLinkForm } from '../../components/use-link-form';

/** A name passed in the page's address (the mini-program hands query values over still encoded, H5 decoded). */
function decoded(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function RecordForm({ parentId, parentName }: { parentId: string; parentName: string }) {
  const [done, setDone] = useState(false);
  const record = useRecordFamilyLinkMutation();
  const form = useLinkForm({
    send: ({ phone, relation }) => record.mutateAsync({ parentId, childPhone: phone, relation }),
    onSent: () => setDone(true),
    // The one field the API checks beyond the form: the phone must be a member's.
    fieldError: (failure) =>
      isApiError(failure) && failure.code === ErrorCode.ValidationFailed ? { phone: failure.message } : null,
  });

  if (done) {
    return (
      <View className='form-card staff-record__done'>
        <Text className='form-card__title'>已登记</Text>
        <Text className='form-hint'>{`家属已收到通知，现在就可以为${parentName || '老人'}代办。`}</Text>
        <Button className='form-submit' type='primary' block onClick={() => Taro.navigateBack()}>
          返回
        </Button>
      </View>
    );
  }
  return (
    <View className='form-card staff-record'>
      <Text className='form-card__title'>{parentName ? `住户：${parentName}` : '登记家属代办'}</Text>
      <Text className='form-hint'>
        请在入户走访时当面征得老人同意后登记。登记后，家属可以代老人提交需求、确认处理结果、查看消息、报名活动；每次代办都有记录，老人或工作人员可以随时结束。
      </Text>
      <LinkFields form={form} phoneLabel='家属的手机号（须已注册同心）' relationLabel='家属是老人的' />
      <Button
        className='form-submit staff-record__submit'
        type='primary'
        block
        loading={record.isPending}
        onClick={form.submit}
      >
        确认登记
      </Button>
    </View>
  );
}

/** 登记家属代办: a grid worker or 帮扶专干 records, at a visit, an elder's consent for a family member to act for them. */
export default function FamilyStaffRecordPage() {
  const { params } = useRouter();
  const parentId = params.parentId ?? '';
  return (
    <StaffPage title='登记家属代办' className='family-staff-record-page'>
      {parentId ? (
        <RecordForm parentId={parentId} parentName={decoded(params.name)} />
      ) : (
        <ListState variant='error' text='缺少住户信息，请从帮扶对象页打开' />
      )}
    </StaffPage>
  );
}
