/** Failed logins allowed per e-mail (and per IP) within the window before logins are refused. */
export const THROTTLE_MINUTES = 15;
export const THROTTLE_PER_EMAIL = 5;
export const THROTTLE_PER_IP = 30;
