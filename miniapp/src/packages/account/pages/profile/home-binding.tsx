import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { BindingStatus, type BindingSummary } from '@tongxin/types';

import { ListState } from '@/components/ListState';
import { useMyBindingQuery, useWithdrawBindingMutation } from '@/hooks/use-me-query';
import { errorMessage } from '@/services/api-error';
import { BINDING_STATUS_LABEL } from '@/utils/status-labels';

import { HomeBindingForm } from './home-binding-form';

function BindingStatusCard({ binding }: { binding: BindingSummary }) {
  const withdraw = useWithdrawBindingMutation();
  const active = binding.status === BindingStatus.Pending || binding.status === BindingStatus.Verified;
  return (
    <View className={`binding-status binding-status--${binding.status}`}>
      <View className='binding-status__head'>
        <Text className='binding-status__place'>{`${binding.buildingName} ${binding.household}`}</Text>
        <Text className={`status-tag status-tag--${binding.status} binding-status__tag`}>
          {BINDING_STATUS_LABEL[binding.status] ?? binding.status}
        </Text>
      </View>
      {binding.status === BindingStatus.Pending ? (
        <Text className='form-hint'>社区工作人员核实后即完成认证</Text>
      ) : null}
      {binding.reason ? <Text className='form-error binding-status__reason'>{`原因：${binding.reason}`}</Text> : null}
      {withdraw.isError ? <Text className='form-error'>{errorMessage(withdraw.error)}</Text> : null}
      {active ? (
        <Button
          className='binding-status__withdraw'
          fill='outline'
          block
          loading={withdraw.isPending}
          onClick={() => withdraw.mutate()}
        >
          {binding.status === BindingStatus.Pending ? '撤回申请' : '解除绑定'}
        </Button>
      ) : null}
    </View>
  );
}

/** 住址认证: the current binding and its status, or the form to request one. */
export function HomeBinding() {
  const binding = useMyBindingQuery();
  let content;
  if (binding.isPending) {
    content = <ListState variant='loading' />;
  } else if (binding.isError) {
    content = <ListState variant='error' detail={errorMessage(binding.error)} onRetry={() => binding.refetch()} />;
  } else {
    const current = binding.data;
    const active = current?.status === BindingStatus.Pending || current?.status === BindingStatus.Verified;
    content = (
      <>
        {current ? <BindingStatusCard binding={current} /> : <Text className='form-hint'>还没有认证住址</Text>}
        {active ? null : <HomeBindingForm />}
      </>
    );
  }
  return (
    <View className='form-card home-binding'>
      <Text className='form-card__title'>住址认证</Text>
      {content}
    </View>
  );
}
