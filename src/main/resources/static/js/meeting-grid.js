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

  function go(r, c) {
    var target = cells[r + ':' + c];
    if (target) { target.focus(); target.select(); return true; }
    return false;
  }

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
