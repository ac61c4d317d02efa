import type { portalMethods } from '../../../common/api/portal.api';
import type { Domain, ServiceContext } from '../context';

// Filled in by the portal work.
export function createPortalDomain(_ctx: ServiceContext): Domain<keyof typeof portalMethods> {
  return { handlers: {}, close() {} };
}
