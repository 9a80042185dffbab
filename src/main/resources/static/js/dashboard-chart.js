// Draws the dashboard's series as a bar chart when Chart.js has loaded; the table stays as it is.
(function () {
  'use strict';
  function draw() {
    var table = document.getElementById('series');
    var canvas = document.getElementById('series-chart');
    if (!table || !canvas || typeof window.Chart !== 'function') {
      return;
    }
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.cells[0].textContent.trim());
      var v = row.getAttribute('data-value');
      values.push(v === null || v === '' ? null : Number(v));
    });
    canvas.hidden = false;
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: table.getAttribute('data-label'), data: values,
        backgroundColor: '#0b4f8a' }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
