import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { NavEntry, ShellManifest } from '../manifest/types.js';

/** Holds the validated runtime manifest for the shell's chrome (nav entries, home path). */
export const useManifestStore = defineStore('shell-manifest', () => {
  const manifest = shallowRef<ShellManifest>({ home: '/', apps: [] });

  const nav = computed<NavEntry[]>(() =>
    manifest.value.apps.flatMap((app) => (app.nav ? [app.nav] : [])),
  );
  const home = computed(() => manifest.value.home);

  /** Replaces the manifest (called once at start with the validated one). */
  function setManifest(next: ShellManifest): void {
    manifest.value = next;
  }

  return { manifest, nav, home, setManifest };
});
