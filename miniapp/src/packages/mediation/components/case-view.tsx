import { Text, View } from '@tarojs/components';
import {
  DISPUTE_KIND_LABEL,
  MEDIATION_OUTCOME_LABEL,
  MEDIATION_STATUS_LABEL,
  type MediationCaseView,
  type MediationPartyView,
} from '@tongxin/types';
import type { ReactNode } from 'react';

import { PhotoStrip } from '@/components/ReportCard';
import { formatDateTime } from '@/utils/format-date';

import { CaseTimeline } from './case-timeline';

function Line({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <View className={['case-line', className ?? ''].filter(Boolean).join(' ')}>
      <Text className='case-line__label'>{label}</Text>
      <Text className='case-line__value'>{children}</Text>
    </View>
  );
}

/** A party's name, building, and phone only when the API sent it (the mediator and staff). */
function partyText(party: MediationPartyView): string {
  return [party.name, party.buildingName, party.phone].filter(Boolean).join(' · ');
}

function Sessions({ c }: { c: MediationCaseView }) {
  if (c.sessions.length === 0) return null;
  return (
    <View className='form-card case-sessions'>
      <Text className='form-card__title'>调解记录</Text>
      {c.sessions.map((s, index) => (
        <View key={s.id} className={`case-session case-session--${s.status}`}>
          <Text className='case-session__title'>
            第 {index + 1} 次 · {s.status === 'held' ? '已调解' : '已安排'}
          </Text>
          <Text className='case-session__meta'>
            {formatDateTime(s.scheduledAt)} · {s.venue}
          </Text>
          {s.attendees.length > 0 ? <Text className='case-session__meta'>到场：{s.attendees.join('、')}</Text> : null}
          {s.notes ? <Text className='case-session__notes'>{s.notes}</Text> : null}
        </View>
      ))}
    </View>
  );
}

function Outcome({ c }: { c: MediationCaseView }) {
  if (!c.outcome) return null;
  return (
    <View className='form-card case-outcome'>
      <Text className='form-card__title'>调解结果：{MEDIATION_OUTCOME_LABEL[c.outcome]}</Text>
      {c.agreement ? <Text className='case-outcome__agreement'>{c.agreement}</Text> : null}
      <PhotoStrip className='case-outcome__photos' photos={c.agreementPhotos} />
      {c.referral ? <Line label='引导去向'>{c.referral}</Line> : null}
      {c.resolvedAt ? <Line label='结案时间'>{formatDateTime(c.resolvedAt)}</Line> : null}
    </View>
  );
}

function Rating({ c }: { c: MediationCaseView }) {
  if (c.rating === null) return null;
  const callBack = c.ratingFollowUp;
  return (
    <View className='form-card case-rating'>
      <Text className='form-card__title'>服务评价</Text>
      <Text className='case-rating__stars'>
        {'★'.repeat(c.rating)}
        {'☆'.repeat(5 - c.rating)}
      </Text>
      {c.ratingComment ? <Text className='case-rating__comment'>{c.ratingComment}</Text> : null}
      {callBack ? (
        <Line label='差评回访' className='case-rating__call-back'>
          {callBack.status === 'open' ? '待回访' : `已回访${callBack.note ? `：${callBack.note}` : ''}`}
        </Line>
      ) : null}
    </View>
  );
}

/** Everything about a case its reader may see: parties, the account, sessions, outcome, follow-up, rating, progress. */
export function CaseView({ c }: { c: MediationCaseView }) {
  const runs = c.viewerIs === 'staff' || c.viewerIs === 'mediator';
  return (
    <View className='case-view'>
      <View className='form-card case-head'>
        <View className='case-head__top'>
          <Text className='case-head__kind'>{DISPUTE_KIND_LABEL[c.kind]}</Text>
          <Text className={`case-status case-status--${c.status}`}>{MEDIATION_STATUS_LABEL[c.status]}</Text>
        </View>
        {runs && c.escalatedAt ? (
          <Text className='case-head__escalated'>已超期，{formatDateTime(c.escalatedAt)} 已报街道</Text>
        ) : null}
        <Line label='申请人'>{partyText(c.requester)}</Line>
        <Line label='对方当事人'>{partyText(c.otherParty)}</Line>
        <Line label='社区'>{c.communityName}</Line>
        <Line label='调解员'>{c.mediator?.name ?? '待指派'}</Line>
        {c.declineReason ? <Line label='不予受理原因'>{c.declineReason}</Line> : null}
        <Text className='case-head__confidential'>本案件仅当事人、调解员和调解工作室可见</Text>
      </View>
      <View className='form-card case-account'>
        <Text className='form-card__title'>事情经过</Text>
        <Text className='case-account__text'>{c.account}</Text>
        <Line label='希望达成'>{c.hopes}</Line>
        {c.preferredTimes ? <Line label='方便时间'>{c.preferredTimes}</Line> : null}
      </View>
      <Sessions c={c} />
      <Outcome c={c} />
      {c.followUp ? (
        <View className='form-card case-follow-up'>
          <Text className='form-card__title'>回访</Text>
          <Line label={c.followUp.held ? '协议履行良好' : '协议未履行'}>{c.followUp.note}</Line>
          <Line label='回访时间'>{formatDateTime(c.followUp.at)}</Line>
        </View>
      ) : null}
      <Rating c={c} />
      <View className='form-card case-progress'>
        <Text className='form-card__title'>办理进度</Text>
        <CaseTimeline c={c} />
      </View>
    </View>
  );
}
