import crypto from 'node:crypto';
import { addDays, addMonths } from '../../src-shared/common/dates';
import { foldForSearch } from '../../src-shared/common/text';
import { TRAINING_PLANS } from '../../src-shared/groups/training';
import { formatHlc, parseHlc } from '../../src-shared/sync/hlc';
import { newId } from '../../src-shared/sync/ids';
import type { AppContext } from '../app/context';
import { todayIso } from '../app/today';
import { readStringSetting, SETTING_KEYS, writeSetting } from '../settings/local-settings';
import { localKeys } from '../sync/keys-of';
import { SyncRefusal } from '../sync/refusal';
import { demoScanPdf } from './demo-scan';

const FIRST = ['María', 'Rosa', 'Ana', 'Lucía', 'Carmen', 'Juana', 'Elena', 'Flor', 'Gladys', 'Nélida', 'Ángela', 'Yesenia', 'Milagros', 'Sonia', 'Marisol', 'Karina'];
const BABY = ['Thiago', 'Mateo', 'Valentina', 'Camila', 'Santiago', 'Luciana', 'Sebastián', 'Ximena', 'Liam', 'Mía', 'Gael', 'Renata'];
const LAST = ['Quispe', 'Mamani', 'Huamán', 'Condori', 'Flores', 'Ccori', 'Rojas', 'Gómez', 'Pérez', 'Núñez', 'Chávez', 'Ramírez', 'Torres', 'Vargas', 'Ccahuana', 'Apaza'];
const REASONS = ['hiv', 'htlv', 'seriousIllness', 'substanceUse', 'contraindicatedMedication', 'adoption', 'motherDeceasedOrAbsent'];
const TOPICS = ['Posiciones para amamantar', 'Extracción y conservación de la leche', 'Alimentación complementaria', 'Lactancia y trabajo', 'Mitos sobre la lactancia', 'Cuidado del recién nacido'];

export interface DemoCounts {
  readonly caregivers: number;
  readonly deliveries: number;
  readonly groups: number;
  readonly attendance: number;
  readonly leadMothers: number;
  readonly scans: number;
}

/**
 * Synthetic but consistent data for one facility over the last `months`: Spanish names, unique 8-digit
 * DNIs, infants born in the window, prescriptions in their first weeks, a 4,000 g delivery each month
 * while the infant is under six months and never in the future, monthly stock, trained lead mothers,
 * support groups of 8 to 12 meeting monthly with attendance, each held session with its signed attendance
 * sheet scanned in (a ≈150 KB PDF; `scans: false` leaves them out). For training sessions and the
 * benchmarks; written in one transaction with clock stamps of this site, so it syncs like typed data.
 */
