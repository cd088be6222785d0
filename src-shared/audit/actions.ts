/** Every action the audit log records, with its Spanish label for the log viewer. */
export const AUDIT_ACTION_LABELS = {
  'setup.complete': 'Configuración inicial del sitio',
  'session.login': 'Ingreso',
  'session.loginFailed': 'Ingreso fallido',
  'session.accountLocked': 'Usuario bloqueado por intentos fallidos',
  'session.logout': 'Salida',
  'session.lock': 'Sesión bloqueada',
  'session.unlock': 'Sesión desbloqueada',
  'session.changePassword': 'Cambio de la propia contraseña',
  'users.create': 'Usuario creado',
  'users.deactivate': 'Usuario desactivado',
  'users.reactivate': 'Usuario reactivado',
  'users.resetPassword': 'Contraseña cambiada por el administrador/a',
  'users.delete': 'Usuario eliminado',
  'settings.update': 'Configuración cambiada',
  'attachments.store': 'Documento guardado',
  'attachments.inboxImport': 'Documento tomado de la bandeja de escaneos',
  'attachments.link': 'Documento adjuntado',
  'attachments.replace': 'Documento reemplazado',
  'formula.coverageImport': 'Padrón de cobertura importado',
  'formula.caregiverCreate': 'Responsable registrado',
  'formula.infantCreate': 'Lactante registrado',
  'formula.prescriptionCreate': 'Receta registrada',
  'formula.deliveryCreate': 'Entrega registrada',
  'formula.deliveryVoid': 'Entrega anulada',
  'formula.stockReceipt': 'Latas recibidas en stock',
  'formula.listExport': 'Listado exportado a CSV',
  'request.refused': 'Solicitud rechazada',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as [AuditAction, ...AuditAction[]];

/** Names of the tables an audit entry points at, as the log viewer shows them. */
export const RECORD_TABLE_LABELS: Readonly<Record<string, string>> = {
  sites: 'sitio',
  users: 'usuario',
  local_settings: 'configuración',
  attachments: 'documento',
  attachment_links: 'documento adjunto',
  coverage_imports: 'padrón de cobertura',
  caregivers: 'responsable',
  infants: 'lactante',
  prescriptions: 'receta',
  deliveries: 'entrega',
  stock_receipts: 'stock',
};

/** Actions that change records (as opposed to sign-in events): a user who has any of these cannot be deleted. */
export const RECORD_WRITE_ACTIONS: readonly AuditAction[] = [
  'setup.complete',
  'users.create',
  'users.deactivate',
  'users.reactivate',
  'users.resetPassword',
  'users.delete',
  'settings.update',
  'attachments.store',
  'attachments.inboxImport',
  'attachments.link',
  'attachments.replace',
  'formula.coverageImport',
  'formula.caregiverCreate',
  'formula.infantCreate',
  'formula.prescriptionCreate',
  'formula.deliveryCreate',
  'formula.deliveryVoid',
  'formula.stockReceipt',
];
