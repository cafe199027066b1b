// Title suggestions while typing in the search box; without this script the box works the same, minus hints.
(function () {
  var input = document.getElementById('tu-khoa');
  var list = document.getElementById('goi-y');
  if (!input || !list || !window.fetch) { return; }
  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value;
    if (q.trim().length < 2) { return; }
    timer = setTimeout(function () {
      fetch('/api/v1/search/suggest?q=' + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (titles) {
          list.textContent = '';
          titles.forEach(function (t) { var o = document.createElement('option'); o.value = t; list.appendChild(o); });
        })
        .catch(function () {});
    }, 200);
  });
})();
