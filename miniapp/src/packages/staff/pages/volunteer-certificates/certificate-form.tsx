import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ErrorCode, type MemberSummary } from '@tongxin/types';
import { useState } from 'react';

import { useIssueCertificateMutation, useMemberVolunteerHoursQuery } from '@/hooks/use-volunteer-query';
import { PagePath } from '@/routes';
import { errorMessage, isApiError } from '@/services/api-error';

import { MemberPicker } from '../../components/member-picker';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What staff type, checked before it is sent (the API checks it again). */
export function certificateProblem(form: {
  member: MemberSummary | null;
  name: string;
  idNumber: string;
  contact: string;
  from: string;
  to: string;
}): string | null {
  if (!form.member) return '请选择志愿者';
  if (form.name.trim().length < 2) return '请填写志愿者的真实姓名（与证件一致）';
  if (form.idNumber && !/^[0-9A-Za-z]{5,20}$/.test(form.idNumber.trim())) return '证件号码格式不正确';
  if (!/^[0-9+\-() ]{5,20}$/.test(form.contact.trim())) return '请填写出具单位的联系电话';
  for (const date of [form.from, form.to]) if (date && !DATE.test(date)) return '日期请写成 2026-01-01 的样子';
  if (form.from && form.to && form.from > form.to) return '结束日期不能早于开始日期';
  return null;
}

/** The member's record so far: what the certificate would cover. */
function RecordSummary({ memberId }: { memberId: string }) {
  const record = useMemberVolunteerHoursQuery(memberId);
  if (!record.data) return null;
  return (
    <Text className='form-hint certificate-form__summary'>
      {record.data.total > 0
        ? `共 ${record.data.total} 次志愿服务，累计 ${record.data.totalHours.toFixed(1)} 小时`
        : '该居民还没有志愿服务时长记录'}
    </Text>
  );
}

/**
 * 出具志愿服务记录证明 for a member of the community: the real name and ID number come from the document the
 * member shows at the desk (only the masked number is kept).
 */
export function CertificateForm({ communityId }: { communityId: string }) {
  const [member, setMember] = useState<MemberSummary | null>(null);
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [contact, setContact] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const issue = useIssueCertificateMutation();

  function pick(picked: MemberSummary): void {
    setMember(picked);
    setName('');
    setIdNumber('');
  }

  function submit(): void {
    const problem = certificateProblem({ member, name, idNumber, contact, from, to });
    if (problem || !member) {
      setError(problem);
      return;
    }
    setError(null);
    issue.mutate(
      {
        memberId: member.id,
        volunteerName: name.trim(),
        contact: contact.trim(),
        ...(idNumber.trim() ? { idNumber: idNumber.trim() } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      },
      {
        onSuccess: (certificate) => {
          setMember(null);
          setName('');
          setIdNumber('');
          Taro.navigateTo({ url: PagePath.VolunteerCertificate(certificate.id) });
        },
        onError: (failure) =>
          setError(
            isApiError(failure) && failure.code === ErrorCode.NoVolunteerHours
              ? '这段时间没有可证明的志愿服务时长'
              : errorMessage(failure),
          ),
      },
    );
  }

  return (
    <View className='form-card certificate-form'>
      <View className='form-field certificate-form__member'>
        <Text className='form-field__label'>志愿者{member ? `：${member.nickname}` : ''}</Text>
        <MemberPicker communityId={communityId} selected={member} onChange={pick} />
        {member ? <RecordSummary memberId={member.id} /> : null}
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>真实姓名（与证件一致）</Text>
        <Input className='form-field__input certificate-form__name' value={name} onChange={setName} maxLength={20} />
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>证件号码（选填，只保存脱敏后的号码）</Text>
        <Input
          className='form-field__input certificate-form__id'
          value={idNumber}
          onChange={setIdNumber}
          maxLength={20}
        />
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>出具单位联系电话</Text>
        <Input
          className='form-field__input certificate-form__contact'
          placeholder='如 0477-8512345'
          value={contact}
          onChange={setContact}
          maxLength={20}
        />
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>记录期间（选填，不填为全部记录）</Text>
        <Input
          className='form-field__input certificate-form__from'
          placeholder='开始 2026-01-01'
          value={from}
          onChange={setFrom}
        />
        <Input
          className='form-field__input certificate-form__to'
          placeholder='结束 2026-12-31'
          value={to}
          onChange={setTo}
        />
      </View>
      {error ? <Text className='form-error certificate-form__error'>{error}</Text> : null}
      <Button
        className='form-submit certificate-form__submit'
        type='primary'
        block
        loading={issue.isPending}
        onClick={submit}
      >
        出具证明
      </Button>
    </View>
  );
}
