// The share form of a national count: the sum of the provinces' shares is added up as they are typed
// and marked when it goes over the national value. Without this script the page shows the sum saved.
(function () {
  var form = document.getElementById('share-form');
  var out = document.getElementById('share-sum');
  if (!form || !out || form.dataset.measure !== 'COUNT') { return; }
  var national = parseInt(form.dataset.national, 10);
  function value(text) {
    var t = text.replace(/[\s.,\u00a0]/g, '');
    return /^\d+$/.test(t) ? parseInt(t, 10) : 0;
  }
  function group(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  }
  function update() {
    var sum = 0;
    form.querySelectorAll('input.share-input').forEach(function (i) { sum += value(i.value); });
    out.textContent = group(sum);
    document.getElementById('share-total').classList.toggle('over', sum > national);
  }
  form.addEventListener('input', update);
  update();
})();
