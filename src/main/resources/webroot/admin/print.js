// The print view's button: opens the browser's print dialog (no inline script: the page's CSP forbids it).
(function () {
  var b = document.getElementById('print-now');
  if (b) { b.addEventListener('click', function () { window.print(); }); }
})();
