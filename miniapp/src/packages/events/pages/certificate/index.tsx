import '@/styles/form.scss';
import './index.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { VolunteerCertificateView } from '@tongxin/types';
import { useState } from 'react';

import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { useCertificateQuery } from '@/hooks/use-volunteer-query';
import { errorMessage } from '@/services/api-error';
import { printCertificate } from '@/services/certificate-print';
import { formatDate } from '@/utils/format-date';

function period(c: VolunteerCertificateView): string {
  if (!c.periodFrom && !c.periodTo) return '全部记录';
  return `${c.periodFrom ?? '最早记录'} 至 ${c.periodTo ?? '出具之日'}`;
}

/** The certificate as issued: the fields the national rules ask for, each service with its date, place and hours. */
function Certificate({ certificate: c }: { certificate: VolunteerCertificateView }) {
  return (
    <View className='certificate'>
      <Text className='certificate__title'>志愿服务记录证明</Text>
      <Text className='certificate__number'>证明编号：{c.recordNumber}</Text>
      <Text className='certificate__field certificate__name'>志愿者姓名：{c.volunteerName}</Text>
      <Text className='certificate__field'>证件号码：{c.idNumberMasked ?? '—'}</Text>
      <Text className='certificate__field'>记录期间：{period(c)}</Text>
      <Text className='certificate__total'>累计志愿服务时长：{c.totalHours.toFixed(1)} 小时</Text>
      {c.items.map((item, n) => (
        <View key={`${item.eventId}-${n}`} className='certificate__item'>
          <Text className='certificate__item-title'>
            {n + 1}. {item.eventTitle}
          </Text>
          <Text className='certificate__item-meta'>
            {formatDate(item.date)} · {item.venue} · {item.organizer} · {item.hours.toFixed(1)} 小时
          </Text>
        </View>
      ))}
      <View className='certificate__issuer'>
        <Text>出具单位：{c.issuingOrganisation}</Text>
        <Text>经办人：{c.issuedByName}</Text>
        <Text>联系电话：{c.contact}</Text>
        <Text>出具日期：{formatDate(c.issuedAt)}</Text>
      </View>
    </View>
  );
}

function CertificateView({ id }: { id: string }) {
  const certificate = useCertificateQuery(id);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  if (certificate.isPending) return <ListState variant='loading' />;
  if (certificate.isError) {
    return <ListState variant='error' detail={errorMessage(certificate.error)} onRetry={() => certificate.refetch()} />;
  }

  async function print(): Promise<void> {
    setBusy(true);
    setNote(null);
    try {
      const outcome = await printCertificate(id);
      if (outcome === 'unsupported') setNote('请在电脑上打开同心网页版打印（需加盖出具单位公章），或截图保存');
    } catch (error) {
      Taro.showToast({ title: errorMessage(error), icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Certificate certificate={certificate.data} />
      <View className='certificate-actions'>
        <Button
          className='form-submit certificate__print'
          block
          fill='outline'
          loading={busy}
          onClick={() => void print()}
        >
          打印证明
        </Button>
        {note ? <Text className='form-hint certificate__print-note'>{note}</Text> : null}
      </View>
    </>
  );
}

export default function VolunteerCertificatePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  return (
    <PageShell className='volunteer-certificate-page'>
      {id ? <CertificateView id={id} /> : <ListState variant='error' text='证明不存在' />}
    </PageShell>
  );
}
