import type { HandlersFor } from '../ipc/handler-types';
import { createUser, deleteUser, listUsers, resetUserPassword, setUserActive } from './users-service';

export const usersHandlers: HandlersFor<
  'users.list' | 'users.create' | 'users.setActive' | 'users.resetPassword' | 'users.delete'
> = {
  'users.list': (ctx) => listUsers(ctx),
  'users.create': (ctx, input) => createUser(ctx, input),
  'users.setActive': (ctx, input) => setUserActive(ctx, input),
  'users.resetPassword': (ctx, input) => resetUserPassword(ctx, input),
  'users.delete': (ctx, input) => {
    deleteUser(ctx, input.userId);
    return null;
  },
};
