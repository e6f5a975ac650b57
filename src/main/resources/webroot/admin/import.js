// Reads the chosen CSV file into the form's text box (the page posts text, so no upload handling is needed).
(function () {
  var file = document.getElementById('csv-file');
  var text = document.getElementById('csv');
  if (!file || !text) { return; }
  file.addEventListener('change', function () {
    if (!file.files.length) { return; }
    var reader = new FileReader();
    reader.onload = function () { text.value = reader.result; };
    reader.readAsText(file.files[0], 'UTF-8');
  });
})();
