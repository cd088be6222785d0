import { describe, expect, it } from 'vitest';
import { exportEnrolment, importEnrolment } from '../../src-main/sync/enrolment-service';
import { SyncRefusal } from '../../src-main/sync/refusal';
import { siteOf } from './sync-helpers';

function refusal(work: () => unknown): string {
  try {
    work();
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof SyncRefusal) return error.code;
    throw error;
  }
}

describe('site enrolment', () => {
  it('a signed file, confirmed by its fingerprint (spaces or not); the same file twice changes nothing', async () => {
    const facility = await siteOf('facility', '00001111', 'Puesto de Salud Cerrito');
    const micro = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    const file = exportEnrolment(facility.main.ctx);
    expect(file.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(refusal(() => importEnrolment(micro.main.ctx, Buffer.from(file.content), '11111 22222 33333 44444 55555 66666'))).toBe('FINGERPRINT_MISMATCH');
    const enrolled = importEnrolment(micro.main.ctx, Buffer.from(file.content), file.fingerprint.replace(/ /g, ''));
    expect(enrolled).toMatchObject({ relation: 'child', alreadyEnrolled: false, site: { code: '00001111', kind: 'facility' } });
    expect(importEnrolment(micro.main.ctx, Buffer.from(file.content), file.fingerprint).alreadyEnrolled).toBe(true);
    const audit = micro.main.ctx.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'sync.enrol'").pluck().all();
    expect(audit).toEqual([`Puesto de Salud Cerrito (00001111), huella ${file.fingerprint}`]);
  });

  it('refuses tampering, its own file, the wrong level, a second parent; a new key only when replaced on purpose', async () => {
    const facility = await siteOf('facility', '00001111', 'Puesto de Salud Cerrito');
    const micro = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    const otherMicro = await siteOf('microNetwork', 'MROT', 'Otra microrred');
    const file = exportEnrolment(facility.main.ctx);
    const tampered = file.content.replace('Puesto de Salud Cerrito', 'Puesto de Salud Falso');
    expect(refusal(() => importEnrolment(micro.main.ctx, Buffer.from(tampered), file.fingerprint))).toBe('BAD_SIGNATURE');
    expect(refusal(() => importEnrolment(micro.main.ctx, Buffer.from('{"no":"es"}'), file.fingerprint))).toBe('NOT_AN_ENROLMENT');
    const own = exportEnrolment(micro.main.ctx);
    expect(refusal(() => importEnrolment(micro.main.ctx, Buffer.from(own.content), own.fingerprint))).toBe('SELF');
    const microFile = exportEnrolment(otherMicro.main.ctx);
    expect(refusal(() => importEnrolment(micro.main.ctx, Buffer.from(microFile.content), microFile.fingerprint))).toBe('WRONG_LEVEL');
    importEnrolment(facility.main.ctx, Buffer.from(own.content), own.fingerprint);
    const second = exportEnrolment(otherMicro.main.ctx);
    expect(refusal(() => importEnrolment(facility.main.ctx, Buffer.from(second.content), second.fingerprint))).toBe('PARENT_EXISTS');

    importEnrolment(micro.main.ctx, Buffer.from(file.content), file.fingerprint);
    // The facility's keys are lost and made again (same site, new keys): borrow a fresh pair of keys.
    const reinstalled = await siteOf('facility', '00009999', 'Otra instalación');
    const sameSiteNewKeys = exportEnrolment(reinstalled.main.ctx);
    const facilityId = facility.main.ctx.sqlite.prepare("SELECT json_extract(value, '$') FROM local_settings WHERE key = 'site.id'").pluck().get() as string;
    const newKeys = reinstalled.main.ctx.sqlite.prepare('SELECT signing_public_key AS s, encryption_public_key AS e FROM sites').get() as { s: string; e: string };
    const newPrivate = reinstalled.main.ctx.sqlite.prepare('SELECT signing_private_key AS s, encryption_private_key AS e FROM site_private_keys').get() as { s: string; e: string };
    facility.main.ctx.sqlite.prepare('UPDATE sites SET signing_public_key = ?, encryption_public_key = ? WHERE id = ?').run(newKeys.s, newKeys.e, facilityId);
    facility.main.ctx.sqlite.prepare('UPDATE site_private_keys SET signing_private_key = ?, encryption_private_key = ?').run(newPrivate.s, newPrivate.e);
    const rekeyed = exportEnrolment(facility.main.ctx);
    expect(rekeyed.fingerprint).toBe(sameSiteNewKeys.fingerprint);
    expect(refusal(() => importEnrolment(micro.main.ctx, Buffer.from(rekeyed.content), rekeyed.fingerprint))).toBe('KEY_CHANGED');
    expect(importEnrolment(micro.main.ctx, Buffer.from(rekeyed.content), rekeyed.fingerprint, { replaceKey: true }).replaced).toBe(true);
    const audit = micro.main.ctx.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'sync.keyReplaced'").pluck().all();
    expect(audit).toEqual([`Puesto de Salud Cerrito (00001111): nueva huella ${rekeyed.fingerprint}`]);
  });
});
