import './consent-renewal.scss';

import { Dialog } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import { LEGAL_DOCUMENT_LABEL } from '@tongxin/types';

import { LegalLinks } from '@/components/LegalLinks';
import { useLogoutMutation } from '@/hooks/use-auth';
import { useAcceptConsentsMutation, useAcceptingConsents, usePendingConsents } from '@/hooks/use-consents';
import { useSessionUser } from '@/stores/session';

/**
 * Asks a signed-in member to agree again when the 隐私政策 or 用户协议 moved to a new version. Refusing logs out:
 * browsing needs no account.
 */
export function ConsentRenewal() {
  const user = useSessionUser();
  const pending = usePendingConsents(user?.id ?? null);
  const accepting = useAcceptingConsents();
  const accept = useAcceptConsentsMutation();
  const logout = useLogoutMutation();
  const documents = user && !accepting ? (pending.data ?? []) : [];
  if (documents.length === 0) return null;
  const names = documents.map((document) => `《${LEGAL_DOCUMENT_LABEL[document]}》`).join('和');
  return (
    <Dialog
      className='consent-renewal'
      visible
      title={`${names}已更新`}
      confirmText='同意'
      cancelText='不同意并退出登录'
      onConfirm={() => accept.mutateAsync(documents)}
      onCancel={() => logout.mutate()}
    >
      <Text className='consent-renewal__text'>
        请阅读更新后的
        <LegalLinks />
        ，同意后继续使用。不同意也可以退出登录，继续浏览首页和活动。
      </Text>
    </Dialog>
  );
}
