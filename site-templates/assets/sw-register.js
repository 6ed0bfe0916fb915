// Registers the site's service worker (sw.js at the site root) when the site is served over HTTP(S); never on file://.
if ((location.protocol === 'https:' || location.protocol === 'http:') && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('../sw.js', document.currentScript.src).href);
}
