import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type MediationCaseView,
  MediationOutcome,
  MediationSource,
  MediationStatus,
  NotificationKind,
  PhotoPurpose,
  PlaceLevel,
  Role,
} from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { AppConfig } from '../../infra/config/app-config';
import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { AccessService, forbidden } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { ContentScreenService } from '../moderation/content-screen.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PhotosService } from '../photos/photos.service';
import { PlacesRepository } from '../places/places.repository';
import type {
  AcceptMediationDto,
  AssignMediatorDto,
  CreateMediationDto,
  OpenMediationCaseDto,
  RateMediationDto,
  RecordFollowUpDto,
  RecordOutcomeDto,
} from './dto/mediation.dto';
import { MediationRepository } from './mediation.repository';
import { MediationCase } from './mediation-case.entity';
import { MediationReadsService, type OpenedCase } from './mediation-reads.service';
import { MEDIATION_MOVES, POOR_RATING } from './mediation-states';

const DAY_MS = 86_400_000;
const conflict = () => new DomainException(ErrorCode.MediationStateConflict, '案件状态已变化，请刷新后再试');

/**
 * 石榴调解: a case from request to agreement. Each step is one conditional UPDATE on the case's status (two staff
 * accepting at once: one wins, the other is told the case moved on); the parties hear of each step without its
 * details; staff steps are audited like reads.
 */
@Injectable()
export class MediationService {
  constructor(
    private readonly cases: MediationRepository,
    private readonly reads: MediationReadsService,
    private readonly places: PlacesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly photos: PhotosService,
    private readonly screen: ContentScreenService,
    private readonly cipher: PiiCipher,
    private readonly config: AppConfig,
  ) {}

  /** A resident of the community asks. */
  async ask(caller: Caller, body: CreateMediationDto): Promise<MediationCaseView> {
    const community = await this.community(body.communityId);
    if (!(await this.cases.livesIn(caller.userId, community.path))) throw forbidden();
    const id = await this.create(caller, body, community.path, {
      source: MediationSource.App,
      requesterId: caller.userId,
    });
    await this.tellStaff(body.communityId, '有新的调解申请待受理');
    return this.reads.view(caller, id);
  }

  /** 调解工作室负责人 open a case for a walk-in or a caller. */
  async walkIn(caller: Caller, body: OpenMediationCaseDto): Promise<MediationCaseView> {
    const community = await this.community(body.communityId);
    this.access.assertAllowed(await this.reads.grants(caller), Permission.MediationManage, community.path);
    if (body.requesterId && !(await this.cases.livesIn(body.requesterId, community.path))) {
      throw new DomainException(ErrorCode.ValidationFailed, '来访人不是本社区居民', [
        { field: 'requesterId', problems: ['不是本社区居民'] },
      ]);
    }
    const id = await this.create(caller, body, community.path, {
      source: body.source,
      requesterId: body.requesterId ?? null,
      requesterName: body.requesterId ? null : (body.requesterName ?? null),
      requesterPhone: body.requesterId ? null : (body.requesterPhone ?? null),
      openedBy: caller.userId,
    });
    return this.reads.view(caller, id);
  }

  async accept(caller: Caller, id: string, body: AcceptMediationDto): Promise<MediationCaseView> {
    const opened = await this.asStaff(caller, id);
    if (body.mediatorId) await this.assertMediator(opened.c.communityId, body.mediatorId);
    const now = new Date();
    await this.cases.transaction(async (manager) => {
      const won = await this.cases.transition(
        {
          id,
          ...MEDIATION_MOVES.accept,
          set: {
            status: MEDIATION_MOVES.accept.to,
            acceptedAt: now,
            firstSessionDueAt: new Date(now.getTime() + this.config.mediation.sessionDays * DAY_MS),
            ...(body.mediatorId ? { mediatorId: body.mediatorId } : {}),
          },
        },
        manager,
      );
      if (!won) throw conflict();
      await this.record(caller, opened.c, 'mediation.accept', manager, { mediatorId: body.mediatorId ?? null });
      await this.tell(this.partiesOf(opened.c), '您的调解申请已受理，调解员将与您联系', manager);
      if (body.mediatorId) await this.tell([body.mediatorId], '您有新的调解案件', manager);
    });
    return this.reads.view(caller, id);
  }

