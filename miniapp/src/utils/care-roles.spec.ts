import { careGrant } from '../../test/care-fixtures';
import { carePlacesOf, careWorkerOf, keepsCareRegister } from './care-roles';

describe('who keeps the 帮扶台账', () => {
  it('grid workers and 帮扶专干 do; community staff, organizers, riders and residents do not', () => {
    expect(keepsCareRegister([careGrant('grid_worker')])).toBe(true);
    expect(keepsCareRegister([careGrant('care_worker', 'community')])).toBe(true);
    for (const role of ['community_staff', 'organizer', 'part_time_grid_member', 'resident', 'street_admin'] as const) {
      expect(keepsCareRegister([careGrant(role, 'community'), careGrant(role)])).toBe(false);
    }
  });

  it('registers on a grid worker’s grids and the grids of a 帮扶专干’s community, each once', () => {
    const roles = [careGrant('grid_worker'), careGrant('grid_worker'), careGrant('care_worker', 'community')];
    expect(carePlacesOf(roles)).toEqual({
      grids: [{ id: 'grid-1', name: '阿吉拉沁第一网格' }],
      communities: [{ id: 'community-ajilaqin', name: '阿吉拉沁社区' }],
    });
    expect(carePlacesOf([careGrant('resident'), careGrant('community_staff', 'community')])).toEqual({
      grids: [],
      communities: [],
    });
  });

  it('lets only the community’s 帮扶专干 add categories', () => {
    expect(careWorkerOf([careGrant('care_worker', 'community')], 'community-ajilaqin')).toBe(true);
    expect(careWorkerOf([careGrant('grid_worker')], 'community-ajilaqin')).toBe(false);
    expect(careWorkerOf([careGrant('care_worker', 'community')], 'community-xingwang')).toBe(false);
  });
});
