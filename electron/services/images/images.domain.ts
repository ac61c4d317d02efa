import type { imagesMethods } from '../../../common/api/images.api';
import type { Domain, ServiceContext } from '../context';

// Filled in by the images work.
export function createImagesDomain(_ctx: ServiceContext): Domain<keyof typeof imagesMethods> {
  return { handlers: {}, close() {} };
}