  async decline(caller: Caller, id: string, reason: string): Promise<MediationCaseView> {
    const opened = await this.asStaff(caller, id);
    await this.cases.transaction(async (manager) => {
      const won = await this.cases.transition(
        { id, ...MEDIATION_MOVES.decline, set: { status: MEDIATION_MOVES.decline.to, declineReason: reason } },
        manager,
      );
      if (!won) throw conflict();
      await this.record(caller, opened.c, 'mediation.decline', manager, { reason });
      await this.tell(this.partiesOf(opened.c).slice(0, 1), `您的调解申请未予受理：${reason}`, manager);
    });
    return this.reads.view(caller, id);
  }

  /** Gives the case to a mediator — only if it still has the mediator the caller saw. */
  async assign(caller: Caller, id: string, body: AssignMediatorDto): Promise<MediationCaseView> {
    const opened = await this.asStaff(caller, id);
    await this.assertMediator(opened.c.communityId, body.mediatorId);
    await this.cases.transaction(async (manager) => {
      const won = await this.cases.transition(
        {
          id,
          from: [MediationStatus.Accepted, MediationStatus.InMediation],
          set: { mediatorId: body.mediatorId },
          mediatorWas: body.expectedMediatorId,
        },
        manager,
      );
      if (!won) throw conflict();
      await this.record(caller, opened.c, 'mediation.assign', manager, { mediatorId: body.mediatorId });
      await this.tell([body.mediatorId], '您有新的调解案件', manager);
    });
    return this.reads.view(caller, id);
  }

  async withdraw(caller: Caller, id: string): Promise<MediationCaseView> {
    const { c, viewer } = await this.reads.open(caller, id);
    if (viewer !== 'requester') throw forbidden();
    await this.cases.transaction(async (manager) => {
      const won = await this.cases.transition(
        { id, ...MEDIATION_MOVES.withdraw, set: { status: MEDIATION_MOVES.withdraw.to } },
        manager,
      );
      if (!won) throw conflict();
      await this.tell([c.otherMemberId, c.mediatorId], '一件调解案件已由申请人撤回', manager);
    });
    return this.reads.view(caller, id);
  }

  /** 达成协议 / 部分达成 (agreement, photo of the signed paper) or 未达成 (referral), after a session was held. */
  async outcome(caller: Caller, id: string, body: RecordOutcomeDto): Promise<MediationCaseView> {
    const opened = await this.asRunner(caller, id);
    const sessions = await this.cases.findSessions(id);
    if (!sessions.some((s) => s.status === 'held')) throw conflict();
    await this.screenTexts(caller, opened.communityPath, [body.agreement, body.referral]);
    const now = new Date();
    const agreed = body.outcome !== MediationOutcome.Failed;
    await this.cases.transaction(async (manager) => {
      const won = await this.cases.transition(
        {
          id,
          ...MEDIATION_MOVES.resolve,
          set: {
            status: MEDIATION_MOVES.resolve.to,
            outcome: body.outcome,
            agreement: body.agreement ?? null,
            referral: body.referral ?? null,
            resolvedAt: now,
            followUpDueAt: agreed ? new Date(now.getTime() + this.config.mediation.followUpDays * DAY_MS) : null,
          },
        },
        manager,
      );
      if (!won) throw conflict();
      if (body.photoId) {
        await this.photos.attach(manager, caller.userId, [body.photoId], id, PhotoPurpose.MediationAgreement);
      }
      await this.record(caller, opened.c, 'mediation.outcome', manager, { outcome: body.outcome });
      await this.tell(this.partiesOf(opened.c), '您的调解案件已结案，欢迎评价调解服务', manager);
    });
    return this.reads.view(caller, id);
  }

