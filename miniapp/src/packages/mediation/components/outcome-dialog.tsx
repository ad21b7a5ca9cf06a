import { Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { MEDIATION_OUTCOME_LABEL, MediationOutcome, PhotoPurpose, type RecordOutcomeRequest } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { PhotoUploader, usePhotoUploads } from '@/components/PhotoUploader';

import { ActionDialog } from './action-dialog';

const OUTCOMES = (Object.keys(MEDIATION_OUTCOME_LABEL) as MediationOutcome[]).map((o) => ({
  value: o,
  label: MEDIATION_OUTCOME_LABEL[o],
}));
const REFERRALS = ['司法所', '人民法院', '劳动监察大队', '消费者协会'].map((r) => ({ value: r, label: r }));
const MAX_AGREEMENT = 2000;
const MAX_REFERRAL = 200;

interface OutcomeDialogProps {
  send: (body: RecordOutcomeRequest) => Promise<unknown>;
  onClose: () => void;
}

/** 记录调解结果: 达成协议 or 部分达成 with what was agreed and a photo of the signed paper, or 未达成 with a referral. */
export function OutcomeDialog({ send, onClose }: OutcomeDialogProps) {
  const [outcome, setOutcome] = useState<MediationOutcome | null>(null);
  const [agreement, setAgreement] = useState('');
  const [referral, setReferral] = useState('');
  const photos = usePhotoUploads(PhotoPurpose.MediationAgreement, 1);
  const failed = outcome === MediationOutcome.Failed;

  function check(): string | null {
    if (!outcome) return '请选择调解结果';
    if (failed) {
      if (!referral.trim()) return '请填写引导当事人去往何处';
      return referral.trim().length > MAX_REFERRAL ? `最多 ${MAX_REFERRAL} 个字` : null;
    }
    if (agreement.trim().length < 5) return '请写下协议内容（至少 5 个字）';
    if (agreement.trim().length > MAX_AGREEMENT) return `协议内容最多 ${MAX_AGREEMENT} 个字`;
    if (photos.uploading) return '协议照片还在上传，请稍候';
    return photos.failed ? '协议照片没有传上，请重试或删除' : null;
  }

  function body(): RecordOutcomeRequest {
    if (failed) return { outcome: MediationOutcome.Failed, referral: referral.trim() };
    const photoId = photos.photoIds[0];
    return { outcome: outcome as MediationOutcome, agreement: agreement.trim(), ...(photoId ? { photoId } : {}) };
  }

  return (
    <ActionDialog
      visible
      className='outcome-dialog'
      title='记录调解结果'
      confirmText='结案'
      check={check}
      send={() => send(body())}
      onClose={onClose}
    >
      <ChoiceChips
        className='outcome-dialog__outcomes'
        options={OUTCOMES}
        selected={outcome ? [outcome] : []}
        onChange={([o]) => setOutcome((o as MediationOutcome | undefined) ?? null)}
      />
      {outcome && !failed ? (
        <>
          <View className='form-field'>
            <Text className='form-field__label'>
              {outcome === MediationOutcome.Agreed ? '协议内容' : '已达成的部分'}
            </Text>
            <TextArea
              className='mediation-textarea outcome-dialog__agreement'
              placeholder='如：楼上住户晚上十点后不再拖动家具，双方互相体谅'
              maxLength={MAX_AGREEMENT}
              value={agreement}
              onChange={setAgreement}
            />
          </View>
          <View className='form-field'>
            <Text className='form-field__label'>签字协议照片（选填）</Text>
            <PhotoUploader className='outcome-dialog__photo' uploads={photos} max={1} />
            <Text className='form-hint'>照片仅当事人、调解员和工作室可见。</Text>
          </View>
        </>
      ) : null}
      {failed ? (
        <View className='form-field'>
          <Text className='form-field__label'>引导当事人去往</Text>
          <ChoiceChips
            className='outcome-dialog__referrals'
            options={REFERRALS}
            selected={[referral.trim()]}
            onChange={([r]) => setReferral(r ?? '')}
          />
          <Input
            className='form-field__input outcome-dialog__referral'
            placeholder='或填写其他去处'
            maxLength={MAX_REFERRAL}
            value={referral}
            onChange={setReferral}
          />
        </View>
      ) : null}
    </ActionDialog>
  );
}
