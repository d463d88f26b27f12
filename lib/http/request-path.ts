import { headers } from 'next/headers';
import { PATH_HEADER } from './headers';

/** The page or route the request asked for, as the front server recorded it; null outside a request. */
export async function requestPath(): Promise<string | null> {
  try {
    return (await headers()).get(PATH_HEADER);
  } catch {
    return null;
  }
}
