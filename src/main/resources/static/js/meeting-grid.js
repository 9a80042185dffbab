// The desk grid: arrow keys move between cells, Enter moves down (from the last row, to the save button),
// Tab goes on across the row. A cell's text is selected when reached, so typing replaces it.
(function () {
  var form = document.querySelector('form.grid-meeting');
  if (!form) { return; }
  var cells = {};
  var rows = 0;
  var cols = 0;
  form.querySelectorAll('input[data-row]').forEach(function (input) {
    var r = parseInt(input.dataset.row, 10);
    var c = parseInt(input.dataset.col, 10);
    cells[r + ':' + c] = input;
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  });
  var save = document.getElementById('save-meeting');
  for (var i = 0; i < rows; i++) { flag(i); }

  function go(r, c) {
    var target = cells[r + ':' + c];
    if (target) { target.focus(); target.select(); return true; }
    return false;
  }

  // An urgent blood pressure (180/110 or more) marks its row, so the referral cell asks for an answer.
  function flag(r) {
    var s = parseInt((cells[r + ':1'] || {}).value, 10);
    var d = parseInt((cells[r + ':2'] || {}).value, 10);
    var row = cells[r + ':0'] && cells[r + ':0'].closest('tr');
    if (row) { row.classList.toggle('urgent', s >= 180 || d >= 110); }
  }
  form.addEventListener('input', function (e) {
    var t = e.target;
    if (t.dataset && (t.dataset.col === '1' || t.dataset.col === '2')) { flag(parseInt(t.dataset.row, 10)); }
  });

  form.addEventListener('focusin', function (e) {
    if (e.target.dataset && e.target.dataset.row !== undefined) { e.target.select(); }
  });

  form.addEventListener('keydown', function (e) {
    var t = e.target;
    if (!t.dataset || t.dataset.row === undefined || e.altKey || e.ctrlKey || e.metaKey) { return; }
    var r = parseInt(t.dataset.row, 10);
    var c = parseInt(t.dataset.col, 10);
    var moved = false;
    switch (e.key) {
      case 'ArrowUp': moved = go(r - 1, c); break;
      case 'ArrowDown': moved = go(r + 1, c); break;
      case 'ArrowLeft': moved = c > 0 ? go(r, c - 1) : go(r - 1, cols - 1); break;
      case 'ArrowRight': moved = c < cols - 1 ? go(r, c + 1) : go(r + 1, 0); break;
      case 'Enter':
        e.preventDefault();
        if (!go(r + 1, c) && save) { save.focus(); }
        return;
      default: return;
    }
    if (moved) { e.preventDefault(); }
  });

  // Start where the work is: the first refused value, else the place when the date is given, else the date.
  var date = document.getElementById('heldOn');
  var first = form.querySelector('input.invalid') || (date && date.value ? document.getElementById('place') : date);
  if (first) { first.focus(); }
})();
