import { Button, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  type CreateReportRequest,
  ErrorCode,
  MAX_PHOTOS_PER_REPORT,
  ModerationState,
  type NearbyQuery,
  PhotoPurpose,
  ReminderTopic,
  ReportKind,
} from '@tongxin/types';
import { useState } from 'react';

import { BottomBar } from '@/components/BottomBar';
import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { PhotoUploader, usePhotoUploads } from '@/components/PhotoUploader';
import { useAskForReminders } from '@/hooks/use-notifications-query';
import { useCategoriesQuery, useCreateReportMutation } from '@/hooks/use-reports-query';
import { PagePath } from '@/routes';
import { errorMessage, isApiError } from '@/services/api-error';
import type { ActingFor } from '@/stores/acting-for';

import { DuplicateHints } from './duplicate-hints';
import { LocationField } from './location-field';
import type { PickedLocation } from './location-types';
import { type ReportFormErrors, validateReport } from './validate-report';

/** CONTENT_RISKY: the words were refused outright (nothing was saved). */
export const CONTENT_RISKY_TEXT = '内容不合规，请修改后再提交';

const PREFERRED_TIMES = ['尽快', '今天', '明天上午', '明天下午', '周末'].map((t) => ({ value: t, label: t }));

export interface ReportFormProps {
  kind: ReportKind;
  community: { id: string; name: string; gridId: string | null };
  /** 亲情代办: filed for this parent (no photos: an upload is the uploader's own, the API attaches it to no one else). */
  actingFor?: ActingFor | null;
}

function nearbyQuery(categoryId: string | null, location: PickedLocation | null): NearbyQuery | null {
  if (!categoryId || !location) return null;
  return location.kind === 'building'
    ? { categoryId, buildingId: location.buildingId }
    : { categoryId, lng: location.lng, lat: location.lat };
}

