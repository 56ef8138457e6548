import { createApi } from './api';

/** The browser's API client: same origin, so no host names and no CORS. */
export const api = createApi();
