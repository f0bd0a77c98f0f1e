// Vite build for the Ilio web app: Preact, an installable PWA (manifest + a generated
// service worker that precaches the app shell) and a dev proxy to the API. It builds to
// packages/web/dist, which the server serves with an SPA fallback. Nothing here may add an
// inline script: the production CSP forbids them, so the service worker is registered by
// the external `registerSW.js` file that vite-plugin-pwa writes.
import { defineConfig } from "vite";
import preact from "@preact/preset-vite";
import { VitePWA } from "vite-plugin-pwa";

/** The single accent colour, also used as the browser theme colour (see src/styles/app.css). */
const ACCENT = "#0e6b68";

export default defineConfig({
  root: import.meta.dirname,
  // The manifest lets bench/web-bundle.bench.ts add up the JavaScript each route loads.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, manifest: true },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
  preview: { proxy: { "/api": "http://127.0.0.1:3000" } },
  plugins: [
    preact(),
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: "script",
      includeAssets: ["icons/icon.svg", "icons/apple-touch-icon.png"],
      manifest: {
        name: "Ilio",
        short_name: "Ilio",
        description:
          "Assessment, home exercise programs and tracking for psoas syndrome and related hip, groin and low-back pain.",
        lang: "en",
        start_url: "/",
        scope: "/",
        display: "standalone",
        theme_color: ACCENT,
        background_color: "#f6f8f7",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
          {
            src: "/icons/icon-maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
          { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        navigateFallback: "/index.html",
        // The API, FHIR and operational endpoints are never answered from the app shell.
        navigateFallbackDenylist: [/^\/api\//, /^\/fhir\//, /^\/readyz/, /^\/healthz/, /^\/docs/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
