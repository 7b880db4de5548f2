/** IPC channel names shared by the preload and main: calls, events, and printing a document. */
export const CALL_CHANNEL = 'crm:call';
export const EVENT_CHANNEL = 'crm:event';
export const PRINT_CHANNEL = 'crm:print';
