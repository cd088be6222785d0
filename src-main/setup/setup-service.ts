import type { z } from 'zod';
import type { SessionInfo } from '../../src-shared/contract/types';
import type { setupSchema } from '../../src-shared/setup/schemas';
import { setupText } from '../../src-shared/setup/text';
import { SITE_KIND_LABELS } from '../../src-shared/site/countries';
import { newId } from '../../src-shared/sync/ids';
import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { issueStamp } from '../db/clock';
import { sessionInfo } from '../session/session-service';
import type { ActiveSession } from '../session/session-store';
import { SETTING_KEYS, writeSetting } from '../settings/local-settings';
import { generateSiteKeys } from '../site/keys';
import { localSiteId } from '../site/site-service';
import { sitePrivateKeys, sites } from '../site/site.schema';
import { hashPassword } from '../users/passwords';
import { insertUser } from '../users/user-records';

type SetupData = z.output<typeof setupSchema>;

/** A coordination site is its own microrred or red: those fields take its name; above the red, they stay empty. */
function siteLevels(site: SetupData['site']) {
  switch (site.kind) {
    case 'facility':
      return { code: site.code, network: site.network, microNetwork: site.microNetwork, attendsBirths: site.attendsBirths };
    case 'microNetwork':
      return { code: site.code, network: site.network, microNetwork: site.name, attendsBirths: false };
    case 'network':
      return { code: site.code, network: site.name, microNetwork: '', attendsBirths: false };
    case 'region':
      return { code: site.code, network: '', microNetwork: '', attendsBirths: false };
    case 'national':
      return { code: site.code, region: '', network: '', microNetwork: '', attendsBirths: false };
  }
}

/**
 * First run: creates this site with fresh Ed25519 (signing) and X25519 (encryption) key pairs, whose
 * private halves stay in this database and are never sent to the renderer, and its first administrator.
 */
export async function completeSetup(ctx: AppContext, input: SetupData): Promise<SessionInfo> {
  if (localSiteId(ctx)) throw new AppError('SETUP_DONE', setupText.errors.alreadyDone);
  const keys = generateSiteKeys();
  const passwordHash = await hashPassword(input.admin.password);
  const now = ctx.now();
  const siteId = newId(now);
  const adminId = newId(now);
  inTransaction(ctx, () => {
    if (localSiteId(ctx)) throw new AppError('SETUP_DONE', setupText.errors.alreadyDone);
    writeSetting(ctx.db, SETTING_KEYS.siteId, siteId);
    ctx.db
      .insert(sites)
      .values({
        id: siteId,
        ownerSiteId: siteId,
        hlc: issueStamp(ctx.db, siteId, now),
        deleted: false,
        kind: input.site.kind,
        country: input.site.country,
        name: input.site.name,
        region: input.site.region,
        ...siteLevels(input.site),
        signingPublicKey: keys.signingPublicKey,
        encryptionPublicKey: keys.encryptionPublicKey,
        createdAt: now,
      })
      .run();
    ctx.db
      .insert(sitePrivateKeys)
      .values({
        siteId,
        signingPrivateKey: keys.signingPrivateKey,
        encryptionPrivateKey: keys.encryptionPrivateKey,
        createdAt: now,
      })
      .run();
    insertUser(
      ctx,
      siteId,
      { fullName: input.admin.fullName, username: input.admin.username, role: 'admin' },
      passwordHash,
      { mustChangePassword: false, createdBy: null, id: adminId, signedInAt: now },
    );
    recordAudit(ctx, {
      action: 'setup.complete',
      actor: { userId: adminId, username: input.admin.username },
      recordTable: 'sites',
      recordId: siteId,
      detail: `${input.site.name} (${SITE_KIND_LABELS[input.site.kind]})`,
    });
  });
  const session: ActiveSession = {
    userId: adminId,
    username: input.admin.username,
    fullName: input.admin.fullName,
    role: 'admin',
    locked: false,
    mustChangePassword: false,
    lastActivityMs: now,
  };
  ctx.session.current = session;
  return sessionInfo(session);
}
