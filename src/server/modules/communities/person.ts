import type { RoleCategory } from '../../../shared/enums';
import { users } from '../../db/schema';

/** The columns of a person shown in a community (member lists, attendance, sub-groups). */
export const personColumns = {
  id: users.id,
  name: users.name,
  roleCategory: users.roleCategory,
  organisation: users.organisation,
};

type PersonRow = {
  id: string;
  name: string;
  roleCategory: string | null;
  organisation: string | null;
};

export const toPerson = (p: PersonRow) => ({
  ...p,
  roleCategory: p.roleCategory as RoleCategory | null,
});
