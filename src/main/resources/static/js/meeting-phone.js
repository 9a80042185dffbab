// The phone layout: one member's card at a time, big buttons; choosing "excused" or "absent" moves on.
// Without this script the cards are one long form, and everything still works.
(function () {
  var form = document.querySelector('form.phone-meeting');
  if (!form) { return; }
  var cards = Array.prototype.slice.call(form.querySelectorAll('.card'));
  if (cards.length === 0) { return; }
  form.classList.add('one-at-a-time');
  var current = 0;
  var firstError = cards.findIndex(function (c) { return c.classList.contains('has-error'); });
  var marked = form.querySelector('output.marked');
  var progress = form.querySelector('.progress');
  if (progress) { progress.hidden = false; }

  function show(i) {
    current = Math.max(0, Math.min(cards.length - 1, i));
    cards.forEach(function (c, n) { c.classList.toggle('current', n === current); });
    var prev = cards[current].querySelector('button.prev');
    var next = cards[current].querySelector('button.next');
    if (prev) { prev.disabled = current === 0; }
    if (next) { next.disabled = current === cards.length - 1; }
    cards[current].scrollIntoView({ block: 'nearest' });
  }

  function count() {
    if (marked) { marked.value = form.querySelectorAll('.status-buttons input:checked').length; }
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

  cards.forEach(function (card, i) {
    var nav = card.querySelector('.card-nav');
    if (nav) { nav.hidden = false; }
    card.querySelector('button.prev').addEventListener('click', function () { show(i - 1); });
    card.querySelector('button.next').addEventListener('click', function () { show(i + 1); });
    card.querySelectorAll('.status-buttons input').forEach(function (radio) {
      radio.addEventListener('change', function () {
        count();
        if (radio.value !== 'PRESENT' && i < cards.length - 1) { show(i + 1); }
      });
    });
    card.querySelectorAll('input.systolic, input.diastolic').forEach(function (input) {
      input.addEventListener('input', function () { askReferral(card); });
    });
    askReferral(card);
  });
  count();
  show(firstError >= 0 ? firstError : 0);
})();
