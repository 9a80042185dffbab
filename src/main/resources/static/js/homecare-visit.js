// The visit form: the referral question appears once the blood pressure typed is urgent (180/110 or more),
// or when a referral was already chosen. Without this script it is always shown, and everything works.
(function () {
  var form = document.querySelector('form.visit-form');
  if (!form) { return; }
  var box = form.querySelector('.visit-referral');
  var sys = form.querySelector('#systolic');
  var dia = form.querySelector('#diastolic');
  if (!box || !sys || !dia) { return; }
  function update() {
    var s = parseInt(sys.value, 10);
    var d = parseInt(dia.value, 10);
    var urgent = s >= 180 || d >= 110;
    var chosen = form.querySelector('input[name=referralMade][value=true]:checked') || box.classList.contains('invalid');
    box.classList.toggle('hidden', !urgent && !chosen);
  }
  sys.addEventListener('input', update);
  dia.addEventListener('input', update);
  update();
})();