  /** The follow-up visit: did the agreement hold? Once, when due. */
  async followUp(caller: Caller, id: string, body: RecordFollowUpDto): Promise<MediationCaseView> {
    const { c } = await this.asRunner(caller, id);
    const due = c.followUpDueAt;
    if (c.status !== MediationStatus.Resolved || !due || due.getTime() > Date.now()) throw conflict();
    await this.cases.transaction(async (manager) => {
      const set = { followUpHeld: body.held, followUpNote: body.note, followUpAt: new Date() };
      if (!(await this.cases.setOnce(id, 'follow_up_at', set, manager))) throw conflict();
    });
    return this.reads.view(caller, id);
  }

  /** 码上评价 of the service, by the requester, once; 2 stars or less waits for staff to call back. */
  async rate(caller: Caller, id: string, body: RateMediationDto): Promise<MediationCaseView> {
    const { c, viewer, communityPath } = await this.reads.open(caller, id);
    if (viewer !== 'requester') throw forbidden();
    if (c.status !== MediationStatus.Resolved && c.status !== MediationStatus.Declined) throw conflict();
    await this.screenTexts(caller, communityPath, [body.comment]);
    const poor = body.rating <= POOR_RATING;
    await this.cases.transaction(async (manager) => {
      const set = {
        rating: body.rating,
        ratingComment: body.comment ?? null,
        ratingFollowUp: poor ? ('open' as const) : null,
      };
      if (!(await this.cases.setOnce(id, 'rating', set, manager))) throw conflict();
      if (poor) await this.tellStaff(c.communityId, '调解服务收到差评，请尽快回访', manager);
    });
    return this.reads.view(caller, id);
  }

  /** Closes a poor rating's call-back with who called and what was done. */
  async closeRatingFollowUp(caller: Caller, id: string, note: string): Promise<MediationCaseView> {
    await this.asStaff(caller, id);
    await this.cases.transaction(async (manager) => {
      const set = {
        ratingFollowUp: 'done' as const,
        ratingFollowUpNote: note,
        ratingFollowUpBy: caller.userId,
        ratingFollowUpAt: new Date(),
      };
      if (!(await this.cases.closeRatingFollowUp(id, set, manager))) throw conflict();
    });
    return this.reads.view(caller, id);
  }

  /** Members of the community by name (the other party), for its residents and its mediation staff. */
  async findParties(caller: Caller, communityId: string, q: string) {
    const community = await this.community(communityId);
    return this.reads.parties(caller, community.path, q);
  }

  async mediators(caller: Caller, communityId: string) {
    const community = await this.community(communityId);
    return this.reads.mediators(caller, communityId, community.path);
  }

  async asStaff(caller: Caller, id: string): Promise<OpenedCase> {
    const opened = await this.reads.open(caller, id);
    if (opened.viewer !== 'staff') throw forbidden();
    return opened;
  }

  /** The case's mediator or its staff. */
  async asRunner(caller: Caller, id: string): Promise<OpenedCase> {
    const opened = await this.reads.open(caller, id);
    if (opened.viewer !== 'staff' && opened.viewer !== 'mediator') throw forbidden();
    return opened;
  }

  /** Tells members about their case without its details. */
  async tell(userIds: (string | null)[], body: string, manager?: EntityManager): Promise<void> {
    const to = userIds.filter((u): u is string => !!u);
    if (to.length === 0) return;
    await this.notifications.notifyUsers(
      to,
      { kind: NotificationKind.MediationUpdate, title: '调解服务', body, reportId: null, eventId: null },
      manager,
    );
  }

  /** The member parties: the requester and the other party when they are members. */
  partiesOf(c: MediationCase): (string | null)[] {
    return [c.requesterId, c.otherMemberId];
  }

