import { Injectable } from '@nestjs/common';
import { ErrorCode, type Page, PendingAwardStatus, type PendingAwardView, PointsSource } from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { isUniqueViolation } from '../../infra/database/db-errors';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { toPage } from '../../infra/http/page-query.dto';
import { AccessService } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import type { ListPendingAwardsQueryDto } from './dto/points.dto';
import { LedgerService } from './ledger.service';
import { PendingAward } from './pending-award.entity';
import { type PendingAwardDecision, PendingAwardsRepository } from './pending-awards.repository';
import { toPendingAwardView } from './points.mapper';

/** A large award as proposed: the member, where they live, and what the proposer asked for. */
export interface AwardProposal {
  caller: Caller;
  memberId: string;
  homeId: string;
  communityId: string;
  amount: number;
  reason: string;
  idempotencyKey: string;
}

const decided = () => new DomainException(ErrorCode.Conflict, '该奖励已审核');
const secondApprover = () => new DomainException(ErrorCode.SecondApproverRequired, '需由另一位工作人员审核');
const selfAward = () => new DomainException(ErrorCode.SelfAward, '不能审核给自己的积分奖励');

/**
 * The two-person rule for large staff awards: one staff member proposes, another approves (paid then, in the same
 * transaction as the decision) or rejects. The decision is one conditional UPDATE from pending that names neither the
 * proposer nor the member, so it happens once and never by them. Every step is audited.
 */
@Injectable()
export class PendingAwardsService {
  constructor(
    private readonly awards: PendingAwardsRepository,
    private readonly ledger: LedgerService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Holds the award for a second approver; a retry with the same Idempotency-Key answers with the same award. */
  async propose(proposal: AwardProposal): Promise<PendingAwardView> {
    const { caller, idempotencyKey } = proposal;
    const earlier = await this.awards.findByKey(caller.userId, idempotencyKey);
    if (earlier) return this.sameRequest(earlier, proposal);
    const award = Object.assign(new PendingAward(), {
      id: newId(),
      memberId: proposal.memberId,
      communityId: proposal.communityId,
      placeId: proposal.homeId,
      amount: proposal.amount,
      reason: proposal.reason,
      status: PendingAwardStatus.Pending,
      proposedBy: caller.userId,
      idempotencyKey,
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      entryId: null,
    });
    try {
      await this.awards.transaction(async (manager) => {
        await this.awards.insert(award, manager);
        await this.audit.record(
          {
            actorId: caller.userId,
            action: 'points.award.request',
            targetType: 'pending_award',
            targetId: award.id,
            placeId: proposal.homeId,
            details: { memberId: award.memberId, amount: award.amount, reason: award.reason },
          },
          manager,
        );
      });
    } catch (error) {
      const first = isUniqueViolation(error) ? await this.awards.findByKey(caller.userId, idempotencyKey) : null;
      if (!first) throw error;
      return this.sameRequest(first, proposal);
    }
    return this.view(caller, award.id);
  }

  async list(caller: Caller, query: ListPendingAwardsQueryDto): Promise<Page<PendingAwardView>> {
    const grants = caller.grants ?? (await this.access.grantsOf(caller.userId));
    const { rows, total } = await this.awards.find({
      scopes: this.access.scopes(grants, Permission.PointsAward),
      status: query.status ?? PendingAwardStatus.Pending,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(
      rows.map((row) => toPendingAwardView(row, caller.userId)),
      total,
      query,
    );
  }

  /** A second staff member approves: the member is paid in the same transaction, once. */
  async approve(caller: Caller, id: string): Promise<PendingAwardView> {
    const award = await this.requireDecidable(caller, id);
    const prepared = await this.ledger.prepareAward({
      memberId: award.memberId,
      source: PointsSource.StaffAward,
      sourceId: award.id,
      idempotencyKey: `staff:${award.proposedBy}:${award.idempotencyKey}`,
      communityId: award.communityId,
      points: award.amount,
      actorId: caller.userId,
      reason: award.reason,
    });
    await this.decide({ id, to: PendingAwardStatus.Approved, decidedBy: caller.userId }, award, async (manager) => {
      try {
        const entry = await this.ledger.awardIn(manager, prepared);
        await this.awards.setEntry(id, entry.id, manager);
        return { entryId: entry.id };
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainException(ErrorCode.IdempotencyKeyReused, '该奖励已发放过');
        throw error;
      }
    });
    return this.view(caller, id);
  }

  async reject(caller: Caller, id: string, reason: string): Promise<PendingAwardView> {
    const award = await this.requireDecidable(caller, id);
    await this.decide(
      { id, to: PendingAwardStatus.Rejected, decidedBy: caller.userId, decisionNote: reason },
      award,
      async () => ({ reason }),
    );
    return this.view(caller, id);
  }

  /** Settles the award and audits it in one transaction; `work` adds what goes with it and the audit's details. */
  private async decide(
    decision: PendingAwardDecision,
    award: PendingAward,
    work: (manager: EntityManager) => Promise<object>,
  ): Promise<void> {
    await this.awards.transaction(async (manager) => {
      if (!(await this.awards.decide(decision, manager))) throw decided();
      const details = await work(manager);
      await this.audit.record(
        {
          actorId: decision.decidedBy,
          action: decision.to === PendingAwardStatus.Approved ? 'points.award.approve' : 'points.award.reject',
          targetType: 'pending_award',
          targetId: award.id,
          placeId: award.placeId,
          details: { memberId: award.memberId, amount: award.amount, proposedBy: award.proposedBy, ...details },
        },
        manager,
      );
    });
  }

  /** Clear refusals before the conditional UPDATE, which still settles any race. */
  private async requireDecidable(caller: Caller, id: string): Promise<PendingAward> {
    const award = await this.awards.findById(id);
    if (!award) throw new DomainException(ErrorCode.NotFound, '奖励申请不存在');
    if (award.status !== PendingAwardStatus.Pending) throw decided();
    if (award.proposedBy === caller.userId) throw secondApprover();
    if (award.memberId === caller.userId) throw selfAward();
    return award;
  }

  /** A retried proposal must be the same request; a key reused for another one is refused. */
  private sameRequest(award: PendingAward, proposal: AwardProposal): Promise<PendingAwardView> {
    if (award.memberId !== proposal.memberId || award.amount !== proposal.amount || award.reason !== proposal.reason) {
      throw new DomainException(ErrorCode.IdempotencyKeyReused, '该请求编号已用于另一次奖励');
    }
    return this.view(proposal.caller, award.id);
  }

  private async view(caller: Caller, id: string): Promise<PendingAwardView> {
    const [row] = (await this.awards.find({ id, offset: 0, limit: 1 })).rows;
    if (!row) throw new DomainException(ErrorCode.NotFound, '奖励申请不存在');
    return toPendingAwardView(row, caller.userId);
  }
}
