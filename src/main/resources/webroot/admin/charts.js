// Draws the dashboard charts with uPlot (served from the jar) from each .chart element's data-chart JSON,
// with dates written the page's way (dd/MM in French) and the series names from the server's bundle.
(function () {
  var colours = ['#2b6cb0', '#2f855a', '#c05621'];
  var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'fr-FR';
  function day(ts, long) {
    var opts = long ? { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }
      : { timeZone: 'UTC', day: '2-digit', month: '2-digit' };
    return new Date(ts * 1000).toLocaleDateString(lang, opts);
  }
  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    if (typeof uPlot === 'undefined') { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var xs = data.days.map(function (d) { return Date.parse(d + 'T00:00:00Z') / 1000; });
    var names = Object.keys(data.series);
    var series = [{ label: data.day, value: function (u, ts) { return ts == null ? '' : day(ts, true); } }]
      .concat(names.map(function (n, i) {
        return { label: n, stroke: colours[i % colours.length], width: 2 };
      }));
    var width = Math.max(300, el.clientWidth - 4);
    new uPlot({ width: width, height: 200, series: series, scales: { x: { time: true } },
      axes: [{ values: function (u, splits) { return splits.map(function (ts) { return day(ts, false); }); } }, {}] },
      [xs].concat(names.map(function (n) { return data.series[n]; })), el);
  });
})();
