/*
 * On every page: installs the service worker (sw.js) that keeps the application's files and the pages
 * opened on this phone, and forgets those pages when the user signs out or the sign-in page shows, so
 * that the next person on the phone never sees them.
 */
(function () {
  'use strict';
  var PAGES_CACHE = 'ishc-pages';
  var script = document.currentScript;

  function forgetPages() {
    var jobs = [];
    if ('caches' in window) {
      jobs.push(caches.delete(PAGES_CACHE));
    }
    if ('serviceWorker' in navigator && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage('signed-out');
    }
    return Promise.all(jobs).catch(function () { /* nothing kept: nothing to forget */ });
  }

  if ('serviceWorker' in navigator && script && script.dataset.sw) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register(script.dataset.sw).catch(function () { /* the pages work without it */ });
    });
  }

  // The sign-in form shows to no one who is signed in: whoever used the phone before is gone.
  if (document.querySelector('form[action$="/login"]')) {
    forgetPages();
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[action$="/logout"]') || form.dataset.forgotten) {
      return;
    }
    event.preventDefault();
    form.dataset.forgotten = 'yes';
    forgetPages().then(function () { form.submit(); });
  });
})();
