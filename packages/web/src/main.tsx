// Browser entry point: loads the stylesheet and renders the app into #app with the real
// API client. The service worker is registered by vite-plugin-pwa's external
// registerSW.js (no inline script, for the CSP), not here.
import { render } from "preact";
import { createApiClient } from "./api/client.ts";
import { App } from "./app.tsx";
import "./styles/app.css";

const root = document.getElementById("app");
if (root === null) {
  throw new Error('index.html must contain <div id="app">.');
}
render(<App api={createApiClient()} />, root);
