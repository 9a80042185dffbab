// The visit form: a referral may be made for any reason. Its details (why, where to) open once "yes" is
// chosen; an urgent blood pressure (180/110 or more) marks the question and offers blood pressure as the
// reason. Without this script everything is shown, and everything works.
(function () {
  var form = document.querySelector('form.visit-form');
  if (!form) { return; }
  var box = form.querySelector('.visit-referral');
  var details = box && box.querySelector('.referral-details');
  var sys = form.querySelector('#systolic');
  var dia = form.querySelector('#diastolic');
  if (!box || !details || !sys || !dia) { return; }
  function urgent() {
    var s = parseInt(sys.value, 10);
    var d = parseInt(dia.value, 10);
    return s >= 180 || d >= 110;
  }
  function update() {
    var yes = form.querySelector('input[name=referralMade][value=true]:checked');
    var open = yes || box.classList.contains('invalid');
    details.classList.toggle('hidden', !open);
    box.classList.toggle('urgent', urgent());
    if (yes && urgent() && !form.querySelector('input[name=referralCause]:checked')) {
      var bp = form.querySelector('input[name=referralCause][value=BLOOD_PRESSURE]');
      if (bp) { bp.checked = true; }
    }
  }
  sys.addEventListener('input', update);
  dia.addEventListener('input', update);
  box.addEventListener('change', update);
  update();
})();
