/** IPC channel names shared by the preload and main; there are exactly two. */
export const CALL_CHANNEL = 'crm:call';
export const EVENT_CHANNEL = 'crm:event';
