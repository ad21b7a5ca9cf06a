import { Switch, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { type LogCareVisitRequest, PhotoPurpose } from '@tongxin/types';
import { useState } from 'react';

import { ActionDialog } from '@/components/ActionDialog';
import { ChoiceChips } from '@/components/ChoiceChips';
import { PhotoUploader, usePhotoUploads } from '@/components/PhotoUploader';

import { careErrorMessage } from './care-copy';
import { phrasesIn, togglePhrase, VISIT_PHRASES } from './quick-phrases';
import { VISIT_LOCATION_OFFERED, visitLocation } from './visit-location';

const MAX_FINDINGS = 2000;
const MAX_PHOTOS = 6;
const PHRASE_OPTIONS = VISIT_PHRASES.map((phrase) => ({ value: phrase, label: phrase }));

interface VisitDialogProps {
  send: (body: LogCareVisitRequest) => Promise<unknown>;
  onClose: () => void;
}

/** 记录走访 in a few taps: quick phrases (or typed findings), photos, and on a phone a position of about 100 m. */
export function VisitDialog({ send, onClose }: VisitDialogProps) {
  const [findings, setFindings] = useState('');
  const [withLocation, setWithLocation] = useState(true);
  const photos = usePhotoUploads(PhotoPurpose.CareVisit, MAX_PHOTOS);

  function check(): string | null {
    const text = findings.trim();
    if (!text) return '请写下走访看到的情况，或点选常用语';
    if (text.length > MAX_FINDINGS) return `最多 ${MAX_FINDINGS} 个字`;
    if (photos.uploading) return '照片还在上传，请稍候';
    return photos.failed ? '有照片没有传上，请重试或删除' : null;
  }

  async function body(): Promise<LogCareVisitRequest> {
    const point = VISIT_LOCATION_OFFERED && withLocation ? await visitLocation() : null;
    return {
      findings: findings.trim(),
      ...(photos.photoIds.length > 0 ? { photoIds: photos.photoIds } : {}),
      ...(point ? { lng: point.lng, lat: point.lat } : {}),
    };
  }

  const ticked = phrasesIn(findings);
  return (
    <ActionDialog
      className='visit-dialog'
      title='记录走访'
      confirmText='保存走访'
      check={check}
      send={async () => send(await body())}
      describeError={careErrorMessage}
      onClose={onClose}
    >
      <ChoiceChips
        className='visit-dialog__phrases'
        multiple
        options={PHRASE_OPTIONS}
        selected={ticked}
        onChange={(next) => {
          const tapped = [...next.filter((p) => !ticked.includes(p)), ...ticked.filter((p) => !next.includes(p))][0];
          if (tapped) setFindings((text) => togglePhrase(text, tapped));
        }}
      />
      <TextArea
        className='care-textarea visit-dialog__findings'
        placeholder='看到的情况、老人说的话、需要跟进的事'
        maxLength={MAX_FINDINGS}
        value={findings}
        onChange={setFindings}
      />
      <PhotoUploader className='visit-dialog__photos' uploads={photos} max={MAX_PHOTOS} />
      {VISIT_LOCATION_OFFERED ? (
        <View className='care-form__switch-row visit-dialog__location'>
          <Text className='form-hint'>附上大致位置（约 100 米）</Text>
          <Switch checked={withLocation} onChange={setWithLocation} />
        </View>
      ) : null}
    </ActionDialog>
  );
}
