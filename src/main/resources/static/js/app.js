/*
 * On every page: installs the service worker (sw.js) that keeps the application's files and the pages
 * opened on this phone, and forgets those pages when the user signs out or the sign-in page shows, so
 * that the next person on the phone never sees them. The home page also keeps the pages one needs without
 * a signal before they are first opened (elements marked data-keep) and says how many it kept.
 */
(function () {
  'use strict';
  var PAGES_CACHE = 'ishc-pages';
  var script = document.currentScript;

  /*
   * Forgets the pages kept, and waits until the service worker says it has too: were the next page to keep
   * pages before the worker's own forgetting ran, the pages kept for the next user would be lost.
   */
  function forgetPages() {
    var jobs = [];
    if ('caches' in window) {
      jobs.push(caches.delete(PAGES_CACHE));
    }
    if ('serviceWorker' in navigator && navigator.serviceWorker.controller) {
      var worker = navigator.serviceWorker.controller;
      jobs.push(new Promise(function (done) {
        var channel = new MessageChannel();
        channel.port1.onmessage = done;
        worker.postMessage('signed-out', [channel.port2]);
        setTimeout(done, 3000);
      }));
    }
    return Promise.all(jobs).catch(function () { /* nothing kept: nothing to forget */ });
  }

  /* The page is looked after by the service worker (it answers the next page opened without a signal). */
  function controlled() {
    return navigator.serviceWorker.ready.then(function () {
      if (navigator.serviceWorker.controller) { return; }
      return new Promise(function (done) { navigator.serviceWorker.addEventListener('controllerchange', done); });
    });
  }

  /*
   * One page kept: fetched with the user's session and kept under its address as the worker keeps a page
   * opened. A copy kept in the last ten minutes is left; an answer that is not the page (an error, a redirect
   * to the sign-in page) never replaces a copy. True when a copy is kept.
   */
  function keepOne(cache, url) {
    return cache.match(url, { ignoreVary: true }).then(function (old) {
      var age = old ? Date.now() - Date.parse(old.headers.get('Date') || '') : Infinity;
      if (old && age < 600000) { return true; }
      return fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' }, cache: 'no-store' })
        .then(function (res) {
          if (!res.ok || res.redirected || (res.headers.get('Content-Type') || '').indexOf('text/html') !== 0) {
            return !!old;
          }
          return cache.put(url, res).then(function () { return true; });
        }, function () { return !!old; });
    });
  }

  function keepMarkedPages() {
    var marked = document.querySelectorAll('[data-keep]');
    var notice = document.getElementById('kept-pages');
    if (!marked.length || !('caches' in window) || navigator.onLine === false) {
      return;
    }
    var pages = [];
    Array.prototype.forEach.call(marked, function (e) {
      var url = new URL(e.getAttribute('href') || e.dataset.keep, location.href).href;
      if (pages.indexOf(url) < 0) { pages.push(url); }
    });
    controlled().then(function () { return caches.open(PAGES_CACHE); }).then(function (cache) {
      return Promise.all(pages.map(function (url) { return keepOne(cache, url); }));
    }).then(function () {
      // Counted as the worker will look for them: a copy put into a cache forgotten meanwhile is not kept.
      return Promise.all(pages.map(function (url) {
        return caches.match(url, { cacheName: PAGES_CACHE, ignoreVary: true });
      }));
    }).then(function (found) {
      var kept = found.filter(Boolean).length;
      if (kept && notice) {
        notice.textContent = notice.dataset.text.replace('{0}', kept);
        notice.hidden = false;
      }
    }).catch(function () { /* the pages open when there is a signal */ });
  }

  if ('serviceWorker' in navigator && script && script.dataset.sw) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register(script.dataset.sw).catch(function () { /* the pages work without it */ });
      keepMarkedPages();
    });
  }

  // The sign-in form shows to no one who is signed in: whoever used the phone before is gone. Signing in
  // waits until the pages are forgotten, so that the home page's keeping never races their forgetting.
  var forgotten = document.querySelector('form[action$="/login"]') ? forgetPages() : null;

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || form.dataset.forgotten) {
      return;
    }
    if (form.matches('form[action$="/logout"]')) {
      forgotten = forgetPages();
    } else if (!form.matches('form[action$="/login"]') || !forgotten) {
      return;
    }
    event.preventDefault();
    form.dataset.forgotten = 'yes';
    forgotten.then(function () { form.submit(); });
  });
})();
