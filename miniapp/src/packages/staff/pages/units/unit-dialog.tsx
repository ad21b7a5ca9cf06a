import { Dialog, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  PLACE_UNIT_KIND_LABEL,
  type PlaceRef,
  type PlaceUnitKind,
  type PlaceUnitSummary,
  UNIT_PHONE_PATTERN,
} from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { useCreateUnitMutation, useUpdateUnitMutation } from '@/hooks/use-place-admin-query';
import { errorMessage } from '@/services/api-error';

import { PlacePicker } from '../../components/place-picker';
import { type UnitFields, unitFields, unitRequest } from './unit-fields';

interface UnitDialogProps {
  root: PlaceRef;
  /** null: a new unit. */
  unit: PlaceUnitSummary | null;
  onClose: () => void;
}

const KINDS = Object.keys(PLACE_UNIT_KIND_LABEL) as PlaceUnitKind[];
const TEXTS: { key: keyof Omit<UnitFields, 'lng' | 'lat'>; label: string; placeholder: string }[] = [
  { key: 'name', label: '名称', placeholder: '例如：兴旺社区同心服务点' },
  { key: 'address', label: '地址', placeholder: '选填' },
  { key: 'services', label: '服务内容', placeholder: '例如：代办证明、矛盾调解' },
  { key: 'openingHours', label: '开放时间', placeholder: '例如：周一至周五 9:00–17:30' },
  { key: 'contactName', label: '联系人', placeholder: '选填' },
  { key: 'contactPhone', label: '服务电话', placeholder: '例如：0477-8123456' },
];

/** 新增 / 编辑 a station or unit: kind and place when new, then its details (empty fields are cleared). */
export function UnitDialog({ root, unit, onClose }: UnitDialogProps) {
  const create = useCreateUnitMutation();
  const update = useUpdateUnitMutation();
  const [kind, setKind] = useState<PlaceUnitKind | null>(unit?.kind ?? null);
  const [path, setPath] = useState<PlaceRef[]>([root]);
  const [fields, setFields] = useState<UnitFields>(unitFields(unit));
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof UnitFields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));

  async function confirm(): Promise<void> {
    const reason = !unit && !kind ? '请选择类型' : check(fields);
    if (reason) {
      setError(reason);
      throw new Error(reason);
    }
    try {
      if (unit) await update.mutateAsync({ id: unit.id, body: unitRequest(fields, true) });
      else
        await create.mutateAsync({
          placeId: path[path.length - 1].id,
          body: { kind: kind as PlaceUnitKind, name: fields.name.trim(), ...unitRequest(fields, false) },
        });
      Taro.showToast({ title: '已保存', icon: 'success' });
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
  }

  return (
    <Dialog
      className='unit-dialog'
      visible
      title={unit ? `编辑：${unit.name}` : '新增站点或单位'}
      confirmText='保存'
      cancelText='取消'
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      <View className='staff-dialog-form'>
        {unit ? null : (
          <>
            <Text className='form-field__label'>类型</Text>
            <ChoiceChips
              options={KINDS.map((k) => ({ value: k, label: PLACE_UNIT_KIND_LABEL[k] }))}
              selected={kind ? [kind] : []}
              onChange={([value]) => setKind((value as PlaceUnitKind | undefined) ?? null)}
            />
            <Text className='form-field__label'>所在地点：{path[path.length - 1].name}</Text>
            <PlacePicker path={path} onChange={setPath} />
          </>
        )}
        {TEXTS.map((t) => (
          <View key={t.key} className='form-field'>
            <Text className='form-field__label'>{t.label}</Text>
            <Input
              className={`form-field__input unit-dialog__${t.key}`}
              value={fields[t.key]}
              placeholder={t.placeholder}
              onChange={set(t.key)}
            />
          </View>
        ))}
        <Text className='form-field__label'>地图位置（经度、纬度，选填）</Text>
        <View className='staff-search'>
          <Input
            className='form-field__input staff-search__input'
            value={fields.lng}
            placeholder='经度 109.78'
            onChange={set('lng')}
          />
          <Input
            className='form-field__input staff-search__input'
            value={fields.lat}
            placeholder='纬度 39.61'
            onChange={set('lat')}
          />
        </View>
        {error ? <Text className='form-error'>{error}</Text> : null}
      </View>
    </Dialog>
  );
}

function check(fields: UnitFields): string | null {
  if (!fields.name.trim()) return '请填写名称';
  if (fields.contactPhone.trim() && !UNIT_PHONE_PATTERN.test(fields.contactPhone.trim())) return '服务电话格式不正确';
  const lng = fields.lng.trim();
  const lat = fields.lat.trim();
  if (Boolean(lng) !== Boolean(lat)) return '经度和纬度要一起填写';
  if (lng && (!Number.isFinite(Number(lng)) || !Number.isFinite(Number(lat)))) return '经纬度应为数字';
  return null;
}
