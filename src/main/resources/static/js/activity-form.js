// The activity form shows only the fields the chosen kind uses; without this script every field shows.
(function () {
  function update(select) {
    var option = select.options[select.selectedIndex];
    var fields = option && option.dataset.fields ? option.dataset.fields.split(' ') : null;
    select.form.querySelectorAll('[data-field]').forEach(function (row) {
      row.hidden = fields !== null && fields.indexOf(row.dataset.field) < 0;
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var select = document.getElementById('kind');
    if (select) {
      select.addEventListener('change', function () { update(select); });
      update(select);
    }
  });
})();
