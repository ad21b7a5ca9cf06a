import '../../components/mediation.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ErrorCode } from '@tongxin/types';
import { useState } from 'react';

import { BottomBar } from '@/components/BottomBar';
import { ListState } from '@/components/ListState';
import { LoginPrompt } from '@/components/LoginPrompt';
import { PageShell } from '@/components/PageShell';
import { useAskForMediationMutation } from '@/hooks/use-mediation-query';
import { useMyCommunity } from '@/hooks/use-my-community';
import { PagePath } from '@/routes';
import { errorMessage, isApiError } from '@/services/api-error';
import { useSessionUser } from '@/stores/session';

import { CaseFields } from '../../components/case-fields';
import {
  type CaseFormErrors,
  type CaseFormValues,
  EMPTY_PARTY,
  toCreateRequest,
  validateCase,
} from '../../components/case-form-model';
import { mediationErrorMessage } from '../../components/mediation-error';

const EMPTY: CaseFormValues = { kind: null, party: EMPTY_PARTY, account: '', hopes: '', preferredTimes: '' };

function AskForm({ communityId, communityName }: { communityId: string; communityName: string }) {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<CaseFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const ask = useAskForMediationMutation();

  async function submit(): Promise<void> {
    const found = validateCase(values);
    setErrors(found);
    setFormError(Object.keys(found).length > 0 ? '请按提示补全后再提交' : null);
    if (Object.keys(found).length > 0) return;
    try {
      const created = await ask.mutateAsync(toCreateRequest(communityId, values));
      Taro.showToast({ title: '已提交，工作室会尽快联系你', icon: 'none' });
      Taro.redirectTo({ url: PagePath.MediationDetail(created.id) });
    } catch (failure) {
      if (isApiError(failure) && failure.code === ErrorCode.ContentRisky) {
        setErrors({ account: '事情经过或希望达成中有不合规内容，请修改' });
      }
      setFormError(mediationErrorMessage(failure));
    }
  }

  return (
    <View className='case-form ask-form'>
      <Text className='form-hint ask-form__where'>提交给 {communityName} 石榴调解工作室</Text>
      <CaseFields
        communityId={communityId}
        values={values}
        errors={errors}
        onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
      />
      <View className='form-card case-form__consent'>
        <Text className='case-form__consent-title'>保密说明</Text>
        <Text className='form-hint'>
          你的申请只有你、对方当事人、调解员和社区调解工作室负责人能看到，不会出现在任何公开页面。对方的手机号只有调解员和工作室能看到。
        </Text>
      </View>
      <BottomBar>
        {formError ? <Text className='form-error ask-form__error'>{formError}</Text> : null}
        <Button
          className='form-submit big-action ask-form__submit'
          type='primary'
          block
          loading={ask.isPending}
          onClick={submit}
        >
          提交申请
        </Button>
      </BottomBar>
    </View>
  );
}

/** 申请调解: a member asks their community's 石榴调解工作室 to mediate a dispute. */
export default function MediationAskPage() {
  const user = useSessionUser();
  const community = useMyCommunity(user !== null);
  let body;
  if (!user) body = <LoginPrompt text='登录后才能申请调解' />;
  else if (community.isPending) body = <ListState variant='loading' />;
  else if (community.error) {
    body = <ListState variant='error' detail={errorMessage(community.error)} onRetry={() => community.refetch()} />;
  } else if (!community.data) {
    body = (
      <View className='case-gate'>
        <Text className='form-hint'>请先认证住址，调解申请会交给你所在社区的调解工作室</Text>
        <Button className='big-action' type='primary' onClick={() => Taro.navigateTo({ url: PagePath.Profile })}>
          去认证住址
        </Button>
      </View>
    );
  } else {
    body = <AskForm communityId={community.data.communityId} communityName={community.data.communityName} />;
  }
  return (
    <PageShell className='mediation-ask-page'>
      <Text className='page-shell__title'>申请调解</Text>
      {body}
    </PageShell>
  );
}
