<#-- sw.js at the site root (its scope): written by the build with the version and the files to precache. -->
<#if enabled>
// Guidepost service worker ${version}: serves this site from a cache named after its build, so it reads offline.
const VERSION = '${version}';
const FILES = ${files};
const PREFIX = 'guidepost:' + self.registration.scope + ':';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE)
    .then(cache => cache.addAll(FILES.map(file => new Request(file, {cache: 'reload'}))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key.startsWith(PREFIX) && key !== CACHE).map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname.endsWith('/')) {
    url.pathname += 'index.html';
  }
  url.hash = '';
  event.respondWith(caches.open(CACHE).then(cache => cache.match(url.href, {ignoreSearch: true})
    .then(cached => cached || fetch(event.request).then(response => {
      if (response.ok && response.type === 'basic') {
        cache.put(event.request, response.clone());
      }
      return response;
    }))));
});
<#else>
// Guidepost service worker, retired (service_worker: false): removes this site's caches and unregisters itself.
const PREFIX = 'guidepost:' + self.registration.scope + ':';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key.startsWith(PREFIX)).map(key => caches.delete(key))))
    .then(() => self.registration.unregister()));
});
</#if>