export function generateDemo(ctx: AppContext, options: { months: number; scale: number; seed?: string; scans?: boolean }): DemoCounts {
  const { site } = localKeys(ctx);
  if (site.kind !== 'facility') throw new SyncRefusal('WRONG_LEVEL', 'los datos de demostración se crean en un establecimiento');
  let counter = 0;
  const seed = crypto.createHash('sha256').update(options.seed ?? site.id).digest();
  let state = seed.readUInt32BE(0) || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const now = ctx.now();
  const last = readStringSetting(ctx.db, SETTING_KEYS.lastStamp);
  const wall = Math.max(now, last ? parseHlc(last).wallMs + 1 : 0);
  const stamp = () => formatHlc({ wallMs: wall + Math.floor(counter / 900_000), counter: counter++ % 900_000, siteId: site.id });
  const today = todayIso(ctx);
  const start = addMonths(today, -options.months);
  const daysInWindow = Math.max(1, Math.round((Date.parse(today) - Date.parse(start)) / 86_400_000));
  const dayIn = (from: string, span: number) => addDays(from, int(0, Math.max(0, span)));
  const base = { owner_site_id: site.id, deleted: 0, created_at: now };
  const insert = (table: string, row: Record<string, string | number | null>) => {
    const values = { id: newId(now), ...base, hlc: stamp(), ...row };
    const columns = Object.keys(values);
    ctx.sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...Object.values(values));
    return values.id;
  };
  const counts = { caregivers: 0, deliveries: 0, groups: 0, attendance: 0, leadMothers: 0, scans: 0 };
  // The files are content-addressed: one left behind by a failed transaction is harmless.
  const scans: { sessionId: string; hash: string; bytes: number; name: string }[] = [];
  const scanOf = (sessionId: string, groupName: string, day: string) => {
    if (options.scans === false) return;
    const bytes = demoScanPdf([`Hoja de asistencia firmada - ${groupName}`, `Sesión del ${day.split('-').reverse().join('/')}`, 'Datos de demostración'], random);
    scans.push({ sessionId, hash: ctx.blobs.put(bytes), bytes: bytes.length, name: `asistencia-${day}.pdf` });
  };
  const usedIds = new Set((ctx.sqlite.prepare('SELECT national_id FROM caregivers').pluck().all() as string[]));
  const dni = (): string => {
    const id = String(int(10_000_000, 79_999_999));
    if (usedIds.has(id)) return dni();
    usedIds.add(id);
    return id;
  };

  ctx.sqlite.transaction(() => {
    const infants = Math.round((200 * options.months * options.scale) / 12);
    for (let i = 0; i < infants; i += 1) {
      const [first, last1, last2] = [pick(FIRST), pick(LAST), pick(LAST)];
      const caregiverId = insert('caregivers', {
        national_id: dni(),
        first_names: first,
        last_names: `${last1} ${last2}`,
        search_name: foldForSearch(`${first} ${last1} ${last2}`),
        phone: `9${int(10_000_000, 99_999_999)}`,
        address: `Jr. ${pick(LAST)} ${int(100, 999)}`,
        coverage_checked_at: now,
      });
      counts.caregivers += 1;
      const birth = dayIn(addDays(start, -20), daysInWindow);
      const infantId = insert('infants', { caregiver_id: caregiverId, first_names: pick(BABY), last_names: `${last1} ${pick(LAST)}`, birth_date: birth, sex: pick(['F', 'M']) });
      const prescribed = addDays(birth, int(0, 20));
      if (prescribed > today) continue;
      const reason = pick(REASONS);
      const hiv = reason === 'hiv';
      const prescriptionId = insert('prescriptions', {
        infant_id: infantId,
        prescription_date: prescribed,
        reason_code: reason,
        milk_type: 'Fórmula de inicio',
        replacement: 'total',
        grams_per_month: 4000,
        duration_months: 6,
        prescriber_name: `Dr(a). ${pick(FIRST)} ${pick(LAST)}`,
        prescriber_profession: 'Médico/a',
        prescriber_licence: `CMP ${int(10_000, 99_999)}`,
        hiv_caregiver_birth_date: hiv ? addDays(birth, -int(6_000, 12_000)) : null,
        hiv_caregiver_sex: hiv ? 'F' : null,
        hiv_viral_load: hiv ? '< 50 copias/ml' : null,
        hiv_modality: hiv ? 'Tratamiento antirretroviral' : null,
      });
      const sixMonths = addMonths(birth, 6);
      for (let month = 0; month < 6; month += 1) {
        const day = addMonths(prescribed, month);
        if (day >= sixMonths || day > today) break;
        insert('deliveries', { prescription_id: prescriptionId, delivery_date: day, cans_800: 5, cans_1kg: 0, received_by_national_id: '', received_by_name: '', source: pick(['form', 'batch']) });
        counts.deliveries += 1;
      }
    }
    for (let month = 0; month <= options.months; month += 1) {
      const day = addMonths(start, month);
      if (day > today) break;
      insert('stock_receipts', { received_date: day, can_grams: 800, quantity: Math.ceil(90 * options.scale), lot: `L${day.replace(/-/g, '')}`, expiry_date: addMonths(day, 18), note: '' });
    }
    for (let s = 0; s < 2; s += 1) insert('designated_staff', { full_name: `Lic. ${pick(FIRST)} ${pick(LAST)}`, profession: pick(['Enfermera', 'Obstetra', 'Nutricionista']), role: 'designated', designated_on: start, document: `Memo ${int(1, 99)}-${start.slice(0, 4)}` });

    const mothers: string[] = [];
    for (let m = 0; m < Math.max(1, Math.round(10 * options.scale)); m += 1) {
      mothers.push(insert('lead_mothers', { first_names: pick(FIRST), last_names: `${pick(LAST)} ${pick(LAST)}`, profile: JSON.stringify({ ownBreastfeeding: true, leader: true, willing: true }), status: 'active', selected_on: start }));
      counts.leadMothers += 1;
    }
    const courseId = insert('training_courses', { name: `Capacitación ${start.slice(0, 4)}`, modality: 'fourByThree', place: 'Auditorio', starts_on: start });
    for (const topic of TRAINING_PLANS.fourByThree) {
      const sessionId = insert('training_sessions', { course_id: courseId, topic_number: topic.number, topic: topic.topic, hours: topic.hours, session_date: addDays(start, topic.number * 7), make_up: 0 });
      for (const mother of mothers) insert('training_attendance', { session_id: sessionId, lead_mother_id: mother, present: 1 });
    }
    for (const mother of mothers) insert('training_enrolments', { course_id: courseId, lead_mother_id: mother });

    for (let g = 0; g < Math.max(1, Math.round(10 * options.scale)); g += 1) {
      const formed = addDays(start, 30);
      const groupName = `Grupo ${pick(LAST)} ${g + 1}`;
      const groupId = insert('support_groups', { name: groupName, formed_on: formed, lead_mother_ids: JSON.stringify([mothers[g % mothers.length]]), place: 'Local comunal', periodicity_days: 30, community: `Barrio ${pick(LAST)}` });
      counts.groups += 1;
      const members: string[] = [];
      for (let k = 0, size = int(8, 12); k < size; k += 1) {
        const [first, last] = [pick(FIRST), `${pick(LAST)} ${pick(LAST)}`];
        members.push(insert('group_members', { group_id: groupId, first_names: first, last_names: last, search_name: foldForSearch(`${first} ${last}`), member_type: pick(['pregnant', 'breastfeeding', 'motherUnder2', 'caregiver']), age: int(17, 42), joined_on: formed }));
      }
      for (let day = addDays(formed, int(0, 20)); day <= today; day = addMonths(day, 1)) {
        const sessionId = insert('group_sessions', { group_id: groupId, status: 'held', session_date: day, place: 'Local comunal', topic: pick(TOPICS), facilitator_lead_mother_id: mothers[g % mothers.length] ?? null, moments: '{}' });
        scanOf(sessionId, groupName, day);
        for (const member of members) {
          const present = random() < 0.85;
          insert('session_attendance', { session_id: sessionId, member_id: member, present: present ? 1 : 0, absence_reason: present ? '' : pick(['Enfermedad', 'Viaje', 'Trabajo']), justified: present ? 0 : 1 });
          counts.attendance += 1;
        }
      }
    }
    for (const scan of scans) {
      const attachmentId = insert('attachments', {
        sha256: scan.hash,
        source_sha256: scan.hash,
        mime: 'application/pdf',
        byte_size: scan.bytes,
        source_byte_size: scan.bytes,
        page_count: 1,
        width: null,
        height: null,
        grayscale: 1,
        original_name: scan.name,
        created_by: null,
      });
      insert('attachment_links', { attachment_id: attachmentId, record_table: 'group_sessions', record_id: scan.sessionId, kind: 'attendanceSheet', replaced_by_link_id: null, created_by: null });
      counts.scans += 1;
    }
    writeSetting(ctx.db, SETTING_KEYS.lastStamp, stamp());
  })();
  return counts;
}
