import { pdfDocument } from './generated-files';
import type { TestApp } from './test-app';

/** A caregiver, her infant and a prescription (adoption, total replacement), through the forms' channels. */
export async function registerCase(
  app: TestApp,
  a: { nationalId: string; names?: readonly [string, string]; infant?: string; birthDate: string; prescriptionDate: string; durationMonths?: number },
): Promise<{ caregiverId: string; infantId: string; prescriptionId: string }> {
  const [firstNames, lastNames] = a.names ?? ['Rosa', 'Mamani'];
  const caregiver = await app.ok('formula.createCaregiver', { nationalId: a.nationalId, firstNames, lastNames, phone: '9', coverageChecked: true });
  const withInfant = await app.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: a.infant ?? 'Beto', lastNames, birthDate: a.birthDate });
  const infantId = withInfant.infants[0]?.id ?? '';
  const prescription = await app.ok('formula.createPrescription', {
    infantId,
    prescriptionDate: a.prescriptionDate,
    reasonCode: 'adoption',
    milkType: 'Fórmula de inicio',
    replacement: 'total',
    durationMonths: a.durationMonths ?? 1,
    prescriberName: 'Dra. Torres',
    prescriberProfession: 'Pediatra',
    prescriberLicence: 'CMP 1',
    prescriptionImage: { fileName: 'receta.pdf', dataBase64: pdfDocument(1).toString('base64') },
  });
  return { caregiverId: caregiver.id, infantId, prescriptionId: prescription.id };
}
