import zlib from 'node:zlib';
import { prepareAttachment } from '../src-main/attachments/ingest';
import { phonePhoto, scannedPage } from '../test/helpers/generated-files';
import { report, timeIt } from './report';

/**
 * Normalising a 12-megapixel phone photo and a 300-dpi A4 scan (both generated here): time and stored
 * bytes, beside the input bytes and a plain `gzip -9` of the input in the same run.
 */
export async function benchAttachments(): Promise<void> {
  const cases = [
    { figure: 'photo_12mp', name: 'foto.jpg', input: await phonePhoto(4000, 3000) },
    { figure: 'scan_a4', name: 'escaneo.png', input: await scannedPage(300, 'png') },
  ];
  for (const { figure, name, input } of cases) {
    await prepareAttachment(name, input); // warm-up: libvips caches, code paths
    const runs = 3;
    const timed = await timeIt(async () => {
      let last;
      for (let i = 0; i < runs; i++) last = await prepareAttachment(name, input);
      return last;
    });
    const stored = timed.result?.bytes.length ?? 0;
    const gzip9 = zlib.gzipSync(input, { level: 9 }).length;
    report(`attachments.${figure}_input_bytes`, input.length, 'bytes');
    report(`attachments.${figure}_bytes`, stored, 'bytes', { name: 'gzip9', value: gzip9, unit: 'bytes' });
    report(`attachments.${figure}_ms`, timed.ms / runs, 'ms');
  }
}
