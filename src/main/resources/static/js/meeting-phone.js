// The phone layout: one member's card at a time, big buttons; everyone is present unless marked away,
// and choosing "excused" or "absent" moves on. Every value typed is kept on the phone (IndexedDB) as it
// is typed, restored when the page is opened again, and sent to the server when there is a connection;
// each save sent carries an id made here, so that sending it again saves it once.
// Without this script the cards are one long form, and everything still works.
(function () {
  var form = document.querySelector('form.phone-meeting');
  if (!form) { return; }
  var cards = Array.prototype.slice.call(form.querySelectorAll('.card'));
  var texts = (document.getElementById('meeting-texts') || {}).dataset || {};
  var clubId = form.dataset.club;
  var idInput = form.querySelector('input[name=id]');
  var versionInput = form.querySelector('input[name=version]');
  var meetingId = idInput.value;
  var marked = form.querySelector('output.marked');
  var progress = form.querySelector('.progress');
  var sync = document.getElementById('sync');
  var current = 0;
  var record = null;      // this meeting as kept on the phone
  var sending = false;

  // ---- Keeping it on the phone ------------------------------------------------------------------
  var dbPromise = window.idb ? window.idb.openDB('ishc-meetings', 1, {
    upgrade: function (db) { db.createObjectStore('meetings', { keyPath: 'id' }); }
  }).catch(function () { return null; }) : Promise.resolve(null);

  function store(rec) {
    return dbPromise.then(function (db) { return db ? db.put('meetings', rec) : null; }).catch(function () { return null; });
  }
  function forget(id) {
    return dbPromise.then(function (db) { return db ? db.delete('meetings', id) : null; }).catch(function () { return null; });
  }
  function allKept() {
    return dbPromise.then(function (db) { return db ? db.getAll('meetings') : []; }).catch(function () { return []; });
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function field(name) { var e = form.elements[name]; return e ? e.value : ''; }

  function checked(card, kind) {
    var c = card.querySelector('input[name$="].' + kind + '"]:checked');
    return c ? c.value : null;
  }

  // The form as it stands, as the phone keeps it and the server takes it.
  function snapshot() {
    return {
      heldOn: field('heldOn'), place: field('place'), learningTopic: field('learningTopic'),
      otherTopics: field('otherTopics'), guests: field('guests'), guestNames: field('guestNames'),
      rows: cards.map(function (card) {
        return {
          personId: card.dataset.person, marked: card.dataset.marked === 'true', status: checked(card, 'status'),
          systolic: card.querySelector('input.systolic').value, diastolic: card.querySelector('input.diastolic').value,
          pulse: card.querySelector('input.pulse').value, weightKg: card.querySelector('input.weight').value,
          referralMade: checked(card, 'referralMade')
        };
      })
    };
  }

  function restore(values) {
    ['heldOn', 'place', 'learningTopic', 'otherTopics', 'guests', 'guestNames'].forEach(function (n) {
      if (form.elements[n] && values[n] !== undefined) { form.elements[n].value = values[n]; }
    });
    (values.rows || []).forEach(function (row) {
      var card = cards.find(function (c) { return c.dataset.person === row.personId; });
      if (!card) { return; }
      card.dataset.marked = row.marked ? 'true' : 'false';
      card.querySelectorAll('input[type=radio]').forEach(function (r) {
        r.checked = (r.name.endsWith('.status') && r.value === row.status)
          || (r.name.endsWith('.referralMade') && r.value === row.referralMade);
      });
      card.querySelector('input.systolic').value = row.systolic || '';
      card.querySelector('input.diastolic').value = row.diastolic || '';
      card.querySelector('input.pulse').value = row.pulse || '';
      card.querySelector('input.weight').value = row.weightKg || '';
    });
  }

  function keep() {
    if (!record) { return Promise.resolve(); }
    record.values = snapshot();
    record.dirty = true;
    record.changedAt = Date.now();
    // Changed after a save that waits to be sent: what is sent now is a new save, not that one again.
    if (record.pending) { record.clientId = uuid(); }
    count();
    return store(record).then(showSync);
  }

  // ---- What goes to the server --------------------------------------------------------------------
  function number(text) {
    var t = (text || '').trim().replace(',', '.');
    return t === '' ? null : Number(t);
  }

  function entry(rec) {
    var v = rec.values;
    return {
      id: rec.id, version: rec.version, heldOn: v.heldOn || null, place: v.place, learningTopic: v.learningTopic,
      otherTopics: v.otherTopics, guests: number(v.guests) || 0, guestNames: v.guestNames,
      finished: rec.finish, clientId: rec.clientId,
      // A member not marked yet has no row: a draft keeps them unmarked, finishing names them.
      rows: v.rows.filter(function (r) { return r.marked; }).map(function (r) {
        var status = r.marked ? (r.status || 'PRESENT') : null;
        var reading = status === 'PRESENT' ? {
          systolic: number(r.systolic), diastolic: number(r.diastolic), pulse: number(r.pulse),
          weightKg: number(r.weightKg), referralMade: r.referralMade === null ? null : r.referralMade === 'true'
        } : null;
        return { personId: r.personId, status: status, reading: reading };
      })
    };
  }

  function headers() {
    var h = { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' };
    var token = document.querySelector('meta[name=_csrf]');
    var header = document.querySelector('meta[name=_csrf_header]');
    if (token && header) { h[header.content] = token.content; }
    return h;
  }

  function say(text) {
    var out = document.getElementById('sync-state');
    if (out) { out.value = text; out.textContent = text; }
    if (sync) { sync.hidden = false; }
  }

  function errors(list) {
    var ul = document.getElementById('sync-errors');
    if (!ul) { return; }
    ul.innerHTML = '';
    (list || []).forEach(function (e) {
      var li = document.createElement('li');
      li.className = 'field-error';
      li.textContent = e.message || e;
      ul.appendChild(li);
    });
  }

  function send() {
    if (!record || !record.pending || sending || record.conflict) { return Promise.resolve(); }
    sending = true;
    say(texts.sending);
    var body = JSON.stringify(entry(record));
    // A save that keeps ours after a refusal decides the refused save the server holds.
    var resolves = record.heldClientId ? '?resolves=' + record.heldClientId : '';
    return fetch('/api/v1/clubs/' + clubId + '/meetings' + resolves, { method: 'POST', headers: headers(), body: body,
      credentials: 'same-origin', redirect: 'manual' })
      .then(function (res) {
        if (res.ok) { return res.json().then(sent); }
        if (res.status === 409) { return res.json().then(refusedAsChanged); }
        if (res.status === 422 || res.status === 400) {
          return res.json().catch(function () { return {}; }).then(function (p) {
            record.pending = false;
            // The server holds the refused save; the next save that goes through decides it.
            if (res.status === 422) { record.heldClientId = record.clientId; }
            errors(p.errors || [p.detail]);
            say(texts.refused);
            return store(record);
          });
        }
        if (res.status === 401 || res.status === 403 || res.type === 'opaqueredirect') { say(texts.notSignedIn); return; }
        say(texts.savedOffline);
      })
      .catch(function () { say(texts.savedOffline); })
      .then(function () { sending = false; showSync(); });
  }

  function sent(meeting) {
    errors([]);
    record.sentAt = Date.now();
    localStorage.setItem('ishc-meetings-last-sent', String(record.sentAt));
    if (record.finish) {
      return forget(record.id).then(function () {
        record = null;
        document.body.dataset.unsent = 'false';
        window.location.assign('/meetings/' + meeting.id + '?saved');
      });
    }
    record.pending = false;
    record.dirty = false;
    record.version = meeting.version;
    record.clientId = null;
    record.heldClientId = null;
    versionInput.value = meeting.version;
    say(texts.draftSent);
    return store(record);
  }

  // The meeting was changed on the server meanwhile: keep ours, show both, let the user choose.
  function refusedAsChanged(problem) {
    var where = problem.existing || ('/api/v1/meetings/' + record.id);
    return fetch(where, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (res) { return res.json(); })
      .then(function (server) {
        record.conflict = server;
        record.pending = false;
        record.heldClientId = record.clientId;
        return store(record).then(function () { showConflict(); say(problem.detail || texts.refused); });
      });
  }

  function showConflict() {
    var box = document.getElementById('conflict');
    if (!box || !record || !record.conflict) { if (box) { box.hidden = true; } return; }
    var s = record.conflict;
    var mine = entry(record);
    var rows = [
      [texts.conflictVersion, record.version || '—', s.version],
      [texts.conflictDate, mine.heldOn, s.heldOn],
      [texts.conflictPlace, mine.place || '—', s.place || '—'],
      [texts.conflictMarked, mine.rows.filter(function (r) { return r.status; }).length, s.lines.length],
      [texts.conflictPresent, mine.rows.filter(function (r) { return r.status === 'PRESENT'; }).length,
        s.lines.filter(function (l) { return l.status === 'PRESENT'; }).length],
      [texts.conflictAbsent, mine.rows.filter(function (r) { return r.status && r.status !== 'PRESENT'; }).length,
        s.lines.filter(function (l) { return l.status !== 'PRESENT'; }).length],
      [texts.conflictReadings, mine.rows.filter(function (r) { return r.reading && r.reading.systolic; }).length,
        s.lines.filter(function (l) { return l.reading; }).length]
    ];
    var body = document.getElementById('conflict-rows');
    body.innerHTML = '';
    rows.forEach(function (r) {
      var tr = document.createElement('tr');
      r.forEach(function (cell, i) {
        var td = document.createElement(i === 0 ? 'th' : 'td');
        td.textContent = String(cell);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    box.hidden = false;
  }

  function keepMine() {
    var s = record.conflict;
    record.id = s.id;
    record.version = s.version;
    record.conflict = null;
    record.pending = true;
    record.clientId = uuid();
    idInput.value = s.id;
    versionInput.value = s.version;
    showConflict();
    var old = meetingId;
    meetingId = s.id;
    return forget(old).then(function () { return store(record); }).then(send);
  }

  function takeServer() {
    var id = record.conflict.id;
    var held = record.heldClientId;
    var dropped = held ? fetch('/api/v1/clubs/' + clubId + '/meetings/held/' + held + '/dropped', { method: 'POST',
      headers: headers(), credentials: 'same-origin' }).catch(function () {}) : Promise.resolve();
    return dropped.then(function () { return forget(record.id); }).then(function () {
      record = null;
      document.body.dataset.unsent = 'false';
      window.location.assign('/meetings/' + id + '/edit?layout=phone');
    });
  }

  function showSync() {
    return allKept().then(function (all) {
      var waiting = all.filter(function (r) { return r.pending || r.conflict; }).length;
      var last = localStorage.getItem('ishc-meetings-last-sent');
      var w = document.getElementById('sync-waiting');
      var l = document.getElementById('sync-last');
      if (w) { w.textContent = waiting ? texts.waiting.replace('{0}', waiting) : texts.nothingWaiting; }
      if (l) {
        l.textContent = last ? texts.lastSent.replace('{0}', new Date(Number(last)).toLocaleString('vi-VN'))
          : texts.neverSent;
      }
      if (sync) { sync.hidden = false; }
      document.body.dataset.unsent = waiting ? 'true' : 'false';
    });
  }

  function save(finish) {
    if (!record) { return; }
    record.values = snapshot();
    record.finish = finish;
    record.pending = true;
    record.clientId = uuid();
    store(record).then(function () {
      if (!navigator.onLine) { say(texts.savedOffline); return showSync(); }
      return send();
    });
  }

  // ---- One card at a time -------------------------------------------------------------------------
  function mark(card) {
    if (card && card.dataset.marked !== 'true') {
      card.dataset.marked = 'true';
      if (!checked(card, 'status')) {
        var present = card.querySelector('input[value=PRESENT]');
        if (present) { present.checked = true; }
      }
    }
  }

  function show(i, focus, quiet) {
    current = Math.max(0, Math.min(cards.length - 1, i));
    cards.forEach(function (c, n) { c.classList.toggle('current', n === current); });
    var card = cards[current];
    // Everyone is present unless marked away: the card opens on "present".
    if (!checked(card, 'status')) {
      var present = card.querySelector('input[value=PRESENT]');
      if (present) { present.checked = true; }
    }
    var prev = card.querySelector('button.prev');
    var next = card.querySelector('button.next');
    if (prev) { prev.disabled = current === 0; }
    if (next) { next.disabled = current === cards.length - 1; }
    card.scrollIntoView({ block: 'start' });
    if (focus) {
      var first = card.querySelector('input.systolic');
      if (first && checked(card, 'status') === 'PRESENT') { first.focus({ preventScroll: true }); }
    }
    count();
    if (!quiet) { keep(); }
  }

  function count() {
    if (marked) {
      marked.value = cards.filter(function (c) { return c.dataset.marked === 'true'; }).length;
      marked.textContent = marked.value;
    }
  }

  function urgent(card) {
    var s = parseInt((card.querySelector('input.systolic') || {}).value, 10);
    var d = parseInt((card.querySelector('input.diastolic') || {}).value, 10);
    return s >= 180 || d >= 110;
  }

  function askReferral(card) {
    var box = card.querySelector('.referral');
    if (box) { box.classList.toggle('hidden', !urgent(card) && !box.classList.contains('invalid')); }
  }

  function fold(text) {
    return (text || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
  }

  function wire() {
    form.classList.add('one-at-a-time');
    if (progress) { progress.hidden = false; }
    var order = ['systolic', 'diastolic', 'pulse', 'weight'];
    cards.forEach(function (card, i) {
      var nav = card.querySelector('.card-nav');
      if (nav) { nav.hidden = false; }
      card.querySelector('button.prev').addEventListener('click', function () { show(i - 1, true); });
      card.querySelector('button.next').addEventListener('click', function () { mark(card); show(i + 1, true); });
      card.querySelectorAll('.status-buttons input').forEach(function (radio) {
        radio.addEventListener('change', function () {
          mark(card);
          if (radio.value !== 'PRESENT' && i < cards.length - 1) { show(i + 1, true); } else { keep(); }
        });
      });
      order.forEach(function (kind, k) {
        var input = card.querySelector('input.' + kind);
        // A value already there is replaced by what is typed, never added to.
        input.addEventListener('focus', function () { input.select(); });
        input.addEventListener('input', function () {
          var clean = kind === 'weight' ? input.value.replace(/[^0-9.,]/g, '') : input.value.replace(/[^0-9]/g, '');
          if (clean !== input.value) { input.value = clean; }
          mark(card);
          if (kind === 'systolic' || kind === 'diastolic') { askReferral(card); }
          if (kind !== 'weight' && input.value.length >= 3) { card.querySelector('input.' + order[k + 1]).focus(); }
          keep();
        });
        input.addEventListener('keydown', function (e) {
          if (e.key !== 'Enter') { return; }
          e.preventDefault();
          if (kind === 'weight') { mark(card); show(i + 1, true); } else { card.querySelector('input.' + order[k + 1]).focus(); }
        });
      });
      card.querySelectorAll('.referral input').forEach(function (r) { r.addEventListener('change', keep); });
      askReferral(card);
    });
    form.querySelectorAll('.meeting-head input').forEach(function (input) {
      input.addEventListener('input', keep);
    });
    var search = document.getElementById('member-search');
    if (search) {
      var find = function (from) {
        var q = fold(search.value.trim());
        if (!q) { return; }
        for (var k = 0; k < cards.length; k++) {
          var n = (from + k) % cards.length;
          if (fold(cards[n].querySelector('.card-name span').textContent).indexOf(q) >= 0) {
            document.getElementById('search-result').textContent = '';
            show(n, false);
            return;
          }
        }
        document.getElementById('search-result').textContent = texts.noMatch;
      };
      search.addEventListener('input', function () { find(0); });
      search.addEventListener('keydown', function (e) {
        if (e.key === 'Enter') { e.preventDefault(); find(current + 1); }
      });
    }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var finish = !(e.submitter && e.submitter.value === 'false');
      // Finishing on the last card marks it; a draft keeps the card shown unmarked unless it was touched.
      if (finish) { mark(cards[current]); }
      save(finish);
    });
    document.getElementById('send-now').addEventListener('click', function () {
      if (record && !record.pending && record.dirty && !record.conflict) {
        save(false);
      } else {
        send();
      }
    });
    document.getElementById('keep-mine').addEventListener('click', keepMine);
    document.getElementById('take-server').addEventListener('click', takeServer);
    window.addEventListener('online', send);
    window.addEventListener('beforeunload', function (e) {
      if (document.body.dataset.unsent === 'true') { e.preventDefault(); e.returnValue = texts.unsentLeave; }
    });
    // Signing out keeps what waits on the phone, after saying so.
    var signOut = document.querySelector('form[action$="/logout"]');
    if (signOut) {
      signOut.addEventListener('submit', function (e) {
        if (document.body.dataset.unsent === 'true' && !window.confirm(texts.unsentLeave)) { e.preventDefault(); return; }
        document.body.dataset.unsent = 'false';
      });
    }
  }

  if (cards.length === 0) { return; }
  var firstError = cards.findIndex(function (c) { return c.classList.contains('has-error'); });
  var refused = firstError >= 0;
  wire();
  // A new meeting's page gets a new id each time it is opened: what was typed for the club's meeting on
  // that date, and not yet on the server, is taken up again under its own id.
  function keptFor(kept) {
    if (kept || versionInput.value) { return kept; }
    return allKept().then(function (all) {
      var found = all.find(function (r) {
        return r.clubId === clubId && r.values && r.values.heldOn === field('heldOn');
      });
      if (found && found.version && !found.dirty && !found.pending && !found.conflict) {
        // Sent already (the page was opened as it was being sent): open the meeting as the server has it.
        window.location.replace('/meetings/' + found.id + '/edit?layout=phone');
        return null;
      }
      if (found && (found.dirty || found.pending || found.conflict)) {
        meetingId = found.id;
        idInput.value = found.id;
        if (found.version) { versionInput.value = found.version; }
        return found;
      }
      return null;
    });
  }
  dbPromise.then(function (db) { return db ? db.get('meetings', meetingId) : null; }).catch(function () { return null; })
    .then(keptFor)
    .then(function (kept) {
      var serverVersion = versionInput.value ? Number(versionInput.value) : null;
      if (kept && (kept.dirty || kept.pending || kept.conflict) && !refused) {
        record = kept;
        restore(kept.values);
        cards.forEach(askReferral);
      } else {
        record = { id: meetingId, clubId: clubId, version: serverVersion, values: snapshot(), dirty: false,
          pending: false, conflict: null, clientId: null, finish: false };
      }
      count();
      var start = firstError >= 0 ? firstError : cards.findIndex(function (c) { return c.dataset.marked !== 'true'; });
      show(start >= 0 ? start : 0, false, true);
      showConflict();
      return showSync();
    })
    .then(function () { if (record && record.pending) { return send(); } });
})();
