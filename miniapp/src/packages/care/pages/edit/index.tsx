import '../../components/care.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { CareRecordView, RoleGrantSummary } from '@tongxin/types';
import { useState } from 'react';

import { BottomBar } from '@/components/BottomBar';
import { ListState } from '@/components/ListState';
import { LoginPrompt } from '@/components/LoginPrompt';
import { StaffPage } from '@/components/StaffPage';
import { useCareRecordMutation, useCareRecordQuery } from '@/hooks/use-care-query';
import { PagePath } from '@/routes';
import { createCareRecord, updateCareRecord } from '@/services/care';
import { useSessionUser } from '@/stores/session';
import { chinaDay } from '@/utils/format-date';

import { careErrorMessage } from '../../components/care-copy';
import { RecordFields } from '../../components/record-fields';
import {
  emptyRecord,
  type RecordFormErrors,
  type RecordFormValues,
  recordValues,
  toCreateRequest,
  toUpdateRequest,
  validateRecord,
} from '../../components/record-form-model';
import { useGridCommunity } from '../../components/use-grid-community';

interface RecordFormProps {
  roles: RoleGrantSummary[];
  /** The record being edited; none when registering. */
  original?: CareRecordView;
}

function RecordForm({ roles, original }: RecordFormProps) {
  const today = chinaDay();
  const [initial] = useState(() => (original ? recordValues(original) : emptyRecord(today)));
  const [values, setValues] = useState<RecordFormValues>(initial);
  const [errors, setErrors] = useState<RecordFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const communityId = useGridCommunity(values.grid);
  const save = useCareRecordMutation((values: RecordFormValues) =>
    original
      ? updateCareRecord(original.id, toUpdateRequest(initial, values))
      : createCareRecord(toCreateRequest(values)),
  );

  async function submit(): Promise<void> {
    const found = validateRecord(values, today);
    setErrors(found);
    setFormError(Object.keys(found).length > 0 ? '请按提示补全后再保存' : null);
    if (Object.keys(found).length > 0) return;
    if (original && Object.keys(toUpdateRequest(initial, values)).length === 0) {
      Taro.showToast({ title: '没有修改', icon: 'none' });
      Taro.navigateBack();
      return;
    }
    try {
      const saved = await save.mutateAsync(values);
      Taro.showToast({ title: original ? '已保存' : '已登记', icon: 'success' });
      Taro.redirectTo({ url: PagePath.CareDetail(saved.id) });
    } catch (failure) {
      setFormError(careErrorMessage(failure));
    }
  }

  return (
    <View className='care-form'>
      <RecordFields
        mode={original ? 'edit' : 'create'}
        roles={roles}
        communityId={communityId}
        today={today}
        values={values}
        errors={errors}
        onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
      />
      <BottomBar>
        {formError ? <Text className='form-error care-form__error'>{formError}</Text> : null}
        <Button
          className='form-submit big-action care-form__submit'
          type='primary'
          block
          loading={save.isPending}
          onClick={submit}
        >
          {original ? '保存' : '登记'}
        </Button>
      </BottomBar>
    </View>
  );
}

function EditExisting({ id, roles }: { id: string; roles: RoleGrantSummary[] }) {
  const query = useCareRecordQuery(id);
  if (query.isPending) return <ListState variant='loading' />;
  if (query.isError) {
    return <ListState variant='error' detail={careErrorMessage(query.error)} onRetry={() => query.refetch()} />;
  }
  if (query.data.status === 'closed') return <ListState variant='empty' text='已结案的记录不能再修改' />;
  return <RecordForm roles={roles} original={query.data} />;
}

/** 登记 a household in need (no id), or 编辑 one (id): what changed is kept in its 变更记录 by field name. */
export default function CareEditPage() {
  const id = useRouter().params.id ?? '';
  const user = useSessionUser();
  let body;
  if (!user) body = <LoginPrompt text='登录后使用帮扶台账' />;
  else if (id) body = <EditExisting id={id} roles={user.roles} />;
  else body = <RecordForm roles={user.roles} />;
  return (
    <StaffPage title={id ? '编辑帮扶对象' : '登记帮扶对象'} className='care-edit-page'>
      {body}
    </StaffPage>
  );
}
