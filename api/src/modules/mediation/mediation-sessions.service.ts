import { Injectable } from '@nestjs/common';
import { ErrorCode, type MediationCaseView, MediationStatus } from '@tongxin/types';

import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { chinaMinute } from '../../infra/time/china-time';
import type { Caller } from '../access/authorize.decorator';
import type { RecordSessionDto, ScheduleSessionDto } from './dto/mediation.dto';
import { MediationRepository } from './mediation.repository';
import { MediationService } from './mediation.service';
import { MediationReadsService } from './mediation-reads.service';
import { MediationSession } from './mediation-session.entity';
import { MEDIATION_MOVES } from './mediation-states';

const conflict = () => new DomainException(ErrorCode.MediationStateConflict, '案件状态已变化，请刷新后再试');

/** Sessions: the mediator (or staff) schedules one — the first moves the case into mediation — then records it held. */
@Injectable()
export class MediationSessionsService {
  constructor(
    private readonly cases: MediationRepository,
    private readonly reads: MediationReadsService,
    private readonly mediation: MediationService,
  ) {}

  async schedule(caller: Caller, id: string, body: ScheduleSessionDto): Promise<MediationCaseView> {
    const { c, communityPath } = await this.mediation.asRunner(caller, id);
    if (!c.mediatorId) throw conflict();
    const at = new Date(body.scheduledAt);
    if (at.getTime() < Date.now() - 3600_000) {
      throw new DomainException(ErrorCode.ValidationFailed, '调解时间不能早于现在', [
        { field: 'scheduledAt', problems: ['不能早于现在'] },
      ]);
    }
    await this.mediation.screenTexts(caller, communityPath, [body.venue]);
    await this.cases.transaction(async (manager) => {
      // The first session moves the case into mediation; later ones need it there still.
      const moved =
        c.status === MediationStatus.Accepted
          ? await this.cases.transition(
              { id, ...MEDIATION_MOVES.schedule, set: { status: MEDIATION_MOVES.schedule.to } },
              manager,
            )
          : await this.cases.transition(
              { id, from: [MediationStatus.InMediation], set: { updatedAt: new Date() } },
              manager,
            );
      if (!moved) throw conflict();
      await this.cases.insertSession(
        Object.assign(new MediationSession(), {
          id: newId(),
          caseId: id,
          scheduledAt: at,
          venue: body.venue,
          status: 'scheduled' as const,
          attendees: null,
          notes: null,
          heldAt: null,
          createdBy: caller.userId,
        }),
        manager,
      );
      await this.mediation.tell(
        [...this.mediation.partiesOf(c), c.mediatorId === caller.userId ? null : c.mediatorId],
        `调解安排在 ${chinaMinute(at)}，地点：${body.venue}`,
        manager,
      );
    });
    return this.reads.view(caller, id);
  }

  async held(caller: Caller, id: string, sessionId: string, body: RecordSessionDto): Promise<MediationCaseView> {
    const { communityPath } = await this.mediation.asRunner(caller, id);
    await this.mediation.screenTexts(caller, communityPath, [body.notes, ...body.attendees]);
    await this.cases.transaction(async (manager) => {
      const stillOpen = await this.cases.transition(
        { id, from: [MediationStatus.InMediation], set: { updatedAt: new Date() } },
        manager,
      );
      const held =
        stillOpen && (await this.cases.markHeld({ caseId: id, sessionId, ...body, at: new Date() }, manager));
      if (!held) throw conflict();
    });
    return this.reads.view(caller, id);
  }
}
