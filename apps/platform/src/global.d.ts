// What @micro-zoe/micro-app (iframe sandbox) puts on a sub-app's window, and the lifecycle
// hooks a sub-app puts there for it. Only the parts we use are typed.
export {};

/** The `window.microApp` object micro-app gives every sub-app. */
export interface MicroAppBridge {
  /** Data the shell passes on the `<micro-app :data>` attribute. */
  getData(): Record<string, unknown> | null | undefined;
  /** Global data set with `microApp.setGlobalData` in the shell (session, cart count…). */
  getGlobalData(): Record<string, unknown> | null | undefined;
  /** Sends data to the shell's `@datachange` handler. */
  dispatch(data: Record<string, unknown>): void;
  addDataListener(listener: (data: Record<string, unknown>) => void, autoTrigger?: boolean): void;
  removeDataListener(listener: (data: Record<string, unknown>) => void): void;
  addGlobalDataListener(listener: (data: Record<string, unknown>) => void, autoTrigger?: boolean): void;
  removeGlobalDataListener(listener: (data: Record<string, unknown>) => void): void;
}

declare global {
  interface Window {
    __MICRO_APP_ENVIRONMENT__?: boolean;
    __MICRO_APP_NAME__?: string;
    __MICRO_APP_BASE_ROUTE__?: string;
    microApp?: MicroAppBridge;
    /** Called by micro-app on every visit (the bundle itself runs once). */
    mount?: () => void | Promise<void>;
    /** Called by micro-app when the shell leaves the sub-app's route. */
    unmount?: () => void;
  }
}
