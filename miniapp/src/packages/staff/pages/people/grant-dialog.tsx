import { Dialog, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type MemberSummary, PHONE_PATTERN, type PlaceRef, type Role, ROLE_LABEL } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { useGrantRoleMutation } from '@/hooks/use-grants-query';
import { errorMessage } from '@/services/api-error';

import type { AdminPlace } from '../../components/admin-scope';
import { MemberSearch } from '../../components/member-search';
import { PlacePicker } from '../../components/place-picker';

interface GrantDialogProps {
  visible: boolean;
  root: AdminPlace;
  roles: Role[];
  onClose: () => void;
}

type Who = 'phone' | 'member';

/** 授予角色 (mounted fresh for each grant): to a phone number (an account is made for a number nobody has used) or a member found by name. */
export function GrantDialog({ visible, root, roles, onClose }: GrantDialogProps) {
  const grant = useGrantRoleMutation();
  const [who, setWho] = useState<Who>('phone');
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [member, setMember] = useState<MemberSummary | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [path, setPath] = useState<PlaceRef[]>([root]);
  const [error, setError] = useState<string | null>(null);
  function problem(): string | null {
    if (who === 'phone' && !PHONE_PATTERN.test(phone.trim())) return '请输入 11 位手机号';
    if (who === 'member' && !member) return '请先搜索并选择成员';
    if (!role) return '请选择角色';
    return null;
  }

  async function confirm(): Promise<void> {
    const reason = problem();
    if (reason) {
      setError(reason);
      throw new Error(reason);
    }
    const place = path[path.length - 1];
    try {
      await grant.mutateAsync({
        ...(who === 'phone'
          ? { phone: phone.trim(), ...(name.trim() ? { nickname: name.trim() } : {}) }
          : { userId: member?.id ?? '' }),
        role: role as Role,
        placeId: place.id,
      });
      Taro.showToast({ title: '已授予', icon: 'success' });
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
  }

  return (
    <Dialog
      className='grant-dialog'
      visible={visible}
      title='授予角色'
      confirmText='授予'
      cancelText='取消'
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      <View className='staff-dialog-form'>
        <ChoiceChips
          options={[
            { value: 'phone', label: '按手机号' },
            { value: 'member', label: '从成员名录选择' },
          ]}
          selected={[who]}
          onChange={([value]) => setWho((value as Who | undefined) ?? 'phone')}
        />
        {who === 'phone' ? (
          <>
            <Text className='form-field__label'>手机号</Text>
            <Input
              className='form-field__input grant-dialog__phone'
              type='tel'
              value={phone}
              placeholder='11 位手机号'
              maxLength={11}
              onChange={setPhone}
            />
            <Text className='form-field__label'>姓名（对方尚未登录过时使用）</Text>
            <Input
              className='form-field__input grant-dialog__name'
              value={name}
              placeholder='选填'
              maxLength={32}
              onChange={setName}
            />
          </>
        ) : (
          <MemberSearch selected={member} onChange={setMember} />
        )}
        <Text className='form-field__label'>角色</Text>
        <ChoiceChips
          className='grant-dialog__roles'
          options={roles.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
          selected={role ? [role] : []}
          onChange={([value]) => setRole((value as Role | undefined) ?? null)}
        />
        <Text className='form-field__label'>地点：{path[path.length - 1].name}</Text>
        <PlacePicker path={path} onChange={setPath} />
        {error ? <Text className='form-error'>{error}</Text> : null}
      </View>
    </Dialog>
  );
}
