import '../../components/family.scss';

import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';

import { ActingBanner } from '@/components/ActingBanner';
import { ListState } from '@/components/ListState';
import { LoginPrompt } from '@/components/LoginPrompt';
import { PageShell } from '@/components/PageShell';
import { useFamilyLinksQuery } from '@/hooks/use-family-query';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { errorMessage } from '@/services/api-error';
import { useActingFor } from '@/stores/acting-for';
import { useSessionUser } from '@/stores/session';

import { ActingHub } from '../../components/acting-hub';
import { LinkCard } from '../../components/link-card';
import { splitLinks } from '../../components/link-model';
import { RequestLinkForm } from '../../components/request-form';

function Links({ myId }: { myId: string }) {
  const links = useFamilyLinksQuery();
  useRefreshOnPull(links);
  // The parent may say yes (or end it) while the family member is elsewhere.
  useDidShow(() => {
    if (!links.isPending && !links.isFetching) links.refetch();
  });
  if (links.isPending) return <ListState variant='loading' />;
  if (links.isError) {
    return <ListState variant='error' detail={errorMessage(links.error)} onRetry={() => links.refetch()} />;
  }
  const { asChild, asParent } = splitLinks(links.data, myId);
  return (
    <>
      {asParent.length > 0 ? (
        <View className='family-section family-section--parent'>
          <Text className='family-section__title'>家人为我代办</Text>
          {asParent.map((link) => (
            <LinkCard key={link.id} link={link} side='parent' />
          ))}
        </View>
      ) : null}
      <View className='family-section family-section--child'>
        <Text className='family-section__title'>我为家人代办</Text>
        {asChild.length === 0 ? <ListState variant='empty' text='还没有关联的家人' /> : null}
        {asChild.map((link) => (
          <LinkCard key={link.id} link={link} side='child' />
        ))}
      </View>
    </>
  );
}

/** 亲情代办: links as family member (ask, act, end, 代办记录) and as parent (同意, end, 代办记录). */
export default function FamilyLinksPage() {
  const user = useSessionUser();
  const acting = useActingFor();
  return (
    <PageShell className='family-links-page'>
      <ActingBanner />
      {acting ? <ActingHub acting={acting} /> : null}
      <Text className='page-shell__title'>亲情代办</Text>
      <Text className='form-hint'>子女不在身边，也能替父母办社区的事；每件代办都有记录，父母随时可以查看、结束。</Text>
      {user ? (
        <>
          <Links myId={user.id} />
          <RequestLinkForm />
        </>
      ) : (
        <LoginPrompt text='登录后为家人代办，或同意家人为您代办' />
      )}
    </PageShell>
  );
}