/** 随手拍 / 帮办代办: category, words, photos, where (and when, for needs); duplicates shown before submit. */
export function ReportForm({ kind, community: home, actingFor }: ReportFormProps) {
  const [community, setCommunity] = useState({ id: home.id, name: home.name });
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [location, setLocation] = useState<PickedLocation | null>(null);
  const [detail, setDetail] = useState('');
  const [preferredTime, setPreferredTime] = useState<string | null>(null);
  const [errors, setErrors] = useState<ReportFormErrors>({});
  const [outsideGrids, setOutsideGrids] = useState(false);
  const uploads = usePhotoUploads(PhotoPurpose.Report, MAX_PHOTOS_PER_REPORT);
  const categories = useCategoriesQuery(community.id);
  const create = useCreateReportMutation(actingFor?.parentId);
  const askForReminders = useAskForReminders(ReminderTopic.Order);
  const options = (categories.data ?? [])
    .filter((category) => category.kind === kind && category.active)
    .map((category) => ({ value: category.id, label: category.name }));

  async function submit(): Promise<void> {
    // First, in the tap: WeChat asks whether to remind the reporter when it is handled (the parent is told, not us).
    if (!actingFor) askForReminders();
    const found = validateReport({ categoryId, text, photos: uploads.items, location });
    setErrors(found);
    if (Object.keys(found).length > 0 || !categoryId || !location) return;
    const body: CreateReportRequest = {
      categoryId,
      text: text.trim(),
      photoIds: uploads.photoIds,
      location:
        location.kind === 'building'
          ? { buildingId: location.buildingId, detail: detail.trim() || undefined }
          : { lng: location.lng, lat: location.lat, detail: detail.trim() || undefined },
      preferredTime: kind === ReportKind.Need ? (preferredTime ?? undefined) : undefined,
    };
    try {
      const report = await create.mutateAsync(body);
      // Held for review: saved, but nobody else sees it until a moderator passes it.
      if (actingFor) {
        Taro.showToast({ title: `已为${actingFor.parentName}提交`, icon: 'success' });
      } else if (report.moderation === ModerationState.Held) {
        Taro.showToast({ title: '已提交，审核通过后他人可见', icon: 'none' });
      } else {
        Taro.showToast({ title: '上报成功', icon: 'success' });
      }
      Taro.redirectTo({ url: PagePath.ReportDetail(report.id) });
    } catch (error) {
      if (isApiError(error) && error.code === ErrorCode.ContentRisky) {
        setErrors({ text: '这段文字含有不合规内容，请修改', form: CONTENT_RISKY_TEXT });
      } else if (isApiError(error) && error.code === ErrorCode.LocationOutsideGrids) {
        setOutsideGrids(true);
        setLocation(null);
        setErrors({ location: '这个位置不在任何网格内，请选择楼栋' });
      } else if (
        isApiError(error) &&
        (error.code === ErrorCode.TooManyPhotos || error.code === ErrorCode.PhotoNotFound)
      ) {
        setErrors({ photos: errorMessage(error) });
      } else {
        setErrors({ form: errorMessage(error) });
      }
    }
  }

  const isNeed = kind === ReportKind.Need;
  return (
    <View className='report-form'>
      <View className='form-card'>
        <Text className='form-card__title'>{isNeed ? '需要什么帮助' : '问题类型'}</Text>
        {categories.isPending ? <ListState variant='loading' /> : null}
        {categories.isError ? (
          <ListState variant='error' detail={errorMessage(categories.error)} onRetry={() => categories.refetch()} />
        ) : null}
        {categories.data && options.length === 0 ? <ListState variant='empty' text='本社区暂未开放该类上报' /> : null}
        <ChoiceChips
          className='report-form__categories'
          options={options}
          selected={categoryId ? [categoryId] : []}
          onChange={([id]) => setCategoryId(id ?? null)}
        />
        {errors.category ? <Text className='form-error report-form__category-error'>{errors.category}</Text> : null}
      </View>
      <View className='form-card'>
        <Text className='form-card__title'>{isNeed ? '具体说明' : '描述一下'}</Text>
        <TextArea
          className='report-form__text'
          maxLength={500}
          placeholder={isNeed ? '例如：家里水龙头漏水，老人行动不便' : '例如：3号楼东侧路灯不亮，晚上很黑'}
          value={text}
          onChange={setText}
        />
        {errors.text ? <Text className='form-error report-form__text-error'>{errors.text}</Text> : null}
      </View>
      {actingFor ? (
        <Text className='form-hint report-form__acting-note'>代办提交暂不能附照片，请在文字里说清楚</Text>
      ) : (
        <View className='form-card'>
          <Text className='form-card__title'>照片（最多 {MAX_PHOTOS_PER_REPORT} 张）</Text>
          <PhotoUploader className='report-form__photos' uploads={uploads} max={MAX_PHOTOS_PER_REPORT} />
          {errors.photos ? <Text className='form-error report-form__photos-error'>{errors.photos}</Text> : null}
        </View>
      )}
      <LocationField
        communityId={community.id}
        communityName={community.name}
        initialGridId={community.id === home.id ? home.gridId : null}
        value={location}
        detail={detail}
        error={errors.location}
        forceBuildings={outsideGrids}
        onChange={setLocation}
        onDetailChange={setDetail}
        onCommunityChange={(id, name) => {
          setCommunity({ id, name });
          setCategoryId(null);
          setLocation(null);
        }}
      />
      {isNeed ? (
        <View className='form-card'>
          <Text className='form-card__title'>希望什么时候（选填）</Text>
          <ChoiceChips
            className='report-form__preferred-time'
            options={PREFERRED_TIMES}
            selected={preferredTime ? [preferredTime] : []}
            onChange={([time]) => setPreferredTime(time ?? null)}
          />
        </View>
      ) : null}
      {/* Their 我也遇到 would be the family member's own, not the parent's. */}
      {actingFor ? null : <DuplicateHints query={nearbyQuery(categoryId, location)} />}
      <BottomBar>
        {errors.form ? <Text className='form-error report-form__error'>{errors.form}</Text> : null}
        <Button
          className='form-submit big-action report-form__submit'
          type='primary'
          block
          loading={create.isPending}
          onClick={submit}
        >
          {isNeed ? '提交需求' : '提交上报'}
        </Button>
      </BottomBar>
    </View>
  );
}
