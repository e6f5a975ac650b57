// Draws the dashboard charts with uPlot (served from the jar) from each .chart element's data-chart JSON.
(function () {
  var colours = ['#2b6cb0', '#2f855a', '#c05621'];
  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    if (typeof uPlot === 'undefined') { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var xs = data.days.map(function (d) { return Date.parse(d + 'T00:00:00Z') / 1000; });
    var names = Object.keys(data.series);
    var series = [{}].concat(names.map(function (n, i) {
      return { label: n, stroke: colours[i % colours.length], width: 2 };
    }));
    var width = Math.max(300, el.clientWidth - 4);
    new uPlot({ width: width, height: 200, series: series, scales: { x: { time: true } } },
      [xs].concat(names.map(function (n) { return data.series[n]; })), el);
  });
})();
