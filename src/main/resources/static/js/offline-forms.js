/*
 * Forms kept on the phone (money at the meeting, a home visit: <form data-offline="key">). Every value
 * typed is kept in IndexedDB as it is typed and put back when the page opens again, even from the copy
 * the service worker kept with no connection. A form sent without a connection waits on the phone ("Chờ
 * gửi") and goes by itself when the connection returns: when any page opens, when the browser says it is
 * online, or on "Gửi"; where the browser has background sync, also with the page closed (sw.js). Each
 * form carries the id made when it was shown, so a form sent twice is saved once; the server's answer
 * names that id when it has saved it, which is how the phone knows it may forget it. A form the server
 * refuses waits under "Chờ xử lý" until someone opens it again and sees why, or, when the server holds it
 * too (meeting money, a home visit), until it is decided at a desk.
 * Forms wait for the person who typed them: another person signing in on the phone does not send them.
 * Signing out with forms waiting asks first and keeps them. Without this script the forms post as usual.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var texts = script ? script.dataset : {};
  var user = texts.user || '';
  var panel = document.getElementById('outbox');
  var idb = window.idb;
  var dbPromise = idb ? idb.openDB('ishc-forms', 1, {
    upgrade: function (db) {
      db.createObjectStore('drafts');
      db.createObjectStore('outbox', { keyPath: 'id' });
      db.createObjectStore('used');
    }
  }).catch(function () { return null; }) : Promise.resolve(null);
  var meetingsPromise = idb ? idb.openDB('ishc-meetings', 1, {
    upgrade: function (db) { db.createObjectStore('meetings', { keyPath: 'id' }); }
  }).catch(function () { return null; }) : Promise.resolve(null);
  var waitingCount = 0;
  var sending = false;

  function withDb(job, fallback) {
    return dbPromise.then(function (db) { return db ? job(db) : fallback; }).catch(function () { return fallback; });
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function time(ms) {
    var d = new Date(ms);
    return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
  }

  function say(template, value) {
    return (template || '').replace('{0}', value);
  }

  function csrf() {
    var meta = document.querySelector('meta[name="_csrf"]');
    return meta ? meta.content : null;
  }

  // ---- One form ----------------------------------------------------------------------------------

  /** The form's fields as typed, by name, in order; the CSRF token is the page's own, never kept. */
  function valuesOf(form) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || e.name === '_csrf' || e.disabled || e.type === 'submit' || e.type === 'button') { return; }
      var list = values[e.name] || (values[e.name] = []);
      if (e.type === 'checkbox' || e.type === 'radio') {
        if (e.checked) { list.push(e.value); }
      } else {
        list.push(e.value);
      }
    });
    return values;
  }

  function putBack(form, values) {
    var seen = {};
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || e.name === '_csrf' || !(e.name in values)) { return; }
      var list = values[e.name];
      if (e.type === 'checkbox' || e.type === 'radio') {
        e.checked = list.indexOf(e.value) >= 0;
      } else if (e.type !== 'submit' && e.type !== 'button') {
        var i = seen[e.name] || 0;
        seen[e.name] = i + 1;
        if (i < list.length) { e.value = list[i]; }
      }
      e.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  function idField(form) {
    return form.elements[form.dataset.offlineId || 'id'];
  }

  function setUp(form) {
    var key = form.dataset.offline;
    var id = idField(form);
    if (!key || !id) { return; }
    var notice = document.createElement('p');
    notice.className = 'alert info offline-restored';
    notice.hidden = true;
    form.parentNode.insertBefore(notice, form);

    withDb(function (db) { return Promise.all([db.get('drafts', key), db.get('used', id.value)]); }, [])
      .then(function (found) {
        var draft = found[0];
        if (draft && draft.user === user) {
          // What was typed here before, with the id it was (or will be) sent under.
          putBack(form, draft.values);
          notice.textContent = say(texts.restored, time(draft.savedAt));
          var discard = document.createElement('button');
          discard.type = 'button';
          discard.className = 'link';
          discard.textContent = texts.discard;
          discard.addEventListener('click', function () {
            withDb(function (db) { return db.delete('drafts', key); }).then(function () { location.reload(); });
          });
          notice.appendChild(document.createTextNode(' '));
          notice.appendChild(discard);
          notice.hidden = false;
        } else if (found[1]) {
          // A copy of the page kept from before carries the id of a form already sent: this is another.
          id.value = uuid();
        }
      });

    var timer = null;
    function keep() {
      clearTimeout(timer);
      timer = setTimeout(function () {
        withDb(function (db) {
          return db.put('drafts', { values: valuesOf(form), savedAt: Date.now(), user: user }, key);
        });
      }, 150);
    }
    form.addEventListener('input', keep);
    form.addEventListener('change', keep);

    form.addEventListener('submit', function (event) {
      if (!idb || event.defaultPrevented) { return; }
      event.preventDefault();
      clearTimeout(timer);
      var values = valuesOf(form);
      var entry = {
        id: id.value, key: key, user: user, action: form.action, page: location.href,
        title: form.dataset.offlineTitle || document.title, values: values, savedAt: Date.now(), state: 'waiting',
        csrf: csrf()
      };
      withDb(function (db) {
        return Promise.all([db.put('drafts', { values: values, savedAt: Date.now(), user: user }, key),
          db.put('outbox', entry), db.put('used', Date.now(), entry.id)]);
      }).then(function () { return send(entry, true); }).then(refresh);
    });
  }

  // ---- Sending -----------------------------------------------------------------------------------

  function body(entry) {
    var params = new URLSearchParams();
    Object.keys(entry.values).forEach(function (name) {
      entry.values[name].forEach(function (v) { params.append(name, v); });
    });
    var token = csrf();
    if (token) { params.set('_csrf', token); }
    return params;
  }

  /**
   * Sends one waiting form. Saved: the answer's address names its id; refused: an answer that does not;
   * signed out: the sign-in page; no connection or the server unwell: it waits and goes later.
   */
  function send(entry, shown) {
    return fetch(entry.action, {
      method: 'POST', body: body(entry), credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' }
    }).then(function (response) {
      var path = new URL(response.url).pathname;
      if (response.ok && response.redirected && response.url.indexOf(entry.id) >= 0) {
        return withDb(function (db) {
          return Promise.all([db.delete('outbox', entry.id), db.delete('drafts', entry.key),
            db.put('used', Date.now(), 'last-sent')]);
        }).then(function () {
          delay = 5000;
          if (shown || location.href === entry.page) { location.replace(response.url); }
          return 'saved';
        });
      }
      if (/\/login$/.test(path)) {
        return held(entry, 'signed-out').then(function () { return 'signed-out'; });
      }
      if (response.status >= 500) {
        if (shown) { state(texts.savedOffline); }
        later();
        return 'waiting';
      }
      return response.text().then(function (html) {
        return held(entry, 'refused').then(function () {
          if (shown) { show(html, response.url); }
          return 'refused';
        });
      });
    }, function () {
      if (shown) { state(texts.savedOffline); }
      later();
      return 'waiting';
    });
  }

  /**
   * Tries again a little later, then less often (5 s, 10 s, 20 s, then every minute): a phone coming back to a
   * weak signal does not always say it is online.
   */
  var retry = null;
  var delay = 5000;
  function later() {
    inBackground();
    if (retry) { return; }
    retry = setTimeout(function () {
      retry = null;
      delay = Math.min(delay * 2, 60000);
      sendAll();
    }, delay);
  }

  /** Where the browser can, it sends them itself when the connection returns, even with the page closed (sw.js). */
  function inBackground() {
    if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) { return; }
    navigator.serviceWorker.ready.then(function (registration) {
      return registration.sync ? registration.sync.register('ishc-forms') : null;
    }).catch(function () { /* the page sends them when it opens, on "Gửi", and when the browser is online */ });
  }

  function held(entry, why) {
    entry.state = why;
    return withDb(function (db) { return db.put('outbox', entry); });
  }

  /** The server's answer to a form sent from this page (it refused it: the form with the reasons). */
  function show(html, url) {
    document.open();
    document.write(html);
    document.close();
    if (history.replaceState && url) { history.replaceState(null, '', url); }
  }

  function sendAll() {
    if (sending || !idb) { return Promise.resolve(); }
    sending = true;
    return withDb(function (db) { return db.getAll('outbox'); }, []).then(function (all) {
      var mine = all.filter(function (e) { return e.user === user && e.state !== 'refused'; });
      return mine.reduce(function (chain, e) {
        return chain.then(function (outcome) { return outcome === 'waiting' ? outcome : send(e, false); });
      }, Promise.resolve(null));
    }).then(function (outcome) {
      sending = false;
      if (outcome === 'waiting') { state(texts.savedOffline); }
      return refresh();
    }, function () { sending = false; });
  }

  // ---- What waits, on every page -----------------------------------------------------------------

  function state(text) {
    if (!panel) { return; }
    panel.querySelector('.outbox-state').textContent = text;
    panel.hidden = false;
  }

  function refresh() {
    return Promise.all([
      withDb(function (db) { return Promise.all([db.getAll('outbox'), db.get('used', 'last-sent')]); }, [[], null]),
      meetingsPromise.then(function (db) { return db ? db.getAll('meetings') : []; }).catch(function () { return []; })
    ]).then(function (found) {
      var outbox = found[0][0] || [];
      var lastSent = found[0][1];
      var meetings = (found[1] || []).filter(function (m) { return m.pending || m.conflict; });
      waitingCount = outbox.length + meetings.length;
      if (!panel) { return; }
      var list = panel.querySelector('.outbox-held');
      list.textContent = '';
      outbox.forEach(function (e) {
        var item = document.createElement('li');
        item.className = 'outbox-' + (e.user !== user ? 'other' : e.state);
        if (e.user !== user) {
          // Another person's form: who it waits for, never what it is about (a visit names the person visited).
          item.textContent = say(texts.otherUser, e.user);
          list.appendChild(item);
          return;
        }
        var link = document.createElement('a');
        link.href = e.page;
        link.textContent = e.title + ' (' + time(e.savedAt) + ')';
        item.appendChild(link);
        item.appendChild(document.createTextNode(' — ' + (e.state === 'refused' ? texts.refused
          : e.state === 'signed-out' ? texts.signIn : texts.waitingOne)));
        list.appendChild(item);
      });
      panel.querySelector('.outbox-count').textContent = outbox.length
        ? say(texts.waiting, outbox.length) : texts.nothingWaiting;
      panel.querySelector('.outbox-last').textContent = lastSent ? say(texts.lastSent, time(lastSent)) : '';
      panel.hidden = outbox.length === 0 && !panel.querySelector('.outbox-state').textContent;
    });
  }

  // ---- Decided at a desk ---------------------------------------------------------------------------

  /*
   * What the phone lists as held (meeting money or a home visit the server refused, a meeting save refused or
   * changed meanwhile) may have been decided on the club's page at a desk. Online, the phone asks the server about
   * each by the id it made, forgets those decided and says once what was decided. Forms the server holds, by
   * where they are sent: where to ask about them (by the id in the path) and the name of the form's own id in
   * the question and the answer.
   */
  var HELD_FORMS = [
    { action: /\/clubs\/([0-9a-f-]{36})\/meeting-money$/, id: 'submission',
      ask: function (club) { return '/api/v1/clubs/' + club + '/meeting-money/held'; } },
    { action: /\/homecare\/recipients\/([0-9a-f-]{36})\/visits$/, id: 'visit',
      ask: function (recipient) { return '/api/v1/homecare/recipients/' + recipient + '/visits/held'; } }
  ];

  function ask(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (res) { return res.ok ? res.json() : []; }).catch(function () { return []; });
  }

  function byClub(list, clubOf) {
    var clubs = {};
    list.forEach(function (item) {
      var club = clubOf(item);
      if (club) { (clubs[club] = clubs[club] || []).push(item); }
    });
    return clubs;
  }

  function how(outcome) {
    return texts['how' + outcome.toLowerCase().replace(/(^|_)(.)/g, function (m, u, c) { return c.toUpperCase(); })]
      || outcome;
  }

  function decidedForms(outbox) {
    var refused = outbox.filter(function (e) { return e.user === user && e.state === 'refused'; });
    return Promise.all(HELD_FORMS.map(function (kind) {
      var held = refused.filter(function (e) { return kind.action.test(new URL(e.action, location.href).pathname); });
      var places = byClub(held, function (e) { return (kind.action.exec(new URL(e.action, location.href).pathname) || [])[1]; });
      return Promise.all(Object.keys(places).map(function (place) {
        var entries = places[place];
        var query = entries.map(function (e) { return kind.id + '=' + encodeURIComponent(e.id); }).join('&');
        return ask(kind.ask(place) + '?' + query).then(function (answers) {
          return Promise.all(answers.filter(function (a) { return a.state === 'DECIDED'; }).map(function (a) {
            var e = entries.filter(function (x) { return x.id === a[kind.id]; })[0];
            if (!e) { return null; }
            return withDb(function (db) { return Promise.all([db.delete('outbox', e.id), db.delete('drafts', e.key)]); })
              .then(function () { return e.title + ' — ' + how(a.outcome); });
          }));
        });
      }));
    })).then(function (found) { return [].concat.apply([], found); });
  }

  function decidedMeetings(db, records) {
    var held = records.filter(function (r) { return r.heldClientId && r.clubId; });
    var clubs = byClub(held, function (r) { return r.clubId; });
    return Promise.all(Object.keys(clubs).map(function (club) {
      var mine = clubs[club];
      var query = mine.map(function (r) { return 'client=' + encodeURIComponent(r.heldClientId); }).join('&');
      return ask('/api/v1/clubs/' + club + '/meetings/held?' + query).then(function (answers) {
        return Promise.all(answers.filter(function (a) { return a.state === 'DECIDED'; }).map(function (a) {
          var r = mine.filter(function (x) { return x.heldClientId === a.clientId; })[0];
          if (!r) { return null; }
          var day = (r.values && r.values.heldOn) || '';
          var title = say(texts.decidedMeeting, day.split('-').reverse().join('/'));
          // Typed again since: what was typed still goes; only the held save it answered is forgotten.
          var done = r.pending ? (r.heldClientId = null, db.put('meetings', r)) : db.delete('meetings', r.id);
          return done.then(function () { return title + ' — ' + how(a.outcome); });
        }));
      });
    }));
  }

  function askDecided() {
    if (!idb || navigator.onLine === false) { return Promise.resolve(); }
    return Promise.all([
      withDb(function (db) { return db.getAll('outbox'); }, []).then(decidedForms),
      meetingsPromise.then(function (db) {
        return db ? db.getAll('meetings').then(function (all) { return decidedMeetings(db, all); }) : [];
      })
    ]).then(function (found) {
      var said = [].concat.apply([], [].concat.apply([], found)).filter(Boolean);
      if (said.length) { state(say(texts.decided, said.join('; '))); }
      return refresh();
    }).catch(function () { /* asked again when the phone is next online */ });
  }

  // ---- Signing out -------------------------------------------------------------------------------

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[action$="/logout"]')) { return; }
    // The meeting page asks about its own meeting; one question is enough.
    if (document.body.dataset.unsent === 'true') { return; }
    if (waitingCount > 0 && !window.confirm(say(texts.unsentLeave, waitingCount))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  if (panel) {
    panel.querySelector('.outbox-send').addEventListener('click', function () { sendAll(); });
  }
  Array.prototype.forEach.call(document.querySelectorAll('form[data-offline]'), setUp);
  window.addEventListener('online', function () { delay = 5000; sendAll().then(askDecided); });
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.addEventListener('message', function (event) {
      var sent = event.data && event.data.formsSent;
      if (!sent) { return; }
      var mine = sent.filter(function (s) { return s.page === location.href; })[0];
      if (mine) { location.replace(mine.saved); } else { refresh(); }
    });
  }
  refresh().then(function () { if (navigator.onLine !== false) { return sendAll().then(askDecided); } });
})();
