import { registerActivityHandlers } from '../domains/activities/handlers';
import { registerCalendarHandlers } from '../domains/calendar/handlers';
import { registerCustomizationHandlers } from '../domains/customization/handlers';
import { registerDashboardHandlers } from '../domains/dashboard/handlers';
import { registerAppHandlers } from '../domains/app/handlers';
import { registerDataFileHandlers } from '../domains/data-file/handlers';
import { registerDuplicateHandlers } from '../domains/duplicates/handlers';
import { registerRecordHandlers } from '../domains/records/handlers';
import { registerSalesReportHandlers } from '../domains/sales-reports/handlers';
import { registerSearchHandlers } from '../domains/search/handlers';
import { registerExportHandlers } from '../domains/exports/handlers';
import { registerViewHandlers } from '../domains/views/handlers';
import { registerTimelineHandlers } from '../domains/timeline/handlers';
import { registerUserHandlers } from '../domains/users/handlers';
import { registerSalesHandlers } from '../domains/sales/handlers';
import { HandlerRegistry } from './registry';

/** Every domain's handlers. Adding a domain means adding its register function here. */
export function buildRegistry(): HandlerRegistry {
  const registry = new HandlerRegistry();
  registerAppHandlers(registry);
  registerDataFileHandlers(registry);
  registerRecordHandlers(registry);
  registerSearchHandlers(registry);
  registerActivityHandlers(registry);
  registerCalendarHandlers(registry);
  registerViewHandlers(registry);
  registerExportHandlers(registry);
  registerDuplicateHandlers(registry);
  registerTimelineHandlers(registry);
  registerCustomizationHandlers(registry);
  registerDashboardHandlers(registry);
  registerUserHandlers(registry);
  registerSalesReportHandlers(registry);
  registerSalesHandlers(registry);
  return registry;
}
