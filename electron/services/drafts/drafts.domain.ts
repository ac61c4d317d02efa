import type { draftsMethods } from '../../../common/api/drafts.api';
import type { Domain, ServiceContext } from '../context';

// Filled in by the drafts work.
export function createDraftsDomain(_ctx: ServiceContext): Domain<keyof typeof draftsMethods> {
  return { handlers: {}, close() {} };
}