  async screenTexts(caller: Caller, placePath: string, texts: (string | null | undefined)[]): Promise<void> {
    if (!texts.some((t) => t)) return;
    const verdict = await this.screen.screen({ authorId: caller.userId, texts, scene: 2, placePath });
    if (verdict.outcome === 'held') {
      throw new DomainException(ErrorCode.ContentRisky, '内容含有不适合的词语，请修改后再提交');
    }
  }

  private async create(
    caller: Caller,
    body: CreateMediationDto,
    communityPath: string,
    who: {
      source: MediationSource;
      requesterId: string | null;
      requesterName?: string | null;
      requesterPhone?: string | null;
      openedBy?: string;
    },
  ): Promise<string> {
    const other = body.otherParty;
    if (other.memberId) {
      if (other.memberId === who.requesterId) {
        throw new DomainException(ErrorCode.ValidationFailed, '对方不能是申请人自己', [
          { field: 'otherParty.memberId', problems: ['不能是申请人自己'] },
        ]);
      }
      if (!(await this.cases.livesIn(other.memberId, communityPath))) {
        throw new DomainException(ErrorCode.ValidationFailed, '对方不是本社区居民', [
          { field: 'otherParty.memberId', problems: ['不是本社区居民'] },
        ]);
      }
    }
    if (other.buildingId) {
      const building = await this.places.findActiveById(other.buildingId);
      if (!building || building.level !== PlaceLevel.Building || !building.path.startsWith(communityPath)) {
        throw new DomainException(ErrorCode.ValidationFailed, '楼栋不在本社区', [
          { field: 'otherParty.buildingId', problems: ['不在本社区'] },
        ]);
      }
    }
    await this.screenTexts(caller, communityPath, [body.account, body.hopes, body.preferredTimes]);
    const now = new Date();
    const id = newId();
    const seal = (phone: string | null | undefined) => (phone ? this.cipher.encrypt(phone) : null);
    const row = Object.assign(new MediationCase(), {
      id,
      communityId: body.communityId,
      kind: body.kind,
      status: MediationStatus.Requested,
      source: who.source,
      requesterId: who.requesterId,
      requesterName: who.requesterName ?? null,
      requesterPhoneCipher: seal(who.requesterPhone),
      otherMemberId: other.memberId ?? null,
      otherName: other.memberId ? null : (other.name ?? null),
      otherBuildingId: other.buildingId ?? null,
      otherPhoneCipher: seal(other.phone),
      account: body.account,
      hopes: body.hopes,
      preferredTimes: body.preferredTimes ?? null,
      openedBy: who.openedBy ?? null,
      acceptDueAt: new Date(now.getTime() + this.config.mediation.acceptDays * DAY_MS),
    });
    await this.cases.transaction(async (manager) => {
      await this.cases.insertCase(row, manager);
      if (who.openedBy) await this.record(caller, row, 'mediation.open', manager, { source: who.source });
    });
    return id;
  }

  private async community(id: string) {
    const community = await this.places.findActiveById(id);
    if (!community || community.level !== PlaceLevel.Community) {
      throw new DomainException(ErrorCode.PlaceNotFound, '社区不存在');
    }
    return community;
  }

  private async assertMediator(communityId: string, mediatorId: string): Promise<void> {
    const mediators = await this.cases.holders(communityId, Role.Mediator);
    if (!mediators.some((m) => m.id === mediatorId)) {
      throw new DomainException(ErrorCode.MediatorNotEligible, '该成员不是本社区的调解员');
    }
  }

  private async tellStaff(communityId: string, body: string, manager?: EntityManager): Promise<void> {
    const admins = await this.cases.holders(communityId, Role.MediationAdmin);
    await this.tell(
      admins.map((a) => a.id),
      body,
      manager,
    );
  }

  private record(
    caller: Caller,
    c: MediationCase,
    action: 'mediation.open' | 'mediation.accept' | 'mediation.decline' | 'mediation.assign' | 'mediation.outcome',
    manager: EntityManager,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      { actorId: caller.userId, action, targetType: 'mediation_case', targetId: c.id, placeId: c.communityId, details },
      manager,
    );
  }
}
