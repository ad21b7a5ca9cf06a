import '../../components/mediation.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { LoginPrompt } from '@/components/LoginPrompt';
import { PageShell } from '@/components/PageShell';
import { PagePath } from '@/routes';
import { useSessionUser } from '@/stores/session';

import { CaseList } from '../../components/case-list';

/** 我的调解: the cases the member asked for or is the other party of. */
export default function MyMediationPage() {
  const user = useSessionUser();
  return (
    <PageShell className='my-mediation-page'>
      <View className='my-mediation__head'>
        <Text className='page-shell__title'>我的调解</Text>
        {user ? (
          <Button
            className='my-mediation__ask'
            type='primary'
            size='small'
            onClick={() => Taro.navigateTo({ url: PagePath.MediationAsk })}
          >
            申请调解
          </Button>
        ) : null}
      </View>
      <Text className='form-hint'>仅你和对方当事人、调解员、调解工作室可见</Text>
      {user ? (
        <CaseList view='mine' status={null} emptyText='还没有调解记录。邻里、家庭、物业等纠纷，可以申请调解' />
      ) : (
        <LoginPrompt text='登录后查看你的调解' />
      )}
    </PageShell>
  );
}
